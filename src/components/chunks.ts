import { lazy } from './lazy.js';

// The modules a page loads beside the bundle only when an element first needs them (see lazy.ts), all
// that an element needs at once, side by side. Each is imported by name for bundlers; a retry imports it
// under a new URL, which rollup.config.mjs points at the chunk's own file in the CDN bundle (bundlers,
// which name their chunks themselves, import it by name again). chunks.sync.ts has them all in hand.

/** The parser, the `src` loader and what reads the data channels with them (an element given data). */
export const loadData = lazy<typeof import('../controllers/reader.js')>('data', (retry) =>
  retry ? import(/* @vite-ignore */ `../controllers/reader.js${retry}`) : import('../controllers/reader.js'),
);

/** The Welsh every element writes: the badge's and the notes' (an element in Welsh). */
export const loadWelsh = lazy<typeof import('../i18n/cy.js')>('Welsh', (retry) =>
  retry ? import(/* @vite-ignore */ `../i18n/cy.js${retry}`) : import('../i18n/cy.js'),
);

/** The cards' and the table's Welsh, and the titles (a card or the table in Welsh). */
export const loadWelshCards = lazy<typeof import('../i18n/cy-cards.js')>('Welsh cards', (retry) =>
  retry ? import(/* @vite-ignore */ `../i18n/cy-cards.js${retry}`) : import('../i18n/cy-cards.js'),
);

/** The whole scale of `<peel-rating variant="scale">` and its styles. */
export const loadScale = lazy<typeof import('./peel-rating/scale.js')>('scale', (retry) =>
  retry ? import(/* @vite-ignore */ `./peel-rating/scale.js${retry}`) : import('./peel-rating/scale.js'),
);

/** The whole assessment, the pillar and key facts cards, the findings, and their styles and words. */
export const loadReport = lazy<typeof import('./report.js')>('report', (retry) =>
  retry ? import(/* @vite-ignore */ `./report.js${retry}`) : import('./report.js'),
);

/** Everything `<peel-compare>` shows but its shell: the table, sorting, the register, its words and styles. */
export const loadCompare = lazy<typeof import('./peel-compare/compare.js')>('compare', (retry) =>
  retry ? import(/* @vite-ignore */ `./peel-compare/compare.js${retry}`) : import('./peel-compare/compare.js'),
);

/** Everything `<peel-history>` shows but its shell: the table, the picture, its words and styles. */
export const loadHistory = lazy<typeof import('./peel-history/history.js')>('history', (retry) =>
  retry ? import(/* @vite-ignore */ `./peel-history/history.js${retry}`) : import('./peel-history/history.js'),
);
