// The library's entry: classes, parser, grades and types, with no side effects. Import
// `peel-widgets/define.js` (or a component's define file) to register the tags.
export { PeelElement } from './components/peel-element.js';
export { PeelRating } from './components/peel-rating/peel-rating.js';
export { PillarSummary } from './components/pillar-summary/pillar-summary.js';
export { KeyFactsPanel } from './components/key-facts-panel/key-facts-panel.js';
export { PeelAssessment } from './components/peel-assessment/peel-assessment.js';
export { PeelCompare } from './components/peel-compare/peel-compare.js';
export { PeelHistory } from './components/peel-history/peel-history.js';
export type { DataState, PeelErrorDetail } from './controllers/assessment-controller.js';
export { safeUrl } from './security/safe-url.js';
export * from './data/index.js';
