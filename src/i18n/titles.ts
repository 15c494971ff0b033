import type { Cycle, Pillar } from '../data/types.js';

// The titles of pillars and areas in English: the cards (cards.ts) and <peel-compare> both load them. The
// Welsh ones are in the Welsh chunk (cy.ts).

/**
 * The library's own titles for the pillars and areas a document may name by id alone
 * (docs/data-format.md lists the ids): the pillar names of the inspectorate's PEEL 2014–2018/19
 * grade overviews and the area headings of its PEEL 2021/22 and later reports. Each language pack
 * has its own (the Welsh ones in cy.ts, with where they come from).
 */
export const TITLES: Record<string, string> = {
  effectiveness: 'Effectiveness',
  efficiency: 'Efficiency',
  legitimacy: 'Legitimacy',
  leadership: 'Leadership',
  'victim-service': 'Providing a service to victims of crime',
  'public-treatment': 'Engaging with and treating the public with fairness and respect',
  'preventing-crime': 'Preventing crime and anti-social behaviour',
  'responding-to-public': 'Responding to the public',
  'investigating-crime': 'Investigating crime',
  'protecting-vulnerable': 'Protecting vulnerable people',
  'managing-offenders': 'Managing offenders and suspects',
  'serious-organised-crime': 'Disrupting serious organised crime',
  workforce: 'Building, supporting and protecting the workforce',
  'use-of-resources': 'Strategic planning, organisational management and value for money',
  'recording-data': 'Recording data about crime',
};

/**
 * From PEEL 2023–25 on, the inspectorate renamed these areas. PEEL 2025–27 keeps them until the
 * inspectorate's framework for it says otherwise.
 */
export const TITLES_2023: Record<string, string> = {
  'public-treatment': 'Police powers and public treatment',
  'preventing-crime': 'Preventing and deterring crime and anti-social behaviour, and reducing vulnerability',
  leadership: 'Leadership and force management',
};

/** A language's titles: built in, by id, and the ones PEEL 2023–25 renamed. */
export interface Titles {
  titles: Record<string, string>;
  titles2023: Record<string, string>;
}

const own = (map: Record<string, string>, id = '') => (Object.hasOwn(map, id) ? map[id] : undefined);

/**
 * A pillar's heading, and whether it is a built-in title rather than data text. Without a title, the
 * built-in title of the page's language and the document's cycle (pass `cycleOf(document)`, which
 * also reads a `period` such as "2023–2025"). A title in the data always wins: it is shown as
 * written, but for one that is just the built-in English title of the document's cycle
 * ("Legitimacy", as documents written in English carry), which a Welsh page shows in Welsh, so that
 * it never shows that English text. Without a title or a known id: the id, or else the force's
 * name, never a blank heading (and an id such as "constructor" is no known area).
 */
export function pillarTitle(
  s: Titles,
  pillar: Pillar,
  force: string,
  cycle?: Cycle,
): [title: string, builtIn: boolean] {
  const { id } = pillar;
  const title = pillar.title?.trim();
  const later = (cycle ?? '') >= 'peel-2023-25';
  const builtIn = (t: Titles) => (later && own(t.titles2023, id)) || own(t.titles, id);
  const known = builtIn(s);
  return known && (!title || title === builtIn({ titles: TITLES, titles2023: TITLES_2023 }))
    ? [known, true]
    : [title || id?.trim() || force, false];
}
