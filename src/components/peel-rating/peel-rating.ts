import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { DEFAULT_SCALE, SCALES, gradeOnScale, isGrade, isScale } from '../../data/grades.js';
import { parseAssessment } from '../../data/parse.js';
import type { Grade, GradeName, Scale } from '../../data/grades.js';
import { findPillar, isIssue } from '../../data/pillars.js';
import type { DataIssue, PillarStatus } from '../../data/types.js';
import { comparable, scaleOf, scaleOfPeriod } from '../../data/cycles.js';
import { ARROWS } from '../../i18n/strings.js';
import type { Direction, Strings } from '../../i18n/strings.js';
import { PeelElement } from '../peel-element.js';
import { ratingStyles } from './peel-rating.styles.js';
import { gradeIcon } from './icons.js';

/** What a badge shows: a grade, or a status in words where there is none. */
interface Rating {
  grade?: Grade;
  previous?: Grade;
  scale: Scale;
  status?: PillarStatus;
  gradedIn?: string;
  previousPeriod?: string;
}

const ATTRIBUTE_PATHS: Record<string, string> = {
  'pillars[0].grade': 'grade',
  'pillars[0].previousGrade': 'previous-grade',
  'pillars[0].status': 'status',
};

const position = (grade: Grade, scale: Scale) => (SCALES[scale] as readonly Grade[]).indexOf(grade);

/** Better, worse or the same; undefined when either grade is off the scale (not graded). */
export function change(grade: Grade, previous: Grade, scale: Scale): Direction | undefined {
  const now = position(grade, scale);
  const before = position(previous, scale);
  if (now < 0 || before < 0) return undefined;
  return now < before ? 'up' : now > before ? 'down' : 'same';
}

/**
 * One PEEL grade as an accessible badge: the grade's name in text, with a colour, a border and
 * a shape of its own, so it never rests on colour alone.
 *
 * @summary One PEEL grade as an accessible badge.
 *
 * @csspart base - The badge, or with `variant="scale"` the whole scale.
 * @csspart icon - The grade's shape.
 * @csspart label - The grade's name.
 * @csspart change - The change from the previous grade, with its arrow.
 * @csspart status - Where a carried-over grade comes from ("Grade carried over from 2016").
 * @csspart steps - The row of grades with `variant="scale"` (an image to assistive technology, with its text alternative).
 * @csspart message - The note shown instead of a grade (loading, error, nothing to show).
 *
 * @cssprop --peel-rating-font-size - Size of the badge's text at `size="medium"` (small and large scale from the host's font size).
 * @cssprop --peel-rating-radius - Corner radius of the badge (falls back to `--peel-radius`).
 *
 * @fires {PeelErrorDetail} peel-error - Bad input: invalid JSON, wrong types, an unknown grade or pillar, a failed `src` request. `detail.errors` lists each with its JSON path.
 */
export class PeelRating extends PeelElement {
  static override styles = [...PeelElement.styles, ratingStyles];

  static override properties: PropertyDeclarations = {
    grade: {},
    previousGrade: { attribute: 'previous-grade' },
    status: {},
    gradedIn: { attribute: 'graded-in' },
    previousPeriod: { attribute: 'previous-period' },
    pillar: {},
    force: {},
    scale: {},
    variant: { reflect: true },
    size: { reflect: true },
  };

  /** The grade to show, as a slug or a label in any case (`good`, `Requires improvement`). */
  declare grade?: GradeName;

  /** The grade before, to show the change in words and with an arrow. */
  declare previousGrade?: GradeName;

  /**
   * Why there is no grade, or where it comes from: `pending` ("To be graded"), `not-inspected`,
   * `withheld` ("Not graded"), `carried-over` (with `graded-in`), or `graded`.
   */
  declare status?: PillarStatus;

  /** With `status="carried-over"`: the period the grade comes from ("2016"). */
  declare gradedIn?: string;

  /** The period of `previous-grade` ("2021/22"). A grade from a period on the other scale is not compared, only named. */
  declare previousPeriod?: string;

  /** With data: the id of the pillar whose grade to show (default the first). */
  declare pillar?: string;

  /**
   * The force to show from a collection (`{"assessments": […]}`, by any data channel): its `force.id`
   * (`kent`). A force the data does not hold shows a note naming it, and is reported.
   */
  declare force?: string;

  /** `peel-2014` (four grades) or `peel-2021` (five); by default the data's scale, or peel-2021 for `adequate`. */
  declare scale?: Scale;

  /** `badge`, or `scale` to show the whole scale with this grade marked. */
  variant: 'badge' | 'scale' = 'badge';

  /** `small`, `medium` or `large`. */
  size: 'small' | 'medium' | 'large' = 'medium';

  #rating?: Rating | DataIssue[];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const rating = (this.#rating = this.#resolve());
    if (Array.isArray(rating)) this.data.report(rating, 'attribute');
    else if (rating) this.data.clearReport('attribute');
  }

  /** The grade from the attributes, or from the chosen pillar of the data; the attributes win. */
  #resolve(): Rating | DataIssue[] | undefined {
    let { grade, previousGrade: previous, scale, status, gradedIn, previousPeriod } = this;
    const fromData = !grade && !status;
    if (fromData) {
      const { state } = this.data;
      if (state.status !== 'ready') return undefined;
      const pillar = findPillar(state.assessment, this.pillar);
      if (isIssue(pillar)) return [pillar];
      if (!pillar?.grade && !pillar?.status) return undefined;
      ({ grade, status } = pillar);
      previous ??= pillar.previousGrade;
      scale ??= scaleOf(state.assessment);
      gradedIn ??= pillar.gradedIn;
      previousPeriod ??= pillar.previousPeriod;
    }
    // A removed attribute is null: that means none, not a bad value.
    previous ||= undefined;
    const extra = { gradedIn: gradedIn || undefined, previousPeriod: previousPeriod || undefined };
    // Slugs already checked (the parsed data a parent element hands down) are not parsed again.
    const onScale = (g?: string) => !g || (isGrade(g) && gradeOnScale(g, scale as Scale));
    if ((fromData || !status) && isScale(scale) && onScale(grade) && onScale(previous))
      return { grade: grade as Grade, previous: previous as Grade, scale, status: status as PillarStatus, ...extra };
    // Someone who types "Adequate" (Welsh "Digonol") means the five-grade scale; "Inadequate" does not.
    // So does a previous grade from 2021/22 on: no four-grade cycle came after a five-grade one.
    scale ??=
      /\b(adequate|digonol)/i.test(`${grade} ${previous}`) || scaleOfPeriod(extra.previousPeriod ?? '') === 'peel-2021'
        ? 'peel-2021'
        : DEFAULT_SCALE;
    // The parser already knows every rule for grades, scales and statuses: give it a one-pillar document.
    const result = parseAssessment({
      force: { name: '-' },
      scale,
      pillars: [{ grade: grade || undefined, previousGrade: previous, status: status || undefined }],
    });
    if (!result.ok) return result.errors.map((e) => ({ ...e, path: ATTRIBUTE_PATHS[e.path] ?? e.path }));
    const [pillar] = result.value.pillars!;
    return {
      grade: pillar!.grade,
      previous: pillar!.previousGrade,
      scale: result.value.scale!,
      status: pillar!.status,
      ...extra,
    };
  }

  protected override renderContent(s: Strings) {
    const rating = this.#rating;
    if (Array.isArray(rating)) return this.message(rating[0]?.path === 'pillar' ? s.noPillar : s.error);
    if (!rating) return this.grade ? nothing : this.renderData(s, () => this.message(s.noPillar));
    return this.variant === 'scale' ? this.#renderScale(s, rating) : this.#renderBadge(s, rating);
  }

  /**
   * The change from the previous grade in words (and an arrow): "down from Good", "same as 2021/22";
   * across scales only the earlier grade and its period, never up or down.
   */
  #renderChange(s: Strings, { grade, previous, scale, previousPeriod: period }: Rating) {
    if (!previous || !grade) return nothing;
    const label = s.grades[previous];
    if (period && !comparable(scale, period)) return html`<span part="change">${s.notComparable(label, period)}</span>`;
    const direction = change(grade, previous, scale);
    return html`<span part="change"
      ><span class="arrow" aria-hidden="true">${direction && ARROWS[direction]}</span>${s.gradeChange(
        direction,
        label,
        period,
      )}</span
    >`;
  }

  /** Where the grade comes from, or why there is none, in words. */
  #statusText(s: Strings, { grade, status, gradedIn }: Rating) {
    return status === 'carried-over' && gradedIn
      ? s.carriedOver(gradedIn)
      : !grade && status && status !== 'graded' && status !== 'carried-over'
        ? s.status[status]
        : undefined;
  }

  #renderBadge(s: Strings, rating: Rating) {
    const grade = rating.grade ?? 'not-graded';
    const status = this.#statusText(s, rating);
    // Without a grade, the status is the label; with one, a line of its own.
    return html`<span part="base" class="badge ${grade}"
      ><strong part="label">${gradeIcon(grade)}${rating.grade ? s.grades[grade] : (status ?? s.grades[grade])}</strong
      >${rating.grade && status ? html`<span part="status">${status}</span>` : nothing}${this.#renderChange(
        s,
        rating,
      )}</span
    >`;
  }

  /**
   * The scale as a picture with a text alternative ("Good: second of four grades"). Not graded is
   * on no scale, so it stays a badge.
   */
  #renderScale(s: Strings, rating: Rating) {
    const grades = SCALES[rating.scale];
    const at = rating.grade ? position(rating.grade, rating.scale) : -1;
    if (at < 0 || !rating.grade) return this.#renderBadge(s, rating);
    return html`<div part="base" class="scale">
      <div part="steps" role="img" aria-label=${s.scalePosition(s.grades[rating.grade], at + 1, grades.length)}>
        ${grades.map(
          (g) =>
            html`<span class="step ${g} ${g === rating.grade ? 'current' : ''}"
              >${g === rating.grade ? gradeIcon(g) : nothing}${s.grades[g]}</span
            >`,
        )}
      </div>
      ${this.#renderChange(s, rating)}
    </div>`;
  }
}

// Here rather than in define.ts, so that the tag is typed however the package is imported (the main
// entry registers nothing but exports this class).
declare global {
  interface HTMLElementTagNameMap {
    'peel-rating': PeelRating;
  }
}
