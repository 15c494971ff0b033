import type { Assessment, AssessmentCollection, DataIssue, KeyFact, Pillar } from './types.js';

/** The item whose key is `id`, or an issue at `path` (an attribute) that names the keys there are. */
const lookup = <T>(items: T[], key: (item: T) => string | undefined, id: string, path: string, where: string) =>
  items.find((item) => key(item) === id) ?? {
    path,
    message: `"${id}" is not a ${path} in this ${where}; expected one of ${items.map(key).join(', ')}`,
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

export const isIssue = (value: unknown): value is DataIssue =>
  typeof value === 'object' && value !== null && 'message' in value;

/** The facts worth showing: a fact with nothing but a name is no fact. */
export const shownFacts = (facts: KeyFact[] = []) =>
  facts.filter((f) => (f.display ?? f.value ?? f.national ?? f.change?.local ?? f.change?.national) !== undefined);
