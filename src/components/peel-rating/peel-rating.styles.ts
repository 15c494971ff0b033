import { css } from '../../styles/css.js';

export const ratingStyles = css`
  /*
   * Inline, so a badge in running text flows like a word: its padding and border paint outside the
   * line box instead of stretching it, and a grade change wraps like the words around it.
   */
  :host {
    display: inline;
    color: inherit;
    line-height: inherit;
    font-size: var(--peel-rating-font-size,1em);
  }
  /* The scale's own styles come with its chunk (scale.styles.ts); its note waits in a block. */
  :host([variant='scale']) {
    display: block;
    line-height: 1.3;
  }
  :host([size='small']) {
    font-size: 0.875em;
  }
  :host([size='large']) {
    font-size: 1.25em;
  }

  /*
   * One colour per grade (text, border, icon), each a different hue, so no two grades look alike
   * (the extremes violet and crimson, the middle green, ochre, orange; grey is off the scale). The
   * background is mixed from it, so a brand that changes the colour gets a matching background.
   * Light: dark enough for 4.5:1 on the mixed background; dark: the same hues, light.
   */
  .outstanding {
    --_fg: var(--peel-grade-outstanding-color,light-dark(#4b2d9a,#cdb4ff));
    --_bg: var(--peel-grade-outstanding-background);
  }
  .good {
    --_fg: var(--peel-grade-good-color,light-dark(#006637,#7ddc9f));
    --_bg: var(--peel-grade-good-background);
  }
  .adequate {
    --_fg: var(--peel-grade-adequate-color,light-dark(#665500,#f2d94e));
    --_bg: var(--peel-grade-adequate-background);
    --_mix: 26%;
  }
  .requires-improvement {
    --_fg: var(--peel-grade-requires-improvement-color,light-dark(#9c3900,#ffa861));
    --_bg: var(--peel-grade-requires-improvement-background);
  }
  .inadequate {
    --_fg: var(--peel-grade-inadequate-color,light-dark(#a8002b,#ff8fa3));
    --_bg: var(--peel-grade-inadequate-background);
  }
  .not-graded {
    --_fg: var(--peel-grade-not-graded-color,light-dark(#505a5f,#c5cbce));
    --_bg: var(--peel-grade-not-graded-background);
    --_mix: 14%;
  }
  /*
   * The label is one box that wraps only between its words (never inside one, never across two boxes
   * of a line each). Its line height and negative margins keep it inside a line of running text at
   * 1.2 or more, so it never makes its line taller.
   */
  .badge [part='label'] {
    display: inline-block;
    max-width: 100%;
    box-sizing: border-box;
    margin-block: -2px;
    padding: 0 0.45em;
    line-height: 1.2;
  }
  .badge {
    overflow-wrap: break-word;
  }
  /* The icon and the first word: one piece, so the icon never stands alone on a line. */
  .nw {
    white-space: nowrap;
  }
  /*
   * The space after the label, not before what follows: a line that wraps starts at the badge's edge.
   * 0.4375em: the 0.5em of the smaller text that follows, as the fallback styles have it.
   */
  .badge > :not(:last-child) {
    margin-inline-end: 0.4375em;
  }
  .badge [part='label'] {
    border: 2px solid;
    border-color: var(--_fg);
    border-radius: var(--peel-rating-radius,var(--peel-radius,4px));
    background: var(--_bg,color-mix(in srgb,var(--_fg) var(--_mix,22%),var(--_surface)));
    color: var(--_fg);
  }
  .icon {
    width: 1em;
    height: 1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  /* A block of its own only when it must wrap, so "↓ down from Good" keeps together. */
  [part='change'],
  [part='status'] {
    display: inline-block;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /*
   * A badge that is loading or failed stays in its sentence at a badge's size: its note, or the author's
   * own content (the fallback styles' box), in the words' colour, framed dashed while it loads.
   */
  span[part='message'],
  slot {
    display: inline-block;
    margin: -2px 0;
    padding: 0 0.45em;
    border: 2px solid;
    border-radius: var(--peel-rating-radius,var(--peel-radius,4px));
    background: none;
    line-height: 1.2;
  }
  :host(:state(loading)) :is(span[part='message'],slot) {
    border-style: dashed;
  }

  @media (forced-colors: active) {
    .badge [part='label'] {
      border-color: CanvasText;
    }
  }
`;
