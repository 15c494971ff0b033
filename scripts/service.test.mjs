// The embed service (docs/service.md): dist/worker.js in Cloudflare's own runtime (workerd, through miniflare,
// configured from wrangler.jsonc) and `peel-widgets serve` on Node answer each request alike; oEmbed, the card,
// HTTP's caching and refusals, and the page itself in Chromium. Needs the build (dist/, or PEEL_DIST).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { Miniflare } from 'miniflare';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { malformedQueries } from './service-queries.mjs';

const dist = resolve(process.env.PEEL_DIST ?? 'dist');
/** The public origin both runtimes write into their pages, so that their bodies can be compared byte for byte. */
const ORIGIN = 'http://peel.test';
/** wrangler.jsonc as wrangler reads it (JSON with comments and trailing commas). */
const wrangler = JSON.parse(
  readFileSync('wrangler.jsonc', 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,(\s*[}\]])/g, '$1'),
);

let worker;
let node;
let nodeUrl;

before(async () => {
  worker = new Miniflare({
    scriptPath: join(dist, wrangler.main.replace(/^dist\//, '')),
    modules: true,
    // As wrangler's default rule uploads *.wasm: a compiled module.
    modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
    compatibilityDate: wrangler.compatibility_date,
    compatibilityFlags: wrangler.compatibility_flags ?? [],
    bindings: { PUBLIC_ORIGIN: ORIGIN },
  });
  node = spawn(process.execPath, [join(dist, 'cli.js'), 'serve', '--port', '0', '--origin', ORIGIN], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  nodeUrl = await new Promise((done, fail) => {
    let said = '';
    node.stderr.on('data', (chunk) => {
      said += chunk;
      const url = /listening on (\S+)/.exec(said)?.[1];
      if (url) done(url.replace(/\/$/, ''));
    });
    node.once('exit', (code) => fail(Error(`serve exited with ${code}: ${said}`)));
  });
});

after(async () => {
  node?.kill();
  await worker?.dispose();
});

const onWorker = async (path, init) => worker.dispatchFetch(`${ORIGIN}${path}`, init);
const onNode = async (path, init) => fetch(`${nodeUrl}${path}`, init);
const bytes = async (response) => new Uint8Array(await response.arrayBuffer());
const text = async (response) => new TextDecoder().decode(await bytes(response));

/** The same request on both runtimes: their statuses, types, tags and bodies must agree; returns the worker's. */
async function both(path, init) {
  const [w, n] = await Promise.all([onWorker(path, init), onNode(path, init)]);
  const [wb, nb] = await Promise.all([bytes(w), bytes(n)]);
  assert.equal(n.status, w.status, `${path}: status`);
  assert.equal(n.headers.get('content-type'), w.headers.get('content-type'), `${path}: content type`);
  assert.equal(n.headers.get('etag'), w.headers.get('etag'), `${path}: ETag`);
  assert.deepEqual(nb, wb, `${path}: the same body on Node and on Workers`);
  return { status: w.status, headers: w.headers, body: wb, text: new TextDecoder().decode(wb) };
}

const embed = (params) => `/embed?${new URLSearchParams(params)}`;
const oembed = (url, extra = {}) => `/oembed?${new URLSearchParams({ url: `${ORIGIN}${url}`, ...extra })}`;

test('each endpoint returns the same body on Workers (workerd) and on Node', async () => {
  const paths = [
    '/',
    embed({ element: 'peel-rating', force: 'kent', cycle: 'peel-2017', area: 'legitimacy' }),
    embed({ element: 'pillar-summary', force: 'northamptonshire', cycle: '2017', area: 'legitimacy', compact: '' }),
    embed({ element: 'key-facts-panel', force: 'northamptonshire', cycle: 'peel-2017', lang: 'cy' }),
    embed({ element: 'peel-assessment', force: 'wiltshire', cycle: 'peel-2021-22', scheme: 'dark' }),
    embed({ element: 'peel-compare', force: 'cleveland', cycle: 'peel-2023-25', lang: 'cy', 'heading-level': '3' }),
    embed({ element: 'peel-history', force: 'dyfed-powys', lang: 'cy' }),
    oembed(embed({ element: 'pillar-summary', force: 'kent', cycle: 'peel-2017' })),
    '/badge.svg?force=kent&cycle=peel-2017&area=legitimacy',
    '/badge.svg?force=gwent&cycle=peel-2018-19&area=efficiency&lang=cy&scheme=dark',
    '/card.png?force=kent&cycle=peel-2017',
    '/card.png?force=cambridgeshire&cycle=peel-2023-25&lang=cy',
    '/card.png?force=wiltshire&cycle=peel-2021-22&area=responding-to-public',
    '/data/peel-2018-19.json',
    '/data/2023-25.csv',
    '/badge.svg?force=kent&cycle=peel-2017',
    '/nowhere',
  ];
  const statuses = [];
  for (const path of paths) statuses.push((await both(path)).status);
  assert.deepEqual(statuses, [...Array(paths.length - 2).fill(200), 400, 404]);
});

test('oEmbed: a rich answer with the required fields, for this service’s embed addresses only', async () => {
  const address = embed({ element: 'pillar-summary', force: 'kent', cycle: 'peel-2017', area: 'legitimacy' });
  const page = await both(address);
  // Discovery: the page names its oEmbed, which answers for the page's canonical address.
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page.text)?.[1];
  assert.ok(href, 'the page links its oEmbed');
  const discovered = href.replace(/&amp;/g, '&');
  assert.ok(discovered.startsWith(`${ORIGIN}/oembed?`));
  const answer = await both(discovered.slice(ORIGIN.length));
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
  const o = JSON.parse(answer.text);
  // oEmbed 1.0, "rich": type, version, html, width and height are required.
  assert.equal(o.type, 'rich');
  assert.equal(o.version, '1.0');
  for (const field of ['width', 'height']) assert.ok(Number.isInteger(o[field]) && o[field] > 0, field);
  assert.equal(o.title, 'Kent Police: PEEL 2017 grades');
  assert.equal(o.provider_name, 'peel-widgets');
  assert.equal(o.provider_url, `${ORIGIN}/`);
  assert.equal(o.cache_age, 3600);
  const iframe = /^<iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="([^"]+)"[^>]*><\/iframe>$/.exec(o.html);
  assert.ok(iframe, o.html);
  assert.equal(
    iframe[1].replace(/&amp;/g, '&'),
    `${ORIGIN}/embed?element=pillar-summary&cycle=peel-2017&force=kent&area=legitimacy`,
  );
  assert.deepEqual([+iframe[2], +iframe[3], iframe[4]], [o.width, o.height, o.title]);
  // The card as thumbnail, with its alt text: the same the page gives its og:image.
  assert.equal(o.thumbnail_url, `${ORIGIN}/card.png?force=kent&cycle=peel-2017&area=legitimacy`);
  assert.deepEqual([o.thumbnail_width, o.thumbnail_height], [1200, 630]);
  assert.equal(
    o.thumbnail_alt,
    'PEEL 2017 grades for Kent Police: Legitimacy, Outstanding. Source: HMICFRS PEEL 2017.',
  );
  assert.match(
    page.text,
    new RegExp(`<meta property="og:image:alt" content="${o.thumbnail_alt.replace(/\./g, '\\.')}">`),
  );

  // maxwidth and maxheight are respected; a thumbnail larger than they allow is left out.
  const small = JSON.parse((await both(oembed(address, { maxwidth: '300', maxheight: '200' }))).text);
  assert.ok(small.width <= 300 && small.height <= 200, `${small.width}×${small.height}`);
  assert.equal(small.thumbnail_url, undefined);

  const refused = [
    [`/oembed?${new URLSearchParams({ url: `https://elsewhere.example${address}` })}`, 404],
    [oembed('/badge.svg?force=kent&cycle=peel-2017&area=legitimacy'), 404],
    [oembed(embed({ element: 'peel-rating', force: 'nowhere', cycle: 'peel-2017' })), 404],
    [`/oembed?url=${encodeURIComponent('not a url')}`, 404],
    [oembed(address, { format: 'xml' }), 501],
    [oembed(address, { format: 'yaml' }), 400],
    [oembed(address, { maxwidth: '0' }), 400],
    ['/oembed', 400],
  ];
  for (const [path, status] of refused) assert.equal((await both(path)).status, status, path);
});

test('in Welsh, a Welsh force goes by its Welsh name (title, badge, card); badges and cards have file names', async () => {
  const page = await both(embed({ element: 'peel-rating', force: 'gwent', cycle: 'peel-2018-19', lang: 'cy' }));
  assert.match(page.text, /<title>Heddlu Gwent: graddau PEEL 2018\/19<\/title>/);
  const badge = await both('/badge.svg?force=gwent&cycle=peel-2018-19&area=efficiency&lang=cy');
  assert.match(badge.text, /Heddlu Gwent, PEEL 2018\/19/);
  assert.doesNotMatch(badge.text, /Gwent Police/);
  // Saved, each file is named as the builder names its download: force, cycle, area, language, scheme.
  assert.equal(badge.headers.get('content-disposition'), 'inline; filename="gwent-peel-2018-19-efficiency-cy.svg"');
  const dark = await both('/badge.svg?force=kent&cycle=peel-2017&area=legitimacy&scheme=dark');
  assert.equal(dark.headers.get('content-disposition'), 'inline; filename="kent-peel-2017-legitimacy-dark.svg"');
  const card = await both('/card.png?force=kent&cycle=peel-2017');
  assert.equal(card.headers.get('content-disposition'), 'inline; filename="kent-peel-2017.png"');
});

test('<peel-history>: one force over every cycle, with no cycle named', async () => {
  const address = embed({ element: 'peel-history', force: 'wiltshire' });
  const page = await both(address);
  assert.equal(page.status, 200, page.text);
  const title = 'Wiltshire Police: PEEL grades, 2015 to 2023–25';
  assert.ok(page.text.includes(`<title>${title}</title>`), 'title');
  // The element as declarative shadow DOM, final (nothing to hydrate): its text is in the HTML itself.
  assert.match(page.text, /<main><peel-history[^>]*><template [^>]*shadowrootmode="open">/);
  assert.doesNotMatch(page.text, /<script type="application\/json">/);
  const shown = page.text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  for (const words of [title, '2015', '2018/19', '2021/22', '2023–25', 'Good', 'Inadequate', 'Adequate'])
    assert.ok(shown.includes(words), words);
  // The page of every cycle, not one cycle's report, is its own canonical address; no card (cards are per cycle).
  const self = `${ORIGIN}/embed?element=peel-history&amp;force=wiltshire`;
  assert.ok(page.text.includes(`<link rel="canonical" href="${self}">`), 'canonical');
  assert.doesNotMatch(page.text, /og:image/);
  const csp = page.headers.get('content-security-policy');
  for (const [, style] of page.text.matchAll(/<style>([^<]*)<\/style>/g))
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), 'style hash');
  // The same history as the force's file in the package (data/history/), made here from the cycles' data.
  const { renderToString } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
  const file = await renderToString('peel-history', {
    data: readFileSync('data/history/wiltshire.json', 'utf8'),
    lang: 'en',
    hydratable: false,
  });
  assert.equal(/<main>([^]*)<\/main>/.exec(page.text)?.[1], file.replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>/g, ''));
  // One canonical query: the same page, and the same kept answer, whatever the order.
  const reordered = await both(`/embed?force=wiltshire&element=peel-history`);
  assert.equal(reordered.headers.get('etag'), page.headers.get('etag'));

  const o = JSON.parse((await both(oembed(address))).text);
  assert.equal(o.title, title);
  assert.equal(o.thumbnail_url, undefined);
  assert.equal(o.height, 960, 'the starting height at 640 px (HEIGHTS)');
  assert.equal(
    /^<iframe src="([^"]+)"/.exec(o.html)?.[1].replace(/&amp;/g, '&'),
    `${ORIGIN}/embed?element=peel-history&force=wiltshire`,
  );
  assert.equal((await both(oembed(`${address}&cycle=peel-2017`))).status, 404);
});

/** A PNG's width and height, from its IHDR chunk (after the 8-byte signature). */
function pngSize(body) {
  assert.deepEqual([...body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(new TextDecoder().decode(body.subarray(12, 16)), 'IHDR');
  const view = new DataView(body.buffer, body.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

test('the card is a 1200×630 PNG, one per force, area and language', async () => {
  const seen = new Set();
  for (const path of [
    '/card.png?force=kent&cycle=peel-2017',
    '/card.png?force=kent&cycle=peel-2017&area=legitimacy',
    '/card.png?force=kent&cycle=peel-2017&lang=cy',
    '/card.png?force=avon-and-somerset&cycle=peel-2023-25',
  ]) {
    const r = await onNode(path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('content-type'), 'image/png');
    const body = await bytes(r);
    assert.deepEqual(pngSize(body), [1200, 630], path);
    seen.add(createHash('sha256').update(body).digest('hex'));
  }
  assert.equal(seen.size, 4, 'each card is its own picture');
});

test('conditional requests: a strong ETag, and 304 when the client has it', async () => {
  for (const path of [
    '/badge.svg?force=kent&cycle=peel-2017&area=legitimacy',
    embed({ element: 'peel-rating', force: 'kent', cycle: 'peel-2017' }),
    '/data/peel-2017.json',
    '/card.png?force=kent&cycle=peel-2017',
  ])
    for (const run of [onWorker, onNode]) {
      const first = await run(path);
      await bytes(first);
      const etag = first.headers.get('etag');
      assert.match(etag, /^"[\w-]{22}"$/, `${path}: a strong ETag`);
      for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const again = await run(path, { headers: { 'if-none-match': tag } });
        assert.equal(again.status, 304, `${path} with If-None-Match ${tag}`);
        assert.equal((await bytes(again)).length, 0);
        assert.equal(again.headers.get('etag'), etag);
        assert.match(again.headers.get('cache-control'), /max-age=\d+/);
      }
      const other = await run(path, { headers: { 'if-none-match': '"something-else"' } });
      assert.equal(other.status, 200);
      await bytes(other);
    }
});

test('HTTP: cache headers, HEAD, OPTIONS, 405, 414, CORS and the page’s security headers', async () => {
  const page = embed({ element: 'peel-assessment', force: 'kent', cycle: 'peel-2017' });
  for (const run of [onWorker, onNode]) {
    const get = await run(page);
    const html = await text(get);
    assert.match(get.headers.get('cache-control'), /^public, max-age=3600, stale-while-revalidate=86400$/);
    assert.equal(get.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(get.headers.get('referrer-policy'), 'no-referrer');
    const csp = get.headers.get('content-security-policy');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors \*/, 'any page may frame it');
    assert.doesNotMatch(csp, /unsafe-inline/);
    // The one script and every style are allowed by their hashes.
    const sha = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.match(csp, new RegExp(`script-src ${sha(scripts[0]).replace(/[+/]/g, '\\$&')}(;|$)`));
    for (const [, style] of html.matchAll(/<style>([^<]*)<\/style>/g))
      assert.ok(csp.includes(sha(style)), 'style hash');
    assert.doesNotMatch(html, /postMessage\([^)]*'\*'\)/, 'never posts to any origin');

    const head = await run(page, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), get.headers.get('etag'));
    assert.equal((await bytes(head)).length, 0);

    const options = await run(page, { method: 'OPTIONS' });
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assert.equal(options.headers.get('access-control-allow-origin'), '*');

    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const refused = await run(page, { method, body: method === 'DELETE' ? undefined : 'x' });
      assert.equal(refused.status, 405, method);
      assert.equal(refused.headers.get('allow'), 'GET, HEAD, OPTIONS');
      assert.equal(await text(refused), '405 Method not allowed: only GET, HEAD, OPTIONS are served\n');
    }
    const long = await run(`/badge.svg?force=kent&cycle=peel-2017&area=legitimacy&x=${'a'.repeat(2100)}`);
    assert.equal(long.status, 414);
    assert.match(await text(long), /^414 URI too long: /);

    const data = await run('/data/peel-2017.json');
    assert.equal(data.headers.get('access-control-allow-origin'), '*');
    assert.equal(JSON.parse(await text(data)).assessments.length, 43);
  }
  // Node compresses text for a client that accepts it, and says the answer varies by that.
  const zipped = await onNode(page, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
  assert.match(await text(zipped), /^<!doctype html>/);
});

test('the data: every shipped collection as JSON and as CSV, one row per grade', async () => {
  // Every cycle folder's collection, as shipped (a new cycle is served once src/service/data.ts names it).
  for (const folder of readdirSync('data').filter((f) => /^\d{4}(-\d\d)?$/.test(f))) {
    const file = `data/${folder}/peel-${folder}-all-forces.json`;
    const r = await both(`/data/peel-${folder}.json`);
    assert.equal(r.status, 200, file);
    assert.deepEqual(JSON.parse(r.text), JSON.parse(readFileSync(file, 'utf8')), file);
  }
  const collection = JSON.parse(readFileSync('data/2018-19/peel-2018-19-all-forces.json', 'utf8'));
  const csv = await both('/data/2018-19.csv');
  assert.match(csv.headers.get('content-type'), /^text\/csv; charset=utf-8/);
  const lines = csv.text.split('\r\n');
  assert.equal(lines[0], 'Force ID,Force,Cycle,Area ID,Area,Question,Grade,Status,Carried over from,Source');
  const grades = collection.assessments.flatMap((a) => a.pillars.flatMap((p) => [p, ...(p.questions ?? [])]));
  assert.equal(lines.length, grades.length + 2, 'a header, a row per area and question grade, and the last line end');
  assert.equal(lines.at(-1), '');
  assert.match(
    csv.text,
    /\r\navon-and-somerset,Avon and Somerset Constabulary,peel-2018-19,effectiveness,Effectiveness,,good,,,/,
  );
  // A question with a comma in it is quoted.
  assert.match(csv.text, /,"How effective is the force at [^"]*,[^"]*\?",/);
});

test('bad queries: the right 4xx, in one plain line that names the parameter', async () => {
  const cases = [
    [embed({ force: 'kent' }), 400, 'parameter "cycle" is missing'],
    [embed({ cycle: 'peel-2017' }), 400, 'parameter "force" is missing'],
    [embed({ element: 'peel-chart', force: 'kent', cycle: 'peel-2017' }), 400, 'element "peel-chart" is not one of'],
    [embed({ force: 'kentish', cycle: 'peel-2017' }), 400, 'force "kentish" is not a force id of the register'],
    [embed({ force: '<b>kent</b>', cycle: 'peel-2017' }), 400, 'force is not a force id of the register'],
    [
      embed({ force: 'kent', cycle: 'peel-2019' }),
      400,
      'cycle "peel-2019" is not a cycle the service has (one of peel-2015, peel-2016, peel-2017',
    ],
    [
      embed({ force: 'bedfordshire', cycle: 'peel-2021-22' }),
      404,
      'no grades for force "bedfordshire" in peel-2021-22',
    ],
    [embed({ force: 'kent', cycle: 'peel-2017', area: 'leadership' }), 404, 'area "leadership" is not an area of kent'],
    [embed({ force: 'kent', cycle: 'peel-2017', lang: 'fr' }), 400, 'lang "fr" is not one of en, cy'],
    [embed({ force: 'kent', cycle: 'peel-2017', scheme: '"><x>' }), 400, 'scheme is not one of light, dark'],
    [embed({ force: 'kent', cycle: 'peel-2017', origin: 'https://x.example/path' }), 400, 'parameter "origin"'],
    [`${embed({ force: 'kent', cycle: 'peel-2017' })}&force=essex`, 400, 'parameter "force" is given more than once'],
    ['/badge.svg?force=kent&cycle=peel-2017', 400, 'parameter "area" is missing'],
    [embed({ force: 'kent', cycle: 'peel-2017', 'heading-level': '7' }), 400, 'heading-level "7" is not one of 1, 2'],
    ['/card.png?force=kent&cycle=peel-2017&scheme=dark', 400, 'the card takes no "scheme"'],
    [
      embed({ element: 'peel-history', force: 'kent', cycle: 'peel-2017' }),
      400,
      'peel-history takes no "cycle": it shows every cycle',
    ],
    [embed({ element: 'peel-history', force: 'kent', area: 'legitimacy' }), 400, 'peel-history takes no "area"'],
    [embed({ element: 'peel-history' }), 400, 'parameter "force" is missing'],
    [embed({ element: 'peel-history', force: 'kentish' }), 400, 'force "kentish" is not a force id of the register'],
    ['/data/peel-2014.csv', 404, 'no data for cycle "peel-2014"'],
    ['/data/../../etc/passwd', 404, 'no such page'],
  ];
  for (const [path, status, message] of cases) {
    const r = await both(path);
    assert.equal(r.status, status, path);
    assert.equal(r.headers.get('content-type'), 'text/plain; charset=utf-8', path);
    assert.match(r.text, /^\d{3} [A-Za-z ]+: [^\n]+\n$/, `${path}: one line`);
    assert.ok(r.text.includes(message), `${path}: ${r.text}`);
    assert.doesNotMatch(r.text, /</, `${path}: no markup`);
  }
});

test('1,000 malformed queries: each a 4xx with one plain line, never a 5xx', async () => {
  const { createService } = await import(pathToFileURL(join(dist, 'service/node.js')).href);
  const service = createService({ wasm: () => readFileSync(join(dist, 'resvg.wasm')), origin: ORIGIN });
  const statuses = new Map();
  for (const path of malformedQueries(1000)) {
    const r = await service.fetch(new Request(`${ORIGIN}${path}`));
    const body = await r.text();
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    assert.ok(r.status >= 400 && r.status < 500, `${path}: ${r.status} ${body}`);
    assert.match(body, /^\d{3} [A-Za-z ]+: [^\n<]+\n$/, `${path}: ${body}`);
  }
  assert.ok(statuses.get(400) > 100 && statuses.get(404) > 100, JSON.stringify([...statuses]));
});

test('serve: a bad port or origin is a bad command line; --help says what it serves', () => {
  const cli = (...args) =>
    spawnSync(process.execPath, [join(dist, 'cli.js'), 'serve', ...args], { encoding: 'utf8', timeout: 20000 });
  assert.equal(cli('--port', 'x').status, 2);
  assert.equal(cli('--port', '70000').status, 2);
  assert.equal(cli('--origin', 'javascript:alert(1)').status, 2);
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--host <address>\s+The address to listen on \(default 127\.0\.0\.1/);
  assert.match(nodeUrl, /^http:\/\/127\.0\.0\.1:\d+$/, 'binds the loopback address by default');
});

test('in Chromium: the element shows with no script, no policy is broken, and the height goes to the parent only', async () => {
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  // The embedding page on another origin than the service (another port).
  const host = createServer((request, response) => {
    const frame = (params) => `<iframe src="${nodeUrl}${embed(params).replace(/&/g, '&amp;')}" title="PEEL"></iframe>`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="en"><title>Host</title><script>
        window.heights = [];
        addEventListener('message', (e) => heights.push({ origin: e.origin, data: e.data,
          from: [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source) }));
      </script>
      ${frame({ force: 'kent', cycle: 'peel-2017', area: 'legitimacy', origin: 'https://elsewhere.example' })}
      ${frame({ force: 'kent', cycle: 'peel-2017', area: 'legitimacy', childId: 'peel-1' })}`,
    );
  });
  await new Promise((done) => host.listen(0, '127.0.0.1', done));
  try {
    const page = await browser.newPage();
    const violations = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
    await page.goto(`http://127.0.0.1:${host.address().port}/`);
    await page.waitForFunction(() => heights.some((h) => h.data?.type === 'peel-widgets:height'));
    const heights = await page.evaluate(() => heights);
    const service = new URL(nodeUrl).origin;
    assert.ok(
      heights.every((h) => h.from === 1 && h.origin === service),
      JSON.stringify(heights),
    );
    assert.ok(heights.some((h) => h.data === `pym${'xPYMx'}peel-1xPYMxheightxPYMx${heights[0].data.height}`));
    assert.ok(heights[0].data.height > 10);

    // No script at all: the declarative shadow root shows the grade.
    await page.setJavaScriptEnabled(false);
    for (const element of ['peel-rating', 'peel-assessment', 'peel-compare']) {
      await page.goto(`${nodeUrl}${embed({ element, force: 'kent', cycle: 'peel-2017', lang: 'cy' })}`);
      const shown = await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', element);
      assert.match(shown, element === 'peel-compare' ? /Caint|Kent Police/ : /Rhagorol|Da/, element);
    }
    await page.goto(`${nodeUrl}${embed({ element: 'peel-history', force: 'gwent', lang: 'cy' })}`);
    assert.match(
      await page.evaluate(() => document.querySelector('peel-history')?.shadowRoot?.textContent ?? ''),
      /Heddlu Gwent: graddau PEEL, 2015 i 2023–25[^]*Da/,
    );
    assert.deepEqual(violations, [], 'every style and the script are allowed by the page’s policy');

    // The page and its element pass axe (run by the test, outside the page's own policy). An embed has no h1 of
    // its own: its heading is at the level of the host page's (heading-level).
    await page.setJavaScriptEnabled(true);
    await page.setBypassCSP(true);
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    for (const element of ['pillar-summary', 'peel-compare', 'peel-history']) {
      const cycle = element === 'peel-history' ? {} : { cycle: 'peel-2017' };
      await page.goto(`${nodeUrl}${embed({ element, force: 'northamptonshire', ...cycle })}`);
      await page.addScriptTag({ content: axe });
      const found = await page.evaluate(async () =>
        (await axe.run(document, { rules: { 'page-has-heading-one': { enabled: false } } })).violations.map(
          (v) => v.id,
        ),
      );
      assert.deepEqual(found, [], element);
    }
  } finally {
    await browser.close();
    host.close();
  }
});
