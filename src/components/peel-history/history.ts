import { html, nothing, svg } from 'lit';
import { CYCLES, cycleOf, scaleOf, scaleOfPeriod } from '../../data/cycles.js';
import type { Cycle } from '../../data/cycles.js';
import { SCALES } from '../../data/grades.js';
import type { Grade, Scale } from '../../data/grades.js';
import type { Assessment, AssessmentCollection, Pillar, Source } from '../../data/types.js';
import { ARROWS } from '../../i18n/en.js';
import type { Strings } from '../../i18n/strings.js';
import { TITLES, TITLES_2023, pillarTitle } from '../../i18n/titles.js';
import type { HistoryText, Welsh } from '../../i18n/types.js';
import { PATHS, gradeIcon } from '../peel-rating/icons.js';
import { change, position } from '../peel-rating/peel-rating.js';
import { ratingStyles } from '../peel-rating/peel-rating.styles.js';
import { heading, link, sourceName } from '../render.js';
import { historyStyles } from './peel-history.styles.js';
import type { PeelHistory } from './peel-history.js';

// The history chunk: everything <peel-history> shows, loaded beside the bundle only by a page that uses it.

const span = (from: string, to: string) => (to === from ? from : `${from} to ${to}`);

const EN: HistoryText = {
  titles: TITLES,
  titles2023: TITLES_2023,
  title: (force, from, to) => `${force.name}: PEEL grades, ${span(from, to)}`,
  area: 'Pillar or area',
  report: 'report',
  missing: 'No grade in the data',
  scale: (from, to, five, after) =>
    `${after ? `From ${from}` : span(from, to)}: ${five ? 'areas, five grades' : 'pillars, four grades'}`,
  change: (from, five) =>
    `From ${from}: ${five ? 'new areas and a five-grade scale' : 'a four-grade scale'}; earlier grades are not directly comparable.`,
  picture: 'Each grade on its own scale, the best at the top',
  sources: ['Source', 'Sources'],
};

/** A cycle's column: its assessment (none where the data has no assessment of a cycle between two it has), its scale, its place, and its run of columns on one scale. */
interface Column {
  period: string;
  scale: Scale;
  a?: Assessment;
  index: number;
  run: number;
  /** The first column after a change of scale: the divider is drawn before it. */
  after: boolean;
}

interface Row {
  title: string;
  /** The row's pillar in each column, by the column's index. */
  cells: (Pillar | undefined)[];
}

/** A column's key, in the order of time: the cycle id, else `peel-` and the period's year (or `~`, after every year). */
const keyOf = (a: Assessment): string => cycleOf(a) ?? `peel-${/\d{4}/.exec(a.period ?? '')?.[0] ?? '~'}`;

/** A pillar's row: its id, else its title, else its place. */
const rowKey = (p: Pillar, i: number) => p.id || p.title || `#${i}`;

// The picture's geometry, in its own units (pixels at the element's font size of 16 px): columns STEP apart, GAP
// more at a change of scale, the best grade TOP from the top and the worst SPAN below it.
const STEP = 50;
const GAP = 16;
const PAD = 22;
const TOP = 9;
const SPAN = 30;
const HIGH = TOP * 2 + SPAN;
/** Drawn a quarter larger than its units. */
const ZOOM = 1.25;

let sheets: CSSStyleSheet[] | undefined;

/** The badge's and the history's styles join the shadow root's own when the chunk first renders there. */
function adopt(root: ShadowRoot | null) {
  sheets ??= [ratingStyles, historyStyles].map((c) => c.styleSheet!).filter(Boolean);
  // The badge's :host rules (inline) go before the element's own, which win.
  if (root && sheets[1] && !root.adoptedStyleSheets.includes(sheets[1]))
    root.adoptedStyleSheets = [sheets[0]!, ...root.adoptedStyleSheets, sheets[1]];
}

/** Everything `<peel-history>` shows of one force's assessments. */
export function renderHistory(host: PeelHistory, s: Strings, c: AssessmentCollection, level: number) {
  adopt(host.shadowRoot);
  // The Welsh pack is whole: the history's words come with it.
  const t = s.lang === 'cy' ? (s as Welsh).history : EN;

  // One column per cycle, oldest first: the first assessment of each (docs/elements.md says so).
  const found = new Map<string, Assessment>();
  for (const a of c.assessments) if (!found.has(keyOf(a))) found.set(keyOf(a), a);
  if (!found.size) return html`<p part="message">${s.empty}</p>`;

  // A cycle the data lacks between two it has is a column too, with no grade in it: a gap is shown, not closed.
  const dated = [...found.keys()].filter((k) => k < 'peel-~').sort();
  const keys = [
    ...found.keys(),
    ...Object.keys(CYCLES).filter((id) => id > dated[0]! && id < dated.at(-1)! && !found.has(id)),
  ].sort();
  const cols: Column[] = [];
  for (const key of keys) {
    const a = found.get(key);
    const scale = a ? scaleOf(a) : scaleOfPeriod(key)!;
    const last = cols.at(-1);
    const after = !!last && last.scale !== scale;
    cols.push({
      a,
      scale,
      period: CYCLES[key as Cycle] ?? a?.period ?? '',
      index: cols.length,
      run: (last?.run ?? 0) + +after,
      after,
    });
  }
  const runs: Column[][] = [];
  for (const col of cols) (runs[col.run] ??= []).push(col);

  // The force as its newest assessment names it.
  let newest: Assessment | undefined;
  for (const col of cols) newest = col.a ?? newest;
  const title = t.title(newest!.force, cols[0]!.period, cols.at(-1)!.period);

  // A row per pillar or area, in the newest cycle's order, then each older cycle's new ones; each titled as
  // the newest cycle that has it names it.
  const rows = new Map<string, Row>();
  for (let i = cols.length; i--;) {
    const a = cols[i]!.a;
    a?.pillars?.forEach((p, j) => {
      const key = rowKey(p, j);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { title: pillarTitle(t, p, a.force.name, cycleOf(a))[0], cells: [] }));
      row.cells[i] ??= p;
    });
  }

  const cls = (col: Column) => (col.after ? 'break' : nothing);
  const missing = (col: Column, count = 1) =>
    html`<td part="cell" class=${cls(col)} colspan=${count}><span part="missing">${t.missing}</span></td>`;

  /** A grade's cell: its badge, and the change from `before` (the last grade on the same scale) in words. */
  const cell = (p: Pillar, col: Column, before?: [Grade, string]) => {
    const { grade, status } = p;
    // Without a grade, the status in words (pending, not inspected, withheld: the parser allows no other key).
    const words = grade ? s.grades[grade] : s.status[status as 'pending'];
    if (!words) return missing(col);
    const look = grade ?? 'not-graded';
    // A carried-over grade is the earlier judgment itself: where it comes from, not a change.
    const carried = status === 'carried-over' && p.gradedIn;
    const moved = grade && before && change(grade, before[0], col.scale);
    return html`<td part="cell" class=${cls(col)}>
      <span class="badge ${look}"
        ><strong part="label">${gradeIcon(look)}${words}</strong>${
          carried
            ? html`<span part="status">${s.carriedOver(carried)}</span>`
            : // Not graded twice running is no change to speak of.
              grade && before && (grade !== before[0] || grade !== 'not-graded')
              ? html`<span part="change"
                  ><span class="arrow" aria-hidden="true">${moved ? ARROWS[moved] : nothing}</span>${s.gradeChange(
                    moved || undefined,
                    s.grades[before[0]],
                    before[1],
                  )}</span
                >`
              : nothing
        }</span
      >
    </td>`;
  };

  const x = (col: Column) => PAD + col.index * STEP + col.run * GAP;
  const width = x(cols.at(-1)!) + PAD;
  /** The height of the `k`th grade of a scale, the best at the top. */
  const rise = (k: number, scale: Scale) => TOP + (k * SPAN) / (SCALES[scale].length - 1);
  // The change of scale, between the last column of one run and the first of the next.
  const breaks = cols
    .filter((col) => col.after)
    .map((col) => `M${x(col) - (STEP + GAP) / 2} 1V${HIGH - 1}`)
    .join('');

  /** A row's picture: each grade's place on its own scale (a level per grade). */
  const picture = (row: Row) => {
    const at = cols.map((col) => {
      const grade = row.cells[col.index]?.grade;
      return grade && grade !== 'not-graded'
        ? ([grade, x(col), rise(position(grade, col.scale), col.scale)] as const)
        : undefined;
    });
    let guides = '';
    for (const run of runs)
      for (let k = SCALES[run[0]!.scale].length; k--;)
        guides += `M${x(run[0]!) - 12} ${rise(k, run[0]!.scale)}H${x(run.at(-1)!) + 12}`;
    // HIGH units high, drawn ZOOM times as large.
    return html`<svg viewBox="0 0 ${width} 48" width=${width * ZOOM} height="60">
      <path class="guide" d=${guides}></path>
      <path class="break" d=${breaks}></path>
      ${at.map((point) =>
        point
          ? svg`<g class=${point[0]} transform="translate(${point[1] - 7} ${point[2] - 7}) scale(.875)"
              ><circle cx="8" cy="8" r="8"></circle><path d=${PATHS[point[0]]}></path
            ></g>`
          : nothing,
      )}
    </svg>`;
  };

  const body = [...rows.values()].map(
    (row) =>
      html`<tr>
        <th scope="row" part="area">${row.title}</th>
        ${runs.map((run) => {
          // A row with no grade in a whole run (the pillars after the change of scale, the areas before it): one cell says so.
          if (!run.some((col) => row.cells[col.index])) return missing(run[0]!, run.length);
          let before: [Grade, string] | undefined;
          return run.map((col) => {
            const p = row.cells[col.index];
            const out = p ? cell(p, col, before) : missing(col);
            if (p?.grade) before = [p.grade, col.period];
            return out;
          });
        })}
      </tr>`,
  );

  // The pages the grades were read on, each once, in the order of the columns.
  const pages = new Map<string, Source>();
  for (const col of cols)
    for (const { source } of col.a?.pillars ?? []) {
      const key = source && (source.url || sourceName(source));
      if (key && !pages.has(key)) pages.set(key, source);
    }
  const listed = [...pages.values()];

  // The scroller has no tabindex: a browser makes a scroller a tab stop of its own only when it scrolls and holds
  // nothing focusable; the links in the headers are focusable, each bringing its column into view.
  return html`<section part="base">
    ${heading(level, title, 'title')}
    ${cols.map((col) =>
      col.after ? html`<p part="note">${t.change(col.period, col.scale !== 'peel-2014')}</p>` : nothing,
    )}
    <div class="layout">
      <div
        part="scroller"
        class="scroller"
        @focusin=${(e: FocusEvent) =>
          // The pinned areas never cover a focused link: it is brought to the scroller's far edge.
          (e.target as Element).scrollIntoView({ block: 'nearest', inline: 'end' })}
      >
        <table part="table">
          <caption>
            ${title}
          </caption>
          <colgroup></colgroup>
          ${runs.map((run) => html`<colgroup span=${run.length}></colgroup>`)}
          <thead>
            ${
              runs.length > 1
                ? html`<tr>
                    <td></td>
                    ${runs.map(
                      (run, r) =>
                        html`<th scope="colgroup" part="scale" colspan=${run.length} class=${cls(run[0]!)}>
                          <span
                            >${t.scale(run[0]!.period, run.at(-1)!.period, run[0]!.scale !== 'peel-2014', r > 0)}</span
                          >
                        </th>`,
                    )}
                  </tr>`
                : nothing
            }
            <tr>
              <th scope="col">${t.area}</th>
              ${cols.map(
                (col) =>
                  html`<th scope="col" part="period" class=${cls(col)}>
                    ${link(col.a?.url, html`${col.period}<span class="vh">, ${t.report}</span>`, 'report', col.period)}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${body}
          </tbody>
        </table>
      </div>
      ${
        host.compact
          ? nothing
          : html`<div part="chart" class="chart" aria-hidden="true">
              <span></span>
              <svg class="axis" viewBox="0 0 ${width} 14" width=${width * ZOOM} height="17.5">
                ${cols.map((col) => svg`<text x=${x(col)} y="11">${col.period}</text>`)}
              </svg>
              ${[...rows.values()].map((row) => html`<span>${row.title}</span>${picture(row)}`)}
              <p part="key">${t.picture}</p>
            </div>`
      }
    </div>
    ${
      listed.length
        ? html`<p part="sources">
            ${t.sources[+(listed.length > 1)]}:
            ${listed.map((page, i) => html`${i ? '; ' : ''}${link(page.url, sourceName(page), 'source')}`)}
          </p>`
        : nothing
    }
  </section>`;
}
