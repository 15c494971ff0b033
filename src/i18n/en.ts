import { GRADE_LABELS } from '../data/grades.js';
import type { Direction, Strings } from './types.js';

// The English the bundle writes (the badge and the notes); the cards' English loads with them (cards.ts).

export const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', same: '→' };

/**
 * What a block element's notes call it, in English and in Welsh (with its article: "y gymhariaeth"); a badge's
 * notes are short, to stay in its sentence. One table for both, in the bundle (notes.ts).
 */
export const NAMES: Record<string, [string, string]> = {
  'pillar-summary': ['area summary', 'crynodeb y maes'],
  'key-facts-panel': ['key facts', 'y ffeithiau allweddol'],
  'peel-assessment': ['assessment', 'yr asesiad'],
  'peel-compare': ['comparison', 'y gymhariaeth'],
  'peel-history': ['history', 'yr hanes'],
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
  loading: (tag) => (NAMES[tag] ? `Loading the ${NAMES[tag][0]}…` : 'Loading grade…'),
  error: (tag) =>
    NAMES[tag]
      ? `The ${NAMES[tag][0]} could not be shown. Reload the page or find the report online.`
      : 'Grade not available',
  empty: 'No inspection data to show.',
  noKeyFacts: 'No key facts to show.',
  noPillar: 'No such pillar to show.',
  noForce: (id) => `No inspection data for “${id}” to show.`,
};
