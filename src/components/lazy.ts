import type { CSSResult, ReactiveControllerHost } from 'lit';

/** Modules on their way: `updateComplete` waits for them (see PeelElement.getUpdateComplete). */
const pending = new Set<Promise<void>>();

/** Settles when no lazily loaded module is on its way; undefined when none is. */
export const lazyPending = () => (pending.size ? Promise.all(pending) : undefined);

/** An element that waits for a module, and is told when it could not be loaded. */
export interface LazyHost extends ReactiveControllerHost {
  lazyFailed?(why: string): void;
}

/**
 * Loads a module: `import('./x.js')` when `retry` is '', and after a failure the same module under a URL
 * no attempt has used, `./x.js${retry}` (`?retry=1`, `?retry=2`, …). A browser may keep a module whose
 * fetch failed and refuse it again without asking the server (Chromium 150 does), so only a new URL
 * asks again. The build points the second form at the chunk's own file (rollup.config.mjs).
 */
export type Load<T> = (retry: string) => Promise<T>;

/**
 * A module loaded beside the bundle the first time an element needs it: undefined while it is on
 * its way (the element shows its loading note, and renders again when it arrives), null for an
 * element that was waiting when it could not be loaded (each is told why, and shows its fallback or
 * error note). A failure is not kept: the next element that needs the module asks the server for it
 * again, as a page whose network came back, or whose missing file was put in place, would want.
 */
export function lazy<T>(name: string, load: Load<T>) {
  // `name` goes into the message: "the report module did not load (…)".
  let module: T | undefined;
  let promise: Promise<void> | undefined;
  let failures = 0;
  const waiting = new Set<LazyHost>();
  const failed = new WeakSet<LazyHost>();
  return (host: LazyHost): T | null | undefined => {
    if (module !== undefined) return module;
    if (failed.has(host)) return null;
    waiting.add(host);
    if (!promise) {
      const loading: Promise<void> = (promise = load(failures ? `?retry=${failures}` : '')
        .then(
          (loaded) => void (module = loaded),
          (error: unknown) => {
            promise = undefined;
            failures++;
            waiting.forEach((h) => (failed.add(h), h.lazyFailed?.(`the ${name} module did not load (${error})`)));
          },
        )
        .then(() => {
          pending.delete(loading);
          waiting.forEach((h) => h.requestUpdate());
          waiting.clear();
        }));
      pending.add(loading);
    }
    return undefined;
  };
}

/**
 * A chunk's styles join the shadow root's own, after them, the first time the element renders with the
 * chunk: a class's own styles are fixed when its first element is made, and these were not in hand then.
 * (A server writes them into the declarative shadow root instead: see src/ssr/index.ts.)
 */
export function adopt(root: HTMLElement | DocumentFragment | undefined, styles: CSSResult[]) {
  const shadow = root as ShadowRoot | undefined;
  // Once per root: each render asks again, and a page of cards renders hundreds.
  if (!shadow?.adoptedStyleSheets || adopted.has(shadow)) return;
  adopted.add(shadow);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ...styles.map((style) => style.styleSheet!)];
}

/** The shadow roots that have their chunk's styles. */
const adopted = new WeakSet<ShadowRoot>();
