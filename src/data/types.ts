import type { Grade, Scale } from './grades.js';

export type { Grade, Scale } from './grades.js';

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

/** One of the questions a pillar is graded on. */
export interface QuestionGrade {
  title?: string;
  grade?: Grade;
  url?: string;
}

/** A pillar (effectiveness, efficiency, legitimacy) or, on the 2021 scale, an area. */
export interface Pillar {
  id?: string;
  title?: string;
  question?: string;
  grade?: Grade;
  previousGrade?: Grade;
  /** ISO date (`YYYY-MM-DD`) of the last update. */
  updated?: string;
  summary?: string[];
  questions?: QuestionGrade[];
  url?: string;
}

/** Signed percentage changes over `years` years. */
export interface FactChange {
  local?: number;
  national?: number;
  years?: number;
}

/** Units the elements know how to format; any other text is shown after the number. */
export type KnownUnit = 'people' | 'percent' | 'GBP' | 'square-miles' | 'per-1000-people' | 'per-person';

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
}

export interface KeyFacts {
  period?: string;
  facts?: KeyFact[];
}

/** One force's PEEL assessment (schema version 1). */
export interface Assessment {
  schemaVersion?: 1;
  force: Force;
  period?: string;
  scale?: Scale;
  url?: string;
  summary?: string[];
  inspector?: Inspector;
  observations?: string[];
  pillars?: Pillar[];
  keyFacts?: KeyFacts;
  context?: string[];
  priorities?: string[];
}

/** Many forces' assessments in one document. */
export interface AssessmentCollection {
  schemaVersion?: 1;
  assessments: Assessment[];
}

/** One problem found in the input, with the JSON path it was found at. */
export interface DataIssue {
  /** JSON path such as `pillars[1].grade`; `(root)` for the document itself. */
  path: string;
  message: string;
}
