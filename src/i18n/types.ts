import type { Grade, Lang } from '../data/grades.js';
import type { Titles } from './titles.js';
import type { Force } from '../data/types.js';

// The shapes of the elements' words (every language has them all): strings.ts, card-strings.ts and the
// language modules (en.ts, cards.ts, cy.ts) build them.

export type Direction = 'up' | 'down' | 'same';

/**
 * The text every element writes (the badge and the notes), in one language: English in en.ts (in the
 * bundle), Welsh in cy.ts (a chunk of its own, with all the Welsh the elements write). What only the
 * cards write is CardText. Data text is never translated.
 */
export interface Strings {
  lang: Lang;
  locale: string;
  grades: Record<Grade, string>;
  /**
   * "down from Good", "down from Good in 2021/22", "same as 2021/22"; without a direction (to or
   * from not graded), "previously Not graded".
   */
  gradeChange(direction: Direction | undefined, previous: string, period?: string): string;
  /** A grade from a period on the other scale: "Good in 2018/19; not directly comparable". */
  notComparable(previous: string, period: string): string;
  /** A pillar's status in words, where it has no grade. */
  status: Record<'pending' | 'not-inspected' | 'withheld', string>;
  /** "Grade carried over from 2016" */
  carriedOver(period: string): string;
  /** Shown while the element (by its tag) waits for its data: "Loading the comparison…"; a badge's is short. */
  loading(tag: string): string;
  /**
   * Shown in place of bad or unreachable data (when the author gave no fallback content of their own), naming
   * the element (by its tag) and saying what a reader can do next; a badge's is short, to stay in its
   * sentence. The details go to the console and the event.
   */
  error(tag: string): string;
  empty: string;
  noKeyFacts: string;
  noPillar: string;
  /** The force the data does not hold (the `force` attribute), named. */
  noForce(id: string): string;
}

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
  /** Before the pages the grades were read on: "Source" or, for more than one, "Sources". */
  sourcePages(count: number): string;
  /** "Published 12 March 2025" (after the pages, which name no date of their own) */
  published(date: unknown): unknown[];
  /** A question's judgment from an earlier inspection: "judged in 2016, still valid in 2018/19". */
  stillValid(judged: string, period: string | undefined): string;
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

/** What the table writes: English here, Welsh in the Welsh chunk (cy.ts). */
export interface CompareText extends Titles {
  /** The register's regions, in the order of REGIONS. */
  regions: readonly string[];
  /** The group of forces the register does not know. */
  other: string;
  force: string;
  title(period: string): string;
  /** The four orders, by index: A to Z, Z to A, best first, worst first. */
  orders: readonly string[];
  /** How the rows are sorted: "sorted by Effectiveness, best first". */
  sorted(how: string): string;
  sortBy: string;
  /** How many forces have a grade in the table, of how many. */
  /**
   * How many forces have a grade in the table, of how many; and, when the data says how many areas each report
   * graded, how many have every one of them.
   */
  coverage(graded: number, of: number, full?: number): string;
  countsTitle: string;
  /** "3 outstanding" */
  count(n: number, label: string): string;
  /** "Investigating crime: 3 outstanding, 20 good" */
  counts(title: string, counts: string[]): string;
  missing: string;
  /** What a count of missing grades is called ("1 with no grade in the data"). */
  missingCount: string;
  yourForce: string;
  groupBy: string;
  /** The label of the narrow layout's choice of the one area it shows. */
  area: string;
  /** The forces with no grade in the data (narrow: for the area shown), in one line under the table. */
  without(area: string | undefined, names: string): string;
  region: string;
  allRegions: string;
  notComparable: string;
  /** Before the page a cell's grade was read on, for a screen reader. */
  source: string;
  /** The link that downloads the rows shown as a spreadsheet's CSV file. */
  csv: string;
}

/** What `<peel-history>` writes: English in its chunk (history.ts), Welsh in the Welsh cards' chunk (cy-cards.ts). */
export interface HistoryText extends Titles {
  /** The heading and the table's caption: "Kent Police: PEEL grades, 2015 to 2023–25" (in Welsh, a Welsh force's Welsh name). */
  title(force: Force, from: string, to: string): string;
  /** The header of the column of pillars and areas. */
  area: string;
  /** After a column's period in its link to the report, for a screen reader: "2015, report". */
  report: string;
  missing: string;
  /**
   * The header over a run of cycles graded on one scale (`five`: the five-grade one), "2015 to 2018/19: pillars,
   * four grades"; `after`, a run that follows one on the other scale: "From 2021/22: areas, five grades".
   */
  scale(from: string, to: string, five: boolean, after: boolean): string;
  /** Above the table, at a change of scale: "From 2021/22: new areas and a five-grade scale; earlier grades are not directly comparable." */
  change(from: string, five: boolean): string;
  /** Under the picture (which a screen reader skips: the table says it all), what it draws. */
  picture: string;
  /** Before the pages the grades were read on: "Source", and for more than one, "Sources". */
  sources: [one: string, more: string];
}

/** The Welsh pack: the badge's strings, the cards' and the tables', so that every chunk finds its Welsh here. */
export type Welsh = CardStrings & { compare: CompareText; history: HistoryText };
