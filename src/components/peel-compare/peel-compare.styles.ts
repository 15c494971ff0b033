import { css } from 'lit';

// Loaded with the compare chunk and adopted into the element's shadow root then (see compare.ts).
export const compareStyles = css`
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin-block-end: 0.75em;
  }
  button,
  select {
    font: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--peel-color-focus,light-dark(#0b0c0c,#fd0));
  }
  /* The table scrolls sideways in its own focusable region, never the page; the force column stays in view. */
  .scroller {
    overflow: auto;
    margin-block-end: 1em;
    border: 1px solid var(--_border);
  }
  table {
    border-spacing: 0;
    --_head: var(--peel-compare-header-background,var(--peel-color-surface-muted,light-dark(#f3f2f1,#262626)));
  }
  caption {
    padding: 0.5em;
    text-align: start;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    background: var(--_surface);
  }
  thead th {
    min-inline-size: 7em;
    vertical-align: bottom;
  }
  thead th,
  [part='region'] {
    background: var(--_head);
  }
  th:first-child {
    position: sticky;
    left: 0;
    z-index: 1;
    max-inline-size: 12em;
  }
  [part='sort'] {
    display: flex;
    gap: 0.4em;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-align: start;
  }
  /* The host's own force: a tinted row, a bar along its start and its label in words. */
  [part~='highlight'] > * {
    background: var(--peel-compare-highlight,color-mix(in srgb,var(--_accent) 14%,var(--_surface)));
  }
  [part~='highlight'] > th {
    box-shadow: inset 4px 0 var(--_accent);
  }
  .yours {
    font-size: 0.8em;
  }
  td .badge,
  td [part='change'],
  [part='missing'] {
    display: block;
    margin: 0.2em 0 0;
    font-size: 0.875em;
  }
  td [part='label'] {
    white-space: nowrap;
  }
  [part='summary'] {
    padding: 0;
    list-style: none;
  }
  .bar {
    display: flex;
    block-size: 0.6em;
    max-inline-size: 24em;
    margin-block-end: 0.6em;
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
    .bar > * {
      background: CanvasText;
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
