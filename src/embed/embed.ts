// The embed page's script (dist/embed.js, beside embed.html and the bundle): builds the one element the
// query string asks for, with nothing from it ever parsed as HTML, and tells the parent page its height.
export {}; // A module: its names stay its own.

const ELEMENTS = ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment'];
// The query's attributes the element may take, each with the values allowed (a pattern).
const ATTRIBUTES: Record<string, RegExp> = {
  pillar: /^[\w-]{1,64}$/,
  'heading-level': /^[1-6]$/,
  grade: /^[\w -]{1,32}$/,
  'previous-grade': /^[\w -]{1,32}$/,
  variant: /^(badge|scale)$/,
  size: /^(small|medium|large)$/,
  'hide-source': /^$|^true$/,
};

const query = new URLSearchParams(location.search);
const root = document.documentElement;
const lang = query.get('lang') === 'cy' ? 'cy' : 'en';
root.lang = lang;
const scheme = query.get('scheme');

// Under the page's own policy (style-src 'self'), styles come by the CSSOM, not a <style> element.
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  `:root{color-scheme:${scheme === 'dark' ? 'dark' : scheme === 'light' ? 'light' : 'light dark'};background:Canvas;color:CanvasText;font-family:system-ui,sans-serif}` +
    'body{margin:0;padding:4px}',
);
document.adoptedStyleSheets = [sheet];

const name = ELEMENTS.includes(query.get('element') ?? '') ? query.get('element')! : 'peel-rating';
const element = document.createElement(name) as HTMLElement & { src?: string; assessment?: unknown };
for (const [attribute, allowed] of Object.entries(ATTRIBUTES)) {
  const value = query.get(attribute);
  if (value !== null && allowed.test(value)) element.setAttribute(attribute, value);
}

/** `src` as an absolute http(s) URL, or undefined (javascript:, data:, anything else is never loaded). */
function dataUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
const src = dataUrl(query.get('src'));
if (src) element.src = src;
else if (!query.get('grade')) {
  // The element's own error note, in its language: data that is not an assessment.
  console.warn(`peel-widgets embed: src must be an http(s) URL (got ${JSON.stringify(query.get('src'))})`);
  element.assessment = 'null';
}
document.body.append(element);

// The height, whenever it changes: the documented message, and Pym.js's (for newsrooms' existing embeds).
const pym = query.get('childId');
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ type: 'peel-widgets:height', height }, '*');
  if (pym) parent.postMessage(['pym', pym, 'height', height].join('xPYMx'), '*');
}).observe(root);
