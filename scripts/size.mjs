// The CDN bundle's gzip budget: news sites load it on every article.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET = 15500;
const file = 'dist/peel-widgets.min.js';

export function measure() {
  const source = readFileSync(file);
  return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip } = measure();
  const ok = gzip <= BUDGET;
  console.log(`size: ${file} ${raw} bytes, ${gzip} bytes gzip -9 (budget ${BUDGET}) ${ok ? 'ok' : 'OVER BUDGET'}`);
  process.exit(ok ? 0 : 1);
}
