import { GRADE_LABELS } from '../data/grades.js';
import type { Grade, Lang } from '../data/grades.js';

export type Direction = 'up' | 'down' | 'same';

/** Every piece of text the library writes, in one language. Data text is never translated. */
export interface Strings {
  locale: string;
  grades: Record<Grade, string>;
  /** "Good: second of four grades" */
  scalePosition(label: string, position: number, total: number): string;
  /** "down from Good"; without a direction (to or from not graded), "previously Not graded". */
  gradeChange(direction: Direction | undefined, previous: string): string;
  lastUpdated: string;
  questions: string;
  viewQuestions(pillar: string): string;
  keyFacts: string;
  nationalLevel: string;
  /** "up 14% over 5 years" */
  trend(direction: Direction, percent: string, years?: number): string;
  national: string;
  /** `#` stands for the number. */
  units: Record<'people' | 'square-miles' | 'per-1000-people' | 'per-person', string>;
  pence: string;
  fullReport: string;
  observations: string;
  context: string;
  priorities: string;
  pillarTitles: Record<'effectiveness' | 'efficiency' | 'legitimacy', string>;
  loading: string;
  /** Shown in place of bad or unreachable data; the details go to the console and the event. */
  error: string;
  empty: string;
  noKeyFacts: string;
  noPillar: string;
}

const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'];
const cardinal = ['one', 'two', 'three', 'four', 'five'];

const en: Strings = {
  locale: 'en-GB',
  grades: GRADE_LABELS.en,
  // Scales have four or five grades, so the words always exist.
  scalePosition: (label, position, total) => `${label}: ${ordinal[position - 1]} of ${cardinal[total - 1]} grades`,
  gradeChange: (direction, previous) =>
    !direction
      ? `previously ${previous}`
      : direction === 'same'
        ? `same as before (${previous})`
        : `${direction} from ${previous}`,
  lastUpdated: 'Last updated',
  questions: 'Question grades',
  viewQuestions: (pillar) => `View the questions for ${pillar.toLowerCase()}`,
  keyFacts: 'Key facts',
  nationalLevel: 'National level',
  trend: (direction, percent, years) =>
    `${direction === 'same' ? 'no change' : `${direction} ${percent}`}${years ? ` over ${years} year${years === 1 ? '' : 's'}` : ''}`,
  national: 'national',
  units: {
    people: '# people',
    'square-miles': '# square miles',
    'per-1000-people': '# per 1,000 people',
    'per-person': '# per person',
  },
  pence: 'p',
  fullReport: 'Read the full PEEL report',
  observations: 'Inspector’s observations',
  context: 'Points of context provided by the force',
  priorities: 'Police and crime plan priorities',
  pillarTitles: { effectiveness: 'Effectiveness', efficiency: 'Efficiency', legitimacy: 'Legitimacy' },
  loading: 'Loading inspection ratings…',
  error: 'This inspection rating could not be shown.',
  empty: 'No inspection data to show.',
  noKeyFacts: 'No key facts to show.',
  noPillar: 'No such pillar to show.',
};

const cy: Strings = {
  locale: 'cy-GB',
  grades: GRADE_LABELS.cy,
  scalePosition: (label, position, total) => `${label}: gradd ${position} o ${total}`,
  gradeChange: (direction, previous) =>
    `${direction === 'up' ? 'i fyny o’r' : direction === 'down' ? 'i lawr o’r' : direction === 'same' ? 'yr un fath â’r' : 'y'} radd flaenorol (${previous})`,
  lastUpdated: 'Diweddarwyd ddiwethaf',
  questions: 'Graddau’r cwestiynau',
  viewQuestions: (pillar) => `Gweld y cwestiynau ar gyfer ${pillar}`,
  keyFacts: 'Ffeithiau allweddol',
  nationalLevel: 'Lefel genedlaethol',
  trend: (direction, percent, years) =>
    `${direction === 'same' ? 'dim newid' : `${direction === 'up' ? 'i fyny' : 'i lawr'} ${percent}`}${years ? ` dros ${years} ${years === 1 ? 'flwyddyn' : 'mlynedd'}` : ''}`,
  national: 'cenedlaethol',
  units: {
    people: '# o bobl',
    'square-miles': '# milltir sgwâr',
    'per-1000-people': '# i bob 1,000 o bobl',
    'per-person': '# i bob person',
  },
  pence: 'c',
  fullReport: 'Darllen yr adroddiad PEEL llawn',
  observations: 'Sylwadau’r arolygydd',
  context: 'Pwyntiau cyd-destun a ddarparwyd gan yr heddlu',
  priorities: 'Blaenoriaethau’r cynllun heddlu a throseddu',
  pillarTitles: { effectiveness: 'Effeithiolrwydd', efficiency: 'Effeithlonrwydd', legitimacy: 'Cyfreithlondeb' },
  loading: 'Wrthi’n llwytho’r graddau arolygu…',
  error: 'Nid oedd modd dangos y radd arolygu hon.',
  empty: 'Dim data arolygu i’w ddangos.',
  noKeyFacts: 'Dim ffeithiau allweddol i’w dangos.',
  noPillar: 'Dim piler o’r fath i’w ddangos.',
};

export const STRINGS: Record<Lang, Strings> = { en, cy };
