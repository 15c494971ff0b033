import { css } from 'lit';

export const keyFactsStyles = css`
  :host {
    container-type: inline-size;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.75em 1.25em;
  }
  [part~='fact'] {
    padding-block-start: 0.5em;
    border-block-start: 2px solid var(--peel-key-facts-rule,var(--_border));
  }
  dt {
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
