import { lazy } from './lazy.js';

// The modules a page loads beside the bundle only when an element first needs them (see lazy.ts). Each is
// imported by name for bundlers; a retry imports it under a new URL, which rollup.config.mjs points at the
// chunk's own file in the CDN bundle (bundlers, which name their chunks themselves, import it by name again).

/** The whole assessment, the pillar and key facts cards, and the findings (report.ts). */
export const loadReport = lazy<typeof import('./report.js')>('the report module', (retry) =>
  retry ? import(/* @vite-ignore */ `./report.js${retry}`) : import('./report.js'),
);

/** Everything `<peel-compare>` shows but its shell: the table, sorting, the register, its words and styles. */
export const loadCompare = lazy<typeof import('./peel-compare/compare.js')>('the compare module', (retry) =>
  retry ? import(/* @vite-ignore */ `./peel-compare/compare.js${retry}`) : import('./peel-compare/compare.js'),
);
