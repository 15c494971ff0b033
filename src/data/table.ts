// A table from a spreadsheet (what it or a web page's table puts on the clipboard: tab-separated) or a CSV
// file, read into a collection: a header row, then a row per force. Not in the widget bundle: the CLI's
// `import` and the builder use it. Every cell that cannot be read is a problem named by row and column;
// nothing is guessed, so with any problem there is no collection.
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import { CYCLES, isCycle, cycleScale } from './cycles.js';
import { DEFAULT_SCALE, GRADES, GRADE_LABELS, SCALES, gradeOnScale, normaliseGrade } from './grades.js';
import type { Grade, Scale } from './grades.js';
import { FORCES } from './forces.js';
import type { Force as RegisteredForce } from './forces.js';
import { parseCollection, formatIssue } from './parse.js';
import type { Assessment, AssessmentCollection, Cycle, Pillar, PillarStatus } from './types.js';
import { STRINGS } from '../i18n/strings.js';
import { TITLES, TITLES_2023, pillarTitle } from '../i18n/titles.js';
import { TITLES_2023_CY, TITLES_CY } from '../i18n/cy-cards.js';
import { COLUMNS } from './export.js';
import type { ExportRow } from './export.js';

export interface TableProblem {
  /** The row, 1-based as a spreadsheet counts them (the header is 1); 0 for the `cycle` option itself. */
  row: number;
  /** The column's header, as written in the table. */
  column?: string;
  /** The register's name of the row's force, when the row names one. */
  force?: string;
  /** What is wrong: `"Outstandng" is not a grade`. */
  message: string;
}

/** Problems kept at most, as the elements report them; `more` counts the rest. */
export const MAX_PROBLEMS = 20;
/**
 * The most columns and rows read (past the last filled cell of a row, and not counting blank rows): a table
 * of grades has the force, at most 11 areas and a cycle, and a row per force. The rest is not read, and a
 * problem says so.
 */
export const MAX_COLUMNS = 64;
export const MAX_ROWS = 500;

export interface TableOptions {
  /** The cycle of every row whose "Cycle" cell is empty (or of all rows, without that column). */
  cycle?: string;
}

/** `Row 9 (Kent Police), column "Efficiency": "Outstandng" is not a grade` */
export function describeProblem(p: TableProblem): string {
  if (p.row === 0) return `The cycle option: ${p.message}`;
  return `Row ${p.row}${p.force ? ` (${p.force})` : ''}${p.column !== undefined ? `, column "${p.column}"` : ''}: ${p.message}`;
}

/**
 * A name reduced to its words: lower case, "&" as "and", apostrophes of either kind alike, any run of
 * other punctuation or space as one space.
 */
const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

/** Words a force's name may have or lack: "Kent Police", "Kent"; "Heddlu Gwent", "Gwent". */
const FORCE_WORDS = /^(heddlu )?(.+?)( police service| police| constabulary)?$/;
const forceKey = (text: string) => words(text).replace(FORCE_WORDS, '$2');

/**
 * What people call a force in their own tables, besides its name: the county's short form, the initials
 * the force goes by, "the Met". By the register's id; read like a name (case, "Police" and "&" aside).
 */
const NICKNAMES: Record<string, readonly string[]> = {
  bedfordshire: ['Beds'],
  cambridgeshire: ['Cambs'],
  'city-of-london': ['CoLP'],
  derbyshire: ['Derbys'],
  'devon-and-cornwall': ['D&C'],
  gloucestershire: ['Glos', 'Gloucs'],
  'greater-manchester': ['GMP', 'Manchester'],
  hampshire: ['Hants', 'Hampshire and Isle of Wight', 'Hampshire and IoW'],
  hertfordshire: ['Herts'],
  leicestershire: ['Leics'],
  lincolnshire: ['Lincs'],
  metropolitan: ['Met', 'the Met', 'MPS'],
  northamptonshire: ['Northants'],
  'north-yorkshire': ['North Yorks', 'NYP'],
  nottinghamshire: ['Notts'],
  'south-yorkshire': ['South Yorks', 'SYP'],
  staffordshire: ['Staffs'],
  'thames-valley': ['TVP'],
  warwickshire: ['Warks'],
  'west-midlands': ['West Mids', 'WMP'],
  'west-yorkshire': ['West Yorks', 'WYP'],
  wiltshire: ['Wilts'],
};

const FORCE_KEYS = new Map<string, RegisteredForce>();
for (const force of FORCES)
  for (const name of [force.id, force.name, force.cy ?? '', ...(NICKNAMES[force.id] ?? [])])
    if (name) FORCE_KEYS.set(forceKey(name), force);

/**
 * How many single edits (a letter added, dropped or changed, or two neighbours swapped) turn `a` into `b`;
 * anything over `max` is `max + 1`.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(last[j] + 1, row[j - 1] + 1, last[j - 1] + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    [before, last] = [last, row];
  }
  return Math.min(last[b.length], max + 1);
}

/**
 * What a person most likely meant by `typed`, among `known` (key → what it names): the one a few edits
 * away (one for a short word, up to three for a long one), or the one whose key it starts; undefined when
 * nothing is that close, or when two different things are equally close.
 */
function nearest<T>(typed: string, known: Map<string, T>): T | undefined {
  if (typed.length < 4) return undefined;
  const max = typed.length < 6 ? 1 : typed.length < 10 ? 2 : 3;
  let best = max + 1;
  let found = new Set<T>();
  for (const [key, value] of known) {
    const d = key.startsWith(typed) ? 1 : distance(typed, key, max);
    if (d < best) [best, found] = [d, new Set([value])];
    else if (d === best) found.add(value);
  }
  return best <= max && found.size === 1 ? [...found][0] : undefined;
}

/** ": did you mean Northamptonshire Police?", or '' when no force is close. */
const forceGuess = (typed: string) => {
  const force = nearest(forceKey(typed), FORCE_KEYS);
  return force ? `: did you mean ${force.name}?` : '';
};

/** Every way of writing a grade (slug, English, Welsh) → its name in that language, for "did you mean". */
const GRADE_WORDS = new Map<string, string>();
for (const grade of GRADES)
  for (const [name, shown] of [
    [grade, GRADE_LABELS.en[grade]],
    [GRADE_LABELS.en[grade], GRADE_LABELS.en[grade]],
    [GRADE_LABELS.cy[grade], GRADE_LABELS.cy[grade]],
  ])
    GRADE_WORDS.set(words(name), shown);

/** `"Outstandng" is not a grade: did you mean "Outstanding"?` */
const notAGrade = (cell: string) => {
  const guess = nearest(words(cell), GRADE_WORDS);
  return `"${cell}" is not a grade${guess ? `: did you mean "${guess}"?` : ''}`;
};

/**
 * A real grade that the cycle's scale lacks, in plain words: the cycle's grades, or without a cycle, the
 * cycles that have it.
 */
function offScale(cell: string, grade: Grade, scale: Scale, cycle: Cycle | undefined): string {
  const names = (s: Scale) => SCALES[s].map((g) => GRADE_LABELS.en[g]).join(', ');
  const count = (s: Scale) => (SCALES[s].length === 4 ? 'four' : 'five');
  if (cycle)
    return `"${cell}" is not a ${CYCLES[cycle]} grade: ${CYCLES[cycle]} had ${count(scale)} grades (${names(scale)}); if these grades are from another cycle, pick that cycle`;
  const cycles = (Object.keys(CYCLES) as Cycle[])
    .filter((c) => gradeOnScale(grade, cycleScale(c)))
    .map((c) => CYCLES[c]);
  return `"${cell}" is a grade of ${cycles.slice(0, -1).join(', ')} and ${cycles.at(-1)} only: pick the cycle (a "Cycle" column or the cycle option); without one, the table is read with the ${count(scale)} grades of the cycles before (${names(scale)})`;
}

const AREA_KEYS = new Map<string, string>();
for (const titles of [TITLES, TITLES_2023, TITLES_CY, TITLES_2023_CY])
  for (const [id, title] of Object.entries(titles)) {
    AREA_KEYS.set(words(id), id);
    AREA_KEYS.set(words(title), id);
  }
const CYCLE_HEADERS = new Set(['cycle', 'cylch']);

/** Status words: the slugs and the words the elements show for them, in English and Welsh. */
const STATUS_KEYS = new Map<string, PillarStatus>();
for (const status of ['pending', 'not-inspected', 'withheld'] as const) {
  STATUS_KEYS.set(words(status), status);
  for (const lang of ['en', 'cy'] as const) {
    const shown = words(STRINGS[lang].status[status]);
    // "Not graded" and "Heb ei raddio" (withheld, shown as) are also the grade not-graded: the grade wins.
    if (!normaliseGrade(shown)) STATUS_KEYS.set(shown, status);
  }
}

/** A cycle written as its id or its period ("2017", "2021/22", "2023–25", "PEEL 2023-25"). */
function readCycle(text: string): Cycle | undefined {
  const id = `peel-${text
    .trim()
    .toLowerCase()
    .replace(/^peel\b/, '')
    .replace(/[^\d]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  return isCycle(id) ? id : undefined;
}
/** A column without a header is named as a spreadsheet names it: A, B, …, Z, AA. */
const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
const notCycle = (text: string) => `"${text}" is not a PEEL cycle (one of ${Object.values(CYCLES).join(', ')})`;

/** Whether a table's header row has a cycle column ("Cycle", "Cylch"), whose cells give each row's cycle. */
export function hasCycleColumn(text: string): boolean {
  const first = String(text ?? '')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0];
  const header = (first.includes('\t') ? tsvParseRows : csvParseRows)(first)[0] ?? [];
  return header.some((name) => CYCLE_HEADERS.has(words(name)) || LONG_HEADERS.get(words(name)) === 'cycle');
}

/**
 * Reads a table (tab-separated or CSV) of grades by force and area into a collection. Never throws. Keeps the
 * first MAX_PROBLEMS problems, and counts the rest in `more`; reads at most MAX_ROWS rows of MAX_COLUMNS.
 */
export function readTable(
  text: string,
  options: TableOptions = {},
): { collection?: AssessmentCollection; problems: TableProblem[]; more: number } {
  const problems: TableProblem[] = [];
  let more = 0;
  // Found in row order (the option first, then the header, then each row), so the first ones are kept.
  const problem = (p: TableProblem) => (problems.length < MAX_PROBLEMS ? problems.push(p) : more++);
  let defaultCycle: Cycle | undefined;
  if (options.cycle !== undefined) {
    defaultCycle = readCycle(options.cycle);
    if (!defaultCycle) problem({ row: 0, message: notCycle(options.cycle) });
  }
  const source = String(text ?? '').replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  // Only the rows and columns read are kept: the header, then up to MAX_ROWS rows with a filled cell, each
  // up to its last filled cell. The first row or column past them is where reading stopped.
  let tooLong: number | undefined;
  let kept = 0;
  /** Each row read: its number, its cells, and whether it had more than MAX_COLUMNS. */
  const rows: [number, string[], boolean][] = [];
  (firstLine.includes('\t') ? tsvParseRows : csvParseRows)(source, (cells, index): null => {
    if (tooLong !== undefined) return null;
    let width = cells.length;
    while (width && !cells[width - 1].trim()) width--;
    if (!width && index) return null;
    if (index && ++kept > MAX_ROWS) {
      tooLong = index + 1;
      return null;
    }
    rows.push([index + 1, cells.slice(0, Math.min(width, MAX_COLUMNS)), width > MAX_COLUMNS]);
    return null;
  });
  const header = rows[0]?.[0] === 1 ? rows[0][1].map((cell) => cell.trim()) : undefined;
  if (!header?.some(Boolean)) {
    problem({ row: 1, message: 'no header row: the first row names the force column, then the areas' });
    return { problems, more };
  }
  if (rows[0][2]) {
    problem({
      row: 1,
      message: `more than ${MAX_COLUMNS} columns, more than a table of grades has (the force, its areas and a cycle): nothing was read`,
    });
    return { problems, more };
  }
  // A row per grade, as `export` writes it: its own columns say so.
  const long = longColumns(header);
  const assessments: Assessment[] = long ? readLong(rows, header, long, defaultCycle, problem) : [];
  if (!long) readWide(header);

  /** A row per force, a column per area: the table a spreadsheet keeps. */
  function readWide(header: string[]) {
    // The columns: the force's first, then areas by id or title, and perhaps the cycle.
    let cycleColumn: number | undefined;
    const areas = new Map<number, string>();
    const seen = new Map<string, string>();
    header.forEach((name, i) => {
      if (i === 0) return;
      if (!name) {
        // A blank header over blank cells is a spreadsheet's empty column; over data, a problem (below).
        return;
      }
      if (CYCLE_HEADERS.has(words(name))) {
        if (cycleColumn === undefined) cycleColumn = i;
        else problem({ row: 1, column: name, message: 'a second cycle column' });
        return;
      }
      const id = AREA_KEYS.get(words(name));
      if (!id) {
        problem({
          row: 1,
          column: name,
          message: 'not an area: give an area id (such as preventing-crime) or its title in English or Welsh',
        });
        return;
      }
      if (seen.has(id)) {
        problem({ row: 1, column: name, message: `the same area as column "${seen.get(id)}"` });
        return;
      }
      seen.set(id, name);
      areas.set(i, id);
    });

    // A header without a single area is no table of grades: its rows would say nothing more.
    if (!areas.size) {
      problem({
        row: 1,
        message: 'no area columns: name each after the force column by its id (such as preventing-crime) or its title',
      });
      return;
    }

    const rowOf = new Map<string, number>();
    rows.slice(1).forEach(([row, cells, wide]) => {
      const named = cells[0]?.trim() ?? '';
      const force = named ? FORCE_KEYS.get(forceKey(named)) : undefined;
      const at = (column: number, message: string) =>
        problem({ row, column: header[column] || columnLetter(column), force: force?.name, message });
      if (wide)
        at(
          MAX_COLUMNS,
          `more than ${MAX_COLUMNS} columns, more than a table of grades has: the rest of the row was not read`,
        );
      if (!force) {
        at(
          0,
          named ? `"${named}" is not a force in the register (its name or id)${forceGuess(named)}` : 'no force named',
        );
        return;
      }
      if (rowOf.has(force.id)) at(0, `${force.name} is already in row ${rowOf.get(force.id)}`);
      rowOf.set(force.id, row);

      let cycle = defaultCycle;
      const cycleCell = cycleColumn === undefined ? '' : (cells[cycleColumn]?.trim() ?? '');
      if (cycleCell) {
        const stated = readCycle(cycleCell);
        if (!stated) at(cycleColumn!, notCycle(cycleCell));
        else if (defaultCycle && stated !== defaultCycle)
          at(cycleColumn!, `"${cycleCell}" is not the cycle option’s ${CYCLES[defaultCycle]}`);
        else cycle = stated;
      }
      const scale = cycle ? cycleScale(cycle) : DEFAULT_SCALE;

      const pillars: Pillar[] = [];
      cells.forEach((raw, i) => {
        const cell = raw.trim();
        if (i === 0 || i === cycleColumn || !cell) return;
        const id = areas.get(i);
        if (!id) {
          // A problem only where the header is blank: an unknown header is one problem, at row 1.
          if (!header[i]) at(i, `"${cell}" is in a column without a header`);
          return;
        }
        const grade = normaliseGrade(cell);
        const status = STATUS_KEYS.get(words(cell));
        if (grade && !gradeOnScale(grade, scale)) at(i, offScale(cell, grade, scale, cycle));
        else if (grade) pillars.push({ id, grade });
        else if (status) pillars.push({ id, status });
        else if (words(cell) === 'carried over')
          at(i, `"${cell}" needs the grade and the period it comes from, which a table cannot hold: write the grade`);
        else at(i, notAGrade(cell));
      });
      assessments.push({
        force: { id: force.id, name: force.name },
        ...(cycle && { cycle, period: CYCLES[cycle] }),
        pillars,
      });
    });
  }

  if (tooLong !== undefined) {
    // Always said, in the last place kept if need be: the problems after it were never looked for.
    if (problems.length === MAX_PROBLEMS) {
      problems.pop();
      more++;
    }
    problems.push({
      row: tooLong,
      message: `more than ${MAX_ROWS} rows, more than a table of grades has: the rest was not read`,
    });
  }
  if (!assessments.length && !problems.length)
    problem({
      row: 2,
      message: long ? 'no grades: a row per grade under the header' : 'no forces: a row per force under the header',
    });
  if (problems.length) return { problems: problems.sort((a, b) => a.row - b.row), more };

  const collection: AssessmentCollection = { schemaVersion: 1, assessments };
  // The format's own rules have the last word; a table read as above should never break them.
  const checked = parseCollection(collection);
  if (!checked.ok)
    return {
      problems: checked.errors.slice(0, MAX_PROBLEMS).map((issue) => ({ row: 1, message: formatIssue(issue) })),
      more: Math.max(0, checked.errors.length - MAX_PROBLEMS),
    };
  return { collection, problems, more };
}

/** A long table's column names, in English and Welsh, as words: each names one field of a row. */
const LONG_HEADERS = new Map<string, keyof ExportRow>(
  COLUMNS.flatMap(([field, en, cy]) => [
    [words(en), field],
    [words(cy), field],
  ]),
);

/** The columns of a table in the long form (a row per grade), by field; undefined for any other table. */
function longColumns(header: string[]): Map<keyof ExportRow, number> | undefined {
  const columns = new Map<keyof ExportRow, number>();
  header.forEach((name, i) => {
    const field = LONG_HEADERS.get(words(name));
    if (field && !columns.has(field)) columns.set(field, i);
  });
  return columns.has('forceId') && columns.has('areaId') && columns.has('grade') ? columns : undefined;
}

/** Whether `title` is the built-in title of area `id` in its cycle, in English or Welsh (so not the data's own). */
const builtInTitle = (title: string, id: string, cycle?: Cycle) =>
  [
    { titles: TITLES, titles2023: TITLES_2023 },
    { titles: TITLES_CY, titles2023: TITLES_2023_CY },
  ].some((t) => {
    const [known, builtIn] = pillarTitle(t, { id }, '', cycle);
    return builtIn && known === title;
  });

/** What `export` put before a cell that would have run as a formula. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const STATUSES = new Set<string>(['graded', 'pending', 'not-inspected', 'withheld', 'carried-over']);

/**
 * Reads the long form: a row per grade (an area's, or a question's under its area), as `export` writes it.
 * The rows of one force and cycle make one assessment, in the order they come.
 */
function readLong(
  rows: [number, string[], boolean][],
  header: string[],
  columns: Map<keyof ExportRow, number>,
  defaultCycle: Cycle | undefined,
  problem: (p: TableProblem) => unknown,
): Assessment[] {
  const byKey = new Map<string, Assessment>();
  rows.slice(1).forEach(([row, cells]) => {
    if (!cells.some((c) => c.trim())) return;
    const get = (field: keyof ExportRow) => unguard(cells[columns.get(field) ?? -1]?.trim() ?? '');
    const named = get('forceId');
    const force = FORCES.find((f) => f.id === named);
    const at = (field: keyof ExportRow, message: string) =>
      void problem({ row, column: header[columns.get(field)!], force: force?.name, message });
    if (!force) return at('forceId', named ? `"${named}" is not a force id of the register` : 'no force id');
    const cycleCell = get('cycle');
    const cycle = cycleCell ? readCycle(cycleCell) : defaultCycle;
    if (cycleCell && !cycle) return at('cycle', notCycle(cycleCell));
    if (cycleCell && defaultCycle && cycle !== defaultCycle)
      return at('cycle', `"${cycleCell}" is not the cycle option’s ${CYCLES[defaultCycle]}`);
    const scale = cycle ? cycleScale(cycle) : DEFAULT_SCALE;
    const id = get('areaId');
    if (!id) return at('areaId', 'no area id');
    const cell = get('grade');
    const grade = cell ? normaliseGrade(cell) : undefined;
    if (cell && !grade) return at('grade', notAGrade(cell));
    if (grade && !gradeOnScale(grade, scale)) return at('grade', offScale(cell, grade, scale, cycle));
    const status = get('status');
    if (status && !STATUSES.has(status)) return at('status', `"${status}" is not a status`);

    const key = `${force.id} ${cycle ?? ''}`;
    let a = byKey.get(key);
    if (!a)
      byKey.set(
        key,
        (a = {
          force: { id: force.id, name: force.name },
          ...(cycle && { cycle, period: CYCLES[cycle] }),
          pillars: [],
        }),
      );
    let pillar = a.pillars!.find((p) => p.id === id);
    const question = get('question');
    const carried = get('carriedOver');
    const url = get('source');
    const title = get('areaTitle');
    if (!pillar) {
      a.pillars!.push((pillar = { id }));
      if (title && !builtInTitle(title, id, cycle)) pillar.title = title;
    } else if (!question && (pillar.grade || pillar.status || pillar.source))
      return at('areaId', `a second row for ${id}`);
    const graded = {
      ...(grade && { grade }),
      ...(url && { source: { url } }),
    };
    if (question) (pillar.questions ??= []).push({ title: question, ...graded, ...(carried && { gradedIn: carried }) });
    else Object.assign(pillar, graded, status && { status: status as PillarStatus }, carried && { gradedIn: carried });
  });
  return [...byKey.values()];
}
