import { gradeOnScale, isGrade, normaliseGrade, scaleGrades } from './grades.js';
import type { Grade, Scale } from './grades.js';
import type { DataIssue, PillarStatus } from './types.js';

// What the parser (parse.ts, in the data chunk) and the badge's own attributes (in the bundle) both check,
// with the same words: a badge set by attributes alone never loads the parser.

/** A value as a message names it: text quoted, null, an array, a number, else its type. */
export const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value === 'number'
          ? String(value)
          : typeof value;

/** `pillars[1].grade: "godo" is not a PEEL grade; …` */
export const formatIssue = (issue: DataIssue) => `${issue.path}: ${issue.message}`;

/** The statuses that say why a pillar has no grade. */
export const UNGRADED: PillarStatus[] = ['pending', 'not-inspected', 'withheld'];

/** Every status a pillar may have. */
export const STATUSES: PillarStatus[] = ['graded', ...UNGRADED, 'carried-over'];

/** "expected one of a, b, got "c"" */
export const expectedOneOf = (values: readonly string[], v: unknown) =>
  `expected one of ${values.join(', ')}, got ${describe(v)}`;

/** "expected peel-2014 or peel-2021, got …" */
export const notAScale = (v: unknown) => `expected peel-2014 or peel-2021, got ${describe(v)}`;

/** A grade's slug from a slug or a label in any case (`Requires improvement`, `Da`); undefined for anything else. */
export const slugOf = (v: unknown): Grade | undefined =>
  isGrade(v) ? v : typeof v === 'string' ? normaliseGrade(v) : undefined;

/** What is wrong with a grade on `scale`, or undefined when it is a grade on it. */
export function gradeProblem(v: unknown, scale: Scale): string | undefined {
  const slug = slugOf(v);
  const expected = `expected one of ${scaleGrades(scale).join(', ')}`;
  if (!slug) return `${describe(v)} is not a PEEL grade; ${expected}`;
  if (!gradeOnScale(slug, scale)) return `"${slug}" is not on the ${scale} scale; ${expected}`;
  return undefined;
}

/** Only a status that has no grade forbids one: `not-graded` says the same thing, so it may stay. */
export const gradeConflict = (grade?: Grade, status?: PillarStatus) =>
  grade && grade !== 'not-graded' && UNGRADED.includes(status!)
    ? `a pillar with status ${status} has no grade; expected not-graded or none`
    : undefined;
