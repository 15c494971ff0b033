import { GRADE_LABELS } from '../data/grades.js';
import type { Strings } from './types.js';
import { NOTES } from './notes.js';

// The Welsh every element writes (the badge's and the notes'), a chunk of its own that a page loads only
// for an element in Welsh (see lang.ts). The cards' and the table's Welsh is another (cy-cards.ts).

export const cy: Strings = {
  lang: 'cy',
  locale: 'cy-GB',
  grades: GRADE_LABELS.cy,
  // "o’r radd … (Da)" rather than "o Dda": a grade's name after a preposition would need mutating.
  gradeChange: (direction, previous, period) =>
    direction === 'same' && period
      ? `yr un fath â ${period}`
      : `${direction === 'up' ? 'i fyny o’r' : direction === 'down' ? 'i lawr o’r' : direction === 'same' ? 'yr un fath â’r' : 'y'} radd ${period ? `${direction ? '' : 'flaenorol '}yn ${period}` : 'flaenorol'} (${previous})`,
  notComparable: (previous, period) => `${previous} yn ${period}; dim modd cymharu’n uniongyrchol`,
  status: { pending: 'I’w raddio', 'not-inspected': 'Heb ei arolygu yn y cylch hwn', withheld: 'Heb ei raddio' },
  carriedOver: (period) => `Gradd wedi’i chario drosodd o ${period}`,
  // The notes a Welsh element shows while this chunk is on its way, or when it did not come: in the bundle.
  ...NOTES.cy,
  empty: 'Dim data arolygu i’w ddangos.',
  noKeyFacts: 'Dim ffeithiau allweddol i’w dangos.',
  noPillar: 'Dim piler o’r fath i’w ddangos.',
  noForce: (id) => `Dim data arolygu ar gyfer “${id}” i’w ddangos.`,
};
