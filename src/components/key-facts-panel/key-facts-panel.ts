import type { PropertyDeclarations } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { PeelElement } from '../peel-element.js';
import { loadReport } from '../chunks.js';

/**
 * The force's key facts, each against the national level, with its trend as an arrow and in words.
 *
 * @summary Key facts against the national level.
 *
 * @csspart base - The card around the facts.
 * @csspart title - The "Key facts" heading.
 * @csspart group-title - The heading of a group of facts (such as "Workforce").
 * @csspart facts - Each description list of facts.
 * @csspart fact - One fact: its name, value, national level and trend.
 * @csspart fact-label - A fact's name.
 * @csspart fact-value - A fact's value.
 * @csspart fact-national - A fact's national level.
 * @csspart fact-trend - A fact's trend.
 * @csspart fact-interval - A fact's confidence interval ("Confidence interval ±2.7%").
 * @csspart fact-source - Where a fact comes from, and its period.
 * @csspart message - The note shown instead of the facts (loading, error, nothing to show).
 *
 * @cssprop --peel-key-facts-value-size - Size of each fact's value.
 * @cssprop --peel-key-facts-rule - Colour of the rule above each fact (falls back to `--peel-color-border`).
 *
 * @fires {PeelErrorDetail} peel-error - Bad input: invalid JSON, wrong types, a failed `src` request. `detail.errors` lists each with its JSON path.
 */
export class KeyFactsPanel extends PeelElement {
  static override properties: PropertyDeclarations = { force: {} };

  /**
   * The force to show from a collection (`{"assessments": […]}`, by any data channel): its `force.id`
   * (`kent`). A force the data does not hold shows a note naming it, and is reported.
   */
  declare force?: string;

  protected override chunk = loadReport;

  protected override renderContent(s: Strings) {
    return this.renderWith(
      s,
      loadReport,
      (report, { keyFacts }, s) =>
        report.renderFacts(this.renderRoot, s, this.level, keyFacts) ?? this.message(s.noKeyFacts),
    );
  }
}

// Here rather than in define.ts, so that the tag is typed however the package is imported (the main
// entry registers nothing but exports this class).
declare global {
  interface HTMLElementTagNameMap {
    'key-facts-panel': KeyFactsPanel;
  }
}
