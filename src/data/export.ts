// Every grade of a document as rows, and those rows as CSV: what a reader takes away into a spreadsheet.
// A minimal implementation of the agreed interface (/work/plan/export-interface.md), for the embed service's
// /data/<cycle>.csv until the data format's own lands; that one replaces this file.
import type { Assessment, AssessmentCollection } from './types.js';
import type { Lang } from './grades.js';
import { cycleOf } from './cycles.js';
import { TITLES, TITLES_2023, TITLES_2023_CY, TITLES_CY, pillarTitle } from '../i18n/titles.js';

/** One grade: an area's (question empty) or a question's. */
export interface ExportRow {
  forceId: string;
  forceName: string;
  /** The cycle id, e.g. "peel-2023-25". */
  cycle: string;
  /** The pillar's or area's id. */
  areaId: string;
  /** The area's title in `lang` (the data's title, else the built-in title of its cycle). */
  areaTitle: string;
  /** The question's title for a question grade; '' for an area grade. */
  question: string;
  /** The grade's slug ('' when there is none). */
  grade: string;
  /** The pillar's status slug ('' when none). */
  status: string;
  /** The period of a carried-over judgment ('' when it is the cycle's own). */
  carriedOver: string;
  /** The source page's address ('' when none). */
  source: string;
}

/** Fields a later data format adds (sources, a question's `gradedIn`), read where they are present. */
interface Sourced {
  source?: { url?: unknown } | string;
  gradedIn?: unknown;
}
const sourceUrl = (item: Sourced) =>
  typeof item.source === 'object' && typeof item.source?.url === 'string' ? item.source.url : '';
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

const TITLE_SETS = {
  en: { titles: TITLES, titles2023: TITLES_2023 },
  cy: { titles: TITLES_CY, titles2023: TITLES_2023_CY },
};

/** Every grade of a document or collection, in document order. Never throws on a parsed value. */
export function exportRows(doc: Assessment | AssessmentCollection, lang: Lang = 'en'): ExportRow[] {
  const assessments = 'assessments' in doc && Array.isArray(doc.assessments) ? doc.assessments : [doc as Assessment];
  const rows: ExportRow[] = [];
  for (const a of assessments) {
    const cycle = cycleOf(a);
    const force = { forceId: a.force?.id ?? '', forceName: a.force?.name ?? '', cycle: cycle ?? '' };
    for (const pillar of a.pillars ?? []) {
      const area = {
        ...force,
        areaId: pillar.id ?? '',
        areaTitle: pillarTitle(TITLE_SETS[lang] ?? TITLE_SETS.en, pillar, force.forceName, cycle)[0],
      };
      rows.push({
        ...area,
        question: '',
        grade: pillar.grade ?? '',
        status: pillar.status ?? '',
        carriedOver: pillar.status === 'carried-over' ? (pillar.gradedIn ?? '') : '',
        source: sourceUrl(pillar as Sourced),
      });
      for (const question of pillar.questions ?? [])
        rows.push({
          ...area,
          question: question.title ?? '',
          grade: question.grade ?? '',
          status: '',
          carriedOver: textOf((question as Sourced).gradedIn),
          source: sourceUrl(question as Sourced),
        });
    }
  }
  return rows;
}

const HEADERS: Record<Lang, string[]> = {
  en: ['Force ID', 'Force', 'Cycle', 'Area ID', 'Area', 'Question', 'Grade', 'Status', 'Carried over from', 'Source'],
  cy: [
    'ID yr heddlu',
    'Heddlu',
    'Cylch',
    'ID y maes',
    'Maes',
    'Cwestiwn',
    'Gradd',
    'Statws',
    'Wedi’i chario drosodd o',
    'Ffynhonnell',
  ],
};

/** A cell as RFC 4180 writes it; one a spreadsheet would run as a formula starts with `'`. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV with a header row (English column names, or Welsh with lang 'cy'), CRLF line ends; a cell that
 * starts with = + - @ (or tab/CR) is prefixed with ' so no spreadsheet runs it as a formula.
 */
export function toCsv(rows: ExportRow[], lang: Lang = 'en'): string {
  const lines = [(HEADERS[lang] ?? HEADERS.en).map(cell).join(',')];
  for (const r of rows)
    lines.push(
      [r.forceId, r.forceName, r.cycle, r.areaId, r.areaTitle, r.question, r.grade, r.status, r.carriedOver, r.source]
        .map(cell)
        .join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
