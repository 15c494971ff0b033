import type { ReactiveControllerHost } from 'lit';

/** Modules on their way: `updateComplete` waits for them (see PeelElement.getUpdateComplete). */
const pending = new Set<Promise<void>>();

/** Settles when no lazily loaded module is on its way; undefined when none is. */
export const lazyPending = () => (pending.size ? Promise.all(pending) : undefined);

/**
 * A module loaded beside the bundle the first time an element needs it: undefined while it is on
 * its way (the element shows its loading note, and renders again when it arrives), null when it
 * could not be loaded (said once on the console; `fallback` stands in, if there is one).
 */
export function lazy<T>(name: string, load: () => Promise<T>, fallback: T | null = null) {
  let module: T | null | undefined;
  let promise: Promise<void> | undefined;
  const waiting = new Set<ReactiveControllerHost>();
  return (host: ReactiveControllerHost): T | null | undefined => {
    if (module !== undefined) return module;
    waiting.add(host);
    if (!promise) {
      const loading = (promise = load().then(
        (loaded) => void (module = loaded),
        (error: unknown) => {
          console.warn(`peel-widgets: ${name} did not load (${error})`);
          module = fallback;
        },
      ));
      pending.add(loading);
      loading.then(() => {
        pending.delete(loading);
        waiting.forEach((h) => h.requestUpdate());
      });
    }
    return undefined;
  };
}

/** The whole assessment and the findings (report.ts). */
export const loadReport = lazy('the report module', () => import('./report.js'));
