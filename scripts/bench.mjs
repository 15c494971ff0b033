// `npm run bench`, in headless Chromium, three benchmarks (not part of `npm test`: timings vary with the
// machine; each prints medians and ratios). Needs a build (`npm run build`): it measures the minified bundle
// and the chunks it loads, as a page gets them.
// - <peel-compare> against a hand-written vanilla table of the same markup, on the same page: 43 forces ×
//   10 areas rendered (the table and, hidden at 1280 px, the narrow layout's cards), then re-sorted.
// - 43 whole assessments on one page (<peel-assessment>, each with its pillars, key facts and grades at a
//   glance): the first render (a fresh page: the chunks load, every template is new) and later ones.
// - 1,000 badges in running text (<peel-rating grade previous-grade>) against a hand-written twin: an element
//   that writes the same shadow DOM, with the same style sheets, by hand.
// `npm run bench -- --baseline <git ref>` builds that commit too (in the system's temporary folder) and
// runs the assessments and badges on both builds, alternating in one browser; each run also reports the
// main thread's CPU time, steadier than the clock on a busy machine. BENCH_RUNS sets the runs (default 21).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, INSTALL_HINT, findChrome } from './find-chrome.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const executablePath = findChrome();
if (!executablePath) throw new Error(INSTALL_HINT);
if (!existsSync('dist/peel-widgets.min.js')) throw new Error('No dist/peel-widgets.min.js: run `npm run build` first.');

// Fictional forces (no real force's name with made-up grades), graded by a fixed pseudo-random sequence.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/peel-widgets.min.js"></script></head><body><main id="out"></main>
<script type="module">
const GRADES = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate'];
const LABELS = { outstanding: 'Outstanding', good: 'Good', adequate: 'Adequate', 'requires-improvement': 'Requires improvement', inadequate: 'Inadequate', 'not-graded': 'Not graded' };
const AREAS = ['victim-service', 'public-treatment', 'preventing-crime', 'responding-to-public', 'investigating-crime',
  'protecting-vulnerable', 'managing-offenders', 'serious-organised-crime', 'workforce', 'use-of-resources'];
let seed = 20170322;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const DATA = { schemaVersion: 1, assessments: Array.from({ length: 43 }, (_, i) => ({
  force: { name: 'Benchmarkshire ' + String(i + 1).padStart(2, '0') + ' Police' },
  cycle: 'peel-2021-22',
  pillars: AREAS.map((id) => ({ id, grade: next() < 0.04 ? 'not-graded' : GRADES[Math.floor(next() * 5)] })),
})) };
const out = document.getElementById('out');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

async function renderCompare() {
  const el = document.createElement('peel-compare');
  el.assessment = structuredClone(DATA);
  out.append(el);
  await el.updateComplete;
  el.shadowRoot.querySelector('table').offsetHeight;
  return el;
}

// The warm-up render loads the chunk; its sheets and icon paths serve the vanilla table, so both look alike.
await customElements.whenDefined('peel-compare');
const warm = await renderCompare();
const sheets = warm.shadowRoot.adoptedStyleSheets;
const TITLES = [...warm.shadowRoot.querySelectorAll('thead button')].slice(1).map((b) => b.firstChild.textContent.trim());
const PATHS = {};
for (const td of warm.shadowRoot.querySelectorAll('td .badge'))
  PATHS[td.className.split(' ')[1]] = td.querySelector('path').getAttribute('d');
warm.remove();

const esc = (t) => t.replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';');
const RANK = [...GRADES, 'not-graded'];

/** The vanilla table: the same markup as <peel-compare> (table, cards, badges, counts), built by hand. */
function renderVanilla(data) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const rows = data.assessments.map((a) => ({ name: a.force.name, cells: a.pillars }));
  rows.sort((x, y) => x.name.localeCompare(y.name, 'en-GB'));
  const head = ['Force', ...TITLES].map((t, i) => '<th scope="col"' + (i ? '' : ' aria-sort="ascending"') +
    '><button part="sort">' + esc(t) + '\u00a0<span aria-hidden="true">' + (i ? '◇' : '▲') + '</span></button></th>').join('');
  const badge = (p) => '<span class="badge ' + p.grade + '"><strong part="label"><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="' +
    PATHS[p.grade] + '"></path></svg>' + LABELS[p.grade] + '</strong></span>';
  const body = rows.map((r) => '<tr part="row"><th scope="row" part="force">' + esc(r.name) + '</th>' + r.cells.map((p) =>
    '<td part="cell">' + badge(p) + '</td>').join('') + '</tr>').join('');
  // The narrow layout's cards, in the same markup (hidden at this width, as the element's are).
  const cards = rows.map((r) => '<li part="card"><h3 part="force">' + esc(r.name) + '</h3><dl>' + r.cells.map((p, i) =>
    '<dt>' + esc(TITLES[i]) + '</dt><dd>' + badge(p) + '</dd>').join('') + '</dl></li>').join('');
  const options = ['Force', ...TITLES].flatMap((t, i) => (i ? ['best first', 'worst first'] : ['A to Z', 'Z to A']).map((o) =>
    '<option>' + esc(t + ', ' + o) + '</option>')).join('');
  const counts = TITLES.map((t, i) => {
    const n = new Map();
    for (const r of rows) n.set(r.cells[i].grade, (n.get(r.cells[i].grade) ?? 0) + 1);
    const tally = RANK.filter((g) => n.has(g));
    return '<li><span part="count">' + esc(t) + ': ' + tally.map((g) => n.get(g) + ' ' + LABELS[g].toLowerCase()).join(', ') +
      '</span> <span part="bar" class="bar" aria-hidden="true">' + tally.map((g) => '<span class="' + g + '" style="flex-grow:' + n.get(g) + '"></span>').join('') + '</span></li>';
  }).join('');
  const caption = 'PEEL 2021/22 grades by force, sorted by Force, A to Z';
  root.innerHTML = '<section part="base"><h2 part="title">PEEL 2021/22 grades by force</h2><p part="coverage">Forces with grades: 43 of 43</p><div part="controls"><label>Sort by <select>' +
    options + '</select></label></div><p part="caption" aria-hidden="true">' + caption + '</p><div part="scroller" class="scroller" role="region" tabindex="0" aria-label="Grades by force"><table part="table"><caption>' +
    caption + '</caption><thead><tr>' + head + '</tr></thead><tbody>' + body + '</tbody></table></div><ol part="cards" class="cards">' +
    cards + '</ol><h3 part="summary-title">How many forces got each grade</h3><ul part="summary">' + counts + '</ul></section>';
  out.append(host);
  root.querySelector('table').offsetHeight;
  return { host, root, rows };
}

/** The vanilla re-sort: the rows and cards in their new order, moved, as a hand-written table would. */
function sortVanilla({ root, rows }, i, reverse) {
  const trs = [...root.querySelectorAll('tbody tr')];
  const byName = new Map(trs.map((tr) => [tr.firstChild.textContent, tr]));
  const order = rows.map((r) => r).sort((x, y) => (reverse ? -1 : 1) * (RANK.indexOf(x.cells[i].grade) - RANK.indexOf(y.cells[i].grade)) || x.name.localeCompare(y.name, 'en-GB'));
  root.querySelector('tbody').append(...order.map((r) => byName.get(r.name)));
  // The cards move too, as the element's do.
  const cards = new Map([...root.querySelectorAll('.cards > li')].map((li) => [li.firstChild.textContent, li]));
  root.querySelector('.cards').append(...order.map((r) => cards.get(r.name)));
  root.querySelector('table').offsetHeight;
}

const results = { compareRender: [], vanillaRender: [], compareSort: [], compareSortScript: [], vanillaSort: [] };
for (let run = 0; run < ${RUNS}; run++) {
  let t = performance.now();
  const el = await renderCompare();
  results.compareRender.push(performance.now() - t);
  t = performance.now();
  const v = renderVanilla(DATA);
  results.vanillaRender.push(performance.now() - t);
  await frame();
  const area = AREAS[run % AREAS.length];
  for (const reverse of [false, true]) {
    t = performance.now();
    el.sort = (reverse ? '-' : '') + area;
    await el.updateComplete;
    results.compareSortScript.push(performance.now() - t);
    el.shadowRoot.querySelector('table').offsetHeight;
    results.compareSort.push(performance.now() - t);
    t = performance.now();
    sortVanilla(v, run % AREAS.length, reverse);
    results.vanillaSort.push(performance.now() - t);
    await frame();
  }
  el.remove();
  v.host.remove();
  await frame();
}
window.benchResult = Object.fromEntries(Object.entries(results).map(([k, xs]) => [k, median(xs)]));
</script></body></html>`;

/** The earlier build to compare with (`--baseline <ref>`): built once per commit, served under /__baseline/. */
function baseline() {
  const at = process.argv.indexOf('--baseline');
  if (at < 0) return undefined;
  const sha = execFileSync('git', ['rev-parse', '--verify', `${process.argv[at + 1]}^{commit}`], {
    encoding: 'utf8',
  }).trim();
  const dir = `${tmpdir()}/peel-bench/${sha.slice(0, 12)}`;
  if (!existsSync(`${dir}/dist/peel-widgets.min.js`)) {
    console.log(`bench: building ${sha.slice(0, 12)} in ${dir} …`);
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C ${dir}`]);
    if (!existsSync(`${dir}/node_modules`)) symlinkSync(`${process.cwd()}/node_modules`, `${dir}/node_modules`);
    execFileSync('node', ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { cwd: dir, stdio: 'inherit' });
  }
  baselineDir = dir;
  return { name: sha.slice(0, 12), root: '/__baseline' };
}

// Three rich documents (every kind of finding, key facts, eleven and four areas), a force name of its own each.
const DOCS = [
  'src/data/examples/fictional-2023-25.json',
  'src/data/examples/fictional-2021.json',
  'data/2017/northamptonshire-2017.json',
].map((path) => JSON.parse(readFileSync(path, 'utf8')));

/** Waits until every element in `root` and in every shadow root below has rendered. */
const SETTLE = `async function settle(root) {
  const all = (r) => [...r.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let seen = -1; ; ) {
    const els = all(root).filter((el) => el.updateComplete);
    await Promise.all(els.map((el) => el.updateComplete));
    if (els.length === seen) return els.length;
    seen = els.length;
  }
}`;

/** 43 whole assessments: `run()` renders them, lays them out, and removes them; its time in ms. */
const ASSESSMENTS = (root) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${root}/dist/peel-widgets.min.js"></script></head><body><main id="out"></main>
<script type="module">
const DOCS = ${JSON.stringify(DOCS)};
const out = document.getElementById('out');
${SETTLE}
window.run = async () => {
  await customElements.whenDefined('peel-assessment');
  const t = performance.now();
  for (let i = 0; i < 43; i++) {
    const doc = structuredClone(DOCS[i % DOCS.length]);
    doc.force.name += ' ' + (i + 1);
    const el = document.createElement('peel-assessment');
    el.assessment = doc;
    out.append(el);
  }
  const elements = await settle(out);
  out.offsetHeight;
  const ms = performance.now() - t;
  out.replaceChildren();
  return { ms, elements };
};
</script></body></html>`;

const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
/** 1,000 badges in running text, <peel-rating> or the hand-written twin: `run(twin)` renders and removes them. */
const BADGES = (root) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${root}/dist/peel-widgets.min.js"></script></head><body><main id="out"></main>
<script type="module">
const GRADES = ${JSON.stringify(GRADES)};
const LABELS = { outstanding: 'Outstanding', good: 'Good', 'requires-improvement': 'Requires improvement', inadequate: 'Inadequate' };
const out = document.getElementById('out');
${SETTLE}
const paragraphs = (tag) => Array.from({ length: 1000 }, (_, i) =>
  '<p>Force ' + i + ' was <' + tag + ' grade="' + GRADES[i % 4] + '" previous-grade="' + GRADES[(i + 1) % 4] + '"></' + tag + '> this year.</p>').join('');
// The twin: the markup <peel-rating> writes (label with its icon, the change with its arrow), its style sheets.
await customElements.whenDefined('peel-rating');
out.innerHTML = '<peel-rating grade="good" previous-grade="outstanding"></peel-rating>';
await settle(out);
const sample = out.firstChild.shadowRoot;
const sheets = sample.adoptedStyleSheets;
const PATHS = {};
for (const grade of GRADES) {
  out.innerHTML = '<peel-rating grade="' + grade + '"></peel-rating>';
  await settle(out);
  PATHS[grade] = out.firstChild.shadowRoot.querySelector('path').getAttribute('d');
}
out.replaceChildren();
const RANK = GRADES;
customElements.define('hand-badge', class extends HTMLElement {
  connectedCallback() {
    const grade = this.getAttribute('grade'), previous = this.getAttribute('previous-grade');
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const d = RANK.indexOf(grade) < RANK.indexOf(previous) ? 'up' : RANK.indexOf(grade) > RANK.indexOf(previous) ? 'down' : 'same';
    root.innerHTML = '<span part="base" class="badge ' + grade + '"><strong part="label"><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="' +
      PATHS[grade] + '"></path></svg>' + LABELS[grade] + '</strong><span part="change"><span class="arrow" aria-hidden="true">' +
      { up: '↑', down: '↓', same: '→' }[d] + '</span>' + d + ' from ' + LABELS[previous] + '</span></span>';
  }
});
window.run = async (twin) => {
  const t = performance.now();
  out.innerHTML = paragraphs(twin ? 'hand-badge' : 'peel-rating');
  const elements = await settle(out);
  out.offsetHeight;
  const ms = performance.now() - t;
  out.replaceChildren();
  return { ms, elements };
};
</script></body></html>`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

const pages = new Map([['/__bench.html', PAGE]]);
let baselineDir;
const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    middleware: [
      (ctx, next) => {
        const built = /^\/__baseline(\/dist\/[\w.-]+\.js)$/.exec(ctx.path)?.[1];
        if (built && baselineDir) {
          ctx.type = 'js';
          ctx.body = readFileSync(`${baselineDir}${built}`);
          return;
        }
        const page = pages.get(ctx.path);
        if (!page) return next();
        ctx.type = 'html';
        ctx.body = page;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://localhost:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });

/** A fresh tab on `path`; `time(fn)` runs the page's `run` and says its ms and the main thread's CPU ms. */
async function open(path) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  let failed;
  tab.on('pageerror', (e) => (failed = e));
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(() => window.run);
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  return {
    tab,
    async time(arg) {
      const before = await cpu();
      const result = await tab.evaluate((a) => window.run(a), arg);
      if (failed) throw failed;
      return { ...result, cpu: (await cpu()) - before };
    },
  };
}

async function compareBench() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  let failed;
  page.on('pageerror', (e) => (failed = e));
  await page.goto(`${origin}/__bench.html`);
  for (let waited = 0; !(await page.evaluate(() => !!window.benchResult)); waited += 200) {
    if (failed) throw failed;
    if (waited > 120000) throw new Error('the benchmark did not finish in 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const r = await page.evaluate(() => window.benchResult);
  await page.close();
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log(`bench: 43 forces × 10 areas, medians of ${RUNS} runs (re-sorts: ${RUNS * 2})`);
  console.log(
    `  first render  <peel-compare> ${ms(r.compareRender)}  vanilla ${ms(r.vanillaRender)}  ratio ${(r.compareRender / r.vanillaRender).toFixed(2)} (target ≤ 1.5)`,
  );
  console.log(
    `  re-sort       <peel-compare> ${ms(r.compareSort)} (script ${ms(r.compareSortScript)}, the rest style and layout)`,
  );
  console.log(
    `  re-sort       <peel-compare> ${ms(r.compareSort)}  vanilla ${ms(r.vanillaSort)}  ratio ${(r.compareSort / r.vanillaSort).toFixed(2)} (target: <peel-compare> ≤ 16 ms)`,
  );
}

/**
 * The assessments and the badges on each build, the builds alternating (each round a fresh tab per build,
 * in turns, so that neither always goes first): per build the first render of each tab, the later renders,
 * and the badges against their twin on the same tab.
 */
async function buildsBench(builds) {
  const rounds = Math.max(3, Math.round(RUNS / 2));
  const warm = 4;
  const results = builds.map(() => ({
    first: [],
    later: [],
    firstCpu: [],
    laterCpu: [],
    badges: [],
    twin: [],
    badgesCpu: [],
    twinCpu: [],
    elements: 0,
  }));
  for (const [i, build] of builds.entries()) {
    pages.set(`/__bench/assessments-${i}.html`, ASSESSMENTS(build.root));
    pages.set(`/__bench/badges-${i}.html`, BADGES(build.root));
  }
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
    for (const i of order) {
      const r = results[i];
      const a = await open(`/__bench/assessments-${i}.html`);
      const first = await a.time();
      r.first.push(first.ms);
      r.firstCpu.push(first.cpu);
      r.elements = first.elements;
      for (let w = 0; w < warm; w++) {
        const later = await a.time();
        r.later.push(later.ms);
        r.laterCpu.push(later.cpu);
      }
      await a.tab.close();
      const b = await open(`/__bench/badges-${i}.html`);
      await b.time(false);
      await b.time(true);
      for (let w = 0; w < warm; w++)
        for (const twin of w % 2 ? [true, false] : [false, true]) {
          const x = await b.time(twin);
          (twin ? r.twin : r.badges).push(x.ms);
          (twin ? r.twinCpu : r.badgesCpu).push(x.cpu);
        }
      await b.tab.close();
    }
  }
  const ms = (xs) => `${median(xs).toFixed(0)} ms (${range(xs)})`;
  const cpu = (xs) => `${(median(xs) * 1000).toFixed(0)} ms CPU`;
  console.log(
    `bench: 43 whole assessments (${results[0].elements} elements) and 1,000 badges; ${rounds} rounds, medians (ranges)`,
  );
  for (const [i, build] of builds.entries()) {
    const r = results[i];
    console.log(
      `  ${build.name.padEnd(12)} assessments: first render ${ms(r.first)}, ${cpu(r.firstCpu)}; later ${ms(r.later)}, ${cpu(r.laterCpu)}`,
    );
    console.log(
      `  ${''.padEnd(12)} 1,000 badges ${ms(r.badges)}, ${cpu(r.badgesCpu)}; twin ${ms(r.twin)}, ${cpu(r.twinCpu)}; ratio ${(median(r.badges) / median(r.twin)).toFixed(2)} (CPU ${(median(r.badgesCpu) / median(r.twinCpu)).toFixed(2)})`,
    );
  }
  if (builds.length === 2) {
    const [now, then] = results;
    const ratio = (key) => (median(now[key]) / median(then[key])).toFixed(2);
    console.log(
      `  this build / ${builds[1].name}: assessments first ${ratio('first')} (CPU ${ratio('firstCpu')}), later ${ratio('later')} (CPU ${ratio('laterCpu')}); badges ${ratio('badges')} (CPU ${ratio('badgesCpu')})`,
    );
  }
}

try {
  const other = baseline();
  if (!process.argv.includes('--no-compare')) await compareBench();
  await buildsBench([{ name: 'this build', root: '' }, ...(other ? [other] : [])]);
} finally {
  await browser.close();
  await server.stop();
}
