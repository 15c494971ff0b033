import { css } from 'lit';

export const keyFactsStyles = css`
  :host {
    container-type: inline-size;
  }
  /*
   * auto-fit: a group of two facts shares the row rather than leaving empty columns. Each fact spans
   * four rows of a subgrid, so labels, values, national levels and trends line up across a row even
   * when one label wraps.
   */
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit,minmax(min(100%,13rem),1fr));
    gap: 0 1.25em;
  }
  [part~='fact'] {
    display: grid;
    grid-row: span 4;
    grid-template-rows: subgrid;
    align-content: start;
    padding-block: 0.5em 0.75em;
    border-block-start: 2px solid var(--peel-key-facts-rule,var(--_border));
  }
  /* A label shorter than its neighbour's sits just above its value. */
  dt {
    align-self: end;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  [part~='fact-value'] {
    font-size: var(--peel-key-facts-value-size,1.5em);
    font-weight: 700;
    line-height: 1.2;
  }
  [part~='fact-national'],
  [part~='fact-trend'] {
    font-size: 0.9375em;
  }
`;
