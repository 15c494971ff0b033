import type { Lang } from '../data/grades.js';

// In the scale chunk, the one place on a page that says it (and in the CLI's badge): not in the bundle.

const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'];
const cardinal = ['one', 'two', 'three', 'four', 'five'];

/** A grade's place on its scale, in words: "Good: second of four grades". Scales have four or five grades. */
export const SCALE_POSITION: Record<Lang, (label: string, position: number, total: number) => string> = {
  en: (label, position, total) => `${label}: ${ordinal[position - 1]} of ${cardinal[total - 1]} grades`,
  cy: (label, position, total) => `${label}: gradd ${position} o ${total}`,
};
