import type { Grade, Scale } from './grades.js';
import type { Cycle } from './cycles.js';

export type { Grade, Scale } from './grades.js';
export type { Cycle } from './cycles.js';

/** The force an assessment is about. Its `name` is the only field every document must have. */
export interface Force {
  id?: string;
  name: string;
  url?: string;
}

export interface Inspector {
  name?: string;
  role?: string;
}

/**
 * Where a grade was read: a published page. In a document, `source` may also be the `id` of an entry
 * of `sources` (in the document or its collection), or an object with `ref`, that id, whose entry
 * fills the fields it leaves out; the parser resolves both, so a parsed value holds the page itself.
 */
export interface Source {
  /** The page's address. */
  url?: string;
  /** The page's own title, as it shows it ("Kent 2015"). */
  title?: string;
  /** Who published the page ("HMICFRS", "Kent Online"). */
  publisher?: string;
  /** ISO date (`YYYY-MM-DD`) the page was read. */
  read?: string;
  /** The short words on the page that state the grade (at most 300 characters). */
  quote?: string;
}

/** A page a document or collection names once, in `sources`, for its grades to refer to by `id`. */
export interface SourceEntry extends Source {
  /** Lower-case letters, digits and hyphens; unique in its document or collection. */
  id: string;
}

/** One of the questions a pillar is graded on. */
export interface QuestionGrade {
  title?: string;
  grade?: Grade;
  url?: string;
  summary?: string[];
  areasForImprovement?: string[];
  /** The period of the judgment ("2016") when it is older than the document's: it was carried over. */
  gradedIn?: string;
  source?: Source;
}

/** A cause of concern: the inspectorate's most serious finding, with what the force must do and by when. */
export interface CauseOfConcern {
  text: string;
  recommendations?: string[];
  /** ISO date (`YYYY-MM-DD`) the recommendations are due by. */
  due?: string;
}

export interface Practice {
  kind: 'innovative' | 'promising';
  title?: string;
  text?: string;
}

/** What the inspectorate found beyond the grades, on a whole assessment or on one pillar. */
export interface Findings {
  causesOfConcern?: CauseOfConcern[];
  areasForImprovement?: string[];
  practice?: Practice[];
}

/**
 * Why a pillar has the grade it has, or none: `graded` (the default when there is a grade), `pending`
 * (to be graded), `not-inspected` (in this cycle), `carried-over` (the grade is from `gradedIn`) or `withheld`.
 */
export type PillarStatus = 'graded' | 'pending' | 'not-inspected' | 'carried-over' | 'withheld';

/** The inspectorate's enhanced monitoring: `engage`, escalated to the Police Performance Oversight Group (`ppog`). */
export interface Monitoring {
  stage: 'engage' | 'ppog';
  /** ISO date (`YYYY-MM-DD`). */
  since?: string;
}

/** A pillar (effectiveness, efficiency, legitimacy) or, on the 2021 scale, an area. */
export interface Pillar extends Findings {
  id?: string;
  title?: string;
  question?: string;
  grade?: Grade;
  previousGrade?: Grade;
  status?: PillarStatus;
  /** The period a carried-over grade comes from ("2016"). */
  gradedIn?: string;
  /** The period of `previousGrade` ("2018/19"); grades from a period on another scale do not compare. */
  previousPeriod?: string;
  /** ISO date (`YYYY-MM-DD`) of the last update. */
  updated?: string;
  summary?: string[];
  questions?: QuestionGrade[];
  url?: string;
  source?: Source;
}

/** Signed percentage changes over `years` years. */
export interface FactChange {
  local?: number;
  national?: number;
  years?: number;
}

/** Units the elements know how to format; any other text is shown after the number. */
export type KnownUnit = 'people' | 'percent' | 'GBP' | 'square-miles' | 'square-km' | 'per-1000-people' | 'per-person';

export interface KeyFact {
  id?: string;
  label?: string;
  value?: number;
  unit?: KnownUnit | (string & {});
  national?: number;
  change?: FactChange;
  /** Puts consecutive facts with the same group under one heading. */
  group?: string;
  /** Shown instead of the formatted value. */
  display?: string;
  /** The ± confidence interval, in the fact's unit. */
  interval?: number;
  source?: string;
  period?: string;
}

export interface KeyFacts {
  period?: string;
  facts?: KeyFact[];
}

/** One force's PEEL assessment (schema version 1). */
export interface Assessment extends Findings {
  schemaVersion?: 1;
  force: Force;
  period?: string;
  /** Implies the scale when `scale` is absent; see `scaleOf`. */
  cycle?: Cycle;
  scale?: Scale;
  /** ISO date (`YYYY-MM-DD`) the report was published. */
  published?: string;
  url?: string;
  summary?: string[];
  inspector?: Inspector;
  observations?: string[];
  pillars?: Pillar[];
  keyFacts?: KeyFacts;
  context?: string[];
  priorities?: string[];
  monitoring?: Monitoring;
  /** How many pillars or areas the published report graded ("We make graded judgments in eight of these nine"). */
  areasGraded?: number;
  /** The version of the data (`YYYY.MM.N`), apart from the package's; see data/CHANGELOG.md. */
  dataVersion?: string;
  sources?: SourceEntry[];
}

/** Many forces' assessments in one document. */
export interface AssessmentCollection {
  schemaVersion?: 1;
  dataVersion?: string;
  /** Pages named once, for the grades of every assessment to refer to. */
  sources?: SourceEntry[];
  assessments: Assessment[];
}

/** One problem found in the input, with the JSON path it was found at. */
export interface DataIssue {
  /** JSON path such as `pillars[1].grade`; `(root)` for the document itself. */
  path: string;
  message: string;
}
