import { css } from '../../styles/css.js';

// The scale's styles (see scale.ts), adopted into the badge's shadow root after the badge's own
// (peel-rating.styles.ts), whose grade colours (--_fg, --_bg, --_mix) they use.
export const scaleStyles = css`
  :host([variant='scale']) {
    container-type: inline-size;
    /* The scale's frame: a boundary at 3:1 on the surface, unlike the lighter decorative rules. */
    --_edge: light-dark(#6f777b,#8b9297);
  }

  /*
   * The scale: one framed row of equal steps (a column where the row would be cramped). The frame
   * is the scale's edge, at 3:1; the other steps are plain text; the current one is the badge.
   */
  [part='steps'] {
    display: grid;
    border: 1px solid var(--_edge);
    border-radius: var(--peel-rating-radius,var(--peel-radius,4px));
  }
  .step {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    padding: 0.4em;
    border: 2px solid transparent;
    color: var(--_muted);
    text-align: center;
    overflow-wrap: normal;
  }
  .step .icon {
    margin: 0;
  }
  /* Wide enough that "improvement" fits a fifth of the row; the icon goes above the words. */
  @container (min-width: 44em) {
    [part='steps'] {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    .step {
      flex-direction: column;
      gap: 0.1em;
    }
  }
  /* The current step is the badge. */
  .step.current {
    border: 2px solid;
    border-color: var(--_fg);
    border-radius: var(--peel-rating-radius,var(--peel-radius,4px));
    background: var(--_bg,color-mix(in srgb,var(--_fg) var(--_mix,22%),var(--_surface)));
    color: var(--_fg);
    font-weight: 700;
  }
  [part='steps'] + [part='change'] {
    display: block;
    margin: 0.4em 0 0;
  }


  @media (forced-colors: active) {
    /* Forced colours draw every border alike: only the current step keeps one, a double. */
    .step {
      border-color: Canvas;
    }
    .step.current {
      border: 6px double CanvasText;
      padding: calc(0.4em - 4px);
    }
  }
`;
