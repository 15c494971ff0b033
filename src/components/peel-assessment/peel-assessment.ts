import type { PropertyDeclarations } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { PeelElement } from '../peel-element.js';
import { loadReport } from '../chunks.js';

/**
 * A force's whole PEEL assessment: the force and period, the link to the full report, the grades
 * at a glance and the findings (causes of concern, areas for improvement, practice), every pillar
 * or area, the inspector's observations, the key facts, the points of context and the priorities.
 *
 * @summary A force's whole PEEL assessment.
 *
 * @csspart base - The card around the assessment.
 * @csspart header - The force, period, introduction and report link.
 * @csspart title - The assessment's heading.
 * @csspart report-link - The link to the full report.
 * @csspart intro - The introduction paragraphs.
 * @csspart pillars - The area holding the pillars.
 * @csspart pillar - Each pillar's card (a `<pillar-summary>`; with `compact`, its summary after the first paragraph is folded).
 * @csspart observations - The inspector's observations, with name and role.
 * @csspart inspector - The inspector's name and role.
 * @csspart key-facts - The key facts card (a `<key-facts-panel>`).
 * @csspart context - The points of context.
 * @csspart context-list - The list of points of context.
 * @csspart priorities - The police and crime plan priorities.
 * @csspart priorities-list - The list of priorities.
 * @csspart section-title - The heading of each section.
 * @csspart monitoring - The sentence on the inspectorate's enhanced monitoring of the force.
 * @csspart glance - The grades at a glance: the areas grouped by grade, best first.
 * @csspart causes - The causes of concern (each a `cause`, with `recommendations` and its `due` date).
 * @csspart improvements - The areas for improvement.
 * @csspart practice - Promising and innovative practice (each led by its `practice-kind`).
 * @csspart findings-title - The heading of each kind of finding.
 * @csspart source - The source line: the pages the grades were read on, each a `source-link` (else the inspectorate, cycle and publication date), and the `source-link` to the report.
 * @csspart message - The note shown instead of the assessment (loading, error, nothing to show).
 *
 * @cssprop --peel-assessment-gap - Space between the sections and pillars.
 *
 * @fires {PeelErrorDetail} peel-error - Bad input: invalid JSON, wrong types, an unknown grade, a failed `src` request. `detail.errors` lists each with its JSON path.
 */
export class PeelAssessment extends PeelElement {
  static override properties: PropertyDeclarations = {
    hideSource: { type: Boolean, attribute: 'hide-source' },
    compact: { type: Boolean },
    force: {},
  };

  /**
   * The force to show from a collection (`{"assessments": […]}`, by any data channel): its `force.id`
   * (`kent`). A force the data does not hold shows a note naming it, and is reported.
   */
  declare force?: string;

  /** Hides the source line, for a host that credits the inspectorate elsewhere. */
  hideSource = false;

  /**
   * Folds each pillar's summary after its first paragraph into a "Read the rest of the summary"
   * `<details>`, so that a long report starts short on a phone; by default the full text shows.
   */
  compact = false;

  protected override chunk = loadReport;

  protected override renderContent(s: Strings) {
    return this.renderWith(s, loadReport, (report, a, s) =>
      report.renderAssessment(this.renderRoot, s, a, this.level, this.hideSource, this.compact),
    );
  }
}

// Here rather than in define.ts, so that the tag is typed however the package is imported (the main
// entry registers nothing but exports this class).
declare global {
  interface HTMLElementTagNameMap {
    'peel-assessment': PeelAssessment;
  }
}
