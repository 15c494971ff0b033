// Data out: every grade of a document or collection as a row (force, cycle, area, question, grade, status,
// the period of a carried-over judgment, the page it was read on), and those rows as CSV for a spreadsheet.
// The CLI's `export`, <peel-compare>'s download link, the builder and the embed service all write these rows;
// the CLI's `import` reads them back (table.ts).
import type { Assessment, AssessmentCollection } from './types.js';
import type { Lang } from './grades.js';
import { cycleOf } from './cycles.js';
import { TITLES, TITLES_2023, pillarTitle } from '../i18n/titles.js';
import { TITLES_2023_CY, TITLES_CY } from '../i18n/cy-cards.js';

/** One grade: an area's (question empty) or a question's. */
export interface ExportRow {
  forceId: string;
  forceName: string;
  /** The cycle id, e.g. "peel-2023-25". */
  cycle: string;
  /** The pillar's or area's id. */
  areaId: string;
  /** The area's title in `lang`: the data's, else the built-in title of its cycle. */
  areaTitle: string;
  /** The question's title for a question's grade; '' for an area's grade. */
  question: string;
  /** The grade's slug ('' when there is none). */
  grade: string;
  /** The pillar's status slug ('' when none). */
  status: string;
  /** The period of a carried-over judgment ('' when it is the cycle's own). */
  carriedOver: string;
  /** The address of the page the grade was read on ('' when none). */
  source: string;
}

/** The columns in order: each field, and its header in English and Welsh. */
export const COLUMNS: readonly [field: keyof ExportRow, en: string, cy: string][] = [
  ['forceId', 'Force ID', 'Dynodydd yr heddlu'],
  ['forceName', 'Force', 'Heddlu'],
  ['cycle', 'Cycle', 'Cylch'],
  ['areaId', 'Area ID', 'Dynodydd y maes'],
  ['areaTitle', 'Area', 'Maes'],
  ['question', 'Question', 'Cwestiwn'],
  ['grade', 'Grade', 'Gradd'],
  ['status', 'Status', 'Statws'],
  ['carriedOver', 'Carried over from', 'Wedi’i chario drosodd o'],
  ['source', 'Source', 'Ffynhonnell'],
];

const TITLES_OF = {
  en: { titles: TITLES, titles2023: TITLES_2023 },
  cy: { titles: TITLES_CY, titles2023: TITLES_2023_CY },
};

/** Every grade of a document or collection, in document order. Never throws on a parsed value. */
export function exportRows(doc: Assessment | AssessmentCollection, lang: Lang = 'en'): ExportRow[] {
  const assessments = (doc as AssessmentCollection).assessments ?? [doc as Assessment];
  return assessments.flatMap((a) => {
    const cycle = cycleOf(a);
    const row = { forceId: a.force.id ?? '', forceName: a.force.name, cycle: cycle ?? '' };
    return (a.pillars ?? []).flatMap((p) => {
      const [title, builtIn] = pillarTitle(TITLES_OF[lang] ?? TITLES_OF.en, p, a.force.name, cycle);
      const area = { ...row, areaId: p.id ?? '', areaTitle: builtIn || p.title ? title : '' };
      return [
        {
          ...area,
          question: '',
          grade: p.grade ?? '',
          status: p.status ?? '',
          carriedOver: (p.status === 'carried-over' && p.gradedIn) || '',
          source: p.source?.url ?? '',
        },
        ...(p.questions ?? []).map((q) => ({
          ...area,
          question: q.title ?? '',
          grade: q.grade ?? '',
          status: '',
          carriedOver: q.gradedIn ?? '',
          source: q.source?.url ?? '',
        })),
      ];
    });
  });
}

/** A cell a spreadsheet would run as a formula: starting with = + - @, a tab or a carriage return. */
const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell: never a formula, and in double quotes when it holds a comma, a quote or a line break. */
const cell = (text: string) => {
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/**
 * RFC 4180 CSV with a header row (English column names, or Welsh with lang 'cy'), CRLF line ends; a cell that
 * starts with = + - @ (or tab/CR) is prefixed with ' so no spreadsheet runs it as a formula. It starts with a
 * byte order mark, so that Excel reads it as UTF-8 (curly apostrophes, Welsh letters), as other programs do.
 */
export function toCsv(rows: ExportRow[], lang: Lang = 'en'): string {
  const header = COLUMNS.map(([, en, cy]) => (lang === 'cy' ? cy : en));
  const lines = [header, ...rows.map((row) => COLUMNS.map(([field]) => row[field]))];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Points `link` (an `<a download>`) at a new CSV file of the rows of `doc`, and clicks it, so that the browser
 * downloads the file (`<peel-compare>`'s "Get the data"). The file it pointed at before is let go.
 */
export function download(link: HTMLAnchorElement, doc: Assessment | AssessmentCollection, lang: Lang = 'en') {
  URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([toCsv(exportRows(doc, lang), lang)], { type: 'text/csv;charset=utf-8' }));
  link.click();
}
