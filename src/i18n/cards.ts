import type { CardStrings, CardText, Strings } from './types.js';
import { en } from './en.js';
import { TITLES, TITLES_2023 } from './titles.js';

// The cards' English (pillar, key facts, assessment, findings), in the report chunk with them. The Welsh
// is in the Welsh chunk (cy.ts), whose strings are whole: the badge's, the cards' and the table's.

const text: CardText = {
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

/** The English cards' strings: the badge's and the cards' own. */
export const EN: CardStrings = { ...en, ...text };

/** The card strings of an element's language: the Welsh pack has them in it. */
export const cardStrings = (s: Strings): CardStrings => (s.lang === 'en' ? EN : (s as CardStrings));
