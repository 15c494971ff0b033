import type { Lang } from '../data/grades.js';
import { NAMES, en } from './en.js';
import type { Strings } from './types.js';

/**
 * The notes an element shows before its language's strings are in hand (the Welsh chunk on its way, or
 * failed to load): in the bundle, so that a Welsh page never shows English, even for a moment.
 */

export const NOTES: Record<Lang, Pick<Strings, 'loading' | 'error'>> = {
  en,
  cy: {
    // After "llwytho" (a vowel), the article is ’r: "llwytho’r gymhariaeth", "llwytho crynodeb y maes".
    loading: (tag) => `Wrthi’n llwytho${NAMES[tag] ? ` ${NAMES[tag][1]}`.replace(/^ yr? /, '’r ') : '’r radd'}…`,
    error: (tag) =>
      NAMES[tag]
        ? `Nid oedd modd dangos ${NAMES[tag][1]}. Ail-lwythwch y dudalen neu chwiliwch am yr adroddiad ar-lein.`
        : 'Nid yw’r radd ar gael',
  },
};
