// The embed service: one fetch handler on web standards alone (Request, Response, URL, Web Crypto), the same on
// Cloudflare Workers (src/service/worker.ts) and on Node (src/service/node.ts, `peel-widgets serve`).
//
//   GET /embed?element&force&cycle[&area&lang&scheme&compact&origin&childId]  an element in a page, no script needed
//   GET /embed?element=peel-history&force[&lang&scheme&compact&origin&childId] a force's grades of every cycle
//   GET /oembed?url=<an /embed address>&format=json[&maxwidth&maxheight]      oEmbed 1.0, type rich
//   GET /badge.svg?force&cycle&area[&lang&scheme]                             the SVG badge
//   GET /card.png?force&cycle[&area&lang]                                     a 1200×630 social card
//   GET /data/<cycle>.json, /data/<cycle>.csv                                  the shipped collections
//
// Every answer depends on its address alone (and the data the service was built with), so each is made once
// and kept (up to a byte budget), and revalidates by its ETag.
import type { InitInput } from '@resvg/resvg-wasm';
import { badgeSvg } from '../cli/badge.js';
import { exportRows, toCsv } from '../data/export.js';
import { CARD_STRINGS } from '../i18n/card-strings.js';
import { pillarTitle } from '../i18n/titles.js';
import { cycleOf } from '../data/cycles.js';
import { shippedCycle, shippedCycles } from './data.js';
import { cardPng, cardSvg } from './card.js';
import { HEIGHTS, embedCard, embedPage, embedTitle, escapeHtml } from './embed-page.js';
import { ALLOW, COMMON_HEADERS, MAX_AGE, Refusal, entry, failure, respond } from './http.js';
import type { Entry } from './http.js';
import { embedQuery, embedSearch, gradeQuery, gradeSearch, single } from './query.js';
import type { GradeQuery } from './query.js';
import { SERVICE_STRINGS } from './strings.js';

/** The longest address served: a real embed address is under 300 characters. */
export const MAX_URL = 2000;
/** The bytes of answers kept in memory (the most expensive, cards, are some 30 kB each). */
const CACHE_BYTES = 64 * 1024 * 1024;
/** The oEmbed iframe's width when the consumer sets no maximum. */
const OEMBED_WIDTH = 640;
const PROVIDER = 'peel-widgets';

export interface ServiceOptions {
  /** resvg's WebAssembly: a compiled module on Workers (which compile no code at run time), bytes on Node. */
  wasm: () => InitInput | Promise<InitInput>;
  /** The service's public origin (`https://peel.example.org`), for the addresses it writes; default: the request's. */
  origin?: string;
}

export interface Env {
  /** Set in wrangler's `vars` to fix the origin the service writes into its pages and oEmbed answers. */
  PUBLIC_ORIGIN?: string;
}

/** Answers kept by canonical address, least recently used first out. */
class Cache {
  #entries = new Map<string, Promise<Entry>>();
  #sizes = new Map<string, number>();
  #bytes = 0;

  async get(key: string, make: () => Promise<Entry>): Promise<Entry> {
    const kept = this.#entries.get(key);
    if (kept) {
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    // Requests for the same address while it is made share the one making.
    const made = make();
    this.#entries.set(key, made);
    try {
      const e = await made;
      this.#sizes.set(key, e.body.length);
      this.#bytes += e.body.length;
      for (const [old] of this.#entries) {
        if (this.#bytes <= CACHE_BYTES || old === key) break;
        this.#forget(old);
      }
      return e;
    } catch (error) {
      this.#entries.delete(key);
      throw error;
    }
  }

  #forget(key: string) {
    this.#entries.delete(key);
    this.#bytes -= this.#sizes.get(key) ?? 0;
    this.#sizes.delete(key);
  }
}

const HTML = 'text/html; charset=utf-8';

/** The service: `{ fetch(request, env) }`, never throwing (an unexpected error is a plain 500). */
export function createService(options: ServiceOptions) {
  const cache = new Cache();

  const routes: Record<string, (request: Request, url: URL, base: string) => Promise<Response>> = {
    async '/'(request, _url, base) {
      const e = await cache.get(`${base}/`, () => entry(index(base), 'text/plain; charset=utf-8'));
      return respond(request, e);
    },

    async '/embed'(request, url, base) {
      const q = embedQuery(url.searchParams);
      const key = `${base}/embed?${embedSearch(q, true)}`;
      const e = await cache.get(key, async () => {
        const { html, csp } = await embedPage(q, base);
        return entry(html, HTML, {
          'content-security-policy': csp,
          'referrer-policy': 'no-referrer',
          'cross-origin-resource-policy': 'cross-origin',
        });
      });
      return respond(request, e);
    },

    async '/oembed'(request, url, base) {
      const search = url.searchParams;
      const format = single(search, 'format') ?? 'json';
      // oEmbed's other format is one the service does not write (the spec's 501); anything else is no format.
      if (format === 'xml') throw new Refusal(501, 'format xml is not served: ask for json');
      if (format !== 'json') throw new Refusal(400, 'parameter "format" is json (or xml, which is not served)');
      const size = (name: string) => {
        const value = single(search, name);
        if (value === undefined) return undefined;
        if (!/^[1-9]\d{0,4}$/.test(value)) throw new Refusal(400, `parameter "${name}" is not a number of pixels`);
        return Number(value);
      };
      const [maxWidth, maxHeight] = [size('maxwidth'), size('maxheight')];
      const address = single(search, 'url');
      if (!address) throw new Refusal(400, 'parameter "url" is missing');
      let target: URL;
      try {
        target = new URL(address);
      } catch {
        throw new Refusal(404, 'url is not an address of this service');
      }
      if (target.origin !== base || target.pathname !== '/embed')
        throw new Refusal(404, 'url is not an embed address of this service (/embed?…)');
      let q;
      try {
        q = embedQuery(target.searchParams);
      } catch (error) {
        // Nothing to embed at that address: oEmbed's 404, with the reason.
        if (error instanceof Refusal) throw new Refusal(404, `url: ${error.message}`);
        throw error;
      }
      const key = `${base}/oembed?${embedSearch(q, true)}&w=${maxWidth ?? ''}&h=${maxHeight ?? ''}`;
      const e = await cache.get(key, async () => {
        const width = Math.min(maxWidth ?? OEMBED_WIDTH, OEMBED_WIDTH);
        const height = Math.min(maxHeight ?? HEIGHTS[q.element], HEIGHTS[q.element]);
        const title = embedTitle(q);
        const src = `${base}/embed?${embedSearch(q, true)}`;
        const card = embedCard(q, base);
        // The card as thumbnail only where it fits within the consumer's maximum size.
        const thumbnail =
          card && (maxWidth ?? Infinity) >= 1200 && (maxHeight ?? Infinity) >= 630
            ? { thumbnail_url: card.url, thumbnail_width: 1200, thumbnail_height: 630, thumbnail_alt: card.alt }
            : {};
        const body = {
          type: 'rich',
          version: '1.0',
          title,
          provider_name: PROVIDER,
          provider_url: `${base}/`,
          cache_age: MAX_AGE,
          html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" frameborder="0"></iframe>`,
          width,
          height,
          ...thumbnail,
        };
        return entry(`${JSON.stringify(body)}\n`, 'application/json; charset=utf-8');
      });
      return respond(request, e);
    },

    async '/badge.svg'(request, url, base) {
      const q = gradeQuery(url.searchParams, true);
      const e = await cache.get(`${base}/badge.svg?${gradeSearch(q)}`, async () => {
        const pillar = q.assessment.pillars!.find((p) => p.id === q.area)!;
        if (!pillar.grade)
          throw new Refusal(404, `area "${q.area}" of ${q.assessment.force.id} has no grade in ${q.cycle.id}`);
        const s = CARD_STRINGS[q.lang];
        const force = SERVICE_STRINGS[q.lang].name(q.assessment.force);
        const [label] = pillarTitle(s, pillar, force, cycleOf(q.assessment));
        const svg = badgeSvg({
          grade: pillar.grade,
          previousGrade: pillar.previousGrade,
          label,
          note: `${force}, PEEL ${q.cycle.period}`,
          lang: q.lang,
          scheme: q.scheme,
          // Ids of its own, and the same each time: the badge's bytes (and its ETag) depend on the address alone.
          id: `peel-badge-${q.assessment.force.id}-${q.area}`,
        });
        return entry(svg, 'image/svg+xml; charset=utf-8', {
          'content-security-policy': "default-src 'none'",
          'content-disposition': fileName(q, 'svg'),
        });
      });
      return respond(request, e);
    },

    async '/card.png'(request, url, base) {
      const q = gradeQuery(url.searchParams, false);
      const e = await cache.get(`${base}/card.png?${gradeSearch(q)}`, async () => {
        const { svg } = cardSvg(q.assessment, q.cycle.period, q.lang, q.area);
        return entry(await cardPng(svg, options.wasm), 'image/png', { 'content-disposition': fileName(q, 'png') });
      });
      return respond(request, e);
    },
  };

  /**
   * A badge's or card's file name, as the builder names its download: force, cycle and area (ids: letters,
   * digits and hyphens only), then the language when it is Welsh and the scheme when it is dark
   * ("gwent-peel-2018-19-efficiency-cy-dark.svg").
   */
  const fileName = (q: GradeQuery, ext: string) =>
    `inline; filename="${[q.assessment.force.id, q.cycle.id, q.area, q.lang === 'cy' && 'cy', q.scheme === 'dark' && 'dark'].filter(Boolean).join('-')}.${ext}"`;

  /** `/data/<cycle>.json` and `.csv`. */
  async function data(request: Request, match: RegExpExecArray, base: string): Promise<Response> {
    const [, id, format] = match as unknown as [string, string, 'json' | 'csv'];
    const cycle = shippedCycle(id);
    if (!cycle)
      throw new Refusal(
        404,
        `no data for cycle "${id}" (one of ${shippedCycles()
          .map((c) => c.id)
          .join(', ')})`,
      );
    const e = await cache.get(`${base}/data/${cycle.id}.${format}`, () =>
      format === 'json'
        ? entry(`${JSON.stringify(cycle.shipped, null, 2)}\n`, 'application/json; charset=utf-8')
        : entry(toCsv(exportRows(cycle.collection)), 'text/csv; charset=utf-8; header=present', {
            'content-disposition': `inline; filename="${cycle.id}-all-forces.csv"`,
          }),
    );
    return respond(request, e);
  }

  async function handle(request: Request, env: Env | undefined): Promise<Response> {
    if (request.url.length > MAX_URL) return failure(request, 414, `the address is longer than ${MAX_URL} characters`);
    if (request.method === 'OPTIONS')
      return new Response(null, {
        status: 204,
        headers: {
          ...COMMON_HEADERS,
          allow: ALLOW,
          'access-control-allow-methods': ALLOW,
          'access-control-allow-headers': 'If-None-Match',
          'access-control-max-age': '86400',
        },
      });
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return failure(request, 405, `only ${ALLOW} are served`, { allow: ALLOW });
    const url = new URL(request.url);
    const base = (env?.PUBLIC_ORIGIN || options.origin || url.origin).replace(/\/$/, '');
    try {
      const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
      if (route) return await route(request, url, base);
      const match = /^\/data\/([a-z0-9-]{1,32})\.(json|csv)$/.exec(url.pathname);
      if (match) return await data(request, match, base);
      return failure(request, 404, 'no such page (see / for what the service serves)');
    } catch (error) {
      if (error instanceof Refusal) return failure(request, error.status, error.message);
      throw error;
    }
  }

  return {
    async fetch(request: Request, env?: Env): Promise<Response> {
      try {
        return await handle(request, env);
      } catch (error) {
        console.error('peel-widgets service:', error);
        return failure(request, 500, 'the service could not answer this request');
      }
    },
  };
}

/** `/`: what the service serves, in plain words. */
const index = (base: string) =>
  [
    'peel-widgets embed service: HMICFRS PEEL police inspection grades to embed.',
    '',
    `${base}/embed?element=<tag>&force=<id>&cycle=<id>[&area=<id>&lang=cy&scheme=dark&compact]`,
    `${base}/embed?element=peel-history&force=<id>[&lang=cy&scheme=dark&compact]`,
    `${base}/oembed?url=<an /embed address>&format=json[&maxwidth=N&maxheight=N]`,
    `${base}/badge.svg?force=<id>&cycle=<id>&area=<id>[&lang=cy&scheme=dark]`,
    `${base}/card.png?force=<id>&cycle=<id>[&area=<id>&lang=cy]`,
    ...shippedCycles().flatMap((c) => [`${base}/data/${c.id}.json`, `${base}/data/${c.id}.csv`]),
    '',
  ].join('\n');
