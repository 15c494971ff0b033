import type { Lang } from '../data/grades.js';
import type { Direction, Strings } from './strings.js';
import { EN } from './cards.js';
import { cy } from './cy.js';

// The titles live in titles.ts, which <peel-compare> also loads without the cards' text.
export { TITLES, TITLES_2023, pillarTitle } from './titles.js';

/** What only the cards write (pillar, key facts, assessment, findings): English in cards.ts, which loads with them; Welsh in cy.ts. */
export interface CardText {
  /** Month names, for a language whose dates the browser may not know how to write (Chromium has no Welsh). */
  months?: string[];
  /** Built-in titles of pillars and areas by id, and the ones PEEL 2023–25 renamed. */
  titles: Record<string, string>;
  titles2023: Record<string, string>;
  /** The heading over the areas grouped by grade. */
  glance: string;
  causesOfConcern: string;
  recommendations: string;
  /** "Due by 30 September 2022" */
  due(date: unknown): unknown[];
  areasForImprovement: string;
  practice: string;
  practiceKinds: Record<'innovative' | 'promising', string>;
  /** Summary of a question's findings, opened on demand. */
  details: string;
  /** Summary of a pillar's summary after its first paragraph, folded (`compact`). */
  summaryRest: string;
  /** "Source: HMICFRS PEEL 2023–25, published 12 March 2025" (dates go in as `<time>` elements, hence the lists) */
  source(period: string | undefined, published: unknown): unknown[];
  readReport: string;
  /** "The inspectorate has placed this force in enhanced monitoring (Engage) since March 2022" */
  monitoring(stage: string, since: unknown): unknown[];
  stages: Record<'engage' | 'ppog', string>;
  lastUpdated: string;
  questions: string;
  /** `builtIn`: the title is the library's own word for the area, not data text, so a sentence may inflect it. */
  viewQuestions(title: string, builtIn: boolean): string;
  keyFacts: string;
  nationalLevel: string;
  /** "up 14% over 5 years" */
  trend(direction: Direction, percent: string, years?: number): string;
  national: string;
  /** `#` stands for the number. */
  units: Record<'people' | 'square-miles' | 'square-km' | 'per-1000-people' | 'per-person', string>;
  /** "Confidence interval ±2.7%" */
  interval: string;
  /** "Source: …" before a fact's source */
  factSource: string;
  pence: string;
  fullReport: string;
  observations: string;
  context: string;
  priorities: string;
}

/** Everything a card writes: the shared strings and its own. */
export type CardStrings = Strings & CardText;

/** Every language's card strings, for code outside a page (the builder, tests). */
export const CARD_STRINGS: Record<Lang, CardStrings> = { en: EN, cy };
