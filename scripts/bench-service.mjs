// `npm run bench:service`: the embed service under load, on this machine only. Starts `peel-widgets serve` (the
// build's dist/cli.js) on the loopback, asks each address once (the first, uncached answers, timed apart), then
// drives 5,000 requests, 50 at a time, over a mix of every endpoint, and 1,000 malformed queries. Prints p50 and
// p99 per endpoint and the errors, against the goals: no errors, p99 ≤ 50 ms for a cached badge, ≤ 200 ms for a
// card; every malformed query a 4xx, none a 5xx or a hang. Exits 1 when a goal is missed. Needs the build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { join, resolve } from 'node:path';
import { malformedQueries } from './service-queries.mjs';

const dist = resolve(process.env.PEEL_DIST ?? 'dist');
const TOTAL = 5000;
const CONCURRENCY = 50;
const MALFORMED = 1000;
/** A request that takes longer than this is a hang. */
const TIMEOUT = 10_000;
const GOALS = { badge: 50, card: 200 };

const server = spawn(process.execPath, [join(dist, 'cli.js'), 'serve', '--port', '0'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const base = await new Promise((done, fail) => {
  let said = '';
  server.stderr.on('data', (chunk) => {
    said += chunk;
    const url = /listening on (\S+)/.exec(said)?.[1];
    if (url) done(url.replace(/\/$/, ''));
  });
  server.once('exit', (code) => fail(Error(`serve exited with ${code}: ${said}`)));
});

const FORCES = ['kent', 'essex', 'cleveland', 'gwent', 'merseyside', 'wiltshire', 'avon-and-somerset', 'sussex'];
const q = (params) => new URLSearchParams(params).toString();
/** The addresses, by endpoint, and how often each endpoint comes up in the mix. */
const ENDPOINTS = {
  badge: {
    share: 35,
    paths: FORCES.flatMap((force) =>
      ['effectiveness', 'efficiency', 'legitimacy'].map(
        (area) => `/badge.svg?${q({ force, cycle: 'peel-2017', area })}`,
      ),
    ),
  },
  'badge 304': { share: 10, paths: [], conditional: 'badge' },
  embed: {
    share: 20,
    paths: [
      ...FORCES.map(
        (force) => `/embed?${q({ element: 'peel-rating', force, cycle: 'peel-2017', area: 'legitimacy' })}`,
      ),
      `/embed?${q({ element: 'peel-assessment', force: 'northamptonshire', cycle: 'peel-2017' })}`,
      `/embed?${q({ element: 'pillar-summary', force: 'wiltshire', cycle: 'peel-2021-22', lang: 'cy' })}`,
      `/embed?${q({ element: 'peel-compare', cycle: 'peel-2023-25' })}`,
      `/embed?${q({ element: 'peel-history', force: 'metropolitan' })}`,
    ],
  },
  card: {
    share: 15,
    paths: [
      ...FORCES.map((force) => `/card.png?${q({ force, cycle: 'peel-2017' })}`),
      `/card.png?${q({ force: 'avon-and-somerset', cycle: 'peel-2023-25' })}`,
    ],
  },
  oembed: {
    share: 10,
    paths: FORCES.map(
      (force) => `/oembed?${q({ url: `${base}/embed?${q({ element: 'peel-rating', force, cycle: 'peel-2017' })}` })}`,
    ),
  },
  data: {
    share: 10,
    paths: ['peel-2017', 'peel-2018-19', 'peel-2021-22', 'peel-2023-25'].flatMap((c) => [
      `/data/${c}.json`,
      `/data/${c}.csv`,
    ]),
  },
};

// node:http rather than fetch: the client shares the two cores with the server, so it should cost little.
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One request, timed; its body read whole. */
function request(path, headers = {}) {
  const started = performance.now();
  return new Promise((done) => {
    const finish = (status, etag, error) => done({ ms: performance.now() - started, status, etag, error });
    const req = get(`${base}${path}`, { agent, headers, timeout: TIMEOUT }, (response) => {
      response.on('data', () => {});
      response.on('end', () => finish(response.statusCode, response.headers.etag));
      response.on('error', (error) => finish(0, undefined, error.message));
    });
    req.on('timeout', () => req.destroy(Error('timed out')));
    req.on('error', (error) => finish(0, undefined, error.message));
  });
}

/**
 * The server's CPU time so far in ms (Linux: utime and stime of /proc/<pid>/stat, in ticks of 10 ms), which the
 * machine's other work does not inflate as it does the latencies; undefined elsewhere.
 */
function serverCpu() {
  const stat = `/proc/${server.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fixed = (ms) => ms.toFixed(1).padStart(7);

// 1. Each address once, one at a time: what the first reader of an address waits (nothing cached yet).
const etags = new Map();
const first = {};
for (const [name, { paths }] of Object.entries(ENDPOINTS)) {
  for (const path of paths) {
    const r = await request(path);
    if (r.status !== 200) throw Error(`${path}: ${r.status} ${r.error ?? ''}`);
    etags.set(path, r.etag);
    (first[name] ??= []).push(r.ms);
  }
}

// 2. The mix, 50 at a time, after a warm-up lap.
const plan = [];
for (const [name, { share, paths, conditional }] of Object.entries(ENDPOINTS)) {
  const from = conditional ? ENDPOINTS[conditional].paths : paths;
  const count = Math.round((TOTAL * share) / 100);
  for (let i = 0; i < count; i++) plan.push({ name, path: from[i % from.length], conditional: !!conditional });
}
// Interleaved, the same way each run: a step coprime with the plan's length visits every entry once.
const step = 7919;
const mixed = plan.map((_, i) => plan[(i * step) % plan.length]);

const results = {};
let errors = 0;
async function drive(items, run) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}
// A warm-up lap (not counted), so that the figures are the service's, not the compiler's first minutes.
await drive(mixed.slice(0, 1000), async ({ path }) => void (await request(path)));
const cpuBefore = serverCpu();
const started = performance.now();
await drive(mixed, async ({ name, path, conditional }) => {
  const r = await request(path, conditional ? { 'if-none-match': etags.get(path) } : {});
  const expected = conditional ? 304 : 200;
  if (r.status !== expected) errors++;
  (results[name] ??= []).push(r.ms);
});
const seconds = (performance.now() - started) / 1000;
const cpu = cpuBefore === undefined ? undefined : serverCpu() - cpuBefore;

// 3. Malformed queries, 50 at a time: each a 4xx, none a 5xx nor a hang.
const malformed = { '4xx': 0, '5xx': 0, other: 0, hung: 0 };
const malformedTimes = [];
await drive(malformedQueries(MALFORMED), async (path) => {
  const r = await request(path);
  malformedTimes.push(r.ms);
  if (r.status >= 400 && r.status < 500) malformed['4xx']++;
  else if (r.status >= 500) malformed['5xx']++;
  else if (r.status === 0) malformed.hung++;
  else malformed.other++;
});
server.kill();
agent.destroy();

console.log(
  `embed service on Node (${base}), ${TOTAL} requests, ${CONCURRENCY} at a time: ${(TOTAL / seconds).toFixed(0)} requests/s`,
);
console.log('endpoint      count   p50 ms   p99 ms   max ms   first request (uncached): median, max ms');
let ok = errors === 0;
for (const [name, times] of Object.entries(results)) {
  const sorted = times.sort((a, b) => a - b);
  const once = (first[name] ?? []).sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  const goal = GOALS[name];
  if (goal && p99 > goal) ok = false;
  console.log(
    `${name.padEnd(12)} ${String(sorted.length).padStart(6)}  ${fixed(percentile(sorted, 50))}  ${fixed(p99)}  ${fixed(sorted.at(-1))}   ${
      once.length ? `${fixed(percentile(once, 50))}, ${fixed(once.at(-1))}` : '      –'
    }${goal ? `   goal p99 ≤ ${goal} ms: ${p99 <= goal ? 'met' : 'MISSED'}` : ''}`,
  );
}
console.log(`errors: ${errors} (goal 0)`);
if (cpu !== undefined)
  console.log(
    `server CPU: ${((cpu / TOTAL) * 1000).toFixed(0)} µs a request (${cpu} ms for ${TOTAL}); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]} on this machine`,
  );
const sortedMalformed = malformedTimes.sort((a, b) => a - b);
console.log(
  `malformed queries: ${MALFORMED}: ${malformed['4xx']} 4xx, ${malformed['5xx']} 5xx, ${malformed.hung} hung, ${malformed.other} other; p99 ${percentile(sortedMalformed, 99).toFixed(1)} ms`,
);
if (malformed['4xx'] !== MALFORMED) ok = false;
console.log(ok ? 'every goal met' : 'GOALS MISSED');
process.exit(ok ? 0 : 1);
