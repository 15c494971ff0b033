import { css } from './css.js';

// The cards' styles come with the report chunk (report.ts), which adopts them into each card's shadow root.

/** The card every block element (not the badge) sits on. */
export const panelStyles = css`
  /* border-box: a card given the height of its box (pillars side by side) stays inside it. */
  [part~='base'] {
    box-sizing: border-box;
    /* Narrower insets in a narrow box (percentages are of the box's width), so text keeps its room. */
    padding: var(--peel-panel-padding,min(1rem,4%) min(1.25rem,5%));
    border: 1px solid;
    border-color: var(--_border);
    border-radius: var(--peel-radius,4px);
    background: var(--_surface);
  }
  /* The inset below the last line matches the one above the first: no margin left under it. */
  [part~='base'] > :last-child,
  [part~='base'] > :last-child > :last-child {
    margin-block-end: 0;
  }
`;
