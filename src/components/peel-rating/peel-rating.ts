import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { DEFAULT_SCALE, SCALES, comparable, isScale, scaleOfPeriod } from '../../data/grades.js';
import type { Grade, GradeName, Scale } from '../../data/grades.js';
import { STATUSES, gradeWithout, onScale } from '../../data/issues.js';
import { isIssue } from '../../data/pillars.js';
import type { Assessment, DataIssue, PillarStatus } from '../../data/types.js';
import { ARROWS } from '../../i18n/en.js';
import type { Direction, Strings } from '../../i18n/strings.js';
import { loadData, loadScale } from '../chunks.js';
import { adopt } from '../lazy.js';
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

/** A grade's place on its scale, from 0 (the best); -1 off the scale (not graded). */
export const position = (grade: Grade, scale: Scale) => (SCALES[scale] as readonly Grade[]).indexOf(grade);

/**
 * The attributes' grades and status on `scale`, when the parser would take them as they are (the rules in
 * issues.ts); undefined when it would not. Empty values are none. The parser itself, and its words for what
 * is wrong, are in the data chunk: a badge set by attributes loads it only to report a mistake.
 */
function readAttributes(grade: unknown, previous: unknown, status: unknown, scale: unknown): Rating | undefined {
  if (!isScale(scale) || (status !== undefined && !STATUSES.includes(status as PillarStatus))) return undefined;
  const now = onScale(grade, scale);
  const before = onScale(previous, scale);
  if (now === false || before === false || gradeWithout(now, status as PillarStatus)) return undefined;
  return { grade: now, previous: before, scale, status: status as PillarStatus };
}

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
    // The scale's chunk, beside the data's (if any), not after it.
    if (this.variant === 'scale') loadScale(this);
    const rating = (this.#rating = this.#resolve());
    if (!Array.isArray(rating)) {
      if (rating) this.data.clearReport('attribute');
    } else if (rating.length) this.data.report(rating, 'attribute');
  }

  /** The grade from the attributes, or from the chosen pillar of the data; the attributes win. */
  #resolve(): Rating | DataIssue[] | undefined {
    let { grade, previousGrade: previous, scale, status, gradedIn, previousPeriod } = this;
    const fromData = !grade && !status;
    if (fromData) {
      const pillar = this.data.pillar(this.pillar);
      if (isIssue(pillar)) return [pillar];
      if (!pillar?.grade && !pillar?.status) return undefined;
      ({ grade, status } = pillar);
      previous ??= pillar.previousGrade;
      // The data chunk reads it: in hand, as there is data.
      scale ??= loadData(this)!.scaleOf((this.data.state as { assessment: Assessment }).assessment);
      gradedIn ??= pillar.gradedIn;
      previousPeriod ??= pillar.previousPeriod;
    }
    // A removed attribute is null: that means none, not a bad value.
    previous ||= undefined;
    const extra = { gradedIn: gradedIn || undefined, previousPeriod: previousPeriod || undefined };
    // Someone who types "Adequate" (Welsh "Digonol") means the five-grade scale; "Inadequate" does not.
    // So does a previous grade from 2021/22 on: no four-grade cycle came after a five-grade one.
    scale ??=
      /\b(adequate|digonol)/i.test(`${grade} ${previous}`) || scaleOfPeriod(extra.previousPeriod ?? '') === 'peel-2021'
        ? 'peel-2021'
        : DEFAULT_SCALE;
    const attributes = [grade || undefined, previous, status || undefined, scale] as const;
    const rating = readAttributes(...attributes);
    // A mistake: the error note at once; what is wrong once the data chunk, which says it, is in hand.
    return rating ? { ...rating, ...extra } : (loadData(this)?.attributeIssues(...attributes) ?? []);
  }

  protected override renderContent(s: Strings) {
    const rating = this.#rating;
    if (Array.isArray(rating)) return this.message(rating[0]?.path === 'pillar' ? s.noPillar : s.error);
    if (!rating) return this.grade ? nothing : this.renderData(s, () => this.message(s.noPillar));
    // Not graded is on no scale, so it stays a badge.
    const at = rating.grade ? position(rating.grade, rating.scale) : -1;
    if (this.variant !== 'scale' || at < 0) return this.#renderBadge(s, rating);
    const scale = loadScale(this);
    if (!scale) return this.waiting(s, scale);
    adopt(this.renderRoot, [scale.scaleStyles]);
    return scale.renderScale(s, rating.grade!, at, rating.scale, this.#renderChange(s, rating));
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
}

// Here rather than in define.ts, so that the tag is typed however the package is imported (the main
// entry registers nothing but exports this class).
declare global {
  interface HTMLElementTagNameMap {
    'peel-rating': PeelRating;
  }
}
