import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Assessment, Pillar } from '../../data/types.js';
import { formatDate } from '../../i18n/format.js';
import type { Strings } from '../../i18n/strings.js';
import { pillarTitle } from '../../i18n/titles.js';
import { panelStyles } from '../../styles/shared.styles.js';
import { PeelElement } from '../peel-element.js';
import { findPillar, isIssue } from '../../data/pillars.js';
import { heading, link, paragraphs } from '../render.js';
import { pillarSummaryStyles } from './pillar-summary.styles.js';

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
 * @csspart questions-title - The "Question grades" heading.
 * @csspart questions - The list of question grades.
 * @csspart question-link - A question's title, when it links to the question.
 * @csspart link - The link to the pillar's questions.
 * @csspart message - The note shown instead of the pillar (loading, error, nothing to show).
 *
 * @cssprop --peel-pillar-summary-accent - Colour of the bar along the card's top (falls back to `--peel-color-accent`).
 *
 * @fires peel-error - Bad input: invalid JSON, wrong types, an unknown grade or pillar, a failed `src` request. `detail.errors` lists each with its JSON path.
 */
export class PillarSummary extends PeelElement {
  static override styles = [...PeelElement.styles, panelStyles, pillarSummaryStyles];

  static override properties: PropertyDeclarations = { pillar: {} };

  /** The id of the pillar to show (`effectiveness`, `efficiency`, `legitimacy`, …); default the first. */
  declare pillar?: string;

  // In update(), after the data controller has read the data (Lit runs willUpdate() before it).
  protected override update(changed: PropertyValues<this>) {
    const { state } = this.data;
    const found = state.status === 'ready' ? findPillar(state.assessment, this.pillar) : undefined;
    if (isIssue(found)) this.data.report([found], 'attribute');
    else if (found) this.data.clearReport('attribute');
    super.update(changed);
  }

  override render() {
    return this.renderData((assessment) => {
      const found = findPillar(assessment, this.pillar);
      const s = this.i18n.strings;
      if (!found || isIssue(found)) return this.message(s.noPillar);
      return this.#renderPillar(s, assessment, found);
    });
  }

  #renderPillar(s: Strings, assessment: Assessment, pillar: Pillar) {
    const level = this.level;
    const [title, builtIn] = pillarTitle(s, pillar, assessment.force.name);
    const scale = assessment.scale ?? 'peel-2014';
    return html`<section part="base">
      ${heading(level, title, 'title')} ${pillar.question ? html`<p part="question">${pillar.question}</p>` : nothing}
      <div class="grade-line">
        ${
          pillar.grade
            ? html`<peel-rating
                part="rating"
                lang=${this.i18n.lang}
                grade=${pillar.grade}
                previous-grade=${pillar.previousGrade ?? nothing}
                scale=${scale}
              ></peel-rating>`
            : nothing
        }
        ${
          pillar.updated
            ? html`<p part="updated">
                ${s.lastUpdated} <time datetime=${pillar.updated}>${formatDate(s, pillar.updated)}</time>
              </p>`
            : nothing
        }
      </div>
      ${paragraphs(pillar.summary, 'summary')}
      ${
        pillar.questions?.length
          ? html`${heading(level + 1, s.questions, 'questions-title')}
              <ul part="questions">
                ${pillar.questions.map(
                  (q) =>
                    html`<li>
                      <span>${link(q.url, q.title, 'question-link')}</span>
                      ${
                        q.grade
                          ? html`<peel-rating
                              size="small"
                              lang=${this.i18n.lang}
                              grade=${q.grade}
                              scale=${scale}
                            ></peel-rating>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${link(pillar.url, s.viewQuestions(title, builtIn), 'link', nothing)}
    </section>`;
  }
}
