import type { PropertyDeclarations } from 'lit';
import type { AssessmentCollection } from '../../data/types.js';
import type { Strings } from '../../i18n/strings.js';
import { loadHistory } from '../chunks.js';
import { PeelElement } from '../peel-element.js';

/**
 * One force's grades across the PEEL cycles: a table with a column per cycle, oldest first, and a row per
 * pillar or area, every grade in words with its badge; the change of scale between 2018/19 and 2021/22
 * stated over the columns, never an arrow across it; and a picture of each row beside the table. Takes a
 * collection (`{"schemaVersion": 1, "assessments": [...]}`) of one force's assessments, or of many forces'
 * with `force`.
 *
 * @summary One force's grades across the inspection cycles.
 *
 * @csspart base - The whole history.
 * @csspart title - The heading: the force and the cycles.
 * @csspart note - Above the table, at the change of scale: "From 2021/22: new areas and a five-grade scale; earlier grades are not directly comparable."
 * @csspart scroller - The box the table scrolls sideways in (at narrow widths, the newest cycle first in view, the areas pinned).
 * @csspart table - The table.
 * @csspart scale - A header over the cycles graded on one scale ("2015 to 2018/19: pillars, four grades", "From 2021/22: areas, five grades").
 * @csspart period - A cycle's column header.
 * @csspart report - The link in a cycle's header to its report.
 * @csspart area - A pillar's or area's row header.
 * @csspart cell - A grade's cell.
 * @csspart label - A grade's badge, the grade as text (or the status in words).
 * @csspart change - The change from the cycle before, on the same scale, in words.
 * @csspart status - Where a carried-over grade comes from ("Grade carried over from 2021/22").
 * @csspart missing - "No grade in the data", where the data has no grade.
 * @csspart chart - The picture beside the table: each row's grades as points on their own scale (hidden from assistive technology: the table says it all).
 * @csspart key - The line under the picture that says what it draws.
 * @csspart sources - The pages the grades were read on.
 * @csspart source - A link to one of them.
 * @csspart message - The note shown instead of the history (loading, error, nothing to show).
 *
 * @cssprop --peel-history-divider - The line at the change of scale, in the table and the picture (falls back to `--peel-color-text`).
 *
 * @fires {PeelErrorDetail} peel-error - Bad input: invalid JSON, not a collection, an unknown grade, a failed `src` request, a `force` the data does not hold (or none, for a collection of several forces). `detail.errors` lists each with its JSON path.
 */
export class PeelHistory extends PeelElement {
  static override properties: PropertyDeclarations = {
    force: {},
    compact: { type: Boolean },
  };

  /**
   * The force to show from a collection of several forces (by any data channel): its `force.id` (`kent`).
   * A force the data does not hold shows a note naming it, and is reported.
   */
  declare force?: string;

  /** The table alone, without the picture beside it. */
  compact = false;

  constructor() {
    super();
    /** @internal the data controller reads one force's assessments of a collection (the analyzer would list this as a field) */
    this.data.collection = 'force';
  }

  protected override chunk = loadHistory;

  protected override renderContent(s: Strings) {
    return this.renderWith(s, loadHistory, (history, collection, s) =>
      history.renderHistory(this, s, collection as unknown as AssessmentCollection, this.level),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peel-history': PeelHistory;
  }
}
