import { css } from '../../styles/css.js';

export const pillarSummaryStyles = css`
  /* The card's own height: a page that stretches the host (a grid row) gets a card that fills it. */
  [part~='base'] {
    height: 100%;
    border-block-start: 4px solid var(--peel-pillar-summary-accent,var(--_accent));
  }
  /* A readable measure (about 70 characters of body text) for a card alone on a wide page. */
  [part~='base'] > * {
    max-inline-size: 40em;
  }
  [part='question'] {
    font-weight: 600;
  }
  .grade-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
  }
  [part='updated'] {
    margin: 0;
    color: var(--_muted);
  }
  [part='questions'] {
    padding: 0;
    list-style: none;
  }
  [part='questions'] > li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25em 1em;
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  /* Below the question and its grade: when the judgment was made. */
  [part='carried-over'] {
    flex-basis: 100%;
    color: var(--_muted);
  }
  [part='questions'] > li:last-child {
    padding-block-end: 0;
  }
`;
