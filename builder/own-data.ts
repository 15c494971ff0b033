// Data without JSON: a table pasted from a spreadsheet (read by src/data/table.ts, the one table
// reader), and grades entered by hand in a form that writes the JSON document.
import { html, nothing } from 'lit';
import { CYCLES } from '../src/data/cycles.js';
import type { Cycle } from '../src/data/cycles.js';
import { FORCES, forceById } from '../src/data/forces.js';
import { GRADE_LABELS, scaleGrades } from '../src/data/grades.js';
import { cycleScale } from '../src/data/cycles.js';
import { STRINGS } from '../src/i18n/strings.js';
import { TITLES, TITLES_2023 } from '../src/i18n/titles.js';
import { describeProblem, hasCycleColumn, readTable } from '../src/data/table.js';
import type { DataIssue } from '../src/data/types.js';
import { csvHref, parseData } from './data.js';
import type { DataResult } from './data.js';
import { problemsList, select } from './fields.js';
import type { Builder } from './state.js';

// ---- a table from a spreadsheet ----

/** A pasted table as a collection; every cell that cannot be read is a problem named by row and column. */
export function readTableData(text: string, cycle: string, force: string): DataResult {
  if (!text.trim())
    return {
      problems: [{ path: '', message: 'Paste a table here: a header row, then a row per force.' }],
      warnings: [],
    };
  // Nothing is guessed: without a Cycle column, the person says which cycle the grades are from.
  if (!cycle && !hasCycleColumn(text))
    return {
      problems: [{ path: '', message: 'Pick the inspection cycle of these grades: the table has no Cycle column.' }],
      warnings: [],
    };
  const { collection, problems, more } = readTable(text, cycle ? { cycle } : {});
  if (!collection)
    return {
      problems: problems.map((p): DataIssue => ({ path: '', message: describeProblem(p) })),
      warnings: [],
      more,
    };
  return parseData(collection, undefined, force);
}

/** The forces of the collection the builder holds, for the one-force elements. */
const collectionForces = (b: Builder): { id: string; name: string }[] => {
  const all = (b.loaded.rawCollection as { assessments?: { force: { id?: string; name: string } }[] } | undefined)
    ?.assessments;
  return (all ?? []).filter((a) => a.force.id).map((a) => ({ id: a.force.id!, name: a.force.name }));
};

const CYCLE_CHOICES = (Object.keys(CYCLES) as Cycle[]).map((c) => [c, `PEEL ${CYCLES[c]}`] as const);

/** The time a pause in typing or pasting waits before the table is read. */
export const TYPING_PAUSE = 250;
const typing = new WeakMap<Builder, ReturnType<typeof setTimeout>>();

/** Reads the table as the person types or pastes, once they pause (a change, on leaving the field, at once). */
function tableInput(b: Builder, e: Event) {
  const field = e.target as HTMLTextAreaElement;
  clearTimeout(typing.get(b));
  if (e.type === 'change') b.set({ table: field.value });
  else
    typing.set(
      b,
      setTimeout(() => b.set({ table: field.value }), TYPING_PAUSE),
    );
}

export function tableControls(b: Builder) {
  const s = b.state;
  const forces = collectionForces(b);
  const compare = s.element === 'peel-compare';
  const fromColumn = hasCycleColumn(s.table);
  return html`<div class="field">
      <label for="table">Table (from a spreadsheet or CSV)</label>
      <p class="hint" id="table-hint">
        Copy the cells in your spreadsheet (or a table on a web page) and paste them here, or paste CSV. The first row
        names the columns: the force, then the areas ("Effectiveness", "Investigating crime") and, if you like, "Cycle".
        Then a row per force. Cells hold grades ("Good", "requires improvement") or stay blank.
      </p>
      <textarea
        id="table"
        class="code-field"
        rows="8"
        spellcheck="false"
        aria-describedby="table-hint table-problems"
        aria-invalid=${b.problems.length ? 'true' : 'false'}
        .value=${s.table}
        @input=${(e: Event) => tableInput(b, e)}
        @change=${(e: Event) => tableInput(b, e)}
      ></textarea>
      ${problemsList(b, 'table')} ${linkNote(b)}
    </div>
    ${select(
      'table-cycle',
      'Inspection cycle',
      s.tableCycle,
      [
        ['', fromColumn ? 'From the table’s Cycle column' : 'Choose the cycle of these grades'] as const,
        ...CYCLE_CHOICES,
      ],
      (tableCycle) => b.set({ tableCycle }),
    )}
    ${
      forces.length
        ? select(
            'table-force',
            compare ? 'Your force (its row marked)' : 'Force to show',
            forces.some((f) => f.id === s.force) ? s.force : forces[0].id,
            forces.map((f) => [f.id, f.name] as const),
            (force) => b.set({ force }),
          )
        : nothing
    }`;
}

/** Said when a pasted text is too big for the page's address. */
export function linkNote(b: Builder) {
  return b.linkTooLong
    ? html`<p class="link-note">
        This is too big for a link, so it stays in this page only: the page's address keeps your other choices. To share
        it, put the file on a web server and choose "The address (URL) of a JSON document".
      </p>`
    : nothing;
}

// ---- grades entered by hand ----

/** The areas each cycle graded, in the order its reports list them (docs/data-format.md). */
const PILLARS = ['effectiveness', 'efficiency', 'legitimacy'];
/** The areas both five-grade cycles graded, in order; each cycle then adds its own. */
const AREAS_SHARED = [
  'victim-service',
  'public-treatment',
  'preventing-crime',
  'responding-to-public',
  'investigating-crime',
  'protecting-vulnerable',
  'managing-offenders',
];
const AREAS_2021 = [...AREAS_SHARED, 'serious-organised-crime', 'workforce', 'use-of-resources', 'recording-data'];
const AREAS_2023 = [...AREAS_SHARED, 'workforce', 'leadership', 'recording-data'];
export const OWN_CYCLES: Partial<Record<Cycle, readonly string[]>> = {
  'peel-2014': PILLARS,
  'peel-2015': PILLARS,
  'peel-2016': PILLARS,
  'peel-2017': PILLARS,
  'peel-2018-19': PILLARS,
  'peel-2021-22': AREAS_2021,
  'peel-2023-25': AREAS_2023,
};

export const areaTitle = (id: string, cycle: Cycle) => (cycle >= 'peel-2023-25' && TITLES_2023[id]) || TITLES[id] || id;

const STATUSES = ['pending', 'not-inspected', 'withheld'] as const;

/** The form, as the document it writes. */
export interface OwnForm {
  force: string;
  cycle: Cycle;
  /** Area id → a grade, a status, or '' (not given). */
  areas: Record<string, string>;
  url: string;
  published: string;
  /** Paragraphs, a blank line between. */
  summary: string;
  /** Causes of concern, a blank line between; lines starting "- " under one are its recommendations. */
  concerns: string;
  /** One a line. */
  improvements: string;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The JSON document the form describes. */
export function ownDocument(form: OwnForm): Record<string, unknown> {
  const force = forceById(form.force) ?? FORCES[0];
  const areas = OWN_CYCLES[form.cycle] ?? [];
  const causes = paragraphs(form.concerns).map((block) => {
    const [text, ...rest] = block.split('\n').map((l) => l.trim());
    const recommendations = rest.filter((l) => l.startsWith('-')).map((l) => l.replace(/^-\s*/, ''));
    const more = rest.filter((l) => l && !l.startsWith('-'));
    return {
      text: [text, ...more].join(' '),
      ...(recommendations.length ? { recommendations } : {}),
    };
  });
  const summary = paragraphs(form.summary);
  const improvements = lines(form.improvements);
  return {
    schemaVersion: 1,
    force: { id: force.id, name: force.name },
    cycle: form.cycle,
    period: CYCLES[form.cycle],
    ...(form.url.trim() ? { url: form.url.trim() } : {}),
    ...(form.published ? { published: form.published } : {}),
    ...(summary.length ? { summary } : {}),
    ...(causes.length ? { causesOfConcern: causes } : {}),
    ...(improvements.length ? { areasForImprovement: improvements } : {}),
    pillars: areas
      .filter((id) => form.areas[id])
      .map((id) =>
        (STATUSES as readonly string[]).includes(form.areas[id])
          ? { id, status: form.areas[id] }
          : { id, grade: form.areas[id] },
      ),
  };
}

export const ownText = (form: OwnForm) => `${JSON.stringify(ownDocument(form), null, 2)}\n`;

type Loose = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The form a document (the builder's own, from the page or a link) describes; defaults for what it lacks. */
export function ownForm(json: string, fallbackForce: string): OwnForm {
  let doc: Loose = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) doc = parsed as Loose;
  } catch {
    // A new form.
  }
  const cycle = (Object.keys(OWN_CYCLES) as Cycle[]).includes(doc.cycle as Cycle)
    ? (doc.cycle as Cycle)
    : 'peel-2023-25';
  const force = text((doc.force as Loose | undefined)?.id);
  const areas: Record<string, string> = {};
  for (const p of Array.isArray(doc.pillars) ? (doc.pillars as Loose[]) : [])
    if (p && typeof p.id === 'string') areas[p.id] = text(p.grade) || text(p.status);
  const causes = Array.isArray(doc.causesOfConcern) ? (doc.causesOfConcern as Loose[]) : [];
  return {
    force: forceById(force) ? force : forceById(fallbackForce) ? fallbackForce : FORCES[0].id,
    cycle,
    areas,
    url: text(doc.url),
    published: text(doc.published),
    summary: list(doc.summary).join('\n\n'),
    concerns: causes
      .map((c) => [text(c?.text), ...list(c?.recommendations).map((r) => `- ${r}`)].join('\n'))
      .join('\n\n'),
    improvements: list(doc.areasForImprovement).join('\n'),
  };
}

const AREA_CHOICES = (cycle: Cycle) =>
  [
    ['', 'No grade given'] as const,
    ...scaleGrades(cycleScale(cycle)).map((g) => [g, GRADE_LABELS.en[g]] as const),
    ...STATUSES.map((st) => [st, st === 'withheld' ? 'Grade withheld' : STRINGS.en.status[st]] as const),
  ] as const;

export function ownControls(b: Builder) {
  const form = ownForm(b.state.own, b.state.force);
  const change = (part: Partial<OwnForm>) => b.set({ own: ownText({ ...form, ...part }) });
  const field = (id: string, label: string, key: 'url' | 'published', type: string, hint?: string) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <input
        id=${id}
        type=${type}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        .value=${form[key]}
        @change=${(e: Event) => change({ [key]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  const area = (id: string, label: string, key: 'summary' | 'concerns' | 'improvements', hint: string) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id=${`${id}-hint`}>${hint}</p>
      <textarea
        id=${id}
        class="prose"
        rows="4"
        aria-describedby=${`${id}-hint`}
        .value=${form[key]}
        @change=${(e: Event) => change({ [key]: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>`;
  const json = ownText(form);
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
  return html`${select(
      'own-force',
      'Force',
      form.force,
      FORCES.map((f) => [f.id, f.name] as const),
      (force) => change({ force }),
    )}
    ${select(
      'own-cycle',
      'Inspection cycle',
      form.cycle,
      (Object.keys(OWN_CYCLES) as Cycle[]).map((c) => [c, `PEEL ${CYCLES[c]}`] as const),
      (cycle) => change({ cycle }),
    )}
    <fieldset class="choices areas">
      <legend>Grades</legend>
      ${(OWN_CYCLES[form.cycle] ?? []).map((id) =>
        select(`own-area-${id}`, areaTitle(id, form.cycle), form.areas[id] ?? '', AREA_CHOICES(form.cycle), (grade) =>
          change({ areas: { ...form.areas, [id]: grade } }),
        ),
      )}
    </fieldset>
    <details class="more" ?open=${!!(form.url || form.published || form.summary || form.concerns || form.improvements)}>
      <summary>The report's address, date and findings (optional)</summary>
      ${field('own-url', 'Report address', 'url', 'url', 'The inspectorate’s page for the report, https://…')}
      ${field('own-published', 'Publication date', 'published', 'date')}
      ${area('own-summary', 'Summary', 'summary', 'Paragraphs, with a blank line between them.')}
      ${area(
        'own-concerns',
        'Causes of concern',
        'concerns',
        'One cause a paragraph, a blank line between; under each, its recommendations, one a line, starting “- ”.',
      )}
      ${area('own-improvements', 'Areas for improvement', 'improvements', 'One a line.')}
    </details>
    ${problemsList(b, 'own')}
    <div class="field">
      <label for="own-json">The JSON document</label>
      <textarea id="own-json" class="code-field" readonly rows="8" spellcheck="false" .value=${json}></textarea>
    </div>
    <p>
      <a href=${href} download=${`${form.force}-${form.cycle.replace(/^peel-/, '')}.json`}
        >Download the JSON document</a
      >
      (to host on your site, and give its address to the code instead of the copy inside it).
    </p>
    ${csvDownload(json, form.force, form.cycle, b.state.lang)}`;
}

/** Beside the JSON document, its grades as a CSV file for a spreadsheet. */
function csvDownload(json: string, force: string, cycle: string, lang: string) {
  const href = csvHref(json, lang);
  return href
    ? html`<p>
        <a href=${href} download=${`${force}-${cycle.replace(/^peel-/, '')}.csv`}>Download the grades (CSV)</a>
        (a row per grade, for a spreadsheet).
      </p>`
    : nothing;
}
