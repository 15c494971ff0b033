import { css } from 'lit';

export const ratingStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    font-size: var(--peel-rating-font-size,1em);
  }
  :host([variant='scale']) {
    display: block;
  }
  :host([size='small']) {
    font-size: 0.875em;
  }
  :host([size='large']) {
    font-size: 1.25em;
  }

  /*
   * Each grade has one colour (text, border and icon) and, unless a designer sets one, a
   * background mixed from it, so a brand that changes the colour gets a matching background.
   */
  .outstanding {
    --_fg: var(--peel-grade-outstanding-color,light-dark(#10403c,#a6e3dc));
    --_bg: var(--peel-grade-outstanding-background);
  }
  .good {
    --_fg: var(--peel-grade-good-color,light-dark(#005a30,#9fe0bd));
    --_bg: var(--peel-grade-good-background);
  }
  .adequate {
    --_fg: var(--peel-grade-adequate-color,light-dark(#594d00,#f5e27a));
    --_bg: var(--peel-grade-adequate-background);
  }
  .requires-improvement {
    --_fg: var(--peel-grade-requires-improvement-color,light-dark(#6e3619,#ffc3a3));
    --_bg: var(--peel-grade-requires-improvement-background);
  }
  .inadequate {
    --_fg: var(--peel-grade-inadequate-color,light-dark(#2a0b06,#ffb8ad));
    --_bg: var(--peel-grade-inadequate-background);
  }
  .not-graded {
    --_fg: var(--peel-grade-not-graded-color,light-dark(#282d30,#d6dadc));
    --_bg: var(--peel-grade-not-graded-background);
  }
  .badge,
  .step {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0.6em;
    border: 2px solid var(--_fg);
    border-radius: var(--peel-rating-radius,var(--peel-radius,4px));
    background: var(--_bg,color-mix(in srgb,var(--_fg) 16%,var(--_surface)));
    color: var(--_fg);
    flex-wrap: wrap;
    line-height: 1.3;
  }
  /* The icon sits inside the label, so the two never wrap apart. */
  .icon {
    width: 1em;
    height: 1em;
    margin-inline-end: 0.4em;
    vertical-align: -0.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  [part='change'] {
    font-size: 0.875em;
    font-weight: 400;
  }

  .step .icon {
    margin: 0;
  }
  /* The padding keeps the current step's outline inside the element. */
  [part='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    padding: 4px;
  }
  /* Steps other than the current one are outlines: the current one is filled, bold and marked. */
  .step:not(.current) {
    background: none;
    color: var(--_muted);
    border-color: var(--_border);
    border-style: dashed;
  }
  /* An outline, unlike a shadow, stays in forced-colors mode. */
  .step.current {
    font-weight: 700;
    outline: 2px solid var(--_fg);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .badge,
    .step {
      border-color: CanvasText;
    }
  }
`;
