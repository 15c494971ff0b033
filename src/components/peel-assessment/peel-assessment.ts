import { html, nothing } from 'lit';
import type { Assessment, Pillar } from '../../data/types.js';
import { asParsed } from '../../controllers/assessment-controller.js';
import type { Strings } from '../../i18n/strings.js';
import { panelStyles } from '../../styles/shared.styles.js';
import { PeelElement } from '../peel-element.js';
import { heading, link, paragraphs } from '../render.js';
import { assessmentStyles } from './peel-assessment.styles.js';

/**
 * Each pillar's card gets the assessment with that pillar alone, so that pillars without ids, or
 * with the same id, each render once. One object per pillar (kept while the pillar lives), marked
 * as parsed, so that the card neither parses it again nor re-renders for a new object.
 */
const single = new WeakMap<Pillar, Assessment>();
const onePillar = (a: Assessment, pillar: Pillar) => {
  let one = single.get(pillar);
  if (!one) single.set(pillar, (one = asParsed({ ...a, pillars: [pillar] })));
  return one;
};

const list = (items: string[] | undefined, part: string) =>
  items?.length
    ? html`<ul part=${part}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`
    : nothing;

/**
 * A force's whole PEEL assessment: the force and period, the link to the full report, every
 * pillar, the inspector's observations, the key facts, the points of context and the priorities.
 *
 * @summary A force's whole PEEL assessment.
 *
 * @csspart base - The card around the assessment.
 * @csspart header - The force, period, introduction and report link.
 * @csspart title - The assessment's heading.
 * @csspart report-link - The link to the full report.
 * @csspart intro - The introduction paragraphs.
 * @csspart pillars - The area holding the pillars.
 * @csspart pillar - Each pillar's card (a `<pillar-summary>`).
 * @csspart observations - The inspector's observations, with name and role.
 * @csspart inspector - The inspector's name and role.
 * @csspart key-facts - The key facts card (a `<key-facts-panel>`).
 * @csspart context - The points of context.
 * @csspart context-list - The list of points of context.
 * @csspart priorities - The police and crime plan priorities.
 * @csspart priorities-list - The list of priorities.
 * @csspart section-title - The heading of each section.
 * @csspart message - The note shown instead of the assessment (loading, error, nothing to show).
 *
 * @cssprop --peel-assessment-gap - Space between the sections and pillars.
 *
 * @fires peel-error - Bad input: invalid JSON, wrong types, an unknown grade, a failed `src` request. `detail.errors` lists each with its JSON path.
 */
export class PeelAssessment extends PeelElement {
  static override styles = [...PeelElement.styles, panelStyles, assessmentStyles];

  override render() {
    return this.renderData((assessment) => this.#renderAssessment(this.i18n.strings, assessment));
  }

  #renderAssessment(s: Strings, a: Assessment) {
    const { level } = this;
    const { lang } = this.i18n;
    const inspector = [a.inspector?.name, a.inspector?.role].filter((t) => t?.trim()).join(', ');
    const section = (part: string, title: string, content: unknown) =>
      html`<section part=${part}>${heading(level + 1, title, 'section-title')}${content}</section>`;
    return html`<article part="base">
      <header part="header">
        ${heading(level, [a.force.name, a.period].filter(Boolean).join(' '), 'title')} ${paragraphs(a.summary, 'intro')}
        ${link(a.url, s.fullReport, 'report-link', nothing)}
      </header>
      ${
        a.pillars?.length
          ? html`<div part="pillars" class="pillars">
              ${a.pillars.map(
                (p) =>
                  html`<pillar-summary
                    part="pillar"
                    lang=${lang}
                    heading-level=${level + 1}
                    pillar=${p.id ?? nothing}
                    .assessment=${onePillar(a, p)}
                  ></pillar-summary>`,
              )}
            </div>`
          : nothing
      }
      ${
        a.observations?.length || inspector
          ? section(
              'observations',
              s.observations,
              html`<figure>
                ${a.observations?.length ? html`<blockquote>${a.observations.map((o) => html`<p>${o}</p>`)}</blockquote>` : nothing}
                ${inspector ? html`<figcaption part="inspector">${inspector}</figcaption>` : nothing}
              </figure>`,
            )
          : nothing
      }
      ${
        a.keyFacts?.facts?.length
          ? html`<key-facts-panel
              part="key-facts"
              lang=${lang}
              heading-level=${level + 1}
              .assessment=${a}
            ></key-facts-panel>`
          : nothing
      }
      ${a.context?.length ? section('context', s.context, list(a.context, 'context-list')) : nothing}
      ${a.priorities?.length ? section('priorities', s.priorities, list(a.priorities, 'priorities-list')) : nothing}
    </article>`;
  }
}
