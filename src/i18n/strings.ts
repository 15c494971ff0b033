import type { Grade, Lang } from '../data/grades.js';
import { en } from './en.js';
import { cy } from './cy.js';

export { ARROWS, en } from './en.js';
export { cy } from './cy.js';

export type Direction = 'up' | 'down' | 'same';

/**
 * The text every element writes (the badge and the notes), in one language: English in en.ts (in the
 * bundle), Welsh in cy.ts (a chunk of its own, with all the Welsh the elements write). What only the
 * cards write is in card-strings.ts. Data text is never translated.
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

/** Every language's strings, for code outside a page (the CLI, the builder, tests); a page loads them as it needs them. */
export const STRINGS: Record<Lang, Strings> = { en, cy };
