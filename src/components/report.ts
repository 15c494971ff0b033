import { html, nothing } from 'lit';
import type { Assessment, FactChange, Findings, KeyFact, KeyFacts, Pillar, Source } from '../data/types.js';
import { asParsed } from '../controllers/assessment-controller.js';
import { adopt } from './lazy.js';
import { cardStrings } from '../i18n/cards.js';
import type { CardStrings as Strings } from '../i18n/card-strings.js';
import type { Strings as ElementStrings } from '../i18n/strings.js';
import { ARROWS } from '../i18n/en.js';
import { pillarTitle } from '../i18n/titles.js';
import { heading, link, paragraphs, sourceName } from './render.js';
import { CYCLES, cycleOf, scaleOf } from '../data/cycles.js';
import { shownFacts } from '../data/facts.js';
import { SCALES, isGrade } from '../data/grades.js';
import { direction, formatDate, formatFact, formatTrend, formatValue } from '../i18n/format.js';
import { panelStyles } from '../styles/panel.styles.js';
import { findingsStyles } from '../styles/findings.styles.js';
import { assessmentStyles as ownStyles } from './peel-assessment/peel-assessment.styles.js';
import { pillarSummaryStyles } from './pillar-summary/pillar-summary.styles.js';
import { keyFactsStyles } from './key-facts-panel/key-facts-panel.styles.js';

// The report chunk: the whole assessment, the key facts and the findings, their styles and their English,
// loaded beside the bundle only by a page that shows them (see chunks.ts), so that a page with a badge does
// not pay for them.

/** The card's shadow root, which its styles join (see adopt). */
type Root = Parameters<typeof adopt>[0];

/** Each card's styles, which join its shadow root's own (the elements') when it first renders. */
export const assessmentStyles = [panelStyles, findingsStyles, ownStyles];
export const pillarStyles = [panelStyles, findingsStyles, pillarSummaryStyles];
export const factsStyles = [panelStyles, keyFactsStyles];

/** A date in a `<time>` element: "12 March 2025", or the month alone, "March 2025". */
const time = (s: Strings, iso: string, monthOnly = false) =>
  html`<time datetime=${monthOnly ? iso.slice(0, 7) : iso}>${formatDate(s, iso, monthOnly)}</time>`;

const items = (texts: string[] | undefined, part: string) =>
  texts?.length
    ? html`<ul part=${part}>
        ${texts.map((t) => html`<li>${t}</li>`)}
      </ul>`
    : nothing;

/**
 * What the inspectorate found beyond the grades, most serious first: causes of concern (each with
 * its recommendations and due date), areas for improvement, and promising and innovative practice.
 * Each kind is a section under a heading at `level`; a kind with nothing in it is not drawn.
 */
function findings(s: Strings, level: number, f: Findings) {
  const section = (part: string, title: string, content: unknown) =>
    html`<section part=${part}>${heading(level, title, 'findings-title')}${content}</section>`;
  return html`${
    f.causesOfConcern?.length
      ? section(
          'causes',
          s.causesOfConcern,
          html`<ul part="causes-list">
            ${f.causesOfConcern.map(
              (c) =>
                html`<li part="cause">
                  <p>${c.text}</p>
                  ${
                    c.recommendations?.length
                      ? html`<p part="recommendations-title">${s.recommendations}</p>
                          ${items(c.recommendations, 'recommendations')}`
                      : nothing
                  }
                  ${c.due ? html`<p part="due">${s.due(time(s, c.due))}</p>` : nothing}
                </li>`,
            )}
          </ul>`,
        )
      : nothing
  }${f.areasForImprovement?.length ? section('improvements', s.areasForImprovement, items(f.areasForImprovement, 'improvements-list')) : nothing}${
    f.practice?.length
      ? section(
          'practice',
          s.practice,
          html`<ul part="practice-list">
            ${f.practice.map(
              (p) =>
                html`<li>
                  <strong part="practice-kind">${s.practiceKinds[p.kind]}</strong
                  >${p.title ? html`: ${p.title}` : nothing} ${p.text ? html`<p>${p.text}</p>` : nothing}
                </li>`,
            )}
          </ul>`,
        )
      : nothing
  }`;
}

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

/**
 * Everything `<peel-assessment>` shows of an assessment, at heading `level`, in the language of the
 * element's strings `es`; `compact` folds each pillar's summary after its first paragraph.
 */
export function renderAssessment(
  root: Root,
  es: ElementStrings,
  a: Assessment,
  level: number,
  hideSource: boolean,
  compact = false,
) {
  adopt(root, assessmentStyles);
  const s = cardStrings(es);
  const { lang } = s;
  // From PEEL 2021/22 on, the report opens with the judgments and findings, as the inspectorate's does.
  const current = scaleOf(a) === 'peel-2021';
  const inspector = [a.inspector?.name, a.inspector?.role].filter((t) => t?.trim()).join(', ');
  const section = (part: string, title: string, content: unknown) =>
    html`<section part=${part}>${heading(level + 1, title, 'section-title')}${content}</section>`;
  const observations =
    a.observations?.length || inspector
      ? section(
          'observations',
          s.observations,
          html`<figure>
            ${a.observations?.length ? html`<blockquote>${a.observations.map((o) => html`<p>${o}</p>`)}</blockquote>` : nothing}
            ${inspector ? html`<figcaption part="inspector">${inspector}</figcaption>` : nothing}
          </figure>`,
        )
      : nothing;
  const found = findings(s, level + 1, a);
  return html`<article part="base">
    <header part="header">
      ${heading(level, [a.force.name, a.period ?? (a.cycle && `PEEL ${CYCLES[a.cycle]}`)].filter(Boolean).join(' '), 'title')}
      ${paragraphs(a.summary, 'intro')}
      ${
        a.monitoring
          ? html`<p part="monitoring">
              ${s.monitoring(s.stages[a.monitoring.stage], a.monitoring.since && time(s, a.monitoring.since, true))}
            </p>`
          : nothing
      }
      ${link(a.url, s.fullReport, 'report-link', nothing)}
    </header>
    ${glance(s, a, level, lang)}${current ? html`${found}${observations}` : nothing}
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
                  hide-source
                  ?compact=${compact}
                  .assessment=${onePillar(a, p)}
                ></pillar-summary>`,
            )}
          </div>`
        : nothing
    }
    ${current ? nothing : html`${found}${observations}`}
    ${
      shownFacts(a.keyFacts?.facts).length
        ? html`<key-facts-panel
            part="key-facts"
            lang=${lang}
            heading-level=${level + 1}
            .assessment=${a}
          ></key-facts-panel>`
        : nothing
    }
    ${a.context?.length ? section('context', s.context, items(a.context, 'context-list')) : nothing}
    ${a.priorities?.length ? section('priorities', s.priorities, items(a.priorities, 'priorities-list')) : nothing}
    ${hideSource ? nothing : sourceLine(s, a)}
  </article>`;
}

/**
 * The areas grouped by grade, best first, as the inspectorate's table of judgments has them:
 * each grade (or status, for an area without one) as text, then the areas that have it. Every cycle
 * gets it, so that a reader of an older report, whose grades are otherwise in its prose, sees them first.
 */
function glance(s: Strings, a: Assessment, level: number, lang: string) {
  const scale = scaleOf(a);
  const groups = new Map<string, Pillar[]>();
  for (const key of [...SCALES[scale], 'not-graded']) groups.set(key, []);
  for (const p of a.pillars ?? []) {
    // Grouped by what the badge reads: pending and not-inspected have words of their own; any other
    // area without a grade (withheld, say) reads "Not graded".
    const key =
      p.grade ?? (p.status === 'pending' || p.status === 'not-inspected' ? p.status : p.status && 'not-graded');
    if (key) (groups.get(key) ?? groups.set(key, []).get(key)!).push(p);
  }
  // Not graded comes last, after the statuses that say why an area has no grade yet.
  const rows = [...groups]
    .filter(([, pillars]) => pillars.length)
    .sort(([a], [b]) => +(a === 'not-graded') - +(b === 'not-graded'));
  if (!rows.length) return nothing;
  return html`<section part="glance">
    ${heading(level + 1, s.glance, 'section-title')}
    <dl>
      ${rows.map(
        ([key, pillars]) =>
          html`<div>
            <dt>
              <peel-rating
                size="small"
                lang=${lang}
                scale=${scale}
                grade=${isGrade(key) ? key : nothing}
                status=${isGrade(key) ? nothing : key}
              ></peel-rating>
            </dt>
            ${pillars.map((p) => html`<dd>${pillarTitle(s, p, a.force.name, cycleOf(a))[0]}</dd>`)}
          </div>`,
      )}
    </dl>
  </section>`;
}

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
function trendText(s: Strings, change: FactChange): string | undefined {
  const parts = [
    change.local === undefined ? undefined : formatTrend(s, change.local, change.years),
    change.national === undefined
      ? undefined
      : `${s.national}: ${formatTrend(s, change.national, change.local === undefined ? change.years : undefined)}`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * The key facts card: facts under headings at `level` (groups one below), each in a description list;
 * undefined when there is no fact to show.
 */
export function renderFacts(root: Root, es: ElementStrings, level: number, keyFacts?: KeyFacts) {
  adopt(root, factsStyles);
  const facts = shownFacts(keyFacts?.facts);
  if (!facts.length) return undefined;
  const period = keyFacts!.period;
  const s = cardStrings(es);
  return html`<section part="base">
    ${heading(level, [s.keyFacts, period].filter(Boolean).join(' – '), 'title')}
    ${groups(facts).map(
      (group) =>
        html`${group.name ? heading(level + 1, group.name, 'group-title') : nothing}
          <dl part="facts">${group.facts.map((fact) => renderFact(s, fact))}</dl>`,
    )}
  </section>`;
}

function renderFact(s: Strings, fact: KeyFact) {
  const value = formatFact(s, fact);
  const trend = fact.change && trendText(s, fact.change);
  const arrow = fact.change?.local ?? fact.change?.national;
  return html`<div part="fact">
    <dt part="fact-label">${fact.label ?? fact.id}</dt>
    ${value === undefined ? nothing : html`<dd part="fact-value">${value}</dd>`}
    ${
      fact.interval === undefined
        ? nothing
        : html`<dd part="fact-interval">${s.interval} ±${formatValue(s, fact.interval, fact.unit)}</dd>`
    }
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
    ${
      fact.source || fact.period
        ? html`<dd part="fact-source">
            ${[fact.source && `${s.factSource}: ${fact.source}`, fact.period].filter(Boolean).join(', ')}
          </dd>`
        : nothing
    }
  </div>`;
}

/** The pages the grades of `pillars` (and their questions) were read on, each once, in the order they first come. */
function pagesOf(pillars: Pillar[]): Source[] {
  const pages = new Map<string, Source>();
  for (const p of pillars)
    for (const { source } of [p, ...(p.questions ?? [])]) {
      const key = source && (source.url || sourceName(source));
      if (key && !pages.has(key)) pages.set(key, source);
    }
  return [...pages.values()];
}

/**
 * The source line, so that a reader can check a grade. When the data names the pages its grades were read on
 * (those of `pillars`): "Source: Kent 2015 (HMICFRS) · Published 12 March 2025 · Read the full report", each page
 * once, a link when its address is safe. Otherwise "Source: HMICFRS PEEL 2023–25, published 12 March 2025 · Read
 * the full report"; nothing when the data names no page, cycle, period, date or report.
 */
function sourceLine(s: Strings, a: Assessment, pillars = a.pillars ?? []) {
  const pages = pagesOf(pillars);
  const period = a.cycle ? CYCLES[a.cycle] : a.period;
  const report = link(a.url, s.readReport, 'source-link', nothing);
  if (pages.length) {
    // Two pages of one name (two of a publisher's pages without titles) are told apart by a number.
    const names = pages.map(sourceName);
    const named = pages.map((page, i) => {
      const n = names.slice(0, i).filter((name) => name === names[i]).length;
      return html`${i ? '; ' : ''}${link(page.url, n ? `${names[i]} (${n + 1})` : names[i], 'source-link')}`;
    });
    const rest = [
      a.published && s.published(time(s, a.published)),
      pages.some((p) => p.url === a.url) ? nothing : report,
    ].filter((part) => part && part !== nothing);
    return html`<p part="source">
      ${`${s.sourcePages(pages.length)}: `}${named}${rest.map((part) => html`${' · '}${part}`)}
    </p>`;
  }
  if (!period && !a.published && report === nothing) return nothing;
  return html`<p part="source">
    ${s.source(period, a.published && time(s, a.published))}${report === nothing ? nothing : html`${' · '}${report}`}
  </p>`;
}

/**
 * One pillar or area's card (see `<pillar-summary>`), its headings from `level`; `compact` folds
 * the summary after its first paragraph into a `<details>`.
 */
export function renderPillar(
  root: Root,
  es: ElementStrings,
  assessment: Assessment,
  pillar: Pillar,
  level: number,
  hideSource: boolean,
  compact = false,
) {
  adopt(root, pillarStyles);
  const s = cardStrings(es);
  const { lang } = s;
  const [title, builtIn] = pillarTitle(s, pillar, assessment.force.name, cycleOf(assessment));
  const scale = scaleOf(assessment);
  return html`<section part="base">
    ${heading(level, title, 'title')} ${pillar.question ? html`<p part="question">${pillar.question}</p>` : nothing}
    <div class="grade-line">
      ${
        pillar.grade || pillar.status
          ? html`<peel-rating
              part="rating"
              lang=${lang}
              grade=${pillar.grade ?? nothing}
              status=${pillar.status ?? nothing}
              graded-in=${pillar.gradedIn ?? nothing}
              previous-grade=${pillar.previousGrade ?? nothing}
              previous-period=${pillar.previousPeriod ?? nothing}
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
    ${
      compact && pillar.summary && pillar.summary.length > 1
        ? html`<div part="summary">
            <p>${pillar.summary[0]}</p>
            <details part="summary-details">
              <summary>${s.summaryRest}</summary>
              <div>${pillar.summary.slice(1).map((p) => html`<p>${p}</p>`)}</div>
            </details>
          </div>`
        : paragraphs(pillar.summary, 'summary')
    }
    ${findings(s, level + 1, pillar)}
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
                        ? html`<peel-rating size="small" lang=${lang} grade=${q.grade} scale=${scale}></peel-rating>`
                        : nothing
                    }
                    ${
                      q.gradedIn
                        ? html`<span part="carried-over"
                            >${s.stillValid(q.gradedIn, assessment.period ?? (assessment.cycle && CYCLES[assessment.cycle]))}</span
                          >`
                        : nothing
                    }
                    ${
                      q.summary?.length || q.areasForImprovement?.length
                        ? html`<details part="question-details">
                            <summary>${s.details}</summary>
                            <div>
                              ${q.summary?.map((p) => html`<p>${p}</p>`)}
                              ${
                                q.areasForImprovement?.length
                                  ? html`<p part="recommendations-title">${s.areasForImprovement}</p>
                                      <ul>
                                        ${q.areasForImprovement.map((t) => html`<li>${t}</li>`)}
                                      </ul>`
                                  : nothing
                              }
                            </div>
                          </details>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${link(pillar.url, s.viewQuestions(title, builtIn), 'link', nothing)}
    ${hideSource ? nothing : sourceLine(s, assessment, [pillar])}
  </section>`;
}
