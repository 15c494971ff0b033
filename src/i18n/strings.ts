import { GRADE_LABELS } from '../data/grades.js';
import type { Grade, Lang } from '../data/grades.js';

export type Direction = 'up' | 'down' | 'same';

export const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', same: '→' };

/**
 * The text every element writes (the badge and the notes), in one language. What only the cards
 * write is in card-strings.ts, which loads with them. Data text is never translated.
 */
export interface Strings {
  lang: Lang;
  locale: string;
  grades: Record<Grade, string>;
  /** "Good: second of four grades" */
  scalePosition(label: string, position: number, total: number): string;
  /**
   * "down from Good", "down from Good in 2021/22", "same as 2021/22"; without a direction (to or
   * from not graded), "previously Not graded".
   */
  gradeChange(direction: Direction | undefined, previous: string, period?: string): string;
  /** A grade from a period on the other scale: "Good in 2018/19; not directly comparable". */
  notComparable(previous: string, period: string): string;
  /** A pillar's status in words, where it has no grade. */
  status: Record<'pending' | 'not-inspected' | 'withheld', string>;
  /** "Grade carried over from 2016" */
  carriedOver(period: string): string;
  loading: string;
  /**
   * Shown in place of bad or unreachable data (when the author gave no fallback content of their own),
   * with what a reader can do next; the details go to the console and the event.
   */
  error: string;
  empty: string;
  noKeyFacts: string;
  noPillar: string;
  /** The force the data does not hold (the `force` attribute), named. */
  noForce(id: string): string;
}

const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'];
const cardinal = ['one', 'two', 'three', 'four', 'five'];

export const en: Strings = {
  lang: 'en',
  locale: 'en-GB',
  grades: GRADE_LABELS.en,
  // Scales have four or five grades, so the words always exist.
  scalePosition: (label, position, total) => `${label}: ${ordinal[position - 1]} of ${cardinal[total - 1]} grades`,
  gradeChange: (direction, previous, period) =>
    !direction
      ? `previously ${previous}${period ? ` in ${period}` : ''}`
      : direction === 'same'
        ? period
          ? `same as ${period}`
          : `same as before (${previous})`
        : `${direction} from ${previous}${period ? ` in ${period}` : ''}`,
  notComparable: (previous, period) => `${previous} in ${period}; not directly comparable`,
  status: { pending: 'To be graded', 'not-inspected': 'Not inspected in this cycle', withheld: 'Not graded' },
  carriedOver: (period) => `Grade carried over from ${period}`,
  loading: 'Loading inspection ratings…',
  error: 'This inspection rating could not be shown. Reload the page or find the report online.',
  empty: 'No inspection data to show.',
  noKeyFacts: 'No key facts to show.',
  noPillar: 'No such pillar to show.',
  noForce: (id) => `No inspection data for “${id}” to show.`,
};

export const cy: Strings = {
  lang: 'cy',
  locale: 'cy-GB',
  grades: GRADE_LABELS.cy,
  scalePosition: (label, position, total) => `${label}: gradd ${position} o ${total}`,
  // "o’r radd … (Da)" rather than "o Dda": a grade's name after a preposition would need mutating.
  gradeChange: (direction, previous, period) =>
    direction === 'same' && period
      ? `yr un fath â ${period}`
      : `${direction === 'up' ? 'i fyny o’r' : direction === 'down' ? 'i lawr o’r' : direction === 'same' ? 'yr un fath â’r' : 'y'} radd ${period ? `${direction ? '' : 'flaenorol '}yn ${period}` : 'flaenorol'} (${previous})`,
  notComparable: (previous, period) => `${previous} yn ${period}; dim modd cymharu’n uniongyrchol`,
  status: { pending: 'I’w raddio', 'not-inspected': 'Heb ei arolygu yn y cylch hwn', withheld: 'Heb ei raddio' },
  carriedOver: (period) => `Gradd wedi’i chario drosodd o ${period}`,
  loading: 'Wrthi’n llwytho’r graddau arolygu…',
  error: 'Nid oedd modd dangos y radd arolygu hon. Ail-lwythwch y dudalen neu chwiliwch am yr adroddiad ar-lein.',
  empty: 'Dim data arolygu i’w ddangos.',
  noKeyFacts: 'Dim ffeithiau allweddol i’w dangos.',
  noPillar: 'Dim piler o’r fath i’w ddangos.',
  noForce: (id) => `Dim data arolygu ar gyfer “${id}” i’w ddangos.`,
};

export const STRINGS: Record<Lang, Strings> = { en, cy };
