import { GRADE_LABELS } from '../data/grades.js';
import type { Grade, Lang } from '../data/grades.js';

export type Direction = 'up' | 'down' | 'same';

/** Every piece of text the library writes, in one language. Data text is never translated. */
export interface Strings {
  lang: Lang;
  locale: string;
  /** Month names, for a language whose dates the browser may not know how to write (Chromium has no Welsh). */
  months?: string[];
  grades: Record<Grade, string>;
  /** "Good: second of four grades" */
  scalePosition(label: string, position: number, total: number): string;
  /** "down from Good"; without a direction (to or from not graded), "previously Not graded". */
  gradeChange(direction: Direction | undefined, previous: string): string;
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
  units: Record<'people' | 'square-miles' | 'per-1000-people' | 'per-person', string>;
  pence: string;
  fullReport: string;
  observations: string;
  context: string;
  priorities: string;
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
  lang: 'en',
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
  // Only our own word is lower-cased mid-sentence: data titles ("Tackling ASB") keep their case.
  viewQuestions: (title, builtIn) => `View the questions for ${builtIn ? title.toLowerCase() : title}`,
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
  loading: 'Loading inspection ratings…',
  error: 'This inspection rating could not be shown.',
  empty: 'No inspection data to show.',
  noKeyFacts: 'No key facts to show.',
  noPillar: 'No such pillar to show.',
};

/**
 * "blwyddyn" after a number of years, in the form the number read aloud calls for: 1 flwyddyn,
 * 2 flynedd, 3, 4 and 6 blynedd, 5, 7, 8, 9 and 10 mlynedd. Like "diwrnod" and "blwydd",
 * "blynedd" takes the nasal mutation after pum, saith, wyth, naw, deg, deuddeg, pymtheg, deunaw,
 * ugain and cant, numbers that leave other nouns alone.
 * The rule chosen, since the page shows digits and the reader supplies the words: 11–19 are read
 * the traditional way, as years still are, with the noun after the first word ("un mlynedd ar
 * ddeg", "deuddeng mlynedd", "tair blynedd ar ddeg", "dwy flynedd ar bymtheg", "deunaw mlynedd",
 * "pedair blynedd ar bymtheg"); so are the last two digits above 100 ("cant a deuddeng mlynedd").
 * Any other number follows its last digit, the word before the noun in the traditional and the
 * decimal reading alike ("dwy flynedd ar hugain", "dau ddeg dwy flynedd"); a final 0 is deg, ugain
 * or cant ("ugain mlynedd", "tri deng mlynedd", "can mlynedd"). Whole thousands end in a noun,
 * which takes "o" and the plural ("mil o flynyddoedd"). A fraction follows its last digit
 * ("2.5": "dau bwynt pump mlynedd").
 */
const blynedd = (n: number) => {
  const last = n % 100;
  // The form after 0–19, by index; a fraction or a larger number goes by its last digit.
  const form = 'mmfbbmbmmmmmmbbmmfmb'[last % 1 || last > 19 ? +String(n).slice(-1) : last];
  return n === 1 ? 'flwyddyn' : n && !(n % 1000) ? 'o flynyddoedd' : `${form || 'm'}lynedd`;
};

const cy: Strings = {
  lang: 'cy',
  locale: 'cy-GB',
  months: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(' '),
  grades: GRADE_LABELS.cy,
  scalePosition: (label, position, total) => `${label}: gradd ${position} o ${total}`,
  gradeChange: (direction, previous) =>
    `${direction === 'up' ? 'i fyny o’r' : direction === 'down' ? 'i lawr o’r' : direction === 'same' ? 'yr un fath â’r' : 'y'} radd flaenorol (${previous})`,
  lastUpdated: 'Diweddarwyd ddiwethaf',
  questions: 'Graddau’r cwestiynau',
  viewQuestions: (title) => `Gweld y cwestiynau ar gyfer ${title}`,
  keyFacts: 'Ffeithiau allweddol',
  nationalLevel: 'Lefel genedlaethol',
  trend: (direction, percent, years) =>
    `${direction === 'same' ? 'dim newid' : `${direction === 'up' ? 'i fyny' : 'i lawr'} ${percent}`}${years ? ` dros ${years} ${blynedd(years)}` : ''}`,
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
  loading: 'Wrthi’n llwytho’r graddau arolygu…',
  error: 'Nid oedd modd dangos y radd arolygu hon.',
  empty: 'Dim data arolygu i’w ddangos.',
  noKeyFacts: 'Dim ffeithiau allweddol i’w dangos.',
  noPillar: 'Dim piler o’r fath i’w ddangos.',
};

export const STRINGS: Record<Lang, Strings> = { en, cy };
