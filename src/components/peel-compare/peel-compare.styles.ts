import { css } from '../../styles/css.js';

// Loaded with the compare chunk and adopted into the element's shadow root then (see compare.ts).
export const compareStyles = css`
  /* The element's width, not the page's, picks the layout (compare.ts): every area, or one at a time. */
  :host {
    margin-block-end: 20px;
    container-type: inline-size;
  }
  /*
   * Its own surface, as the cards have, so that a scheme set on the element (always dark) never
   * leaves its text on the page's background. A word never breaks inside itself: columns are at
   * least as wide as their longest word, and lines break between words (and after a hyphen).
   */
  [part='base'] {
    padding: 0.75em;
    border: 1px solid var(--_border);
    background: var(--_surface);
    overflow-wrap: break-word;
  }
  /* GOV.UK's controls: 40 px selects and checkbox, the label beside them, each a target of its own. */
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
    margin: 0 0 1em;
  }
  label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  button,
  select {
    font: inherit;
  }
  select {
    min-block-size: 2.5rem;
    min-inline-size: 0;
    max-inline-size: min(100%,24em);
    padding: 0 0.5em;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  input {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* Apart from what it frames, so that it sits on the surface and never covers the words beside it. */
  :focus-visible {
    outline: 3px solid var(--peel-color-focus,light-dark(#0b0c0c,#fd0));
    outline-offset: 2px;
  }
  /* For a screen reader: the same words stand above the table, outside its scroller. */
  caption {
    position: absolute;
    clip-path: inset(50%);
  }
  /* For a screen reader: a grade's source, one pixel that never widens the scroller. */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /*
   * The table scrolls sideways in its own focusable region, never the page; the force column stays
   * in view. A shadow at a cut edge says there is more: the covers scroll with the content (local)
   * and hide the shadows (fixed to the frame) when an edge is reached.
   */
  .scroller {
    /* The containing block of the cells' hidden words, which would otherwise widen the page. */
    position: relative;
    overflow: auto;
    margin-block-end: 1em;
    border: 1px solid var(--_border);
    background: linear-gradient(270deg,var(--_surface) 1em,#0000 3em) local,linear-gradient(270deg,#0004,#0000 1em);
  }
  table {
    inline-size: 100%;
    border-spacing: 0;
  }
  th {
    background: var(--_surface);
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    vertical-align: bottom;
  }
  thead th,
  [part='region'] {
    background: var(--peel-compare-header-background,var(--peel-color-surface-muted,light-dark(#f3f2f1,#262626)));
  }
  th:first-child {
    position: sticky;
    left: 0;
    z-index: 1;
  }
  [part='sort'] {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-align: start;
  }
  /* The host's own force: a tinted row, a bar along its start and its label in words. */
  [part~='highlight'],
  [part~='highlight'] > th {
    background: var(--peel-compare-highlight,color-mix(in srgb,var(--_accent) 14%,var(--_surface)));
  }
  [part~='highlight'] > th,
  div[part~='highlight'] {
    box-shadow: inset 4px 0 var(--_accent);
  }
  .yours {
    font-size: 0.8em;
  }
  [part='cell'] .badge,
  [part='change'],
  [part='missing'] {
    display: block;
    margin: 0.2em 0 0;
    font-size: 0.875em;
  }
  label {
    max-inline-size: 100%;
  }
  /*
   * Narrow, one area at a time: each force's name and its grade, side by side where they fit, else the grade
   * under the name, a rule between forces.
   */
  [part='list'] > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    padding: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  [part='list'] :is(dt, dd) {
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  /*
   * The icon and the first word of a grade keep together: never an icon alone on a line. In the table, a grade
   * never breaks: its column is as wide as it, and the force names wrap first (the table scrolls if it must).
   */
  .nw,
  td [part='label'] {
    white-space: nowrap;
  }
  /* A target of its own, at least 24 px tall. */
  [part='download'] {
    display: inline-block;
  }
  [part='summary'] {
    padding: 0;
    list-style: none;
  }
  .bar {
    display: flex;
    block-size: 0.6em;
    max-inline-size: 24em;
    margin: 0 0 0.6em;
    border: 1px solid var(--_border);
  }
  .bar > * {
    background: var(--_fg);
  }
  .bar > .missing {
    background: none;
  }
  @media (forced-colors: active) {
    [part~='highlight'] > th {
      outline: 3px solid Highlight;
    }
    /* Solid in forced colours, the bars would say nothing: the words beside them say it all. */
    .bar {
      display: none;
    }
  }
  @media print {
    [part='controls'] {
      display: none;
    }
    .scroller {
      overflow: visible;
    }
    th {
      position: static;
    }
  }
`;
