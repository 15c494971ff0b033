// A table from a spreadsheet (what it or a web page's table puts on the clipboard: tab-separated) or a CSV
// file, read into a collection: a header row, then a row per force. Not in the widget bundle: the CLI's
// `import` and the builder use it. Every cell that cannot be read is a problem named by row and column;
// nothing is guessed, so with any problem there is no collection.
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import { CYCLES, isCycle, cycleScale } from './cycles.js';
import { DEFAULT_SCALE, gradeOnScale, normaliseGrade } from './grades.js';
import { FORCES } from './forces.js';
import type { Force as RegisteredForce } from './forces.js';
import { parseCollection, formatIssue } from './parse.js';
import type { Assessment, AssessmentCollection, Cycle, Pillar, PillarStatus } from './types.js';
import { STRINGS } from '../i18n/strings.js';
import { TITLES, TITLES_2023 } from '../i18n/titles.js';
import { TITLES_2023_CY, TITLES_CY } from '../i18n/cy-cards.js';

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

const FORCE_KEYS = new Map<string, RegisteredForce>();
for (const force of FORCES)
  for (const name of [force.id, force.name, force.cy ?? '']) if (name) FORCE_KEYS.set(forceKey(name), force);

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

/** Reads a table (tab-separated or CSV) of grades by force and area into a collection. Never throws. */
export function readTable(
  text: string,
  options: TableOptions = {},
): { collection?: AssessmentCollection; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  let defaultCycle: Cycle | undefined;
  if (options.cycle !== undefined) {
    defaultCycle = readCycle(options.cycle);
    if (!defaultCycle) problems.push({ row: 0, message: notCycle(options.cycle) });
  }
  const source = String(text ?? '').replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const rows = (firstLine.includes('\t') ? tsvParseRows : csvParseRows)(source);
  const header = rows[0]?.map((cell) => cell.trim());
  if (!header?.some(Boolean)) {
    problems.push({ row: 1, message: 'no header row: the first row names the force column, then the areas' });
    return { problems };
  }

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
      else problems.push({ row: 1, column: name, message: 'a second cycle column' });
      return;
    }
    const id = AREA_KEYS.get(words(name));
    if (!id) {
      problems.push({
        row: 1,
        column: name,
        message: 'not an area: give an area id (such as preventing-crime) or its title in English or Welsh',
      });
      return;
    }
    if (seen.has(id)) {
      problems.push({ row: 1, column: name, message: `the same area as column "${seen.get(id)}"` });
      return;
    }
    seen.set(id, name);
    areas.set(i, id);
  });

  const assessments: Assessment[] = [];
  const rowOf = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (!cells.some((cell) => cell.trim())) return;
    const named = cells[0]?.trim() ?? '';
    const force = named ? FORCE_KEYS.get(forceKey(named)) : undefined;
    const at = (column: number, message: string) =>
      problems.push({ row, column: header[column] || columnLetter(column), force: force?.name, message });
    if (!force) {
      at(0, named ? `"${named}" is not a force in the register (its name or id)` : 'no force named');
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
      if (grade && !gradeOnScale(grade, scale))
        at(
          i,
          cycle
            ? `"${cell}" is not a grade of ${CYCLES[cycle]} (${scale} scale)`
            : `"${cell}" is not on the ${scale} scale: give the cycle (a "Cycle" column or the cycle option)`,
        );
      else if (grade) pillars.push({ id, grade });
      else if (status) pillars.push({ id, status });
      else if (words(cell) === 'carried over')
        at(i, `"${cell}" needs the grade and the period it comes from, which a table cannot hold: write the grade`);
      else at(i, `"${cell}" is not a grade`);
    });
    assessments.push({
      force: { id: force.id, name: force.name },
      ...(cycle && { cycle, period: CYCLES[cycle] }),
      pillars,
    });
  });
  if (!assessments.length && !problems.length)
    problems.push({ row: 2, message: 'no forces: a row per force under the header' });
  if (problems.length) return { problems: problems.sort((a, b) => a.row - b.row) };

  const collection: AssessmentCollection = { schemaVersion: 1, assessments };
  // The format's own rules have the last word; a table read as above should never break them.
  const checked = parseCollection(collection);
  if (!checked.ok) return { problems: checked.errors.map((issue) => ({ row: 1, message: formatIssue(issue) })) };
  return { collection, problems };
}
