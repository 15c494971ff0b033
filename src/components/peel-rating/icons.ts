import { html } from 'lit';
import type { Grade } from '../../data/grades.js';

/** A distinct shape for each grade (star, tick, ring, warning, cross, dash), so the grade never rests on colour alone. */
export const PATHS: Record<Grade, string> = {
  outstanding: 'M8 1.5l2 4.5 4.8.4-3.7 3.2 1.1 4.8L8 11.8l-4.2 2.6 1.1-4.8-3.7-3.2L6 6z',
  good: 'M2.5 8.5l3.5 3.5 7.5-8',
  adequate: 'M8 2.5a5.5 5.5 0 100 11 5.5 5.5 0 000-11z',
  'requires-improvement': 'M8 1.5l6.5 12h-13zM8 6v3.5m0 2v.5',
  inadequate: 'M3 3l10 10M13 3L3 13',
  'not-graded': 'M2.5 8h11',
};

export const gradeIcon = (grade: Grade) =>
  html`<svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${PATHS[grade]}></path></svg>`;
