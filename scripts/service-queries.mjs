// Malformed requests for the embed service, generated from a seed so that a failure can be run again: each
// is a good address with one thing wrong (a value no parameter takes, a parameter given twice or left out, a
// path that is no page), so every one must be refused with a 4xx. Used by scripts/service.test.mjs and
// scripts/bench-service.mjs.

/** Values no parameter of the service takes, or only some do (those are filtered out per parameter below). */
const NASTY = [
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  'kentt',
  'KENT',
  ' kent',
  'kent ',
  'peel-2099',
  'PEEL-2017',
  '../../etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '\u0000',
  '%00',
  '%',
  '\ud800',
  'ŵ',
  'x'.repeat(300),
  '-1',
  '0',
  '1e3',
  'NaN',
  'null',
  'undefined',
  '[object Object]',
  'effectiveness,efficiency',
  'cy\r\nSet-Cookie: x=y',
  '🙂',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'light dark',
  'DARK',
  'peel_rating',
  'json ',
  'https://evil.example',
  'http://peel.test/embed?element=peel-rating',
  '99999999',
];

const ID = /^[\w-]{1,64}$/;
/** What each parameter accepts (as the service checks it), so that a value meant to be wrong is wrong. */
const ACCEPTS = {
  element: (v) =>
    ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment', 'peel-compare', 'peel-history'].includes(v),
  force: () => false,
  cycle: () => false,
  area: () => false,
  lang: (v) => v === 'en' || v === 'cy',
  scheme: (v) => v === 'light' || v === 'dark',
  compact: (v) => ['', '0', '1', 'true', 'false'].includes(v),
  origin: (v) => /^https?:\/\/[\w.-]+(:\d+)?$/.test(v),
  childId: (v) => ID.test(v),
  url: () => false,
  // xml is a format oEmbed names, which the service answers with 501: not malformed.
  format: (v) => v === 'json' || v === 'xml',
  maxwidth: (v) => /^[1-9]\d{0,4}$/.test(v),
  maxheight: (v) => /^[1-9]\d{0,4}$/.test(v),
};

/** A good address per endpoint: its parameters, and which are required. */
const GOOD = [
  {
    path: '/embed',
    params: { element: 'pillar-summary', force: 'kent', cycle: 'peel-2017', area: 'legitimacy', lang: 'cy' },
    optional: ['scheme', 'compact', 'origin', 'childId'],
    required: ['force', 'cycle'],
  },
  {
    path: '/badge.svg',
    params: { force: 'kent', cycle: 'peel-2017', area: 'legitimacy', scheme: 'dark' },
    optional: ['lang'],
    required: ['force', 'cycle', 'area'],
  },
  {
    path: '/card.png',
    params: { force: 'kent', cycle: 'peel-2017', area: 'efficiency' },
    optional: ['lang'],
    required: ['force', 'cycle'],
  },
  {
    path: '/oembed',
    params: { url: 'http://peel.test/embed?element=peel-rating&force=kent&cycle=peel-2017', format: 'json' },
    optional: ['maxwidth', 'maxheight'],
    required: ['url'],
  },
];

const PATHS = [
  '/embed/',
  '/EMBED',
  '/card.PNG',
  '/badge.svg/x',
  '/data/peel-2099.json',
  '/data/peel-2017.xml',
  '/data/',
  '//embed',
  '/index.html',
  '/data/peel-2017.json/..',
];

/** A small seeded generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` malformed paths with their queries, each of which the service must refuse with a 4xx. */
export function malformedQueries(count, seed = 27) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const out = [];
  while (out.length < count) {
    const kind = next();
    if (kind < 0.08) {
      out.push(`${pick(PATHS)}?${new URLSearchParams({ force: 'kent', cycle: 'peel-2017' })}`);
      continue;
    }
    const good = pick(GOOD);
    const query = new URLSearchParams(good.params);
    if (kind < 0.2) {
      // A parameter given twice.
      const name = pick([...Object.keys(good.params)]);
      query.append(name, query.get(name));
    } else if (kind < 0.3) {
      query.delete(pick(good.required));
    } else {
      // One parameter with a value it does not take.
      const name = pick([...Object.keys(good.params), ...good.optional]);
      let value;
      do value = pick(NASTY);
      while (ACCEPTS[name](value));
      query.set(name, value);
    }
    out.push(`${good.path}?${query}`);
  }
  return out;
}
