import { GRADE_LABELS } from '../data/grades.js';
import type { Direction, Strings } from './types.js';

// The English the bundle writes (the badge and the notes); the cards' English loads with them (cards.ts).

export const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', same: '→' };

/** What a block element's notes call it; a badge's notes are short, to stay in its sentence. */
const NAMES: Record<string, string> = {
  'pillar-summary': 'area summary',
  'key-facts-panel': 'key facts',
  'peel-assessment': 'assessment',
  'peel-compare': 'comparison',
  'peel-history': 'history',
};

export const en: Strings = {
  lang: 'en',
  locale: 'en-GB',
  grades: GRADE_LABELS.en,
  gradeChange: (direction, previous, period) =>
    !direction
      ? `previously ${previous}${period ? ` in ${period}` : ''}`
      : direction === 'same'
        ? period
          ? `same as ${period}`
          : `same as before (${previous})`
        : `${direction} from ${previous}${period ? ` in ${period}` : ''}`,
  notComparable: (previous, period) => `${previous} in ${period}; not directly comparable`,
  status: { pending: 'To be graded', 'not-inspected': 'Not inspected in this cycle', withheld: 'Not graded' },
  carriedOver: (period) => `Grade carried over from ${period}`,
  loading: (tag) => (NAMES[tag] ? `Loading the ${NAMES[tag]}…` : 'Loading grade…'),
  error: (tag) =>
    NAMES[tag]
      ? `The ${NAMES[tag]} could not be shown. Reload the page or find the report online.`
      : 'Grade not available',
  empty: 'No inspection data to show.',
  noKeyFacts: 'No key facts to show.',
  noPillar: 'No such pillar to show.',
  noForce: (id) => `No inspection data for “${id}” to show.`,
};
