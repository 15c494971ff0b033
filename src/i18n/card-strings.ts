import type { Lang } from '../data/grades.js';
import type { CardStrings } from './types.js';
import { EN } from './cards.js';
import { cy } from './cy.js';
import { withCards } from './cy-cards.js';

// The titles live in titles.ts, which <peel-compare> also loads without the cards' text.
export { TITLES, TITLES_2023, pillarTitle } from './titles.js';
export type { CardStrings, CardText } from './types.js';

/** Every language's card strings, for code outside a page (the builder, tests). */
export const CARD_STRINGS: Record<Lang, CardStrings> = { en: EN, cy: withCards(cy) };
