import { html, nothing } from 'lit';
import type { FactChange, KeyFact } from '../../data/types.js';
import { ARROWS, direction, formatFact, formatTrend, formatValue } from '../../i18n/format.js';
import type { Strings } from '../../i18n/strings.js';
import { panelStyles } from '../../styles/shared.styles.js';
import { PeelElement } from '../peel-element.js';
import { heading } from '../render.js';
import { keyFactsStyles } from './key-facts-panel.styles.js';

/** Consecutive facts that share a `group` go under one heading. */
function groups(facts: KeyFact[]): { name?: string; facts: KeyFact[] }[] {
  const out: { name?: string; facts: KeyFact[] }[] = [];
  for (const fact of facts) {
    const last = out.at(-1);
    if (last && last.name === fact.group) last.facts.push(fact);
    else out.push({ name: fact.group, facts: [fact] });
  }
  return out;
}

/** "up 14% over 5 years; national: up 9%" */
export function trendText(s: Strings, change: FactChange): string | undefined {
  const parts = [
    change.local === undefined ? undefined : formatTrend(s, change.local, change.years),
    change.national === undefined
      ? undefined
      : `${s.national}: ${formatTrend(s, change.national, change.local === undefined ? change.years : undefined)}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

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
 * @csspart message - The note shown instead of the facts (loading, error, nothing to show).
 *
 * @cssprop --peel-key-facts-value-size - Size of each fact's value.
 * @cssprop --peel-key-facts-rule - Colour of the rule above each fact (falls back to `--peel-color-border`).
 *
 * @fires peel-error - Bad input: invalid JSON, wrong types, a failed `src` request. `detail.errors` lists each with its JSON path.
 */
export class KeyFactsPanel extends PeelElement {
  static override styles = [...PeelElement.styles, panelStyles, keyFactsStyles];

  override render() {
    return this.renderData(({ keyFacts }) => {
      // A fact with nothing but a name is left out: a name with nothing under it is no fact.
      const facts = keyFacts?.facts?.filter(
        (f) => (f.display ?? f.value ?? f.national ?? f.change?.local ?? f.change?.national) !== undefined,
      );
      return facts?.length
        ? this.#renderFacts(this.i18n.strings, keyFacts!.period, facts)
        : this.message(this.i18n.strings.noKeyFacts);
    });
  }

  #renderFacts(s: Strings, period: string | undefined, facts: KeyFact[]) {
    const level = this.level;
    return html`<section part="base">
      ${heading(level, [s.keyFacts, period].filter(Boolean).join(' – '), 'title')}
      ${groups(facts).map(
        (group) =>
          html`${group.name ? heading(level + 1, group.name, 'group-title') : nothing}
            <dl part="facts">${group.facts.map((fact) => this.#renderFact(s, fact))}</dl>`,
      )}
    </section>`;
  }

  #renderFact(s: Strings, fact: KeyFact) {
    const value = formatFact(s, fact);
    const trend = fact.change && trendText(s, fact.change);
    const arrow = fact.change?.local ?? fact.change?.national;
    return html`<div part="fact">
      <dt part="fact-label">${fact.label ?? fact.id}</dt>
      ${value === undefined ? nothing : html`<dd part="fact-value">${value}</dd>`}
      ${
        fact.national === undefined
          ? nothing
          : html`<dd part="fact-national">${s.nationalLevel}: ${formatValue(s, fact.national, fact.unit)}</dd>`
      }
      ${
        trend
          ? html`<dd part="fact-trend">
              <span class="arrow" aria-hidden="true">${ARROWS[direction(arrow!)]}</span>${trend}
            </dd>`
          : nothing
      }
    </div>`;
  }
}
