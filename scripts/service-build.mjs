// Rollup plugins for the embed service (dist/worker.js and the Node `serve` command), used by rollup.config.mjs:
// the social card's font and its metrics as a module, the renderer's WebAssembly beside the worker, and a
// server renderer that cannot read `src` (the service renders only the data it was built with).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { inflateSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const require = createRequire(import.meta.url);

/** The card's font: Atkinson Hyperlegible Next (SIL Open Font License 1.1), regular and bold, Latin and Latin Extended. */
export const FONT_FAMILY = 'Atkinson Hyperlegible Next';
const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible-next';
const FONT_FILES = ['latin-400', 'latin-ext-400', 'latin-700', 'latin-ext-700'];

/** WOFF 1.0 (what the font package ships besides WOFF2) back into the TrueType file it wraps, which resvg reads. */
export function woffToSfnt(woff) {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw Error('not a WOFF 1.0 file');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((d) => view.getUint32(entry + d));
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw Error(`WOFF table ${tag.toString(16)}: wrong length`);
    tables.push({ tag, checksum, data });
  }
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), 12 + 16 * count);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  o.setUint32(0, flavor);
  o.setUint16(4, count);
  o.setUint16(6, power * 16);
  o.setUint16(8, Math.log2(power));
  o.setUint16(10, count * 16 - power * 16);
  let at = 12 + 16 * count;
  tables.forEach((t, i) => {
    o.setUint32(12 + 16 * i, t.tag);
    o.setUint32(16 + 16 * i, t.checksum);
    o.setUint32(20 + 16 * i, at);
    o.setUint32(24 + 16 * i, t.data.length);
    out.set(t.data, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}

/** Each character's advance width in em (from the font's cmap and hmtx tables), so the card can fit its text. */
export function advanceWidths(sfnt) {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = {};
  for (let i = 0; i < view.getUint16(4); i++) {
    const tag = String.fromCharCode(...sfnt.subarray(12 + 16 * i, 16 + 16 * i));
    tables[tag] = view.getUint32(20 + 16 * i);
  }
  const unitsPerEm = view.getUint16(tables.head + 18);
  const metrics = view.getUint16(tables.hhea + 34);
  const advance = (glyph) => view.getUint16(tables.hmtx + 4 * Math.min(glyph, metrics - 1));
  // The Unicode BMP subtable (format 4), which every font of this family has.
  const cmap = tables.cmap;
  let sub;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const [platform, encoding] = [view.getUint16(cmap + 4 + 8 * i), view.getUint16(cmap + 6 + 8 * i)];
    const offset = cmap + view.getUint32(cmap + 8 + 8 * i);
    if ((platform === 3 && encoding === 1) || platform === 0) if (view.getUint16(offset) === 4) sub = offset;
  }
  if (sub === undefined) throw Error('no format 4 cmap');
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  const widths = {};
  for (let s = 0; s < segments; s++) {
    const [end, start] = [view.getUint16(ends + 2 * s), view.getUint16(starts + 2 * s)];
    const [delta, range] = [view.getInt16(deltas + 2 * s), view.getUint16(ranges + 2 * s)];
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph = range ? view.getUint16(ranges + 2 * s + range + 2 * (c - start)) : c;
      if (glyph) glyph = (glyph + delta) & 0xffff;
      if (glyph) widths[String.fromCharCode(c)] = +(advance(glyph) / unitsPerEm).toFixed(4);
    }
  }
  return widths;
}

/**
 * `virtual:card-fonts`: the font files (base64, decoded on first use) and, per weight, each character's width
 * and the file that has it (Latin first, Latin Extended for the rest: ŵ, ŷ and the other Welsh letters).
 */
export function cardFonts() {
  const id = '\0virtual:card-fonts';
  return {
    name: 'card-fonts',
    resolveId: (source) => (source === 'virtual:card-fonts' ? id : null),
    load(loading) {
      if (loading !== id) return null;
      const files = FONT_FILES.map((name) => {
        const path = require.resolve(`${FONT_PACKAGE}/files/atkinson-hyperlegible-next-${name}-normal.woff`);
        this.addWatchFile(path);
        return woffToSfnt(readFileSync(path));
      });
      const widths = { 400: {}, 700: {} };
      files.forEach((file, index) => {
        const weight = FONT_FILES[index].endsWith('700') ? 700 : 400;
        for (const [c, w] of Object.entries(advanceWidths(file))) widths[weight][c] ??= [w, index];
      });
      const base64 = files.map((f) => Buffer.from(f).toString('base64'));
      return [
        `// ${FONT_FAMILY}, SIL Open Font License 1.1 (${FONT_PACKAGE}); built by scripts/service-build.mjs.`,
        `export const FAMILY = ${JSON.stringify(FONT_FAMILY)};`,
        `export const WIDTHS = ${JSON.stringify(widths)};`,
        `const BASE64 = ${JSON.stringify(base64)};`,
        'let files;',
        'export const fontFiles = () => (files ??= BASE64.map((b) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0))));',
      ].join('\n');
    },
  };
}

/** The SVG renderer's WebAssembly, emitted as `resvg.wasm` beside the output (Workers load it as a module). */
export function resvgWasm() {
  return {
    name: 'resvg-wasm',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'resvg.wasm',
        source: readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
      });
    },
  };
}

/**
 * The server renderer without its reader of `src` (files and URLs): the embed service passes data it was built
 * with, so none of that code, nor the Node modules it uses, is in the worker. The stand-in has each name
 * src/ssr/index.ts imports from src/ssr/read-source.ts (the build fails on one it lacks), and reads nothing.
 */
export function noSourceReader() {
  const id = '\0no-source-reader';
  return {
    name: 'no-source-reader',
    resolveId: (source, importer) =>
      source === './read-source.js' && /[\\/]ssr[\\/]index\.ts$/.test(importer ?? '') ? id : null,
    load: (loading) =>
      loading === id
        ? [
            'export const readSource = async (src) => { throw Error(`${src}: the embed service reads no src`); };',
            'export const shownSource = (src) => String(src);',
          ].join('\n')
        : null,
  };
}

/**
 * Lit's hydration digest from its web build (btoa) rather than its Node build (which imports `buffer`): the same
 * digest, with nothing Workers would need Node's modules for.
 */
export function webSsrClient() {
  return {
    name: 'web-ssr-client',
    resolveId: (source) =>
      // require.resolve finds the Node build, node/index.js, beside which the web build's index.js is.
      source === '@lit-labs/ssr-client' ? join(dirname(require.resolve(source)), '..', 'index.js') : null,
  };
}

/** Where a package that ships no licence text says its source is, and its licence is (MPL-2.0 asks for both). */
const NO_LICENSE_FILE = {
  '@resvg/resvg-wasm':
    'Used unmodified. Source: https://github.com/yisibl/resvg-js (and resvg, https://github.com/RazrFalcon/resvg).\n' +
    'The Mozilla Public License 2.0: https://mozilla.org/MPL/2.0/',
};

/**
 * `fileName` beside the output: each package bundled into it (and `extra` ones, such as the font, which reach it
 * by a virtual module), with its version, licence and licence text, as their licences ask of a redistribution.
 */
export function licenseNotices(fileName, extra = []) {
  return {
    name: 'license-notices',
    generateBundle(_options, bundle) {
      const roots = new Set();
      for (const chunk of Object.values(bundle))
        for (const id of Object.keys(chunk.modules ?? {})) {
          const at = id.lastIndexOf(`node_modules${sep}`);
          if (at < 0) continue;
          const [scope, name] = id.slice(at + 13).split(sep);
          roots.add(id.slice(0, at + 13) + (scope.startsWith('@') ? `${scope}${sep}${name}` : scope));
        }
      for (const name of extra) roots.add(dirname(require.resolve(`${name}/package.json`)));
      const notices = [...roots]
        .map((root) => {
          const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
          const file = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
          const text = file ? readFileSync(join(root, file), 'utf8').trim() : (NO_LICENSE_FILE[pkg.name] ?? '');
          return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}`;
        })
        .filter((notice, i, all) => all.indexOf(notice) === i)
        .sort();
      this.emitFile({
        type: 'asset',
        fileName,
        source: `The packages bundled into the files beside this one, and their licences.\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
      });
    },
  };
}

/**
 * `virtual:height-script`: the /embed page's one script, as text to inline (its hash goes into the page's policy):
 * src/service/height-entry.ts, which runs the iframe page's own height function (src/embed/height.ts), bundled
 * and minified here.
 */
export function heightScript() {
  const id = '\0virtual:height-script';
  return {
    name: 'height-script',
    resolveId: (source) => (source === 'virtual:height-script' ? id : null),
    async load(loading) {
      if (loading !== id) return null;
      const bundle = await rollup({
        input: 'src/service/height-entry.ts',
        plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true })],
      });
      try {
        const { output } = await bundle.generate({ format: 'iife' });
        for (const file of bundle.watchFiles) this.addWatchFile(file);
        return `export default ${JSON.stringify(output[0].code.trim())};`;
      } finally {
        await bundle.close();
      }
    },
  };
}
