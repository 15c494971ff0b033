// The CDN bundle's gzip budget (news sites load it on every article), the budget of each chunk
// it loads beside itself only when a page needs it (the cards' report module), and the one-file
// build's (every element and module in one file, for a site that copies one file: about the bundle
// and its chunks together).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET = 15500;
export const CHUNK_BUDGET = 6000;
/** A chunk with a budget of its own: what a page that shows every force side by side pays more. */
const OWN_BUDGETS = { compare: 5600 };
export const ALL_BUDGET = 24500;
const file = 'dist/peel-widgets.min.js';
const allFile = 'dist/peel-widgets.all.min.js';

const measureFile = (path) => {
  const source = readFileSync(path);
  return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
};

export const measure = () => measureFile(file);

/** The one-file build (dist/peel-widgets.all.min.js). */
export const measureAll = () => measureFile(allFile);

/** Each chunk beside the bundle (peel-widgets-<name>-<hash>.min.js). */
export const chunks = () =>
  readdirSync('dist')
    .filter((name) => /^peel-widgets-.+\.min\.js$/.test(name))
    .map((name) => ({ file: `dist/${name}`, ...measureFile(`dist/${name}`) }));

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip } = measure();
  let ok = gzip <= BUDGET;
  console.log(`size: ${file} ${raw} bytes, ${gzip} bytes gzip -9 (budget ${BUDGET}) ${ok ? 'ok' : 'OVER BUDGET'}`);
  for (const chunk of chunks()) {
    const budget = OWN_BUDGETS[/^dist\/peel-widgets-([a-z]+)/.exec(chunk.file)?.[1]] ?? CHUNK_BUDGET;
    const fits = chunk.gzip <= budget;
    ok &&= fits;
    console.log(
      `size: ${chunk.file} ${chunk.raw} bytes, ${chunk.gzip} bytes gzip -9 (budget ${budget}) ${fits ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  const all = measureAll();
  const fits = all.gzip <= ALL_BUDGET;
  ok &&= fits;
  console.log(
    `size: ${allFile} ${all.raw} bytes, ${all.gzip} bytes gzip -9 (budget ${ALL_BUDGET}) ${fits ? 'ok' : 'OVER BUDGET'}`,
  );
  process.exit(ok ? 0 : 1);
}
