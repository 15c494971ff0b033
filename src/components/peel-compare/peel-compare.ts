import type { PropertyDeclarations } from 'lit';
import type { AssessmentCollection } from '../../data/types.js';
import type { Strings } from '../../i18n/strings.js';
import { loadCompare } from '../chunks.js';
import { PeelElement } from '../peel-element.js';

/**
 * Every force side by side: a table with a row per force and a column per pillar or area, each
 * grade as text in a badge, sortable by any column, grouped or filtered by region, with a count of
 * each area's grades. Narrower than 480 px, one area at a time, chosen from a list, with the forces that
 * have no grade for it named in one line. Takes a collection (`{"schemaVersion": 1, "assessments": [...]}`).
 *
 * @summary Every force's grades in one sortable table.
 *
 * @attr group-by - `region` to put the forces under their region's heading.
 *
 * @csspart base - The whole comparison.
 * @csspart title - The heading.
 * @csspart coverage - How many of the forces have grades in the table ("Forces with grades: 39 of 43").
 * @csspart controls - The area (narrow), grouping, region and "Sort by" controls.
 * @csspart summary-title - The heading over the counts.
 * @csspart summary - The list of each area's counts.
 * @csspart count - One area's counts in words ("Effectiveness: 2 outstanding, 29 good, …").
 * @csspart bar - The bar beside the counts that draws them (decorative: the words say the same).
 * @csspart note - A note above the table (previous grades on another scale are named, not compared).
 * @csspart scroller - The labelled region the table scrolls sideways in (a tab stop while it scrolls).
 * @csspart table - The table.
 * @csspart caption - The cycle and how the rows are sorted, above the table (outside its scroller); the table's own caption says the same to a screen reader.
 * @csspart without - Narrow: the forces with no grade in the data for the area shown, in one line under the table.
 * @csspart sort - A column header's sort button.
 * @csspart region - A region's row-group header.
 * @csspart row - A force's row (`row highlight` for the highlighted force).
 * @csspart force - A force's row header: its name.
 * @csspart your-force - The "your force" label in the highlighted row.
 * @csspart cell - A grade's cell.
 * @csspart label - A grade's badge, the grade as text (or the status in words).
 * @csspart change - The change from the previous grade in words.
 * @csspart missing - "No grade in the data", where a force has no grade for an area.
 * @csspart message - The note shown instead of the table (loading, error, nothing to show).
 *
 * @cssprop --peel-compare-highlight - Background of the highlighted force's row (falls back to a tint of `--peel-color-accent`).
 * @cssprop --peel-compare-header-background - Background of the column and region headers (falls back to `--peel-color-surface-muted`).
 *
 * @fires {PeelErrorDetail} peel-error - Bad input: invalid JSON, not a collection, an unknown grade, a failed `src` request. `detail.errors` lists each with its JSON path. A force id the register does not know is only a warning on the console.
 */
export class PeelCompare extends PeelElement {
  static override properties: PropertyDeclarations = {
    highlight: {},
    groupBy: { attribute: 'group-by' },
    region: {},
    sort: {},
  };

  /** The id of the host's own force (`wiltshire`): its row is marked, and announced as "your force". */
  declare highlight?: string;

  /** `region` to group the rows under their regions. */
  declare groupBy?: string;

  /** Show only this region's forces (`Wales`, `South West`, …: the register's regions, in English). */
  declare region?: string;

  /** The column the rows are sorted by: `name` (default) or an area's id; `-` before it reverses the order. */
  declare sort?: string;

  constructor() {
    super();
    /** @internal the data controller reads a collection (the analyzer would list this as a field `collection`) */
    this.data.collection = true;
  }

  protected override chunk = loadCompare;

  protected override renderContent(s: Strings) {
    return this.renderWith(s, loadCompare, (compare, collection, s) =>
      compare.renderCompare(this, s, collection as unknown as AssessmentCollection, this.level),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peel-compare': PeelCompare;
  }
}
