// The toolbar's scheme switch, for the page around the stories: the canvas (preview.ts's decorator)
// and the docs pages (docs-container.tsx). preview-head.html styles the attribute set here.
import type { Scheme } from '../stories/support.js';

/** The scheme a set of globals chooses: dark only when it says so. */
export const schemeOf = (globals: { scheme?: unknown } | undefined): Scheme =>
  globals?.scheme === 'dark' ? 'dark' : 'light';

/** Gives the whole preview page (not only the story's frame) the scheme, so no white shows around a dark story. */
export function setPageScheme(scheme: Scheme): void {
  document.documentElement.dataset.peelScheme = scheme;
}
