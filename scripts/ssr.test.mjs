// Server rendering, checked where it matters: the HTML alone in Chromium with JavaScript off (declarative
// shadow DOM, the grade visible, no page stylesheet), and the bundle hydrating it afterwards (the same
// nodes kept, no error or warning, layout shift ≤ 0.01). Needs the build (dist/, or PEEL_DIST).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const dist = resolve(process.env.PEEL_DIST ?? 'dist');
const { renderElement, renderToString } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
const example = 'src/data/examples/fictional-2023-25.json';

const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
let server;
let origin;
let browser;
const pages = new Map();

before(async () => {
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages.has(path)) return void response.writeHead(200, { 'content-type': TYPES['.html'] }).end(pages.get(path));
    try {
      const body = await readFile(join(dist, path.replace(/^\/dist\//, '/')));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS,
    headless: true,
    protocolTimeout: 30000,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title><link rel="icon" href="data:," />${head}</head><body>${body}</body></html>`;

test('renders every force side by side, its styles inside the declarative shadow root', async () => {
  const { html, errors } = await renderElement('peel-compare', { src: 'src/data/examples/peel-2017-all-forces.json' });
  assert.deepEqual(errors, []);
  assert.match(html, /<peel-compare[^>]*><template shadowroot(mode)?="open"/);
  // The badge's and the table's styles, which the compare chunk adopts on a page.
  assert.match(html, /<style>[^<]*\.badge[^<]*<\/style>/);
  assert.match(html, /<caption[^>]*>(<!--[^>]*-->)?PEEL 2017 grades by force/);
  assert.equal((html.match(/<th scope="row"/g) ?? []).length, 43);
  assert.match(html, /Derbyshire Constabulary/);
  assert.match(html, /No grade in the data/);
  // A property binding must not reach the HTML as checked="false" (a checked box to a browser).
  assert.doesNotMatch(html, /checked="false"/);
});

test('renders each element with a declarative shadow root, its styles and its text', async () => {
  for (const element of ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment']) {
    const { html, errors } = await renderElement(element, { src: example, pillar: 'public-treatment' });
    assert.deepEqual(errors, [], element);
    assert.match(html, new RegExp(`<${element}[^>]*><template shadowroot(mode)?="open"`), element);
    assert.match(html, /<style>/, element);
    assert.doesNotMatch(html, /Loading inspection ratings/, `${element} rendered its content, not the loading note`);
  }
  const welsh = await renderToString('pillar-summary', { src: example, pillar: 'public-treatment', lang: 'cy' });
  assert.match(welsh, /lang="cy"/);
  assert.match(welsh, />Da</);
});

test('compact: each pillar summary folded after its first paragraph, in the server HTML', async () => {
  const src = 'src/data/examples/northamptonshire-2017.json';
  const { html, errors } = await renderElement('peel-assessment', { src, compact: true });
  assert.deepEqual(errors, []);
  assert.match(html, /<peel-assessment\s+compact>/);
  assert.equal((html.match(/<pillar-summary[^>]*\scompact[\s>=]/g) ?? []).length, 3);
  assert.equal((html.match(/<details part="summary-details">/g) ?? []).length, 3);
  assert.match(html, /Read the rest of the summary/);
  assert.match(html, /<section part="glance">/, 'a 2017 report opens with its grades at a glance');
  const full = await renderToString('peel-assessment', { src });
  assert.doesNotMatch(full, /<details part="summary-details">/, 'the full text by default');
});

test('bad input renders the error note and says why', async () => {
  for (const src of ['missing.json', 'javascript:alert(1)', 'data:application/json,{}']) {
    const { html, errors } = await renderElement('peel-rating', { src });
    assert.match(html, /This inspection rating could not be shown\./, src);
    assert.equal(errors.length, 1, src);
  }
  const wrong = await renderElement('pillar-summary', { src: example, pillar: 'no-such-pillar' });
  assert.match(wrong.errors[0], /^pillar: /);
  assert.equal((await renderElement('peel-rating', { data: '{"force":' })).errors.length > 0, true);
  // Text from the data is escaped, and the data script cannot be closed from inside.
  const data = JSON.parse(await readFile(example, 'utf8'));
  data.force.name = '</script><img src=x onerror=alert(1)>';
  const { html } = await renderElement('peel-assessment', { data });
  assert.doesNotMatch(html, /<img src=x/);
  assert.equal(html.match(/<\/script>/g).length, 1);
});

test('with JavaScript off, Chromium shows the rendered element from its declarative shadow root', async () => {
  const badge = await renderToString('peel-rating', { src: example, pillar: 'preventing-crime' });
  const card = await renderToString('pillar-summary', { src: example, pillar: 'public-treatment', scheme: 'dark' });
  pages.set('/static.html', page(`<p>The grade: ${badge}</p>${card}`));
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(false);
  await tab.goto(`${origin}/static.html`);
  const seen = await tab.evaluate(() => {
    const rating = document.querySelector('peel-rating');
    const label = rating.shadowRoot?.querySelector('[part="label"]');
    const card = document.querySelector('pillar-summary');
    const box = label?.getBoundingClientRect();
    return {
      shadow: Boolean(rating.shadowRoot && card.shadowRoot),
      // What a reader sees: the grade's name, drawn in the badge's colour with its border.
      text: label?.textContent,
      color: label && getComputedStyle(label).color,
      border: label && getComputedStyle(label).borderTopWidth,
      visible: Boolean(box && box.width > 0 && box.height > 0),
      // The card's badge is an element of its own, its shadow root declared inside the card's.
      card: card.shadowRoot?.querySelector('peel-rating')?.shadowRoot?.textContent.includes('Good'),
      cardBackground: getComputedStyle(card.shadowRoot.querySelector('[part~="base"]')).backgroundColor,
      defined: Boolean(customElements.get('peel-rating')),
    };
  });
  await tab.close();
  assert.equal(seen.shadow, true);
  assert.equal(seen.text, 'Outstanding');
  assert.equal(seen.color, 'rgb(75, 45, 154)');
  assert.equal(seen.border, '2px');
  assert.equal(seen.visible, true);
  assert.equal(seen.card, true);
  assert.equal(seen.cardBackground, 'rgb(20, 20, 20)', 'the dark scheme from the renderer, no page stylesheet');
  assert.equal(seen.defined, false, 'no script ran');
});

test('the bundle hydrates server-rendered elements: same nodes, no warning, no layout shift', async () => {
  const parts = await Promise.all([
    renderToString('peel-rating', { src: example, pillar: 'preventing-crime' }),
    renderToString('pillar-summary', { src: example, pillar: 'public-treatment' }),
    renderToString('key-facts-panel', { src: example }),
    renderToString('peel-assessment', { src: example, headingLevel: 2 }),
    // compact and the grades at a glance of a 2017 report hydrate as rendered too.
    renderToString('peel-assessment', { src: 'src/data/examples/northamptonshire-2017.json', compact: true }),
  ]);
  // Layout shifts from the start; the nodes to compare taken before any script of ours runs.
  const watch = `<script>
    window.shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  </script>`;
  const load = `<script>
    window.before = [...document.querySelectorAll('peel-rating, pillar-summary, key-facts-panel, peel-assessment')]
      .map((el) => el.shadowRoot.querySelector('[part~="base"], [part="label"]'));
  </script>
  <script type="module" src="/dist/peel-widgets-hydrate.min.js"></script>
  <script type="module" src="/dist/peel-widgets.min.js"></script>`;
  pages.set('/hydrate.html', page(parts.join('\n') + load, watch));
  const tab = await browser.newPage();
  const messages = [];
  tab.on('console', (message) =>
    messages.push(`${message.type()}: ${message.text()} ${message.location()?.url ?? ''}`),
  );
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await tab.goto(`${origin}/hydrate.html`, { waitUntil: 'networkidle0' });
  const result = await tab.evaluate(async () => {
    const elements = [...document.querySelectorAll('peel-rating, pillar-summary, key-facts-panel, peel-assessment')];
    // A failed hydration throws inside Lit and the element never updates: give up after a few seconds.
    const within = (promise) =>
      Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(Error('not hydrated in 5 s')), 5000))]);
    await within(Promise.all(elements.map((el) => el.updateComplete)));
    // Nested elements hydrate after their parents: wait for every one in every shadow root.
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : []));
    const nested = elements.flatMap((el) => all(el.shadowRoot)).filter((el) => el.localName.includes('-'));
    await within(Promise.all(nested.map((el) => el.updateComplete)));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)));
    return {
      hydrated:
        elements.every((el) => el.hasUpdated) &&
        nested.every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration')),
      nested: nested.length,
      kept: elements.every((el, i) => el.shadowRoot.contains(window.before[i])),
      loading: elements.some((el) => el.shadowRoot.textContent.includes('Loading')),
      shift: window.shift,
    };
  });
  // Hydration is live: a change re-renders the kept nodes.
  const relabelled = await tab.evaluate(async () => {
    const rating = document.querySelector('peel-rating');
    rating.lang = 'cy';
    await rating.updateComplete;
    return rating.shadowRoot.querySelector('[part="label"]').textContent;
  });
  await tab.close();
  assert.deepEqual(messages, []);
  assert.equal(result.hydrated, true);
  assert.ok(result.nested > 5, `nested elements hydrated too (${result.nested})`);
  assert.equal(result.kept, true, 'the server-rendered nodes were kept, not rendered anew');
  assert.equal(result.loading, false);
  assert.ok(result.shift <= 0.01, `layout shift ${result.shift}`);
  assert.equal(relabelled, 'Rhagorol');
  console.log(`# hydration: ${result.nested} nested elements, layout shift ${result.shift.toFixed(4)}`);
});
