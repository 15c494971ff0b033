import type { Lang } from '../data/grades.js';
import type { Strings } from './types.js';
import { en } from './en.js';
import { cy } from './cy.js';

export { ARROWS, en } from './en.js';
export { cy } from './cy.js';
export type { Direction, Strings } from './types.js';

/** Every language's strings, for code outside a page (the CLI, the builder, tests); a page loads them as it needs them. */
export const STRINGS: Record<Lang, Strings> = { en, cy };
