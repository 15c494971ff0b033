// How an embedded page tells the page around it its height: the iframe page's, and any other page of
// peel-widgets shown in an iframe. Only to the parent's origin when it is known, so that the size of what
// is shown goes to no other page that the parent frame may have navigated to since.

/** An origin as an `origin=` parameter may name it: scheme, host and port, nothing more. */
export const ORIGIN = /^https?:\/\/[\w.-]+(:\d+)?$/;

/**
 * The parent page's origin: the one the embed code names (`origin=`), else the origin of the page that
 * opened this one (`document.referrer`, which a parent's referrer policy may leave empty); '*' only when
 * neither is known.
 */
export function parentOrigin(named: string | null, referrer: string): string {
  if (named && ORIGIN.test(named)) return new URL(named).origin;
  try {
    const { origin, protocol } = new URL(referrer);
    if (/^https?:$/.test(protocol)) return origin;
  } catch {
    // No referrer, or none that parses: not known.
  }
  return '*';
}

/**
 * Tells the parent the height of `root` (CSS pixels) whenever it changes, as
 * `{ type: 'peel-widgets:height', height }`, and as Pym.js's message when `pym` names the child; to
 * `target` only. Nothing when the page is not in a frame.
 */
export function reportHeight(root: Element, target: string, pym?: string): ResizeObserver {
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || parent === window) return;
    last = height;
    parent.postMessage({ type: 'peel-widgets:height', height }, target);
    if (pym) parent.postMessage(['pym', pym, 'height', height].join('xPYMx'), target);
  });
  observer.observe(root);
  return observer;
}
