import { css } from '../../styles/css.js';

// Loaded with the history chunk and adopted into the element's shadow root then (see history.ts).
export const historyStyles = css`
  :host {
    --_div: var(--peel-history-divider,var(--_text));
    container-type: inline-size;
  }
  /* Its own surface, as the cards have, so that its text never sits on a host background it was not made for. */
  [part='base'] {
    padding: 0.75em;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  /* For a screen reader: the heading says the caption's words; a link's "report" after its period. */
  caption,
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  /* The picture beside the table when both fit, else under it. */
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-bottom: 0.75em;
  }
  /*
   * The table scrolls sideways in its own region, never the page. Reversed, so that a table too wide for
   * it starts scrolled to its end: the newest cycle in view beside the pinned areas, the older ones behind.
   */
  .scroller {
    display: flex;
    flex: auto;
    flex-flow: row-reverse;
    overflow-x: auto;
    border: 1px solid var(--_border);
  }
  /* As wide as the scroller, down to its narrowest (each word on a line of its own); then it scrolls. */
  table {
    flex: auto;
    border-spacing: 0;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-top: 1px solid var(--_border);
    background: var(--_surface);
    text-align: start;
    vertical-align: top;
  }
  /* A header's link brought into view at the scroller's edge (history.ts) keeps its cell's space round it: its focus ring whole. */
  thead * {
    scroll-margin: 0.6em;
    vertical-align: bottom;
    background: var(--peel-color-surface-muted,light-dark(#f3f2f1,#262626));
  }
  /* The areas stay in view as the cycles scroll. */
  tr > :first-child {
    position: sticky;
    left: 0;
    z-index: 1;
  }
  /* The change of scale: a rule down the table before the first cycle graded on the new scale. */
  .break,
  [part='note'] {
    border-left: 3px solid var(--_div);
  }
  td > span,
  [part='change'],
  [part='status'] {
    display: block;
    margin-top: 0.2em;
  }
  td > span,
  [part='change'],
  [part='status'],
  [part='scale'],
  .chart,
  [part='sources'] {
    font-size: 0.875em;
    font-weight: 400;
  }
  [part='missing'],
  [part='key'] {
    color: var(--_muted);
  }
  /* The icon beside the words, which wrap between them: never an icon alone on a line. */
  td .badge [part='label'] {
    display: inline-flex;
    align-items: center;
  }
  .icon {
    flex: none;
  }
  [part='note'] {
    padding-left: 0.6em;
  }
  .chart {
    display: grid;
    grid-template-columns: minmax(6em, 14em) auto;
    gap: 0.25em 0.75em;
    align-items: center;
  }
  .chart svg {
    max-width: 100%;
    height: auto;
  }
  text {
    fill: var(--_muted);
    font-size: 10px;
    text-anchor: middle;
  }
  path {
    fill: none;
    stroke-linecap: round;
  }
  g path {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  circle {
    fill: var(--_surface);
  }
  .guide {
    stroke: var(--_border);
  }
  path.break {
    stroke: var(--_div);
    stroke-width: 2;
    stroke-dasharray: 3;
  }
  [part='key'] {
    grid-column: 1 / -1;
  }
  /* Narrow: the pinned areas take less of the width, so that a cycle's column fits beside them. */
  @container (max-width: 30em) {
    .chart {
      grid-template-columns: auto;
    }
    table {
      font-size: 0.875em;
    }
    th,
    td {
      padding: 0.25em 0.3em;
    }
    tbody th {
      font-size: 0.8em;
    }
    /* The newest cycles are in view first: their scale's words too. */
    [part='scale'] {
      text-align: end;
    }
    [part='scale'] > span {
      display: inline-block;
      max-width: 8em;
    }
  }
  /* Forced colours leave an SVG's own colours as they are (borders they force): the picture takes the system's. */
  @media (forced-colors: active) {
    svg path {
      stroke: CanvasText;
    }
    .guide {
      stroke: GrayText;
    }
    text {
      fill: CanvasText;
    }
    circle {
      fill: Canvas;
    }
  }
`;
