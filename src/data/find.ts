import type { Assessment, AssessmentCollection, DataIssue, Pillar } from './types.js';

// In the data chunk (see src/controllers/reader.ts): only an element with data looks for a pillar or a force.

/** The item whose key is `id`, or an issue at `path` (an attribute) that names the keys there are, each once. */
const lookup = <T>(items: T[], key: (item: T) => string | undefined, id: string, path: string, where: string) =>
  items.find((item) => key(item) === id) ?? {
    path,
    message: `"${id}" is not a ${path} in this ${where}; expected one of ${[...new Set(items.map(key))].join(', ')}`,
  };

/** Finds a pillar by id, or the first; reports an unknown id. */
export const findPillar = (assessment: Assessment, id: string | undefined): Pillar | DataIssue | undefined =>
  id ? lookup(assessment.pillars ?? [], (p) => p.id, id, 'pillar', 'assessment') : assessment.pillars?.[0];

/**
 * One force's assessment, by `force.id`, from a collection or a single assessment (which is then
 * checked to be that force's); without an id, a single assessment as it is. Reports a force the
 * data does not hold, and a collection with no force chosen, at the `force` attribute.
 */
export function findForce(doc: Assessment | AssessmentCollection, id: string | undefined): Assessment | DataIssue {
  const { assessments } = doc as AssessmentCollection;
  return id
    ? lookup(assessments ?? [doc as Assessment], (a) => a.force.id, id, 'force', 'data')
    : assessments
      ? { path: 'force', message: 'is required to show one force of a collection' }
      : (doc as Assessment);
}

/**
 * One force's assessments of a collection, every cycle's (`<peel-history>`): those whose `force.id` is `id`;
 * without an id, the collection as it is when it holds one force. Reports a force the data does not hold, and
 * a collection of several forces with no force chosen, at the `force` attribute.
 */
export function findHistory(c: AssessmentCollection, id: string | undefined): AssessmentCollection | DataIssue {
  const { assessments } = c;
  const mine = assessments.filter((a) => a.force.id === id);
  if (id)
    return mine.length
      ? { ...c, assessments: mine }
      : (lookup(assessments, (a) => a.force.id, id, 'force', 'data') as DataIssue);
  return new Set(assessments.map((a) => a.force.id ?? a.force.name)).size > 1 ? (findForce(c, id) as DataIssue) : c;
}
