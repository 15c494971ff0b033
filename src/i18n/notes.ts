import type { Lang } from '../data/grades.js';
import { en } from './en.js';
import type { Strings } from './types.js';

/**
 * The notes an element shows before its language's strings are in hand (the Welsh chunk on its way, or
 * failed to load): in the bundle, so that a Welsh page never shows English, even for a moment.
 */
export const NOTES: Record<Lang, Pick<Strings, 'loading' | 'error'>> = {
  en,
  cy: {
    loading: 'Wrthi’n llwytho’r graddau arolygu…',
    error: 'Nid oedd modd dangos y radd arolygu hon. Ail-lwythwch y dudalen neu chwiliwch am yr adroddiad ar-lein.',
  },
};
