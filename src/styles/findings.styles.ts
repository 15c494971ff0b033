import { css } from './css.js';

/**
 * The findings (causes of concern first, set apart in the Inadequate colour they go with), the
 * grades at a glance, a question's findings, the monitoring sentence and the source line: shared
 * by the pillar card and the whole assessment.
 */
export const findingsStyles = css`
  [part='causes'] {
    margin-block-end: 0.75em;
    padding: 0.75em min(1em,4%);
    border-inline-start: 4px solid var(--peel-grade-inadequate-color,light-dark(#a8002b,#ff8fa3));
    background: var(--peel-color-surface-muted,light-dark(#f3f2f1,#262626));
  }
  [part='causes-list'],
  [part='practice-list'] {
    padding: 0;
    list-style: none;
  }
  [part='cause'] + [part='cause'],
  [part='practice-list'] > li + li {
    margin-block-start: 1em;
  }
  :is([part='causes'], [part='causes-list'], [part='cause'], [part='practice-list'] > li) > :last-child {
    margin-block-end: 0;
  }
  /* A first-level bullet, not the circle a list inside a list would get. */
  [part='recommendations'],
  details ul {
    padding-inline-start: 1.25em;
    list-style-type: disc;
  }
  [part='recommendations-title'],
  [part='due'] {
    margin-block-end: 0.25em;
    font-weight: 600;
  }
  [part='monitoring'] {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }
  [part='source'] {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='question-details'] {
    flex-basis: 100%;
  }
  [part='summary-details'] {
    margin-block-end: 0.75em;
  }
  /* Opened, the findings are set in by a rule down their side, which shows where they end. */
  details > div {
    margin-block-start: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_border);
  }
  details > div > :last-child {
    margin-block-end: 0;
  }
  summary {
    cursor: pointer;
    color: var(--peel-color-link,light-dark(#1d70b8,#8ec5ff));
  }
  summary:focus-visible {
    outline: 3px solid;
    outline-color: var(--peel-color-focus,light-dark(#0b0c0c,#fd0));
    outline-offset: 2px;
  }
  [part='glance'] dl > div {
    display: grid;
    grid-template-columns: minmax(0, 17em) 1fr;
    gap: 0 1em;
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  /* The grade beside its areas, however many there are. */
  [part='glance'] dt {
    grid-row: span 20;
  }
  [part='glance'] dd {
    grid-column: 2;
    margin: 0;
  }
  @container (max-width: 30rem) {
    [part='glance'] dl > div {
      grid-template-columns: 1fr;
    }
    [part='glance'] :is(dt, dd) {
      grid-area: auto;
    }
  }
`;
