import { css } from '../../styles/css.js';

export const assessmentStyles = css`
  :host {
    container-type: inline-size;
  }
  [part~='base'] {
    display: grid;
    gap: var(--peel-assessment-gap,1.25rem);
  }
  :is(header, section) > :last-child {
    margin-block-end: 0;
  }
  /* Each card its own height: a short card beside a long one is not stretched to match it. */
  .pillars {
    display: grid;
    gap: var(--peel-assessment-gap,1.25rem);
    grid-template-columns: 1fr;
    align-items: start;
  }
  /* On a narrow screen, cards inside a card would leave a thin column: the outer frame goes. */
  @container (max-width: 36rem) {
    [part~='base'] {
      padding: 0;
      border: 0;
      background: none;
    }
  }
  /* Side by side only where each pillar gets a readable measure. */
  @container (min-width: 60rem) {
    .pillars {
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    }
  }
  blockquote {
    margin: 0 0 0.75em;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_accent);
  }
  /* Long paragraphs keep a readable measure on a wide page. */
  figure,
  header {
    margin: 0;
    max-width: 50rem;
  }
  [part~='inspector'] {
    font-weight: 600;
  }
  @media print {
    .pillars {
      display: block;
    }
  }
`;
