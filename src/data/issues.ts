import { gradeOnScale, isGrade, normaliseGrade } from './grades.js';
import type { Grade, Scale } from './grades.js';
import type { DataIssue, PillarStatus } from './types.js';

// The rules the parser (parse.ts, in the data chunk) and the badge's own attributes (in the bundle) both
// follow. The words for what breaks them are the parser's: a badge given bad attributes asks it for them.

/** `pillars[1].grade: "godo" is not a PEEL grade; …` */
export const formatIssue = (issue: DataIssue) => `${issue.path}: ${issue.message}`;

/** The statuses that say why a pillar has no grade. */
export const UNGRADED: PillarStatus[] = ['pending', 'not-inspected', 'withheld'];

/** Every status a pillar may have. */
export const STATUSES: PillarStatus[] = ['graded', ...UNGRADED, 'carried-over'];

/** A grade's slug from a slug or a label in any case (`Requires improvement`, `Da`); undefined for anything else. */
export const slugOf = (v: unknown): Grade | undefined =>
  isGrade(v) ? v : typeof v === 'string' ? normaliseGrade(v) : undefined;

/** A grade's slug when it is a grade on `scale` (or none is given); false when it is not. */
export const onScale = (v: unknown, scale: Scale): Grade | undefined | false => {
  const slug = slugOf(v);
  return v === undefined ? undefined : !!slug && gradeOnScale(slug, scale) && slug;
};

/** Only a status that has no grade forbids one: `not-graded` says the same thing, so it may stay. */
export const gradeWithout = (grade?: Grade, status?: PillarStatus) =>
  !!grade && grade !== 'not-graded' && UNGRADED.includes(status!);
