import type * as Lazy from './chunks.js';
import * as reader from '../controllers/reader.js';
import * as welsh from '../i18n/cy.js';
import * as welshCards from '../i18n/cy-cards.js';
import * as scale from './peel-rating/scale.js';
import * as report from './report.js';
import * as compare from './peel-compare/compare.js';
import * as history from './peel-history/history.js';

// The one-file build's and the server renderer's chunks.ts (rollup.config.mjs puts this module in its
// place): every module in hand from the start, so that nothing waits and no loading note shows.

export const loadData: typeof Lazy.loadData = () => reader;
export const loadWelsh: typeof Lazy.loadWelsh = () => welsh;
export const loadWelshCards: typeof Lazy.loadWelshCards = () => welshCards;
export const loadScale: typeof Lazy.loadScale = () => scale;
export const loadReport: typeof Lazy.loadReport = () => report;
export const loadCompare: typeof Lazy.loadCompare = () => compare;
export const loadHistory: typeof Lazy.loadHistory = () => history;
