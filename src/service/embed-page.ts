// `/embed`: one element, server-rendered (declarative shadow DOM: it shows with no script at all), in a small
// page an iframe shows. The page tells its parent its height as the iframe page (src/embed/) does, but only
// to the parent's origin; names its oEmbed for discovery, its social card, and the report as canonical.
import heightScript from 'virtual:height-script';
import { CYCLES, cycleOf } from '../data/cycles.js';
import type { Cycle } from '../data/cycles.js';
import type { Assessment } from '../data/types.js';
import { renderElement } from '../ssr/index.js';
import { SERVICE_STRINGS } from './strings.js';
import { cardSvg } from './card.js';
import { embedSearch } from './query.js';
import type { EmbedQuery } from './query.js';

/**
 * The page's one script: the iframe page's height message (`{ type: 'peel-widgets:height', height }`, and
 * Pym.js's when the address names a child id), to the embedding page's origin only. Inline, allowed by its hash.
 */
export const HEIGHT_SCRIPT = heightScript;

/**
 * The iframe's starting height per element, in CSS pixels at the oEmbed width (640): a badge's whole height as
 * Chromium lays it out (28), a card's or table's first screen (a whole report is 660 to 6,700 px, all 43 forces
 * 10,000 or more, one force's history 650 to 2,800 and its table alone 390 to 1,810). What is taller scrolls
 * inside the frame, until the host page follows the height message.
 */
export const HEIGHTS: Record<EmbedQuery['element'], number> = {
  'peel-rating': 32,
  'pillar-summary': 480,
  'key-facts-panel': 640,
  'peel-assessment': 960,
  'peel-compare': 960,
  'peel-history': 960,
};

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const unescapeHtml = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );

/** The title of an embed: its page's, its iframe's and its oEmbed's. */
export function embedTitle(q: EmbedQuery): string {
  const t = SERVICE_STRINGS[q.lang];
  if (q.history) {
    // The force as its newest assessment names it, from the first cycle to the last (the element's own title).
    const { assessments } = q.history.collection;
    const period = (a: Assessment) => CYCLES[cycleOf(a) as Cycle] ?? a.period ?? '';
    return t.historyTitle(assessments.at(-1)!.force, period(assessments[0]!), period(assessments.at(-1)!));
  }
  return q.element === 'peel-compare' || !q.assessment
    ? t.compareTitle(q.cycle.period)
    : t.forceTitle(t.name(q.assessment.force), q.cycle.period);
}

/** The card of an embed (none for every force side by side, nor for every cycle): its address and alt text. */
export function embedCard(q: EmbedQuery, base: string): { url: string; alt: string } | undefined {
  if (q.element === 'peel-compare' || !q.assessment || !q.cycle) return undefined;
  const search = new URLSearchParams({ force: q.assessment.force.id!, cycle: q.cycle.id });
  if (q.area) search.set('area', q.area);
  if (q.lang !== 'en') search.set('lang', q.lang);
  return {
    url: `${base}/card.png?${search}`,
    alt: cardSvg(q.assessment, q.cycle.period, q.lang, q.area).alt,
  };
}

const sha256 = async (text: string) =>
  `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;

/** The page, and the policy that allows exactly its inline styles and its one script. */
export async function embedPage(q: EmbedQuery, base: string): Promise<{ html: string; csp: string }> {
  const compare = q.element === 'peel-compare';
  const { html: rendered } = await renderElement(q.element, {
    data: q.history?.collection ?? (compare ? q.cycle.collection : q.assessment),
    pillar: q.area,
    highlight: compare ? q.assessment?.force.id : undefined,
    lang: q.lang,
    headingLevel: q.headingLevel,
    compact: q.compact,
    // The page never loads the bundle: nothing to hydrate.
    hydratable: false,
  });
  // Lit's markers are for hydration, which this page never does. Data text is escaped, so none is a marker.
  const element = rendered.replace(/<!--\/?lit-(part|node)[^>]*-->|<\?>/g, '');
  const title = embedTitle(q);
  const self = `${base}/embed?${embedSearch(q)}`;
  const oembed = `${base}/oembed?${new URLSearchParams({ url: self, format: 'json' })}`;
  const report = q.assessment?.url && /^https?:\/\//.test(q.assessment.url) ? q.assessment.url : undefined;
  const card = embedCard(q, base);
  const style = `:root{color-scheme:${q.scheme ?? 'light dark'}}body{margin:0;padding:4px;background:Canvas;color:CanvasText;font-family:system-ui,sans-serif}`;
  const meta = (property: string, content: string) => `<meta property="${property}" content="${escapeHtml(content)}">`;
  const html = [
    '<!doctype html>',
    `<html lang="${q.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(report ?? self)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(title)}">`,
    meta('og:title', title),
    meta('og:type', 'website'),
    meta('og:url', self),
    ...(card
      ? [
          meta('og:image', card.url),
          meta('og:image:type', 'image/png'),
          meta('og:image:width', '1200'),
          meta('og:image:height', '630'),
          meta('og:image:alt', card.alt),
          '<meta name="twitter:card" content="summary_large_image">',
        ]
      : []),
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    // The page's one landmark; its heading is at the host page's level (heading-level), so no h1 of its own.
    `<main>${element}</main>`,
    `<script>${HEIGHT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  // Every inline style (the page's and each shadow root's) by its hash: no 'unsafe-inline'. The few style
  // attributes (the compare table's count bars) by theirs, which 'unsafe-hashes' lets a hash allow.
  const styles = new Set([...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!));
  const attributes = new Set([...html.matchAll(/ style="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!)));
  const hashes = await Promise.all([...styles, ...attributes].map(sha256));
  if (attributes.size) hashes.unshift("'unsafe-hashes'");
  const csp = [
    "default-src 'none'",
    `script-src ${await sha256(HEIGHT_SCRIPT)}`,
    `style-src ${hashes.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    // Embedding is the point: any page may frame it.
    'frame-ancestors *',
  ].join('; ');
  return { html, csp };
}
