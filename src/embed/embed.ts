// The embed page's script (dist/embed.js, beside embed.html and the bundle): builds the one element the
// query string asks for, with nothing from it ever parsed as HTML, and tells the parent page its height.
// The query string's contract (every parameter and the values it may take) is in the README's
// "The iframe page" section; each value must match its pattern whole, or it is left out.
import { TAGS } from '../tags.js';
import { GRADES } from '../data/grades.js';
import { REGIONS } from '../data/regions.js';

const ID = /^[a-z0-9-]{1,64}$/;
const GRADE = /^[\w -]{1,32}$/;

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
  grade: GRADE,
  'previous-grade': GRADE,
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
const src = dataUrl(query.get('src'));
document.body.append(element);
if (src) {
  element.src = src.href;
  // Data from elsewhere says where it is from, under the element.
  if (src.origin !== location.origin) {
    const from = document.createElement('p');
    from.className = 'peel-data-host';
    from.textContent = `${lang === 'cy' ? 'Ffynhonnell y data:' : 'Data from'} ${src.host}`;
    document.body.append(from);
  }
} else if (!query.get('grade')) {
  // The element's own error note, in its language: data that is not an assessment.
  console.warn(
    `peel-widgets embed: src must be a URL on this page's origin or one its ${ALLOWED_META} lists (got ${JSON.stringify(query.get('src'))})`,
  );
  element.assessment = 'null';
}
// The height, whenever it changes: the documented message, and Pym.js's (for newsrooms' existing embeds).
const pym = take('childId', /^[\w-]{1,64}$/);
if (refused.length) console.warn(`peel-widgets embed: left out ${refused.join(', ')}`);
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ type: 'peel-widgets:height', height }, '*');
  if (pym) parent.postMessage(['pym', pym, 'height', height].join('xPYMx'), '*');
}).observe(root);
