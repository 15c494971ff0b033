import type { Lang } from '../data/grades.js';
import { STRINGS } from './strings.js';
import type { Direction, Strings } from './strings.js';
import { TITLES, TITLES_2023, TITLES_2023_CY, TITLES_CY } from './titles.js';

// The titles live in titles.ts, which <peel-compare> also loads without the cards' text.
export { TITLES, TITLES_2023, pillarTitle } from './titles.js';

/** What only the cards write (pillar, key facts, assessment, findings): it loads with them. */
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

const en: CardText = {
  titles: TITLES,
  titles2023: TITLES_2023,
  glance: 'Grades at a glance',
  causesOfConcern: 'Causes of concern',
  recommendations: 'Recommendations',
  due: (date) => ['Due by ', date],
  areasForImprovement: 'Areas for improvement',
  practice: 'Promising and innovative practice',
  practiceKinds: { innovative: 'Innovative practice', promising: 'Promising practice' },
  details: 'Findings',
  summaryRest: 'Read the rest of the summary',
  source: (period, published) => [
    `Source: HMICFRS${period ? ` PEEL ${period}` : ''}`,
    published && ', published ',
    published,
  ],
  readReport: 'Read the full report',
  sourcePages: (count) => (count > 1 ? 'Sources' : 'Source'),
  published: (date) => ['Published ', date],
  stillValid: (judged, period) => `judged in ${judged}${period ? `, still valid in ${period}` : ''}`,
  monitoring: (stage, since) => [
    `The inspectorate has placed this force in enhanced monitoring (${stage})`,
    since && ' since ',
    since,
  ],
  stages: { engage: 'Engage', ppog: 'Police Performance Oversight Group' },
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
    'square-km': '# square kilometres',
    'per-1000-people': '# per 1,000 people',
    'per-person': '# per person',
  },
  interval: 'Confidence interval',
  factSource: 'Source',
  pence: 'p',
  fullReport: 'Read the full PEEL report',
  observations: 'Inspector’s observations',
  context: 'Points of context provided by the force',
  priorities: 'Police and crime plan priorities',
};

const cy: CardText = {
  titles: TITLES_CY,
  titles2023: TITLES_2023_CY,
  months: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr'.split(' '),
  glance: 'Cipolwg ar y graddau',
  causesOfConcern: 'Achosion pryder',
  recommendations: 'Argymhellion',
  due: (date) => ['Erbyn ', date],
  areasForImprovement: 'Meysydd i’w gwella',
  practice: 'Arferion addawol ac arloesol',
  practiceKinds: { innovative: 'Arfer arloesol', promising: 'Arfer addawol' },
  details: 'Canfyddiadau',
  summaryRest: 'Darllen gweddill y crynodeb',
  source: (period, published) => [
    `Ffynhonnell: AHGTAEF${period ? `, PEEL ${period}` : ''}`,
    published && ', cyhoeddwyd ',
    published,
  ],
  readReport: 'Darllen yr adroddiad llawn',
  sourcePages: (count) => (count > 1 ? 'Ffynonellau' : 'Ffynhonnell'),
  published: (date) => ['Cyhoeddwyd ', date],
  // "yn ddilys": the soft mutation after the predicative "yn".
  stillValid: (judged, period) => `barnwyd yn ${judged}${period ? `, yn dal yn ddilys yn ${period}` : ''}`,
  monitoring: (stage, since) => [
    `Mae’r arolygiaeth wedi rhoi’r heddlu hwn mewn monitro uwch (${stage})`,
    since && ' ers ',
    since,
  ],
  stages: { engage: 'Ymgysylltu', ppog: 'Grŵp Goruchwylio Perfformiad yr Heddlu' },
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
    'square-km': '# cilometr sgwâr',
    'per-1000-people': '# i bob 1,000 o bobl',
    'per-person': '# i bob person',
  },
  interval: 'Cyfwng hyder',
  factSource: 'Ffynhonnell',
  pence: 'c',
  fullReport: 'Darllen yr adroddiad PEEL llawn',
  observations: 'Sylwadau’r arolygydd',
  context: 'Pwyntiau cyd-destun a ddarparwyd gan yr heddlu',
  priorities: 'Blaenoriaethau’r cynllun heddlu a throseddu',
};

export const CARD_STRINGS: Record<Lang, CardStrings> = {
  en: { ...STRINGS.en, ...en },
  cy: { ...STRINGS.cy, ...cy },
};
