import { html, nothing } from 'lit';
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
      ${grades.map(
        (g) =>
          html`<span class="step ${g} ${g === grade ? 'current' : ''}"
            >${g === grade ? gradeIcon(g) : nothing}${s.grades[g]}</span
          >`,
      )}
    </div>
    ${change}
  </div>`;
}
