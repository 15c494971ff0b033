import { css } from './css.js';

/**
 * Host reset and the global tokens every element shares. Colours use `light-dark()`, so the
 * widgets follow the host page's `color-scheme`: a dark page (or `color-scheme: dark` on the
 * element) gets the dark palette, and a light page keeps light widgets even for a reader whose
 * system is dark. Nothing moves, so `prefers-reduced-motion` has nothing to stop.
 * Outlines and borders name their colour apart from their width and style: in a browser without
 * `light-dark()` the colour is dropped, but the focus outline and the edges stay (in the text colour).
 */
export const sharedStyles = css`
  :host {
    /* Each global token is read once here; the rules use these private copies. */
    --_text: var(--peel-color-text,light-dark(#0b0c0c,#f3f2f1));
    --_muted: var(--peel-color-text-muted,light-dark(#484949,#c4c4c4));
    --_border: var(--peel-color-border,light-dark(#b1b4b6,#5f666b));
    --_surface: var(--peel-color-surface,light-dark(#fff,#141414));
    --_accent: var(--peel-color-accent,light-dark(#1d70b8,#8ec5ff));
    display: block;
    color: var(--_text);
    font-family: var(--peel-font-family,inherit);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  p,
  ul,
  dl {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--peel-color-link,light-dark(#1d70b8,#8ec5ff));
  }
  a:focus-visible {
    outline: 3px solid;
    outline-color: var(--peel-color-focus,light-dark(#0b0c0c,#fd0));
    outline-offset: 2px;
  }
  .arrow {
    margin-inline-end: 0.25em;
  }
  [part='message'] {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    background: var(--peel-color-surface-muted,light-dark(#f3f2f1,#262626));
  }
  /* Loading looks apart from an error (or nothing to show): a quiet note with a dashed bar. */
  :host(:state(loading)) [part='message'] {
    border-inline-start-style: dashed;
    color: var(--_muted);
  }
`;
