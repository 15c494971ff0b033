import { css } from '../../styles/css.js';

export const keyFactsStyles = css`
  :host {
    container-type: inline-size;
  }
  /*
   * auto-fill, at most three columns: every group has as many columns as the width allows, so the
   * rows keep one column count (a group of two leaves a column empty rather than widening).
   */
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill,minmax(max(min(100%,13rem),(100% - 2.5em) / 3),1fr));
    gap: 0 1.25em;
  }
  /*
   * Each fact under its rule: the label at the top, the figure beside it where both fit (else under it), then
   * its other lines.
   */
  [part~='fact'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    align-content: flex-start;
    gap: 0.25em 0.75em;
    padding-block: 0.5em 0.75em;
    border-block-start: 2px solid var(--peel-key-facts-rule,var(--_border));
  }
  /* The last row's space under it is the card's inset. */
  [part~='base'] > dl:last-child {
    margin-block-end: -0.75em;
  }
  dt {
    flex: 1 1 8em;
    font-weight: 600;
  }
  dd {
    flex: 1 0 100%;
    margin: 0;
  }
  [part~='fact-value'] {
    flex: 0 1 auto;
    font-size: var(--peel-key-facts-value-size,1.5em);
    font-weight: 700;
    line-height: 1.2;
  }
  [part~='fact-national'],
  [part~='fact-trend'] {
    font-size: 0.9375em;
  }
`;
