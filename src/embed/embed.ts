// The embed page's script (dist/embed.js, beside embed.html and the bundle): builds the one element the
// query string asks for, with nothing from it ever parsed as HTML, and tells the parent page its height.
// A grade is shown only from a data document: none from the query string, which anyone can write.
// The query string's contract (every parameter and the values it may take) is in the README's
// "The iframe page" section; each value must match its pattern whole, or it is left out.
import { TAGS } from '../tags.js';
import { GRADES } from '../data/grades.js';
import { REGIONS } from '../data/regions.js';
import { ORIGIN, parentOrigin, reportHeight } from './height.js';

const ID = /^[a-z0-9-]{1,64}$/;

/** The query's attributes, each with the values it may take: passed to whichever element is chosen. */
const ATTRIBUTES: Record<string, RegExp> = {
  pillar: ID,
  variant: /^(badge|scale)$/,
  size: /^(small|medium|large)$/,
  'heading-level': /^[1-6]$/,
  'hide-source': /^(|1|true)$/,
  compact: /^(|1|true)$/,
  force: ID,
  highlight: ID,
  'group-by': /^region$/,
  region: new RegExp(`^(${REGIONS.join('|')})$`),
  sort: /^-?[a-z0-9-]{1,64}$/,
};

/**
 * Brand colours, as the builder names them (builder/tokens.ts: `c-<key>`), with six hex digits and no `#`:
 * the custom property each sets on the element.
 */
const COLOURS: Record<string, string> = {
  accent: '--peel-color-accent',
  link: '--peel-color-link',
  text: '--peel-color-text',
  surface: '--peel-color-surface',
  ...Object.fromEntries(GRADES.map((g) => [g, `--peel-grade-${g}-color`])),
};
const HEX = /^[0-9a-f]{6}$/i;

/** The origins the site allows data from besides its own (`<meta name="peel-widgets-allowed-origins">`). */
const ALLOWED_META = 'peel-widgets-allowed-origins';

const query = new URLSearchParams(location.search);
const root = document.documentElement;
const lang = query.get('lang') === 'cy' ? 'cy' : 'en';
root.lang = lang;
const scheme = query.get('scheme');
/** Values the page left out, said once on the console. */
const refused: string[] = [];
const take = (name: string, allowed: RegExp) => {
  const value = query.get(name);
  if (value === null) return undefined;
  if (allowed.test(value)) return value;
  refused.push(`${name}=${JSON.stringify(value)}`);
  return undefined;
};

const allowed = new Set([location.origin]);
for (const origin of document.querySelector(`meta[name="${ALLOWED_META}"]`)?.getAttribute('content')?.split(/\s+/) ??
  [])
  if (/^https?:\/\/[\w.-]+(:\d+)?$/.test(origin)) allowed.add(new URL(origin).origin);
  else if (origin)
    console.warn(`peel-widgets embed: ${ALLOWED_META} takes origins only (got ${JSON.stringify(origin)})`);

// The page's own policy narrowed to those origins, so that a redirect from an allowed URL to any other
// origin is blocked as well (a policy added by a script can only take away).
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = `connect-src ${[...allowed].join(' ')}`;
document.head.append(policy);

let colours = '';
for (const [key, property] of Object.entries(COLOURS)) {
  const value = take(`c-${key}`, HEX);
  if (value) colours += `${property}:#${value.toLowerCase()};`;
}

const name = take('element', new RegExp(`^(${TAGS.join('|')})$`)) ?? 'peel-rating';
const element = document.createElement(name) as HTMLElement & { src?: string; assessment?: unknown };
// The element's grade attributes are for page authors: here a grade comes from a data document only.
for (const key of ['grade', 'previous-grade'])
  if (query.has(key)) refused.push(`${key} (a grade shows only from the data)`);
for (const [attribute, pattern] of Object.entries(ATTRIBUTES)) {
  const value = take(attribute, pattern);
  if (value !== undefined)
    element.setAttribute(attribute, attribute === 'hide-source' || attribute === 'compact' ? '' : value);
}

// Under the page's own policy (style-src 'self'), styles come by the CSSOM, not a <style> element.
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  `:root{color-scheme:${scheme === 'dark' || scheme === 'light' || scheme === 'light dark' ? scheme : 'light dark'};background:Canvas;color:CanvasText;font-family:system-ui,sans-serif}` +
    `body{margin:0;padding:4px}${name}{${colours}}.peel-data-host{margin:.5em 0 0;font-size:.875em}`,
);
document.adoptedStyleSheets = [sheet];

/** `src` as an absolute http(s) URL on an allowed origin, or undefined (anything else is never loaded). */
function dataUrl(value: string | null): URL | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value, location.href);
    return /^https?:$/.test(url.protocol) && allowed.has(url.origin) ? url : undefined;
  } catch {
    return undefined;
  }
}
/**
 * Calls `then` with the address the answer for `href` finally came from (after any redirect). The element
 * fetches its `src` itself, and a page cannot ask it where the answer came from: so its request is watched
 * on the way, here, before the element makes it.
 */
function watchAnswer(href: string, then: (url: URL) => void) {
  const { fetch } = window;
  window.fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (String(input) === href && response.url) then(new URL(response.url));
    return response;
  };
}

const src = dataUrl(query.get('src'));
document.body.append(element);
if (src) {
  // Data from elsewhere says where it is from, under the element: the origin of the answer, after any
  // redirect (one the page's policy allows), not only of the address asked.
  watchAnswer(src.href, (from) => {
    if (from.origin === location.origin || document.querySelector('.peel-data-host')) return;
    const line = document.createElement('p');
    line.className = 'peel-data-host';
    line.textContent = `${lang === 'cy' ? 'Ffynhonnell y data:' : 'Data from'} ${from.host}`;
    document.body.append(line);
  });
  element.src = src.href;
} else {
  // The element's own error note, in its language: data that is not an assessment.
  console.warn(
    `peel-widgets embed: src must be a URL on this page's origin or one its ${ALLOWED_META} lists (got ${JSON.stringify(query.get('src'))})`,
  );
  element.assessment = 'null';
}
// The height, whenever it changes: the documented message, and Pym.js's (for newsrooms' existing embeds), to
// the parent's origin when the page knows it.
const pym = take('childId', /^[\w-]{1,64}$/);
const origin = take('origin', ORIGIN);
if (refused.length) console.warn(`peel-widgets embed: left out ${refused.join(', ')}`);
reportHeight(root, parentOrigin(origin ?? null, document.referrer), pym);
