export * from './grades.js';
export * from './parse.js';
export type * from './types.js';
