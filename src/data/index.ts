export * from './cycles.js';
// Data out: a row per grade, and CSV (the CLI's export, <peel-compare>'s download).
export * from './export.js';
export * from './grades.js';
export * from './parse.js';
export * from './pillars.js';
export { findForce, findPillar } from './find.js';
export { shownFacts } from './facts.js';
export type * from './types.js';
// The register's Force is RegisteredForce here: types.ts's Force is the force an assessment is about.
export { FORCES, REGIONS, forceById } from './forces.js';
export type { Force as RegisteredForce, Region } from './forces.js';
