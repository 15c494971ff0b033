// Test-only endpoints under /__peel/ so tests can exercise every way a `src` request goes wrong.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

/** An example by name (`northamptonshire-2017`): the fictional ones, then the real data's cycle folders. */
const examplePath = (name) =>
  [new URL(`../src/data/examples/${name}.json`, import.meta.url)]
    .concat(
      readdirSync(new URL('../data/', import.meta.url)).map(
        (d) => new URL(`../data/${d}/${name}.json`, import.meta.url),
      ),
    )
    .find((url) => existsSync(url));
const fixture = (name) => readFileSync(examplePath(name), 'utf8');
const counts = new Map();

/** Answers held back until a test lets them go (GET /__peel/release/<key>), by key. */
const gates = new Map();
function gate(key) {
  if (!gates.has(key)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(key, { opened, open });
  }
  return gates.get(key);
}

/** Content Security Policies for the host-page tests, by page name (test/pages/<name>.html). */
const POLICIES = {
  csp: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  'csp-no-lit-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
};

export function testServerPlugin() {
  return {
    name: 'peel-test-endpoints',
    async transform(context) {
      const page = /^\/test\/pages\/([\w-]+)\.html$/.exec(context.path)?.[1];
      if (page && POLICIES[page]) context.response.set('Content-Security-Policy', POLICIES[page]);
      // /dist/embed.html?__allow=<origins>: the iframe page as a site that lists other origins uploads it.
      const allow = context.URL.searchParams.get('__allow');
      if (context.path === '/dist/embed.html' && allow !== null)
        return {
          body: context.body.replace(
            /(name="peel-widgets-allowed-origins" content=")[^"]*"/,
            (_, start) => `${start}${allow.replace(/[<>"&]/g, '')}"`,
          ),
        };
      if (context.path !== '/demo/article.html') return undefined;
      let body = context.body;
      // ?hold=<key>: the bundle arrives once the test asks for /__peel/release/<key>, from a fresh URL so
      // that no cached copy is early.
      const hold = context.URL.searchParams.get('hold');
      if (hold)
        body = body.replace(
          'peel-widgets.min.js"',
          `peel-widgets.min.js?hold=${encodeURIComponent(hold)}&fresh=${Math.random()}"`,
        );
      // ?no-fallback-css: the control that shows the layout-shift test can fail.
      if (context.URL.searchParams.has('no-fallback-css')) body = body.replace(/<link[^>]*fallback[^>]*>/, '');
      return { body };
    },
    async serve(context) {
      const url = new URL(context.request.url, 'http://localhost');
      const hold = url.searchParams.get('hold');
      if (url.pathname === '/dist/peel-widgets.min.js' && hold) {
        await gate(hold).opened;
        return { body: readFileSync(new URL('../dist/peel-widgets.min.js', import.meta.url), 'utf8'), type: 'js' };
      }
      // Stories load data from a relative URL (`data/<name>.json`), as Storybook serves it (staticDirs).
      // A name with no example falls through to the static files, which answer 404 (a serve result
      // is always 200).
      const data = /^\/data\/([\w-]+)\.json$/.exec(url.pathname)?.[1];
      if (data && examplePath(data)) return { body: fixture(data), type: 'application/json' };
      if (!url.pathname.startsWith('/__peel/')) return undefined;
      const [, , kind, name = 'northamptonshire-2017'] = url.pathname.split('/');
      counts.set(url.pathname + url.search, (counts.get(url.pathname + url.search) ?? 0) + 1);
      // ?hold=<key>: the answer waits until the test asks for /__peel/release/<key>.
      if (hold) await gate(hold).opened;
      switch (kind) {
        case 'release':
          gate(name).open();
          return { body: '{}', type: 'application/json' };
        case 'ok':
          // Readable from other origins too (the iframe page's allowed-origins tests load it from 127.0.0.1).
          return { body: fixture(name), type: 'application/json', headers: { 'access-control-allow-origin': '*' } };
        case 'broken':
          return { body: '{"force": {"name": "Broken"', type: 'application/json' };
        case 'html':
          return { body: '<!doctype html><title>Not found</title>', type: 'text/html' };
        case 'invalid':
          return {
            body: JSON.stringify({ force: { name: 'X' }, pillars: [{ grade: 'godo' }] }),
            type: 'application/json',
          };
        case 'stories':
          // GET /__peel/stories lists every story file, so the axe sweep (test/stories.test.ts) finds new ones.
          return {
            body: JSON.stringify(
              readdirSync(new URL('../src/components/', import.meta.url), { withFileTypes: true })
                .filter((dir) => dir.isDirectory())
                .flatMap((dir) =>
                  readdirSync(new URL(`../src/components/${dir.name}/`, import.meta.url))
                    .filter((file) => file.endsWith('.stories.ts'))
                    .map((file) => `src/components/${dir.name}/${file}`),
                ),
            ),
            type: 'application/json',
          };
        case 'data-files':
          // GET /__peel/data-files lists the real data, folder by folder, so the data tests
          // (src/data/examples.test.ts) read every document, a new cycle's included. Cycle folders only:
          // data/history/ is made from them (scripts/history-data.mjs, checked by its node test).
          return {
            body: JSON.stringify(
              readdirSync(new URL('../data/', import.meta.url), { withFileTypes: true })
                .filter((dir) => dir.isDirectory() && /^\d{4}(-\d\d)?$/.test(dir.name))
                .map((dir) => ({
                  folder: dir.name,
                  files: readdirSync(new URL(`../data/${dir.name}/`, import.meta.url)).filter((f) =>
                    f.endsWith('.json'),
                  ),
                })),
            ),
            type: 'application/json',
          };
        case 'count': {
          // GET /__peel/count/<path> tells how many requests that path (with its query) has had.
          const key = decodeURIComponent(url.search.slice(1));
          return { body: JSON.stringify({ count: counts.get(key) ?? 0 }), type: 'application/json' };
        }
        default:
          return undefined;
      }
    },
  };
}

/**
 * `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`:
 * any media feature through the DevTools protocol, forced-colors included (wtr's own emulateMedia
 * knows only color scheme and reduced motion).
 */
export function mediaFeaturesPlugin() {
  return {
    name: 'peel-media-features',
    async executeCommand({ command, payload, session }) {
      // `executeServerCommand('browser-cache', { enabled: false })`: the page asks the server for every file
      // again (the missing-chunk tests: another test file may have left the chunk in the browser's cache).
      if (command === 'browser-cache') {
        await session.browser.getPage(session.id).setCacheEnabled(payload.enabled);
        return true;
      }
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // Puppeteer's own emulateMediaFeatures refuses forced-colors, so speak the protocol directly.
      page.__peelCdp ??= await page.createCDPSession();
      await page.__peelCdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/**
 * /__peel/status/<code>: answers with that HTTP status. A middleware, because the dev server sets
 * the status of whatever a plugin serves to 200.
 */
let bomb;
/**
 * What the chunk controls set, for each browser: two browsers run test files side by side against this one
 * server, and one file's missing or held chunks must not reach the other's. Each test page names its browser
 * in a cookie (web-test-runner.config.mjs), which every request of that browser carries, chunks included.
 * - failing: the chunks that fail now (see statusMiddleware);
 * - held: while chunks are held, each chunk request waits here for /__peel/chunks/release;
 * - requests: every request for a chunk, [chunk, path and query], in order, since the last fail, ok or hold.
 */
const browsers = new Map();
const chunkState = (context) => {
  const id = context.cookies.get('peel-browser') ?? '';
  if (!browsers.has(id)) browsers.set(id, { failing: new Set(), held: undefined, requests: [] });
  return browsers.get(id);
};
/** The modules the elements load beside the bundle (src/components/chunks.ts), by chunk: the sources' module. */
const CHUNKS = {
  data: 'controllers/reader',
  cy: 'i18n/cy',
  'cy-cards': 'i18n/cy-cards',
  scale: 'components/peel-rating/scale',
  report: 'components/report',
  compare: 'components/peel-compare/compare',
  history: 'components/peel-history/history',
};
/** The chunk a request is for, as the sources' module or the built chunk; undefined for anything else. */
const chunkOf = (path) =>
  Object.keys(CHUNKS).find(
    (name) =>
      path === `/src/${CHUNKS[name]}.ts` || new RegExp(`^/dist/peel-widgets-${name}-[\\w-]{8}\\.min\\.js$`).test(path),
  );

/**
 * A module of the sources asked for by its built name (`/src/components/report.js?retry=1`, a chunk asked for
 * again under a new URL: see lazy.ts) is the TypeScript file beside it, as the sources' imports are.
 */
export async function sourceModules(context, next) {
  const ts = /^(\/src\/.+)\.js$/.exec(context.path)?.[1];
  if (
    ts &&
    !existsSync(new URL(`..${context.path}`, import.meta.url)) &&
    existsSync(new URL(`..${ts}.ts`, import.meta.url))
  )
    context.url = `${ts}.ts${context.search}`;
  return next();
}

export async function statusMiddleware(context, next) {
  // /__peel/chunks/fail and /__peel/chunks/ok: the chunks go missing (503), as on a page that copied the
  // bundle alone, and come back; /__peel/chunks/fail?only=cy,data: those chunks alone.
  // /__peel/chunks/requests?chunk=report: the requests for that chunk since, path and query.
  // /__peel/chunks/hold: chunk requests wait, unanswered, until /__peel/chunks/release.
  const chunks = /^\/__peel\/chunks\/(fail|ok|requests|hold|release)$/.exec(context.path)?.[1];
  const state = chunkState(context);
  if (chunks) {
    if (chunks === 'hold') {
      let release;
      state.held = new Promise((resolve) => (release = resolve));
      state.held.release = release;
      state.requests = [];
      context.body = '{}';
    } else if (chunks === 'release') {
      state.held?.release();
      state.held = undefined;
      context.body = '{}';
    } else if (chunks === 'requests') {
      const chunk = context.URL.searchParams.get('chunk');
      context.body = JSON.stringify(state.requests.filter(([name]) => name === chunk).map(([, url]) => url));
    } else {
      const only = context.URL.searchParams.get('only');
      state.failing = new Set(chunks === 'ok' ? [] : only ? only.split(',') : Object.keys(CHUNKS));
      state.requests = [];
      context.body = '{}';
    }
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    return;
  }
  const chunk = chunkOf(context.path);
  if (chunk) state.requests.push([chunk, context.path + context.search]);
  if (chunk && state.held) await state.held;
  if (state.failing.has(chunk)) {
    context.status = 503;
    // Never reused by the browser (the test runner marks every file cacheable for a year, after this
    // answer is made), so the next request for the chunk reaches the server.
    context.set('Vary', '*');
    context.body = 'missing';
    return;
  }
  // /__peel/big/<bytes>: a JSON answer of that size; ?chunked sends it without a length header.
  const big = /^\/__peel\/big\/(\d+)$/.exec(context.path)?.[1];
  if (big) {
    const body = `{"force":{"name":"Big"},"pad":"${'x'.repeat(Math.max(0, Number(big) - 30))}"}`;
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = context.URL.searchParams.has('chunked')
      ? Readable.from([body.slice(0, 1000), body.slice(1000)])
      : body;
    return;
  }
  // /__peel/typed?type=<content type>: a good document, under any content type.
  if (context.path === '/__peel/typed') {
    context.set('Content-Type', context.URL.searchParams.get('type') ?? '');
    context.body = readFileSync(examplePath('northamptonshire-2017'), 'utf8');
    return;
  }
  // /__peel/gzip-bomb: 8 MB of JSON in some 8 kB of gzip (its length header far under any cap).
  if (context.path === '/__peel/gzip-bomb') {
    bomb ??= gzipSync(`{"force":{"name":"Bomb"},"pad":"${' '.repeat(8e6)}"}`, { level: 9 });
    context.set('Content-Type', 'application/json');
    context.set('Content-Encoding', 'gzip');
    context.set('Cache-Control', 'no-store');
    context.body = bomb;
    return;
  }
  // /__peel/redirect?to=<URL>: a redirect, wherever it leads.
  if (context.path === '/__peel/redirect') {
    context.set('Access-Control-Allow-Origin', '*');
    return context.redirect(context.URL.searchParams.get('to'));
  }
  const code = /^\/__peel\/status\/(\d{3})/.exec(context.path)?.[1];
  if (!code) return next();
  context.status = Number(code);
  context.type = 'application/json';
  context.body = '{"error":"nope"}';
}
