import type { KeyFact } from './types.js';

/** The facts worth showing: a fact with nothing but a name is no fact. */
export const shownFacts = (facts: KeyFact[] = []) =>
  facts.filter((f) => (f.display ?? f.value ?? f.national ?? f.change?.local ?? f.change?.national) !== undefined);
