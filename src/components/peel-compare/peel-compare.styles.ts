import { css } from '../../styles/css.js';

// Loaded with the compare chunk and adopted into the element's shadow root then (see compare.ts).
export const compareStyles = css`
  /* The element's width, not the page's, picks the layout: a table, or a card per force when narrow. */
  :host {
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
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0 0 0.75em;
  }
  button,
  select {
    font: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--peel-color-focus,light-dark(#0b0c0c,#fd0));
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
  li[part~='highlight'] {
    box-shadow: inset 4px 0 var(--_accent);
  }
  .yours {
    font-size: 0.8em;
  }
  td .badge,
  [part='change'],
  [part='missing'] {
    display: block;
    margin: 0.2em 0 0;
    font-size: 0.875em;
  }
  /* Narrow: a card per force, its name the heading and its grades a description list. */
  .cards {
    display: none;
  }
  label,
  select {
    max-inline-size: 100%;
  }
  /* The icon beside the words, which wrap between them: never an icon alone on a line. */
  [part='label'] {
    display: inline-flex;
    align-items: center;
  }
  @container (max-width: 40em) {
    .scroller,
    [part='caption'] {
      display: none;
    }
    .cards {
      display: grid;
      gap: 0.5em;
    }
  }
  .cards > li {
    padding: 0.5em;
    border: 1px solid var(--_border);
  }
  dd {
    margin: 0 0 0.5em;
  }
  .cards,
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
