// Server rendering, checked where it matters: the HTML alone in Chromium with JavaScript off (declarative
// shadow DOM, the grade visible, no page stylesheet), and the bundle hydrating it afterwards (the same
// nodes kept, no error or warning, layout shift ≤ 0.01). Needs the build (dist/, or PEEL_DIST).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { closeSync, constants, openSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const dist = resolve(process.env.PEEL_DIST ?? 'dist');
const { renderElement, renderToString } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
const example = 'src/data/examples/fictional-2023-25.json';
// Files are read only inside a root the caller names: here, the repository.
const root = process.cwd();

const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
let server;
let origin;
let browser;
const pages = new Map();
/** Answers of a hostile or broken server, by path: (request, response) => void. */
const answers = new Map();
/** Another origin (another port), which counts the requests that reach it. */
let other;
let otherOrigin;
let otherHits = 0;

before(async () => {
  other = createServer((request, response) => {
    otherHits++;
    response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(example));
  });
  await new Promise((done) => other.listen(0, '127.0.0.1', done));
  otherOrigin = `http://127.0.0.1:${other.address().port}`;
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (answers.has(path)) return answers.get(path)(request, response);
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
  server?.closeAllConnections();
  server?.close();
  other?.close();
});

const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title><link rel="icon" href="data:," />${head}</head><body>${body}</body></html>`;

test('renders every force side by side, its styles inside the declarative shadow root', async () => {
  const { html, errors } = await renderElement('peel-compare', {
    src: 'data/2017/peel-2017-all-forces.json',
    root,
  });
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
    const { html, errors } = await renderElement(element, { src: example, root, pillar: 'public-treatment' });
    assert.deepEqual(errors, [], element);
    assert.match(html, new RegExp(`<${element}[^>]*><template shadowroot(mode)?="open"`), element);
    assert.match(html, /<style>/, element);
    assert.doesNotMatch(html, /Loading (the \w|grade)/, `${element} rendered its content, not the loading note`);
  }
  const welsh = await renderToString('pillar-summary', { src: example, root, pillar: 'public-treatment', lang: 'cy' });
  assert.match(welsh, /lang="cy"/);
  assert.match(welsh, />Da</);
});

test('compact: each pillar summary folded after its first paragraph, in the server HTML', async () => {
  const src = 'data/2017/northamptonshire-2017.json';
  const { html, errors } = await renderElement('peel-assessment', { src, root, compact: true });
  assert.deepEqual(errors, []);
  assert.match(html, /<peel-assessment\s+compact>/);
  assert.equal((html.match(/<pillar-summary[^>]*\scompact[\s>=]/g) ?? []).length, 3);
  assert.equal((html.match(/<details part="summary-details">/g) ?? []).length, 3);
  assert.match(html, /Read the rest of the summary/);
  assert.match(html, /<section part="glance">/, 'a 2017 report opens with its grades at a glance');
  const full = await renderToString('peel-assessment', { src, root });
  assert.doesNotMatch(full, /<details part="summary-details">/, 'the full text by default');
});

test('sources and carried-over questions in the server HTML, in English and Welsh', async () => {
  const src = 'data/2018-19/peel-2018-19-all-forces.json';
  const options = { src, root, force: 'north-wales', pillar: 'effectiveness' };
  // Lit's markers between the parts, and the data for hydration, are not what a reader sees.
  const shown = async (lang) =>
    (await renderToString('pillar-summary', { ...options, lang }))
      .replace(/<script[\s\S]*<\/script>/, '')
      .replace(/<!--[^>]*-->|<\?>/g, '');
  const en = await shown('en');
  assert.match(en, /<span part="carried-over">judged in 2016, still valid in 2018\/19<\/span>/);
  assert.match(
    en,
    /<p part="source">Sources: <a part="source-link" href="https:\/\/hmicfrs\.justiceinspectorates\.gov\.uk\/peel-assessments\/peel-2018\/north-wales\/">North Wales 2018\/19 \(HMICFRS\)<\/a>; <a part="source-link" href="[^"]+\/north-wales\/effectiveness\/">North Wales PEEL 2018 \(HMICFRS\)<\/a><\/p>/,
  );
  const cy = await shown('cy');
  assert.match(cy, /<span part="carried-over">barnwyd yn 2016, yn dal yn ddilys yn 2018\/19<\/span>/);
  assert.match(cy, /<p part="source">Ffynonellau: <a part="source-link"/);
});

test('bad input renders the error note and says why', async () => {
  for (const src of ['missing.json', 'javascript:alert(1)', 'data:application/json,{}']) {
    const { html, errors } = await renderElement('peel-rating', { src });
    assert.match(html, /Grade not available/, src);
    assert.equal(errors.length, 1, src);
  }
  const wrong = await renderElement('pillar-summary', { src: example, root, pillar: 'no-such-pillar' });
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
  const badge = await renderToString('peel-rating', { src: example, root, pillar: 'preventing-crime' });
  const card = await renderToString('pillar-summary', {
    src: example,
    root,
    pillar: 'public-treatment',
    scheme: 'dark',
  });
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
    renderToString('peel-rating', { src: example, root, pillar: 'preventing-crime' }),
    renderToString('pillar-summary', { src: example, root, pillar: 'public-treatment' }),
    renderToString('key-facts-panel', { src: example, root }),
    renderToString('peel-assessment', { src: example, root, headingLevel: 2 }),
    // compact and the grades at a glance of a 2017 report hydrate as rendered too.
    renderToString('peel-assessment', { src: 'data/2017/northamptonshire-2017.json', root, compact: true }),
  ]);
  // The nodes to compare, taken before any script of ours runs (layout shifts are buffered from the start).
  const load = `<script>
    window.before = [...document.querySelectorAll('peel-rating, pillar-summary, key-facts-panel, peel-assessment')]
      .map((el) => el.shadowRoot.querySelector('[part~="base"], [part="label"]'));
  </script>
  <script type="module" src="/dist/peel-widgets-hydrate.min.js"></script>
  <script type="module" src="/dist/peel-widgets.min.js"></script>`;
  pages.set('/hydrate.html', page(parts.join('\n') + load));
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
    // The frame after the last update drawn (a shift is recorded as its frame is), then every shift so far.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const shifts = new PerformanceObserver(() => {});
    shifts.observe({ type: 'layout-shift', buffered: true });
    const shift = shifts.takeRecords().reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0);
    return {
      hydrated:
        elements.every((el) => el.hasUpdated) &&
        nested.every((el) => el.hasUpdated && !el.hasAttribute('defer-hydration')),
      nested: nested.length,
      kept: elements.every((el, i) => el.shadowRoot.contains(window.before[i])),
      loading: elements.some((el) => el.shadowRoot.textContent.includes('Loading')),
      shift,
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

// What the renderer reads: only what its caller allowed, never more than the cap, never for longer than
// the time limit. Each test races a timer, so that a read that would hang fails the test instead.
const NOTE = /Grade not available/;
const bounded = (promise, ms = 5000) =>
  Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(Error(`no answer in ${ms} ms`)), ms).unref())]);
/** Renders a badge from `src` and checks that nothing of what was read reached the HTML or the errors. */
async function refused(options, reason, secret) {
  const { html, errors } = await bounded(renderElement('peel-rating', options));
  assert.match(html, NOTE, options.src);
  assert.equal(errors.length, 1, `${options.src}: ${errors.join('; ')}`);
  assert.match(errors[0], reason, options.src);
  if (secret) assert.equal((html + errors.join('\n')).includes(secret), false, `${options.src}: ${secret} copied out`);
  return { html, errors };
}

test('src reads no file by default: only http(s), as a browser would', async () => {
  const secret = readFileSync('/etc/passwd', 'utf8').split(':')[0];
  const only = /files are read only with the root option/;
  await refused({ src: '/etc/passwd' }, only, `${secret}:`);
  await refused({ src: 'file:///etc/passwd' }, only, `${secret}:`);
  await refused({ src: '../../../../../../etc/passwd', base: root }, only, `${secret}:`);
  await refused({ src: example }, only);
});

test('with a root, src reads only regular files inside it, symlinks resolved first', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'peel-ssr-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'ok.json'), await readFile(example));
  await symlink('/etc/passwd', join(dir, 'passwd.json'));
  await symlink(resolve(example), join(dir, 'outside.json'));
  const ok = await renderElement('peel-rating', { src: 'ok.json', root: dir, pillar: 'preventing-crime' });
  assert.deepEqual(ok.errors, []);
  assert.match(ok.html, />Outstanding</);
  const viaUrl = await renderElement('peel-rating', { src: `file://${dir}/ok.json`, root: dir });
  assert.deepEqual(viaUrl.errors, []);
  const secret = `${readFileSync('/etc/passwd', 'utf8').split(':')[0]}:`;
  await refused({ src: '../../../../../../etc/passwd', root: dir }, /: not a file inside the root directory$/, secret);
  await refused({ src: '/etc/passwd', root: dir }, /: not a file inside the root directory$/, secret);
  await refused({ src: 'passwd.json', root: dir }, /: not a file inside the root directory$/, secret);
  await refused({ src: 'outside.json', root: dir }, /: not a file inside the root directory$/);
  await refused({ src: 'missing.json', root: dir }, /: not a file inside the root directory$/);
  await refused({ src: '.', root: dir }, /: not a file inside the root directory$/);
  // A FIFO with no writer would block a plain read forever; a device never ends.
  const fifo = join(dir, 'fifo.json');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  try {
    await refused({ src: 'fifo.json', root: dir }, /: not a file inside the root directory$/);
  } finally {
    // Had the read blocked on the FIFO, a writer ends it, so that the process can still exit.
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader waiting: nothing to unblock.
    }
  }
  await refused({ src: '/dev/zero', root: '/dev' }, /: not a file inside the root directory$/);
  // A file past the cap is refused unread (a sparse file: 1 GB, no disk used).
  await truncate(join(dir, 'ok.json'), 0);
  await writeFile(join(dir, 'huge.json'), '');
  await truncate(join(dir, 'huge.json'), 1024 ** 3);
  await refused({ src: 'huge.json', root: dir }, /larger than 5 MB \(the maxBytes option\)/);
  await writeFile(join(dir, 'small.json'), await readFile(example));
  await refused({ src: 'small.json', root: dir, maxBytes: 1000 }, /larger than 1000 bytes/);
});

test('an http src follows no redirect to another origin unless allowed', async () => {
  answers.set('/to-other', (request, response) =>
    response.writeHead(302, { location: `${otherOrigin}/internal.json` }).end(),
  );
  answers.set('/to-same', (request, response) => response.writeHead(301, { location: '/data.json' }).end());
  answers.set('/data.json', (request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(example)),
  );
  answers.set('/to-ftp', (request, response) => response.writeHead(302, { location: 'ftp://127.0.0.1/x' }).end());
  answers.set('/loop', (request, response) => response.writeHead(302, { location: '/loop' }).end());
  otherHits = 0;
  await refused({ src: `${origin}/to-other` }, new RegExp(`redirected to another origin \\(${otherOrigin}\\)`));
  assert.equal(otherHits, 0, 'the other origin was never asked');
  await refused({ src: `${origin}/to-ftp` }, /redirected to a ftp: URL/);
  await refused({ src: `${origin}/loop` }, /more than 5 redirects/);
  const same = await renderElement('peel-rating', { src: `${origin}/to-same`, pillar: 'preventing-crime' });
  assert.deepEqual(same.errors, []);
  assert.match(same.html, />Outstanding</);
  const allowed = await renderElement('peel-rating', {
    src: `${origin}/to-other`,
    redirectOrigins: [`${otherOrigin}/`],
    pillar: 'preventing-crime',
  });
  assert.deepEqual(allowed.errors, []);
  assert.equal(otherHits, 1);
});

test('an http src is read up to the size cap and within the time limit', async () => {
  // An answer that never ends (until the reader goes away): counts what it could send.
  let sent = 0;
  answers.set('/endless', (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const more = () => {
      while (sent < 64 * 1024 ** 2 && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      response.end();
    };
    response.write('[');
    more();
  });
  answers.set('/declared', (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(300 * 1024 ** 2) });
    response.write('{');
  });
  answers.set('/silent', () => {});
  answers.set('/trickle', (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{');
  });
  await refused({ src: `${origin}/endless` }, /larger than 5 MB/);
  assert.ok(sent < 32 * 1024 ** 2, `reading stopped near the cap (${sent} bytes sent)`);
  await refused({ src: `${origin}/endless`, maxBytes: 100_000 }, /larger than 100000 bytes/);
  await refused({ src: `${origin}/declared` }, /larger than 5 MB/);
  const start = performance.now();
  await refused({ src: `${origin}/silent`, timeout: 300 }, /no answer within 300 ms/);
  await refused({ src: `${origin}/trickle`, timeout: 300 }, /no answer within 300 ms/);
  assert.ok(performance.now() - start < 3000, 'both gave up at their time limit');
});

test('input that is not JSON never reaches the HTML: the error note, and null for hydration', async () => {
  answers.set('/not-json', (request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end('SECRET-TEXT <!-- not JSON'),
  );
  for (const options of [{ src: `${origin}/not-json` }, { data: 'SECRET-TEXT <!-- not JSON' }]) {
    const { html, errors } = await refused(options, /: not JSON$/, 'SECRET');
    assert.match(html, /<script type="application\/json">null<\/script>/);
    assert.doesNotMatch(html, /<!-- not JSON/);
    assert.equal(errors[0], `${options.src ?? 'data'}: not JSON`);
  }
});

test('renderElement never throws: data JSON cannot hold is reported in errors', async () => {
  const circular = { force: {} };
  circular.force.self = circular;
  let deep = {};
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  const cases = {
    bigint: { force: { id: 1n } },
    circular,
    getter: Object.defineProperty({}, 'force', {
      enumerable: true,
      get: () => {
        throw Error('no force here');
      },
    }),
    deep,
    'deep text': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  };
  for (const [name, data] of Object.entries(cases)) {
    const { html, errors } = await bounded(renderElement('peel-rating', { data }));
    assert.match(html, NOTE, name);
    assert.ok(errors.length >= 1, name);
    assert.match(errors[0], /^data: /, name);
  }
  const { errors } = await renderElement('peel-rating', { data: cases.getter });
  assert.deepEqual(errors, ['data: cannot be read as JSON (no force here)']);
});

test('errors never quote the user name or password of a src or of a redirect', async () => {
  const port = new URL(origin).port;
  answers.set('/to-credentials', (request, response) =>
    response.writeHead(302, { location: `http://user:SECRET-PW@127.0.0.1:${port}/data.json` }).end(),
  );
  await refused({ src: `${origin}/to-credentials` }, /redirected to a URL with a user name or password/, 'SECRET-PW');
  const { errors } = await refused(
    { src: `http://user:SECRET-PW@127.0.0.1:${port}/data.json` },
    /a URL with a user name or password is not read/,
    'SECRET-PW',
  );
  assert.match(errors[0], new RegExp(`^http://127\\.0\\.0\\.1:${port}/data\\.json: `));
});

test('a path outside the root is refused before the file system is asked, so errors tell nothing of it', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'peel-ssr-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  // Whether a file outside the root exists (here /etc/passwd, and a name that is nowhere) is not told.
  await refused({ src: '/etc/passwd', root: dir }, /: not a file inside the root directory$/);
  await refused({ src: '/etc/no-such-file-anywhere', root: dir }, /: not a file inside the root directory$/);
  await refused({ src: '../no-such-file-anywhere', root: dir }, /: not a file inside the root directory$/);
  // A name that merely starts with two dots is inside.
  await writeFile(join(dir, '..ok.json'), await readFile(example));
  const ok = await renderElement('peel-rating', { src: '..ok.json', root: dir, pillar: 'preventing-crime' });
  assert.deepEqual(ok.errors, []);
});

test('a maxBytes or timeout that is not a number is refused, never read as "no cap"', async () => {
  let sent = 0;
  answers.set('/endless-2', (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const more = () => {
      while (sent < 64 * 1024 ** 2 && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      response.end();
    };
    response.write('[');
    more();
  });
  // Such as Number(process.env.MAX_BYTES) with the variable unset.
  await refused({ src: `${origin}/endless-2`, maxBytes: NaN }, /maxBytes: NaN is not a number of bytes/);
  await refused({ src: `${origin}/endless-2`, timeout: NaN }, /timeout: NaN is not a number of milliseconds/);
  assert.ok(sent < 32 * 1024 ** 2, `reading stopped (${sent} bytes sent)`);
});

test('data whose getter throws something that is not an Error still renders the error note', async () => {
  for (const thrown of [Object.create(null), { toString: () => Symbol() }]) {
    const data = Object.defineProperty({}, 'force', {
      enumerable: true,
      get: () => {
        throw thrown;
      },
    });
    const { html, errors } = await bounded(renderElement('peel-rating', { data }));
    assert.match(html, NOTE);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^data: cannot be read as JSON/);
  }
});

test('a compressed answer is capped on its decompressed bytes', async () => {
  // 64 MB of spaces in some 64 kB of gzip: its content-length is far under the cap.
  const bomb = gzipSync(Buffer.alloc(64 * 1024 ** 2, ' '));
  answers.set('/gzip-bomb', (request, response) =>
    response
      .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length })
      .end(bomb),
  );
  await refused({ src: `${origin}/gzip-bomb` }, /larger than 5 MB/);
});

test('only a validated assessment reaches the HTML: null for anything else, and no unknown field', async () => {
  // A blind request to an internal service: its answer is JSON, but no assessment.
  answers.set('/internal', (request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"api_key":"SECRET-KEY"}'),
  );
  const { html } = await refused({ src: `${origin}/internal` }, /^force: is required$/, 'SECRET-KEY');
  assert.match(html, /<script type="application\/json">null<\/script>/);
  // A valid document's unknown fields, from src or from data, are not copied either.
  const doc = JSON.parse(readFileSync(example, 'utf8'));
  doc.secret = 'SECRET-FIELD';
  doc.pillars[0].secret = 'SECRET-PILLAR';
  answers.set('/extra.json', (request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc)),
  );
  for (const options of [{ src: `${origin}/extra.json` }, { data: doc }]) {
    const { html: page, errors } = await renderElement('peel-assessment', options);
    assert.deepEqual(errors, []);
    assert.match(page, /<script type="application\/json">\{"schemaVersion":1,"force":\{/);
    assert.doesNotMatch(page, /SECRET/);
  }
  // One force of a collection: that force's assessment, not the 43.
  const kent = await renderElement('pillar-summary', {
    src: 'data/2017/peel-2017-all-forces.json',
    root,
    force: 'kent',
  });
  assert.deepEqual(kent.errors, []);
  const hydration = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(kent.html)[1]);
  assert.equal(hydration.force.name, 'Kent Police');
  assert.equal(hydration.assessments, undefined);
});

test('content types match exactly: the type and subtype, never a substring', async () => {
  const body = readFileSync(example);
  for (const [type, ok] of [
    ['text/html; x=application/json', false],
    ['text/plain; profile="+json"', false],
    ['application/json-seq', false],
    ['application/json; charset=utf-8', true],
    ['application/vnd.peel+json', true],
  ]) {
    const path = `/typed-${encodeURIComponent(type)}`;
    answers.set(path, (request, response) => response.writeHead(200, { 'content-type': type }).end(body));
    const { errors } = await renderElement('peel-rating', { src: `${origin}${path}`, pillar: 'preventing-crime' });
    if (ok) assert.deepEqual(errors, [], type);
    else assert.match(errors[0] ?? '', /expected JSON, got content type/, type);
  }
});

test('every refused or missing file gets one message, naming only the path as written', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'peel-ssr-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'ok.json'), await readFile(example));
  // Links out of the root, to a file that exists and to one that does not; a loop.
  await symlink('/etc/passwd', join(dir, 'out-exists.json'));
  await symlink('/no-such-dir-anywhere/x.json', join(dir, 'out-missing.json'));
  await symlink(join(dir, 'loop-b.json'), join(dir, 'loop-a.json'));
  await symlink(join(dir, 'loop-a.json'), join(dir, 'loop-b.json'));
  for (const src of [
    'out-exists.json',
    'out-missing.json',
    'missing.json',
    'ok.json/x.json', // ENOTDIR
    'loop-a.json', // ELOOP
    'nul\0byte.json',
    '.',
  ]) {
    const { errors } = await refused({ src, root: dir }, /./);
    assert.equal(errors[0], `${src}: not a file inside the root directory`, JSON.stringify(src));
  }
});

test('a password never reaches an error, however the URL is written', async () => {
  const port = new URL(origin).port;
  for (const src of [
    ` http://user:SECRET-PW@127.0.0.1:${port}/data.json`,
    `\thttp://user:SECRET-PW@127.0.0.1:${port}/data.json\n`,
    `ht\ttp://user:SECRET-PW@127.0.0.1:${port}/data.json`,
  ]) {
    const { errors } = await refused({ src }, /a URL with a user name or password is not read/, 'SECRET-PW');
    assert.equal(errors[0].startsWith(`http://127.0.0.1:${port}/data.json: `), true, errors[0]);
  }
  // A URL inside what is taken for a file path, or a root directory.
  await refused({ src: `copy of http://user:SECRET-PW@127.0.0.1:${port}/data.json` }, /root option/, 'SECRET-PW');
  await refused({ src: 'x.json', root: '/nowhere/http://user:SECRET-PW@host' }, /does not exist/, 'SECRET-PW');
});

test('<peel-history>: a force over every cycle, the same text from the server as from the bundle', async () => {
  const { html, errors } = await renderElement('peel-history', { src: 'data/history/wiltshire.json', root });
  assert.deepEqual(errors, []);
  assert.match(html, /<peel-history[^>]*><template shadowroot(mode)?="open"/);
  assert.match(html, /<style>[^<]*\.badge[^<]*<\/style>/);
  const shown = html.replace(/<script[\s\S]*<\/script>/, '').replace(/<!--[^>]*-->|<\?>/g, '');
  assert.match(shown, /From 2021\/22: new areas and a five-grade scale; earlier grades are not directly comparable\./);
  for (const period of ['2015', '2016', '2017', '2018/19', '2021/22', '2023–25'])
    assert.match(shown, new RegExp(`<th scope="col" part="period"[^>]*>\\s*<a [^>]*>${period}<`), period);
  const many = await renderElement('peel-history', {
    src: 'data/2021-22/peel-2021-22-all-forces.json',
    root,
    force: 'kent',
  });
  assert.deepEqual(many.errors, []);
  assert.match(many.html, /Kent Police: PEEL grades, 2021\/22/);
  // The page: the server's text, then the bundle's after hydration, the same.
  const load = `<script>window.before = document.querySelector('peel-history').shadowRoot.textContent;</script>
  <script type="module" src="/dist/peel-widgets-hydrate.min.js"></script>
  <script type="module" src="/dist/peel-widgets.min.js"></script>`;
  pages.set('/history.html', page(html + load));
  const tab = await browser.newPage();
  const messages = [];
  tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await tab.goto(`${origin}/history.html`, { waitUntil: 'networkidle0' });
  const seen = await tab.evaluate(async () => {
    const el = document.querySelector('peel-history');
    await customElements.whenDefined('peel-history');
    await el.updateComplete;
    const words = (text) => text.replace(/\s+/g, ' ').trim();
    return { before: words(window.before), after: words(el.shadowRoot.textContent), hydrated: el.hasUpdated };
  });
  await tab.close();
  assert.deepEqual(messages, []);
  assert.equal(seen.hydrated, true);
  assert.match(seen.before, /Wiltshire Police: PEEL grades, 2015 to 2023–25/);
  assert.equal(seen.after, seen.before);
});
