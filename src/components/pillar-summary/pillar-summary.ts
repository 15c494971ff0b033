import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { PeelElement } from '../peel-element.js';
import { isIssue } from '../../data/pillars.js';
import { loadReport } from '../chunks.js';

/**
 * One PEEL pillar: its title, question, grade, when it was last updated, the summary, the
 * grades of its questions and the link to them.
 *
 * @summary One pillar of a PEEL assessment.
 *
 * @csspart base - The card around the pillar.
 * @csspart title - The pillar's heading.
 * @csspart question - The question the pillar answers.
 * @csspart rating - The grade badge (a `<peel-rating>`: restyle its grade with the `--peel-grade-*` tokens).
 * @csspart updated - The "Last updated" line.
 * @csspart summary - The summary paragraphs.
 * @csspart summary-details - With `compact`: the summary after its first paragraph, opened on demand.
 * @csspart questions-title - The "Question grades" heading.
 * @csspart questions - The list of question grades.
 * @csspart question-link - A question's title, when it links to the question.
 * @csspart link - The link to the pillar's questions.
 * @csspart carried-over - Under a question's grade from an earlier inspection: "judged in 2016, still valid in 2018/19".
 * @csspart question-details - A question's findings (its summary and areas for improvement), opened on demand.
 * @csspart causes - The causes of concern (each a `cause`, with `recommendations` and its `due` date).
 * @csspart improvements - The areas for improvement.
 * @csspart practice - Promising and innovative practice (each led by its `practice-kind`).
 * @csspart findings-title - The heading of each kind of finding.
 * @csspart source - The source line: the pages the grades were read on, each a `source-link` (else the inspectorate, cycle and publication date), and the `source-link` to the report.
 * @csspart message - The note shown instead of the pillar (loading, error, nothing to show).
 *
 * @cssprop --peel-pillar-summary-accent - Colour of the bar along the card's top (falls back to `--peel-color-accent`).
 *
 * @fires {PeelErrorDetail} peel-error - Bad input: invalid JSON, wrong types, an unknown grade or pillar, a failed `src` request. `detail.errors` lists each with its JSON path.
 */
export class PillarSummary extends PeelElement {
  static override properties: PropertyDeclarations = {
    pillar: {},
    force: {},
    hideSource: { type: Boolean, attribute: 'hide-source' },
    compact: { type: Boolean },
  };

  /** The id of the pillar or area to show (`effectiveness`, `investigating-crime`, …); default the first. */
  declare pillar?: string;

  /**
   * The force to show from a collection (`{"assessments": […]}`, by any data channel): its `force.id`
   * (`kent`). A force the data does not hold shows a note naming it, and is reported.
   */
  declare force?: string;

  /** Hides the source line, for a host that credits the inspectorate elsewhere. */
  hideSource = false;

  /** Folds the summary after its first paragraph into a "Read the rest of the summary" `<details>`. */
  compact = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const found = this.data.pillar(this.pillar);
    if (isIssue(found)) this.data.report([found], 'attribute');
    else if (found) this.data.clearReport('attribute');
  }

  protected override chunk = loadReport;

  protected override renderContent(s: Strings) {
    const found = this.data.pillar(this.pillar);
    return this.renderWith(s, loadReport, (report, assessment, s) =>
      !found || isIssue(found)
        ? this.message(s.noPillar)
        : report.renderPillar(this.renderRoot, s, assessment, found, this.level, this.hideSource, this.compact),
    );
  }
}

// Here rather than in define.ts, so that the tag is typed however the package is imported (the main
// entry registers nothing but exports this class).
declare global {
  interface HTMLElementTagNameMap {
    'pillar-summary': PillarSummary;
  }
}
