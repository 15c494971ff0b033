import type { DataIssue } from './types.js';

// Finding a pillar or a force is the data chunk's (find.ts: an element with data loads it), choosing the
// facts to show the report chunk's (facts.ts): not re-exported here, which the bundle imports (the package's
// entry exports them, src/data/index.ts).

export const isIssue = (value: unknown): value is DataIssue =>
  typeof value === 'object' && value !== null && 'message' in value;
