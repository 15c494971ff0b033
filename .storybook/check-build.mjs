// Checks the built catalogue (storybook-static) in headless Chromium, as a designer sees it:
//   - no docs page scrolls sideways, and no code block hides the end of a line, at 375, 980 (the
//     docs column of a 1280 px window) and 1280 px, light and dark;
//   - the scheme switch themes the docs page and the page under it, from the URL and when switched
//     live in the catalogue's toolbar, and the catalogue's own frame follows it;
//   - every story that holds the loading state shows the loading note while its request is held in the
//     page (it never reaches the server, which would answer it), with a time limit over 3 s.
// Each docs page is loaded once per scheme and resized to each width; every wait is for an event or a
// condition (the network idle, animation frames, a value the page shows), never a fixed time.
// Run after `npm run build-storybook`: `node .storybook/check-build.mjs`. Exits 1 on any failure.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, INSTALL_HINT, findChrome } from '../scripts/find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const WIDTHS = [375, 980, 1280];
const SCHEMES = ['light', 'dark'];
/** Each element's loading note (src/i18n/en.ts): a badge's is short, a block names what it is for. */
const LOADING = {
  'peel-rating': 'Loading grade…',
  'pillar-summary': 'Loading the area summary…',
  'key-facts-panel': 'Loading the key facts…',
  'peel-assessment': 'Loading the assessment…',
  'peel-compare': 'Loading the comparison…',
  'peel-history': 'Loading the history…',
};
/** The loading stories' `src` (stories/support.ts), which the story's stub holds in the page. */
const NEVER_ANSWERS = '/data/never-answers.json';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8').catch(() => 'null'));
if (!index) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** How many requests the server had for each path. */
const asked = new Map();
const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://x').pathname;
  asked.set(url, (asked.get(url) ?? 0) + 1);
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const entries = Object.values(index.entries);
const docs = entries.filter((e) => e.type === 'docs').map((e) => e.id);
const loading = entries.filter((e) => e.type === 'story' && /--loading$/.test(e.id)).map((e) => e.id);
const failures = [];
let checks = 0;
const check = (ok, what) => {
  checks += 1;
  if (!ok) failures.push(what);
};

/** Relative luminance of a computed `rgb(…)` colour. */
const luminance = (rgb) => {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
// Transparent is neither: it would pass as black.
const looks = (rgb, scheme) =>
  !/^rgba\(.*,\s*0\)$/.test(rgb) && (scheme === 'dark' ? luminance(rgb) < 0.1 : luminance(rgb) > 0.8);

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  /** Until the page has drawn what it shows now: two animation frames (ResizeObservers run between them). */
  const drawn = (target = page) =>
    target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  /** Until `test` holds in the page (or 5 s have gone: the check that follows then says what it saw). */
  const until = (target, test, arg) =>
    target.waitForFunction(test, { timeout: 5000, polling: 'raf' }, arg).catch(() => undefined);

  for (const id of docs)
    for (const scheme of SCHEMES) {
      await page.setViewport({ width: WIDTHS[0], height: 900 });
      await page.goto(`${base}/iframe.html?viewMode=docs&id=${id}&globals=scheme:${scheme}`);
      await page.waitForSelector('.sbdocs-content');
      await page.waitForNetworkIdle({ idleTime: 250 });
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 900 });
        await drawn();
        const seen = await page.evaluate(() => {
          const root = document.scrollingElement;
          const cut = [...document.querySelectorAll('.docblock-source [data-radix-scroll-area-viewport]')].filter(
            (viewport) => viewport.scrollWidth > viewport.clientWidth + 1,
          );
          return {
            overflow: root.scrollWidth - root.clientWidth,
            cut: cut.map((viewport) => viewport.textContent.slice(0, 60)),
            background: getComputedStyle(document.querySelector('.sbdocs-wrapper')).backgroundColor,
            page: document.documentElement.dataset.peelScheme,
          };
        });
        const at = `${id} at ${width} px, ${scheme}`;
        check(seen.overflow <= 0, `${at}: the page scrolls sideways by ${seen.overflow} px`);
        check(seen.cut.length === 0, `${at}: code cut off at the edge: ${seen.cut.join(' | ')}`);
        check(looks(seen.background, scheme), `${at}: the docs page is ${seen.background}`);
        check(seen.page === scheme, `${at}: the page under the docs is "${seen.page}"`);
      }
    }

  // The switch, live: the toolbar (the manager) tells the preview, and everything follows.
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/?path=/docs/${docs[0]}`, { waitUntil: 'networkidle0' });
  const frame = await (await page.waitForSelector('#storybook-preview-iframe')).contentFrame();
  await frame.waitForSelector('.sbdocs-content');
  for (const scheme of ['dark', 'light']) {
    await page.evaluate(
      (value) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { scheme: value } }),
      scheme,
    );
    // The preview hears of it over the channel: until its page says the scheme, then drawn.
    await until(frame, (value) => document.documentElement.dataset.peelScheme === value, scheme);
    await drawn(frame);
    const docsBackground = await frame.evaluate(
      () => getComputedStyle(document.querySelector('.sbdocs-wrapper')).backgroundColor,
    );
    // The catalogue's own frame paints its background (the theme's appBg) on the body.
    const frameBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    check(looks(docsBackground, scheme), `switched to ${scheme}: the docs page is ${docsBackground}`);
    check(looks(frameBackground, scheme), `switched to ${scheme}: the catalogue's frame is ${frameBackground}`);
  }

  check(loading.length >= 4, `stories that hold the loading state: ${loading.join(', ') || 'none'}`);
  for (const id of loading) {
    await page.setViewport({ width: 375, height: 900 });
    const before = asked.get(NEVER_ANSWERS) ?? 0;
    await page.goto(`${base}/iframe.html?viewMode=story&id=${id}`, { waitUntil: 'networkidle0' });
    const elements =
      '#storybook-root :is(peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare, peel-history)';
    await until(
      page,
      (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[part="message"]'),
      elements,
    );
    await drawn();
    const seen = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((el) => ({
          tag: el.localName,
          note: el.shadowRoot?.querySelector('[part="message"]')?.textContent.trim(),
          limit: el.srcTimeout,
        })),
      elements,
    );
    // Held in the page (stories/support.ts): the server never had the request, so no answer is on its way;
    // and each element would wait for one for over 3 s.
    const sent = (asked.get(NEVER_ANSWERS) ?? 0) - before;
    check(
      seen.length > 0 && seen.every(({ tag, note, limit }) => note === LOADING[tag] && limit > 3000) && sent === 0,
      `${id} shows ${JSON.stringify(seen)}, and the server had its request ${sent} times`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
