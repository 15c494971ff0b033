// `npm run bench`: <peel-compare> against a hand-written vanilla table of the same markup, on the same
// page, in headless Chromium: 43 forces × 10 areas rendered (the table and, hidden at 1280 px, the narrow
// layout's cards), then re-sorted by an area. Not part of
// `npm test` (timings vary with the machine); prints medians over RUNS runs and the ratios. Needs a build
// (`npx rollup -c`): it measures the minified bundle and its compare chunk, as a page gets them.
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, INSTALL_HINT, findChrome } from './find-chrome.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const executablePath = findChrome();
if (!executablePath) throw new Error(INSTALL_HINT);
if (!existsSync('dist/peel-widgets.min.js')) throw new Error('No dist/peel-widgets.min.js: run `npx rollup -c` first.');

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

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    middleware: [
      (ctx, next) => {
        if (ctx.path !== '/__bench.html') return next();
        ctx.type = 'html';
        ctx.body = PAGE;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  let failed;
  page.on('pageerror', (e) => (failed = e));
  await page.goto(`http://localhost:${server.server.address().port}/__bench.html`);
  for (let waited = 0; !(await page.evaluate(() => !!window.benchResult)); waited += 200) {
    if (failed) throw failed;
    if (waited > 120000) throw new Error('the benchmark did not finish in 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const r = await page.evaluate(() => window.benchResult);
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
} finally {
  await browser.close();
  await server.stop();
}
