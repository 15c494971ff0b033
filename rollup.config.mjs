import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import {
  cardFonts,
  heightScript,
  licenseNotices,
  noSourceReader,
  resvgWasm,
  webSsrClient,
} from './scripts/service-build.mjs';

const components = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap(({ name }) => [`src/components/${name}/${name}.ts`, `src/components/${name}/define.ts`]);

// Chunks carry a hash in their names: clear the last build's, so that only the current ones ship.
for (const name of existsSync('dist') ? readdirSync('dist') : [])
  if (/^peel-widgets-.+\.min\.js/.test(name)) rmSync(`dist/${name}`);

// JSON too: the register of forces (src/data/forces.json) is a JSON module.
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': 'json' } });

// The server renderer's chunks carry hashes too.
rmSync('dist/ssr', { recursive: true, force: true });

/**
 * <peel-compare>'s chunk takes its own copy of the few modules it shares with the report chunk (the
 * area titles, headings and links), so that a page loads one chunk for either, never a third one both
 * import; so do <peel-history>'s chunk and the export chunk (the CSV download), which either table may load. A copy is the module's file
 * under another name (`titles.compare.ts`), so rollup keeps it apart.
 */
const COPIED = /\/src\/(i18n\/titles|components\/render|security\/safe-url)\.ts$/;
const copyOf = (importer) =>
  /\/peel-compare\/|\.compare\.ts$/.test(importer)
    ? 'compare'
    : /\/peel-history\/|\.history\.ts$/.test(importer)
      ? 'history'
      : /\/data\/export\.ts$|\.export\.ts$/.test(importer)
        ? 'export'
        : undefined;
const compareCopies = {
  name: 'compare-copies',
  async resolveId(source, importer) {
    const copy = importer && copyOf(importer);
    if (!copy) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && COPIED.test(resolved.id) ? resolved.id.replace(/\.ts$/, `.${copy}.ts`) : null;
  },
  load: (id) => {
    const original = /^(.*)\.(compare|history|export)\.ts$/.exec(id)?.[1];
    return original ? readFileSync(`${original}.ts`, 'utf8') : null;
  },
};

/**
 * The lazily loaded modules (src/components/chunks.ts), as each build needs them. Each loader imports its
 * module by name, `import('./report.js')`, and after a failure under a new URL, `./report.js?retry=1`:
 * - `bundle` (the CDN bundle): the new URL is the chunk's own file beside the bundle, with the query;
 * - `lib` (the library for bundlers): a retry imports the module by name again, as a bundler can follow;
 * - `sync` (the one-file build, the server renderer): chunks.sync.ts instead, every module in hand at once.
 */
const CHUNKS = /\/src\/components\/chunks\.ts$/;
const RETRY = /`(\.{1,2}\/[\w./-]+\.js)\$\{\w+\}`/g;
const LIB_RETRY = /(?:\/\*\s*@vite-ignore\s*\*\/\s*)?`(\.{1,2}\/[\w./-]+\.js)\$\{\w+\}`/g;
const chunkImports = (mode) => {
  const targets = [];
  return {
    name: 'chunk-imports',
    async resolveId(source, importer) {
      if (mode !== 'sync' || !importer || !/\/chunks\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && CHUNKS.test(resolved.id) ? resolved.id.replace(/\.ts$/, '.sync.ts') : null;
    },
    async transform(code, id) {
      if (mode === 'sync' || !CHUNKS.test(id)) return null;
      // No line moves (map: null keeps the source map): a path changes within its line.
      // For bundlers, the retry names the module as the first attempt does (its comment, for Vite, goes too).
      if (mode === 'lib') return { code: code.replace(LIB_RETRY, "'$1'"), map: null };
      let out = code;
      for (const [template, path] of code.matchAll(RETRY)) {
        const resolved = await this.resolve(path, id);
        if (!resolved) this.error(`chunk-imports: ${path} not found`);
        targets.push(resolved.id);
        out = out.replace(template, template.replace(path, `__peel_chunk_${targets.length - 1}__`));
      }
      return { code: out, map: null };
    },
    renderChunk(code, chunk, options, { chunks }) {
      if (mode !== 'bundle' || !code.includes('__peel_chunk_')) return null;
      // `(retry) => retry ? import(`./x${retry}`) : import('./x')` is `(retry) => import(`./x${retry}`)` here,
      // where the first attempt's `retry` is '' and both name the same file: one import, not two.
      const out = code.replace(
        /\((\w+)\) => \1 \? import\(\s*(?:\/\*[^*]*\*\/\s*)?`__peel_chunk_(\d+)__\$\{\1\}`\s*\) : import\((['"])([^'"]+)\3\)/g,
        (_, retry, i, quote, path) => {
          // The chunk that holds the module (the data chunk holds the cycles too, so its facade is a namespace).
          const target = Object.values(chunks).find((c) => c.moduleIds.includes(targets[i]));
          if (!target || path !== `./${target.fileName}`)
            this.error(
              `chunk-imports: no chunk for ${targets[i]} (${path}; ${Object.values(chunks)
                .map((c) => `${c.fileName}=${c.facadeModuleId}`)
                .join(' ')})`,
            );
          return `(${retry}) => import(\`${path}\${${retry}}\`)`;
        },
      );
      // A loader left in any other form would import a placeholder: the build stops instead.
      if (out.includes('__peel_chunk_')) this.error('chunk-imports: a loader in chunks.ts is not in the expected form');
      return { code: out, map: null };
    },
  };
};

/**
 * The data layer's chunk (the parser, the `src` loader, what reads the data channels) takes the cycles too (their
 * names, a document's cycle and scale), which only it and the chunks that show data use: every page that loads
 * those loads the data chunk beside them. Left to itself, rollup would put a module that several chunks share
 * into a chunk of its own, or the bundle. The entry's chunk (the bundle) takes the modules its own imports reach,
 * before the data layer's does: the bundle never imports a chunk (checked below).
 */
const DATA_LAYER = /\/src\/(controllers\/(reader|fetch-json)|data\/(parse|find|cycles))\.ts$/;
const bundleChunks = (id, { getModuleInfo }) =>
  getModuleInfo(id).isEntry ? 'bundle' : DATA_LAYER.test(id) ? 'reader' : undefined;
const bundleAlone = {
  name: 'bundle-alone',
  generateBundle(options, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length)
        this.error(`the bundle imports ${chunk.imports.join(', ')}: every page would load it`);
  },
};

/** Terser as the page bundles use it: the unsafe options their tests (the CDN run) check. */
const minify = () =>
  terser({
    module: true,
    ecma: 2022,
    compress: {
      passes: 5,
      keep_fargs: false,
      unsafe_arrows: true,
      unsafe_methods: true,
      pure_getters: true,
      toplevel: true,
    },
    // Lit's four licence notices are one (LICENCE below); no other comment ships.
    format: { comments: /^!/ },
  });

/** Lit's licence notices, as its modules carry them, said once at the top of the files that hold Lit. */
const LICENCE = '/*! Lit: Copyright 2017, 2019 Google LLC, SPDX-License-Identifier: BSD-3-Clause */';

export default [
  // For bundler users: one module per source file, Lit left to the user's bundler.
  {
    input: ['src/index.ts', 'src/define.ts', ...components],
    external: [/^lit($|\/)/, /^@lit\//],
    plugins: [chunkImports('lib'), ts(), minifyTemplateLiterals({ include: ['src/**/*.ts'] })],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // For page authors: one self-contained, minified module with Lit's production build inside.
  {
    input: 'src/cdn.ts',
    plugins: [
      chunkImports('bundle'),
      compareCopies,
      nodeResolve({ browser: true }),
      ts(),
      minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
      {
        name: 'fallback-css',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'peel-widgets-fallback.css',
            source: readFileSync('src/styles/fallback.css'),
          });
        },
      },
      minify(),
      bundleAlone,
    ],
    // A hidden source map: the .map file ships beside the bundle, without a comment that costs every reader bytes.
    // What a page may not need (the data layer, the Welsh text, the scale, the cards, the table: see
    // src/components/chunks.ts) is in chunks beside the bundle, which finds them relative to its own URL.
    output: {
      dir: 'dist',
      entryFileNames: 'peel-widgets.min.js',
      // Each chunk named for what it holds: data (reader.ts), cy, scale, report, compare, history.
      chunkFileNames: ({ name }) => `peel-widgets-${name === 'reader' ? 'data' : name}-[hash].min.js`,
      banner: (chunk) => (chunk.isEntry ? LICENCE : ''),
      format: 'es',
      sourcemap: 'hidden',
      manualChunks: bundleChunks,
    },
  },
  // The one-file build, for a site that copies one file: every element and module in it, no chunks
  // beside it (so nothing can go missing, and no chunk's hashed name can drift from the bundle's).
  {
    input: 'src/cdn.ts',
    plugins: [
      chunkImports('sync'),
      nodeResolve({ browser: true }),
      ts(),
      minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
      minify(),
    ],
    output: {
      file: 'dist/peel-widgets.all.min.js',
      banner: LICENCE,
      format: 'es',
      sourcemap: 'hidden',
      inlineDynamicImports: true,
    },
  },
  // For servers (Node only, never in a page): the renderer (peel-widgets/ssr), the CLI (npx peel-widgets) and
  // the embed service for `peel-widgets serve` (dist/service/node.js, loaded only by that command).
  // The CLI's table reader (d3-dsv, a devDependency) and the service's SVG renderer and font are bundled in;
  // Lit stays the package's dependency.
  {
    input: { 'ssr/index': 'src/ssr/index.ts', cli: 'src/cli/cli.ts', 'service/node': 'src/service/node.ts' },
    external: [/^lit($|\/)/, /^@lit(-labs)?\//, /^node:/],
    plugins: [
      chunkImports('sync'),
      cardFonts(),
      heightScript(),
      resvgWasm(),
      licenseNotices('licenses/server.txt', ['@fontsource/atkinson-hyperlegible-next']),
      nodeResolve(),
      ts(),
      minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      chunkFileNames: 'ssr/[name]-[hash].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
  },
  // The embed service on Cloudflare Workers: one module with everything in it (Lit's server builds, the data, the
  // card's font) but the SVG renderer's WebAssembly, which Workers take as a module of its own (resvg.wasm beside
  // it, emitted by the build above). No reader of files or URLs: the service renders the data it was built with.
  {
    input: 'src/service/worker.ts',
    plugins: [
      chunkImports('sync'),
      noSourceReader(),
      webSsrClient(),
      cardFonts(),
      heightScript(),
      licenseNotices('licenses/worker.txt', ['@fontsource/atkinson-hyperlegible-next']),
      {
        name: 'resvg-module',
        resolveId: (source) => (source === './resvg.wasm' ? { id: source, external: true } : null),
      },
      nodeResolve({ exportConditions: ['node'], preferBuiltins: false }),
      ts(),
      minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
    ],
    output: { file: 'dist/worker.js', format: 'es', inlineDynamicImports: true },
    // Lit's DOM shim is TypeScript's output, whose helpers test `this` at the top of a module: undefined in any
    // ES module, as they expect.
    onwarn: (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning)),
  },
  // Opt-in hydration of server-rendered elements: a page loads it before the bundle (Lit's support, self-contained).
  {
    input: 'src/ssr/hydrate-support.ts',
    plugins: [nodeResolve({ browser: true }), ts(), terser({ module: true, ecma: 2022 })],
    output: { file: 'dist/peel-widgets-hydrate.min.js', format: 'es' },
  },
  // The iframe embed: a static page and its script, beside the bundle they load.
  {
    input: 'src/embed/embed.ts',
    plugins: [
      ts(),
      terser({ module: true, ecma: 2022 }),
      {
        name: 'embed-page',
        generateBundle() {
          this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html') });
        },
      },
    ],
    output: { dir: 'dist', entryFileNames: 'embed.js', format: 'es' },
  },
];
