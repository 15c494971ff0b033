import { html } from 'lit';
import { SCALES } from '../../data/grades.js';
import type { Grade, Scale } from '../../data/grades.js';
import type { Strings } from '../../i18n/strings.js';
import { SCALE_POSITION } from '../../i18n/scale-position.js';
import { gradeIcon } from './icons.js';
import { scaleStyles } from './scale.styles.js';

// The scale chunk: `<peel-rating variant="scale">`'s whole scale and its styles, loaded beside the bundle
// only by a page that shows one.

export { scaleStyles };

/**
 * The scale as a picture with a text alternative ("Good: second of four grades"), `grade` marked (at
 * `at` on `scale`), and `change` (the change from the previous grade) below it.
 */
export function renderScale(s: Strings, grade: Grade, at: number, scale: Scale, change: unknown) {
  const grades = SCALES[scale];
  return html`<div part="base" class="scale">
    <div part="steps" role="img" aria-label=${SCALE_POSITION[s.lang](s.grades[grade], at + 1, grades.length)}>
      ${grades.map((g) => {
        const words = s.grades[g];
        // The icon and the first word keep together (peel-rating.styles.ts's .nw): never the icon alone on a line.
        const space = words.indexOf(' ') >>> 0;
        return html`<span class="step ${g} ${g === grade ? 'current' : ''}"
          ><span
            >${
              g === grade
                ? html`<span class="nw">${gradeIcon(g)}${words.slice(0, space)}</span>${words.slice(space)}`
                : words
            }</span
          ></span
        >`;
      })}
    </div>
    ${change}
  </div>`;
}
