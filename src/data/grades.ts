/** Every grade slug the data may use, best first. */
export const GRADES = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate', 'not-graded'] as const;

export type Grade = (typeof GRADES)[number];

/** The grades of each scale in order, best first; `not-graded` sits outside every scale. */
export const SCALES: Record<'peel-2014' | 'peel-2021', readonly Grade[]> = {
  'peel-2014': GRADES.filter((g) => g !== 'adequate' && g !== 'not-graded'),
  'peel-2021': GRADES.filter((g) => g !== 'not-graded'),
};

export type Scale = keyof typeof SCALES;
export const DEFAULT_SCALE: Scale = 'peel-2014';

export type Lang = 'en' | 'cy';

/** Grade names as HMICFRS publishes them in English and Welsh. */
export const GRADE_LABELS = {
  en: {
    outstanding: 'Outstanding',
    good: 'Good',
    adequate: 'Adequate',
    'requires-improvement': 'Requires improvement',
    inadequate: 'Inadequate',
    'not-graded': 'Not graded',
  },
  cy: {
    outstanding: 'Rhagorol',
    good: 'Da',
    adequate: 'Digonol',
    'requires-improvement': 'Angen gwella',
    inadequate: 'Annigonol',
    'not-graded': 'Heb ei raddio',
  },
  // Kept literal so that the names make the type below; the object itself is unchanged.
} as const satisfies Record<Lang, Record<Grade, string>>;

/** A grade's name as HMICFRS publishes it, in English or Welsh ("Requires improvement", "Angen gwella"). */
export type GradeLabel = (typeof GRADE_LABELS)[Lang][Grade];

/**
 * What the `grade` and `previous-grade` attributes take, as types see it: a slug or a published name.
 * The element also reads other cases and spacings ("REQUIRES-IMPROVEMENT") at run time; the type keeps
 * to the forms a reader of the code recognises, so that a typo such as "godo" fails to compile.
 */
export type GradeName = Grade | GradeLabel;

export const isScale = (value: unknown): value is Scale => typeof value === 'string' && Object.hasOwn(SCALES, value);

export const isGrade = (value: unknown): value is Grade =>
  typeof value === 'string' && (GRADES as readonly string[]).includes(value);

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/**
 * A slug for what a person typed: the slug itself or an English or Welsh label,
 * in any case, with spaces, hyphens or underscores between words.
 */
export function normaliseGrade(text: string): Grade | undefined {
  const wanted = key(text);
  return GRADES.find(
    (grade) =>
      key(grade) === wanted || key(GRADE_LABELS.en[grade]) === wanted || key(GRADE_LABELS.cy[grade]) === wanted,
  );
}

/** Whether a grade belongs on a scale (`not-graded` belongs on every scale). */
export const gradeOnScale = (grade: Grade, scale: Scale): boolean =>
  grade === 'not-graded' || (SCALES[scale] as readonly Grade[]).includes(grade);

/** The grades a scale allows, for messages and the schema. */
export const scaleGrades = (scale: Scale): Grade[] => [...SCALES[scale], 'not-graded'];

/**
 * The scale of a period written in any of the usual ways ("2016", "2018/19", "2023–25", or a cycle
 * id): four grades up to the 2018/19 cycle, five from 2021/22 on. Undefined when it holds no year.
 */
export function scaleOfPeriod(period: string): Scale | undefined {
  const year = /\d{4}/.exec(period)?.[0];
  return year ? (+year < 2020 ? 'peel-2014' : 'peel-2021') : undefined;
}

/**
 * Whether a grade on `scale` can be compared with one from `previousPeriod` (up, down, the same):
 * only on the same scale. Without a period, or with one that names no year, there is nothing to say
 * otherwise, so the grades compare as version 1 documents always have.
 */
export const comparable = (scale: Scale, previousPeriod = '') => (scaleOfPeriod(previousPeriod) ?? scale) === scale;
