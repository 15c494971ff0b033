// The code the builder hands over, built as text from the options and the parsed data. Everything
// from the data is escaped as text; only http(s) and relative URLs become links.
import { CARD_STRINGS } from '../src/i18n/card-strings.js';
import { pillarTitle } from '../src/i18n/titles.js';
import { GRADE_LABELS } from '../src/data/grades.js';
import type { Grade, Lang } from '../src/data/grades.js';
import { CYCLES } from '../src/data/cycles.js';
import { forceById } from '../src/data/forces.js';
import type { Assessment, Pillar } from '../src/data/types.js';
import { safeUrl } from '../src/security/safe-url.js';
import { TOKENS } from './tokens.js';
import type { Brand } from './tokens.js';

export { TAGS as ELEMENTS } from '../src/tags.js';
import type { Tag } from '../src/tags.js';
export type ElementTag = Tag;

export const SCHEMES = ['page', 'light', 'dark', 'light dark'] as const;
export type SchemeChoice = (typeof SCHEMES)[number];

export interface Options {
  element: ElementTag;
  /** The area (pillar id), for the elements that show one. */
  pillar?: string;
  variant: 'badge' | 'scale';
  size: 'small' | 'medium' | 'large';
  headingLevel: number;
  lang: Lang;
  scheme: SchemeChoice;
  hideSource: boolean;
  /** <peel-assessment>, <pillar-summary>: each summary's first paragraph, the rest folded. */
  compact: boolean;
  brand: Brand;
  /** <peel-compare>: the force whose row is marked ("your force"), by id. */
  highlight?: string;
  /** <peel-compare>: group the rows by region. */
  groupByRegion: boolean;
  /** <peel-compare>: only this region's forces ('' for all). */
  region: string;
  /** <peel-compare>: the column to sort by ('name' or an area id; '-' before it reverses). */
  sort: string;
}

/** Which options each element takes (the builder shows only these controls). */
export const TAKES: Record<ElementTag, ReadonlySet<string>> = {
  'peel-rating': new Set(['pillar', 'variant', 'size']),
  'pillar-summary': new Set(['pillar', 'headingLevel', 'hideSource', 'compact']),
  'key-facts-panel': new Set(['headingLevel']),
  'peel-assessment': new Set(['headingLevel', 'hideSource', 'compact']),
  'peel-compare': new Set(['headingLevel', 'highlight', 'groupBy', 'region', 'sort']),
  'peel-history': new Set(['headingLevel']),
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or an attribute value, safe in HTML. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * JSON for a `<script type="application/json">`: `<` written as \u003c, so no `</script>` or `<!--`
 * in the data can end the script early. JSON.parse reads it back unchanged.
 */
export const scriptJson = (data: unknown) =>
  JSON.stringify(data, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The attributes the element gets, in order, without the data channel. */
export function attributes(options: Options): [string, string][] {
  const takes = TAKES[options.element];
  const out: [string, string][] = [];
  if (takes.has('pillar') && options.pillar) out.push(['pillar', options.pillar]);
  if (takes.has('variant') && options.variant !== 'badge') out.push(['variant', options.variant]);
  if (takes.has('size') && options.size !== 'medium') out.push(['size', options.size]);
  if (takes.has('headingLevel') && options.headingLevel !== 2)
    out.push(['heading-level', String(options.headingLevel)]);
  if (takes.has('highlight') && options.highlight) out.push(['highlight', options.highlight]);
  if (takes.has('groupBy') && options.groupByRegion) out.push(['group-by', 'region']);
  if (takes.has('region') && options.region) out.push(['region', options.region]);
  if (takes.has('sort') && options.sort && options.sort !== 'name') out.push(['sort', options.sort]);
  out.push(['lang', options.lang]);
  if (takes.has('hideSource') && options.hideSource) out.push(['hide-source', '']);
  if (takes.has('compact') && options.compact) out.push(['compact', '']);
  return out;
}

/**
 * What the element needs of the document: a badge or a pillar card only its pillar, a key facts
 * panel only the facts, so the inline JSON stays short. The preview shows this same data.
 */
export function trimData(raw: unknown, options: Options): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const doc = raw as Record<string, unknown>;
  if (options.element === 'peel-assessment' || options.element === 'peel-compare' || 'assessments' in doc) return raw;
  if (options.element === 'key-facts-panel') {
    const { schemaVersion, force, keyFacts } = doc;
    return { schemaVersion, force, keyFacts };
  }
  const pillars = Array.isArray(doc.pillars) ? (doc.pillars as Record<string, unknown>[]) : undefined;
  const found = pillars?.find((p) => p && p.id === options.pillar) ?? pillars?.[0];
  if (options.element === 'peel-rating') {
    // A badge reads the document's scale and the pillar's grade fields, nothing else.
    const keep = (from: Record<string, unknown> | undefined, keys: string[]) =>
      from && typeof from === 'object'
        ? Object.fromEntries(keys.filter((k) => k in from).map((k) => [k, from[k]]))
        : from;
    const top = keep(doc, ['schemaVersion', 'force', 'period', 'cycle', 'scale', 'url']) as Record<string, unknown>;
    const pillar = keep(found, [
      'id',
      'title',
      'grade',
      'previousGrade',
      'status',
      'gradedIn',
      'previousPeriod',
      'url',
    ]);
    return pillars ? { ...top, pillars: pillar ? [pillar] : [] } : top;
  }
  const { keyFacts, observations, inspector, context, priorities, summary, ...rest } = doc;
  void [keyFacts, observations, inspector, context, priorities, summary];
  return pillars ? { ...rest, pillars: found ? [found] : [] } : rest;
}

/** The force's name in the chosen language: the register's Welsh name for a Welsh force. */
const forceName = (a: Assessment, lang: Lang) => (lang === 'cy' && forceById(a.force.id ?? '')?.cy) || a.force.name;

const period = (a: Assessment) => a.period ?? (a.cycle ? CYCLES[a.cycle] : undefined);

/** The pillar the options name, or the first. */
export const chosenPillar = (a: Assessment, id?: string): Pillar | undefined =>
  a.pillars?.find((p) => p.id === id) ?? a.pillars?.[0];

/** A pillar's grade (or status) in words, as the badge writes it. */
export function gradeText(pillar: Pillar | undefined, lang: Lang): string | undefined {
  if (!pillar) return undefined;
  const s = CARD_STRINGS[lang];
  if (pillar.grade) return GRADE_LABELS[lang][pillar.grade as Grade];
  if (pillar.status === 'carried-over' && pillar.gradedIn) return s.carriedOver(pillar.gradedIn);
  if (pillar.status && pillar.status in s.status) return s.status[pillar.status as keyof typeof s.status];
  return undefined;
}

const link = (url: string | undefined, text: string) => {
  const href = safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
};

/**
 * The element's content for a reader without JavaScript (and search engines): the grade as text and
 * the link to the report, in the element's language. The element replaces it when it upgrades.
 */
export function fallbackHtml(a: Assessment, options: Options): string {
  const { lang } = options;
  const s = CARD_STRINGS[lang];
  const name = forceName(a, lang);
  const when = period(a);
  const heading = `${name}${when ? `, PEEL ${when}` : ''}`;
  const titled = (p: Pillar) => {
    const [title] = pillarTitle(s, p, name, a.cycle);
    const grade = gradeText(p, lang);
    return `${escapeHtml(title)}: <strong>${escapeHtml(grade ?? s.empty)}</strong>`;
  };
  switch (options.element) {
    case 'peel-rating': {
      const pillar = chosenPillar(a, options.pillar);
      return link(pillar?.url ?? a.url, gradeText(pillar, lang) ?? s.empty);
    }
    case 'pillar-summary': {
      const pillar = chosenPillar(a, options.pillar);
      if (!pillar) return `<p>${escapeHtml(s.noPillar)}</p>`;
      return `<p>${escapeHtml(heading)}. ${titled(pillar)}. ${link(pillar.url ?? a.url, s.readReport)}</p>`;
    }
    case 'key-facts-panel':
      return `<p>${escapeHtml(`${s.keyFacts}: ${heading}`)}. ${link(a.url, s.readReport)}</p>`;
    default: {
      // peel-assessment, and peel-compare (for which the fallback names the chosen force's grades).
      const items = (a.pillars ?? []).map((p) => `\n    <li>${titled(p)}</li>`).join('');
      return (
        `<p>${escapeHtml(heading)}</p>` +
        (items ? `\n  <ul>${items}\n  </ul>` : '') +
        `\n  <p>${link(a.url, s.fullReport)}</p>`
      );
    }
  }
}

/** The `<style>` block for the chosen tokens and scheme, or '' when nothing is chosen. */
export function styleBlock(options: Options): string {
  const lines: string[] = [];
  if (options.scheme !== 'page') lines.push(`color-scheme: ${options.scheme};`);
  for (const token of TOKENS) {
    const value = options.brand[token.key];
    if (value && /^#[0-9a-f]{6}$/i.test(value)) lines.push(`${token.property}: ${value.toLowerCase()};`);
  }
  return lines.length
    ? `<style>\n  ${options.element} {\n${lines.map((l) => `    ${l}`).join('\n')}\n  }\n</style>\n`
    : '';
}

export interface CodeInput {
  options: Options;
  /** The parsed document, for the fallback content (undefined for a collection). */
  assessment?: Assessment;
  /** Inline data (put in a JSON script child), or the address of the data (`src`), and the force to pick from it. */
  data: { inline: unknown } | { src: string; force?: string };
  scriptUrl: string;
  /** The fallback stylesheet's address, or '' to leave it out. */
  cssUrl: string;
}

/** The whole snippet: stylesheet, script, style block and the element with its data and fallback. */
export function embedCode({ options, assessment, data, scriptUrl, cssUrl }: CodeInput): string {
  const tag = options.element;
  const channel: [string, string][] =
    'src' in data ? [['src', data.src], ...(data.force ? [['force', data.force] as [string, string]] : [])] : [];
  const attrs = [...attributes(options), ...channel]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const inner: string[] = [];
  if ('inline' in data)
    inner.push(`<script type="application/json">\n${scriptJson(data.inline)}\n</script>`.replace(/\n/g, '\n  '));
  if (assessment) inner.push(fallbackHtml(assessment, options));
  return (
    (cssUrl ? `<link rel="stylesheet" href="${escapeHtml(cssUrl)}" />\n` : '') +
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>\n` +
    styleBlock(options) +
    `\n<${tag}${attrs}>\n  ${inner.join('\n  ')}\n</${tag}>\n`
  );
}

/**
 * The iframe page's query (dist/embed.html; the contract is in the README's "When scripts aren't
 * allowed"): the data's address, the element, and every option the element takes, named as its
 * attributes; `force` picks one force from a collection; brand colours as `c-<key>` hex digits.
 */
export function embedQuery(options: Options, src: string, force?: string): URLSearchParams {
  const q = new URLSearchParams();
  q.set('src', src);
  q.set('element', options.element);
  for (const [name, value] of attributes(options)) q.set(name, value === '' ? '1' : value);
  if (options.scheme !== 'page') q.set('scheme', options.scheme);
  if (force && options.element !== 'peel-compare') q.set('force', force);
  for (const token of TOKENS) {
    const value = options.brand[token.key];
    if (value && /^#[0-9a-f]{6}$/i.test(value)) q.set(`c-${token.key}`, value.slice(1).toLowerCase());
  }
  return q;
}

/** A frame's height when the preview has not measured one. */
const HEIGHTS: Record<ElementTag, number> = {
  'peel-rating': 64,
  'pillar-summary': 420,
  'key-facts-panel': 520,
  'peel-assessment': 900,
  'peel-compare': 700,
  'peel-history': 760,
};

/**
 * The iframe alternative: the embed page draws the element from its query string, for sites that take
 * no script. The frame has no border and the column's width; `height` is the preview's, so that before
 * its page reports its own height (or where no script may run) the frame shows what the preview shows. The
 * few lines after it apply the heights the page reports (src/embed/height.ts), so that the frame is never
 * clipped at any width: only messages from the embed page's origin, each to the frame that sent it.
 */
export function iframeCode({
  options,
  src,
  force,
  embedUrl,
  title,
  height,
}: {
  options: Options;
  src: string;
  force?: string;
  embedUrl: string;
  title: string;
  height?: number;
}): string {
  const url = new URL(embedUrl);
  url.search = embedQuery(options, src, force).toString();
  // The embed page's own padding (4 px each side) and a line of slack.
  const tall = height ? Math.ceil(height) + 8 + 24 : HEIGHTS[options.element];
  return `<iframe src="${escapeHtml(url.href)}" title="${escapeHtml(title)}" width="100%" height="${tall}" loading="lazy" style="width: 100%; border: 0"></iframe>
<script>
  // The frame follows the height its page reports, so it is never cut off.
  addEventListener('message', (e) => {
    if (e.origin !== ${JSON.stringify(url.origin)} || e.data?.type !== 'peel-widgets:height') return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === e.source) frame.style.height = e.data.height + 'px';
  });
</script>
`;
}
