import { css } from '../../styles/css.js';

export const keyFactsStyles = css`
  :host {
    container-type: inline-size;
  }
  /*
   * auto-fill, at most three columns: every group has as many columns as the width allows, so the
   * rows keep one column count (a group of two leaves a column empty rather than widening). Each fact
   * spans six rows of a subgrid: its label, its value, then its other lines in order, so labels,
   * values and the lines under them line up across a row; a row no fact uses takes no room.
   */
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill,minmax(max(min(100%,13rem),(100% - 2.5em) / 3),1fr));
    gap: 0 1.25em;
  }
  [part~='fact'] {
    display: grid;
    grid-row: span 6;
    grid-template-rows: subgrid;
    align-content: start;
    padding-block: 0.5em 0.75em;
    border-block-start: 2px solid var(--peel-key-facts-rule,var(--_border));
  }
  /* The last row's space under it is the card's inset. */
  [part~='base'] > dl:last-child {
    margin-block-end: -0.75em;
  }
  /* A label shorter than its neighbour's sits just above its value. */
  dt {
    grid-row: 1;
    align-self: end;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  [part~='fact-value'] {
    grid-row: 2;
    font-size: var(--peel-key-facts-value-size,1.5em);
    font-weight: 700;
    line-height: 1.2;
  }
  [part~='fact-national'],
  [part~='fact-trend'] {
    font-size: 0.9375em;
  }
`;
