import type { Assessment, DataIssue, KeyFact, Pillar } from './types.js';

/** Finds a pillar by id, or the first; reports an unknown id. */
export function findPillar(assessment: Assessment, id: string | undefined): Pillar | DataIssue | undefined {
  const pillars = assessment.pillars ?? [];
  if (!id) return pillars[0];
  return (
    pillars.find((p) => p.id === id) ?? {
      path: 'pillar',
      message: `"${id}" is not a pillar in this assessment; expected one of ${pillars.map((p) => p.id).join(', ')}`,
    }
  );
}

export const isIssue = (value: unknown): value is DataIssue =>
  typeof value === 'object' && value !== null && 'message' in value;

/** The facts worth showing: a fact with nothing but a name is no fact. */
export const shownFacts = (facts: KeyFact[] = []) =>
  facts.filter((f) => (f.display ?? f.value ?? f.national ?? f.change?.local ?? f.change?.national) !== undefined);
