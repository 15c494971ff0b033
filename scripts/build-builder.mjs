// `npm run build:builder`: the embed builder as a static folder, dist/builder/, that any static host
// serves and that works offline: the page, its script (the library from src, bundled), the CDN bundle
// and fallback stylesheet the generated code points at, and the shipped data under data/.
// Run after the CDN build (`npx rollup -c`), whose files it copies.
// `--out <dir>`: another folder (the site's, scripts/build-site.mjs); `--assets cdn`: the code it writes
// points at the published copy on the CDN unless the editor chooses their own (by default, this folder's).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values: args } = parseArgs({
  options: { out: { type: 'string', default: 'dist/builder' }, assets: { type: 'string', default: 'own' } },
});
if (!['own', 'cdn'].includes(args.assets)) throw new Error(`build-builder: --assets is own or cdn, not ${args.assets}`);
const out = args.out;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { builder: 'builder/main.ts' },
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: out,
  chunkNames: 'builder-[name]-[hash]',
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  // package.json's sideEffects describes dist/, not src/: here every define file must run.
  ignoreAnnotations: true,
  logLevel: 'warning',
  // chunks.ts asks for a chunk again under a new URL (`./report.js?retry=1`) after a failed load: a run-time
  // address, which esbuild tries as a glob of files and finds none. The plain import beside it is what bundles.
  logOverride: { 'empty-glob': 'silent' },
});

const page = readFileSync('builder/index.html', 'utf8');
writeFileSync(
  `${out}/index.html`,
  args.assets === 'cdn' ? page.replace('<peel-embed-builder>', '<peel-embed-builder assets="cdn">') : page,
);
// The CDN files the code points at by default, beside the page (so the folder stands alone): the bundle, its
// chunks and the fallback stylesheet.
for (const name of readdirSync('dist'))
  if (/^peel-widgets.*\.(min\.js|css)$/.test(name) && !/\.all\.|hydrate/.test(name))
    cpSync(`dist/${name}`, `${out}/${name}`);
// The iframe alternative's page, when the build has one (issue 11).
for (const name of readdirSync('dist'))
  if (/^embed.*\.(html|js|css)$/.test(name)) cpSync(`dist/${name}`, `${out}/${name}`);

// The shipped data, one file per choice, so that `src` and the iframe have an address for each. The
// list comes from the builder's own module, bundled for Node on the spot.
const sources = await build({
  entryPoints: ['builder/sources.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'warning',
});
const { SHIPPED_FILES } = await import(
  `data:text/javascript;base64,${Buffer.from(sources.outputFiles[0].text).toString('base64')}`
);
for (const [path, doc] of Object.entries(SHIPPED_FILES())) {
  mkdirSync(dirname(`${out}/${path}`), { recursive: true });
  writeFileSync(`${out}/${path}`, `${JSON.stringify(doc, null, 2)}\n`);
}

if (!existsSync(`${out}/peel-widgets.min.js`))
  console.warn('build-builder: dist/peel-widgets.min.js is missing; run `npx rollup -c` first');
console.log(`embed builder: ${out}/ (open index.html through any static server)`);
