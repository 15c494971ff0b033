import type { Lang } from '../data/grades.js';
import type { Pillar } from '../data/types.js';
import type { Strings } from './strings.js';

/**
 * The library's own titles for the areas a document may name by id alone, in each language.
 * One entry per id so that the vocabulary of area ids can grow here. Only titles the inspectorate
 * itself uses belong here: the pillar names are those of its PEEL 2014–2018/19 grade overviews, and
 * its Welsh reports name PEEL "effeithiolrwydd, effeithlonrwydd a chyfreithlondeb". The 2021-and-later
 * areas (and the 2015 "Leadership", whose Welsh name no inspectorate page gives) wait for its wording.
 */
export const TITLES: Record<string, Record<Lang, string>> = {
  effectiveness: { en: 'Effectiveness', cy: 'Effeithiolrwydd' },
  efficiency: { en: 'Efficiency', cy: 'Effeithlonrwydd' },
  legitimacy: { en: 'Legitimacy', cy: 'Cyfreithlondeb' },
};

/**
 * A pillar's heading, and whether it is a built-in title rather than data text. A title that is
 * absent or just the English built-in one ("Legitimacy", as documents written in English carry)
 * gives the built-in title of the page's language, so a Welsh page never shows that English word;
 * any other title is data text, shown as written. Without a title or a known id: the id, or else
 * the force's name, never a blank heading (and an id such as "constructor" is no known area).
 */
export function pillarTitle(s: Strings, pillar: Pillar, force: string): [title: string, builtIn: boolean] {
  const own = pillar.title?.trim();
  const known = Object.hasOwn(TITLES, pillar.id!) ? TITLES[pillar.id!] : undefined;
  return known && (!own || own === known.en) ? [known[s.lang], true] : [own || pillar.id?.trim() || force, false];
}
