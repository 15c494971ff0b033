// What the embed service itself writes (page titles, the social card and its alt text), in English and Welsh.
// Grade names, statuses, area titles and the source line come from the elements' own strings.
import type { Lang } from '../data/grades.js';
import type { Force } from '../data/types.js';
import { cy as cyElements } from '../i18n/cy.js';
import { forceNameCy, withCards } from '../i18n/cy-cards.js';

export interface ServiceStrings {
  /** A force's name in this language: a Welsh force's Welsh name on a Welsh page. */
  name(force: Force): string;
  /** The page's and iframe's title for one force: "Kent Police: PEEL 2017 grades". */
  forceTitle(force: string, period: string): string;
  /** One force over every cycle, as `<peel-history>` titles it: "Kent Police: PEEL grades, 2015 to 2023–25". */
  historyTitle(force: Force, from: string, to: string): string;
  /** For every force side by side (as `<peel-compare>` captions it). */
  compareTitle(period: string): string;
  /** The card's line above the force's name: "PEEL 2017 grades", or "PEEL 2017 grade" for one area. */
  kicker(period: string, one: boolean): string;
  /** The card's alt text: "PEEL 2017 grades for Kent Police: Effectiveness, Good; …." */
  alt(period: string, force: string, grades: string[]): string;
  /** A grade carried over from an earlier period, after its name on the card. */
  carried(period: string): string;
  /** An area with neither grade nor status. */
  noGrade: string;
}

const en: ServiceStrings = {
  name: (force) => force.name,
  forceTitle: (force, period) => `${force}: PEEL ${period} grades`,
  historyTitle: (force, from, to) => `${force.name}: PEEL grades, ${from}${to === from ? '' : ` to ${to}`}`,
  compareTitle: (period) => `PEEL ${period} grades by force`,
  kicker: (period, one) => `PEEL ${period} grade${one ? '' : 's'}`,
  alt: (period, force, grades) => `PEEL ${period} grades for ${force}: ${grades.join('; ')}.`,
  carried: (period) => `(from ${period})`,
  noGrade: 'No grade in the data',
};

const cy: ServiceStrings = {
  name: forceNameCy,
  forceTitle: (force, period) => `${force}: graddau PEEL ${period}`,
  // The element's own, with the Welsh forces' Welsh names.
  historyTitle: (force, from, to) => withCards(cyElements).history.title(force, from, to),
  compareTitle: (period) => `Graddau PEEL ${period} fesul heddlu`,
  kicker: (period, one) => `${one ? 'Gradd' : 'Graddau'} PEEL ${period}`,
  alt: (period, force, grades) => `Graddau PEEL ${period} ar gyfer ${force}: ${grades.join('; ')}.`,
  carried: (period) => `(o ${period})`,
  noGrade: 'Dim gradd yn y data',
};

export const SERVICE_STRINGS: Record<Lang, ServiceStrings> = { en, cy };
