export * from './cycles.js';
export * from './grades.js';
export * from './parse.js';
export * from './pillars.js';
export type * from './types.js';
export * from './forces.js';
