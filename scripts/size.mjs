// `npm run size`: the bytes (gzip -9) each kind of page downloads, measured as a page gets them: a page
// of each kind opens in headless Chromium, and every script it fetches (the bundle and the chunks it
// loads) is counted, each file gzipped at level 9. Each kind of page and each built file has a budget;
// over any, the script fails. The tables in docs/sizes.md and the README's page table are this script's:
// it fails when they are out of date, and `npm run size -- --write` writes them. Needs a build (`npm run build`).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import * as prettier from 'prettier';
import { CHROME_ARGS, INSTALL_HINT, findChrome } from './find-chrome.mjs';

/**
 * Each file's budget, by its name without the hash: a little above what it measures, so that a change
 * that grows one says so.
 */
export const FILE_BUDGETS = {
  'peel-widgets.min.js': 12000,
  'peel-widgets-data.min.js': 3950,
  'peel-widgets-cy.min.js': 550,
  'peel-widgets-cy-cards.min.js': 2500,
  'peel-widgets-scale.min.js': 900,
  'peel-widgets-report.min.js': 6150,
  'peel-widgets-compare.min.js': 6050,
  'peel-widgets-history.min.js': 4000,
  'peel-widgets-export.min.js': 1450,
  'peel-widgets-hydrate.min.js': 4850,
  'peel-widgets.all.min.js': 29900,
};

/** What the files are, for the table. */
const FILE_NOTES = {
  'peel-widgets.min.js': 'the bundle: Lit, the badge from attributes, every element’s shell',
  'peel-widgets-data.min.js': 'the data layer: the parser, the `src` loader, reading the data channels',
  'peel-widgets-cy.min.js': 'the Welsh every element writes: the badge’s and the notes’',
  'peel-widgets-cy-cards.min.js': 'the cards’ and the table’s Welsh, and the titles of the areas',
  'peel-widgets-scale.min.js': '`<peel-rating variant="scale">`’s scale and its styles',
  'peel-widgets-report.min.js': 'the cards (pillar, key facts, assessment, findings): templates, styles, English',
  'peel-widgets-compare.min.js': '`<peel-compare>`’s table, sorting, register, styles, English',
  'peel-widgets-history.min.js': '`<peel-history>`’s table, picture, styles, English',
  'peel-widgets-export.min.js': '`<peel-compare>`’s “Get the data (CSV)”: the rows, titles and links',
  'peel-widgets-hydrate.min.js': 'hydration of server-rendered elements (loaded before the bundle)',
  'peel-widgets.all.min.js': 'the one-file build: everything above but hydration, no chunks',
};

const ASSESSMENT = '/data/2017/northamptonshire-2017.json';
const inline = () => JSON.stringify(JSON.parse(readFileSync(`.${ASSESSMENT}`, 'utf8'))).replace(/</g, '\\u003c');

/**
 * The kinds of page: each a page as an author writes it, with its budget. `goal` is issue 23's, where it
 * set one.
 */
export const PAGES = [
  {
    id: 'badges',
    title: 'badges set by attributes (`grade=`)',
    budget: 12000,
    goal: 12000,
    body: () => `<p>Northamptonshire was <peel-rating grade="requires-improvement" previous-grade="good"
      previous-period="2016"></peel-rating> at keeping people safe, and <peel-rating grade="good"></peel-rating>
      at treating them fairly.</p>`,
  },
  {
    id: 'badges-json',
    title: 'badges from inline JSON',
    budget: 15950,
    goal: 13500,
    body: () =>
      `<p>Effectiveness: <peel-rating pillar="effectiveness"><script type="application/json">${inline()}</script></peel-rating></p>`,
  },
  {
    id: 'badges-src',
    title: 'badges from `src`',
    budget: 15950,
    goal: 13500,
    body: () => `<p>Legitimacy: <peel-rating src="${ASSESSMENT}" pillar="legitimacy"></peel-rating>, efficiency:
      <peel-rating src="${ASSESSMENT}" pillar="efficiency"></peel-rating></p>`,
  },
  {
    id: 'assessment',
    title: 'a whole assessment',
    budget: 22050,
    goal: 19000,
    body: () => `<peel-assessment src="${ASSESSMENT}"></peel-assessment>`,
  },
  {
    id: 'compare',
    title: '43 forces compared (`<peel-compare>`)',
    budget: 22000,
    goal: 20500,
    body: () => `<peel-compare src="/data/2017/peel-2017-all-forces.json"></peel-compare>`,
  },
  {
    id: 'history',
    title: 'a force’s history (`<peel-history>`, 2015 to 2023–25)',
    budget: 20000,
    body: () => `<peel-history src="/data/history/wiltshire.json"></peel-history>`,
  },
  {
    id: 'scale',
    title: 'a badge with the whole scale (`variant="scale"`)',
    budget: 12950,
    body: () => `<peel-rating variant="scale" grade="good" scale="peel-2021"></peel-rating>`,
  },
  {
    id: 'badges-cy',
    title: 'Welsh: badges set by attributes',
    lang: 'cy',
    budget: 12550,
    body: () => `<p>Roedd Heddlu Gwent yn <peel-rating grade="da"></peel-rating>.</p>`,
  },
  {
    id: 'assessment-cy',
    title: 'Welsh: a whole assessment',
    lang: 'cy',
    budget: 25000,
    body: () => `<peel-assessment src="${ASSESSMENT}"></peel-assessment>`,
  },
];

const page = ({ lang = 'en', body }) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>size</title><script type="module" src="/dist/peel-widgets.min.js"></script></head><body>${body()}
<script type="module">
// Done when every element, and every element inside one, has rendered its content (nothing loading).
const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
const peel = () => all(document).filter((el) => el.updateComplete);
for (;;) {
  await Promise.all(peel().map((el) => el.updateComplete));
  if (peel().every((el) => !el.matches(':state(loading)'))) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
window.sizeResult = peel().filter((el) => el.matches(':state(error)')).map((el) => el.localName);
</script></body></html>`;

/** A built file's name without its hash (peel-widgets-report-Ab12_-x.min.js: peel-widgets-report.min.js). */
// The hash is rollup's: eight characters.
const unhashed = (name) => name.replace(/^(peel-widgets-[a-z-]+)-[\w-]{8}(\.min\.js)$/, '$1$2');

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The files in the order of FILE_BUDGETS: the bundle first. */
const order = (name) => Object.keys(FILE_BUDGETS).indexOf(name);

/** Every built file of the page bundles, by its name without the hash. */
export function files() {
  return readdirSync('dist')
    .filter((name) => /^peel-widgets.*\.min\.js$/.test(name))
    .map((name) => ({ name: unhashed(name), path: `dist/${name}`, gzip: gzip(`dist/${name}`) }));
}

/** Opens each kind of page in Chromium: the scripts it fetched, and their bytes. */
export async function measurePages() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port: 0,
      middleware: [
        (ctx, next) => {
          const kind = PAGES.find((p) => ctx.path === `/__size/${p.id}.html`);
          if (!kind) return next();
          ctx.type = 'html';
          ctx.body = page(kind);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const origin = `http://localhost:${server.server.address().port}`;
    const results = [];
    for (const kind of PAGES) {
      const tab = await browser.newPage();
      await tab.setCacheEnabled(false);
      const scripts = new Set();
      tab.on('response', (response) => {
        const url = new URL(response.url());
        if (response.request().resourceType() === 'script' && url.origin === origin) scripts.add(url.pathname);
      });
      let failed;
      tab.on('pageerror', (error) => (failed = error));
      await tab.goto(`${origin}/__size/${kind.id}.html`);
      await tab.waitForFunction(() => window.sizeResult, { timeout: 30000 });
      if (failed) throw failed;
      const errors = await tab.evaluate(() => window.sizeResult);
      if (errors.length) throw new Error(`size: the ${kind.id} page shows an error in ${errors.join(', ')}`);
      await tab.close();
      const loaded = [...scripts].map((path) => {
        if (!/^\/dist\/peel-widgets[^/]*\.min\.js$/.test(path)) throw new Error(`size: ${kind.id} loaded ${path}`);
        return { name: unhashed(path.slice('/dist/'.length)), gzip: gzip(`.${path}`) };
      });
      loaded.sort((a, b) => order(a.name) - order(b.name));
      results.push({ ...kind, files: loaded, gzip: loaded.reduce((sum, f) => sum + f.gzip, 0) });
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const n = (x) => x.toLocaleString('en-GB');
const short = (name) => (name === 'peel-widgets.min.js' ? 'bundle' : name.replace(/^peel-widgets-|\.min\.js$/g, ''));

/** docs/sizes.md's tables, as prettier writes them. */
async function tables(pages, built) {
  const md = `| page (English unless it says) | loads | bytes (gzip -9) | budget | issue 23's goal |
| --- | --- | --: | --: | --: |
${pages.map((p) => `| ${p.title} | ${p.files.map((f) => short(f.name)).join(' + ')} | ${n(p.gzip)} | ${n(p.budget)} | ${p.goal ? n(p.goal) : ''} |`).join('\n')}

| file (\`dist/\`; a chunk's name carries a hash) | holds | bytes (gzip -9) | budget |
| --- | --- | --: | --: |
${built.map((f) => `| \`${f.name}\` | ${FILE_NOTES[f.name] ?? ''} | ${n(f.gzip)} | ${n(FILE_BUDGETS[f.name] ?? 0)} |`).join('\n')}
`;
  return prettier.format(md, { ...(await prettier.resolveConfig('docs/sizes.md')), parser: 'markdown' });
}

/** The README's table: what each kind of page downloads, in words a reader of the front door needs. */
async function readmeTable(pages) {
  const md = `| a page with | downloads (gzip -9) |
| --- | --: |
${pages.map((p) => `| ${p.title} | ${(p.gzip / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} kB |`).join('\n')}
`;
  return prettier.format(md, { ...(await prettier.resolveConfig('README.md')), parser: 'markdown' });
}

const START = '<!-- sizes:start -->';
const END = '<!-- sizes:end -->';

/** `doc` with its generated section replaced by `table`; throws when the document has no such section. */
function withTable(path, doc, table) {
  const [before, rest] = doc.split(START);
  const after = rest?.split(END)[1];
  if (after === undefined) throw new Error(`${path} has no ${START} … ${END} section`);
  return `${before}${START}\n\n${table}\n${END}${after}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/peel-widgets.min.js'))
    throw new Error('No dist/peel-widgets.min.js: run `npm run build` first.');
  const built = files().sort((a, b) => order(a.name) - order(b.name));
  const pages = await measurePages();
  let ok = true;
  const say = (what, gzip, budget) => {
    const fits = budget !== undefined && gzip <= budget;
    ok &&= fits;
    console.log(
      `size: ${what.padEnd(52)} ${String(gzip).padStart(6)} B gzip -9 (budget ${budget ?? 'none'}) ${fits ? 'ok' : 'OVER BUDGET'}`,
    );
  };
  for (const p of pages) say(`${p.id} (${p.files.map((f) => short(f.name)).join(' + ')})`, p.gzip, p.budget);
  for (const f of built) say(f.name, f.gzip, FILE_BUDGETS[f.name]);
  for (const [path, table] of [
    ['docs/sizes.md', await tables(pages, built)],
    ['README.md', await readmeTable(pages)],
  ]) {
    const doc = readFileSync(path, 'utf8');
    const written = withTable(path, doc, table);
    if (process.argv.includes('--write')) writeFileSync(path, written);
    else if (written !== doc) {
      ok = false;
      console.log(`size: ${path}'s table is out of date: \`npm run size -- --write\` writes it`);
    }
  }
  process.exit(ok ? 0 : 1);
}
