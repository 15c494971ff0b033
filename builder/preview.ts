// The preview: one frame, a page of its own (an iframe), that loads the same script the code loads by
// default and holds the element made exactly as the code describes it. Being a document of its own, its
// headings are not the builder's, its width is a real viewport's (375 px, or wide) and its page can be
// light or dark whatever the builder's. Its page has an inset, as a site's column would; the wide page is
// at least WIDE px, so that <peel-compare> shows its table, drawn smaller when the screen has less room.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { attributes, styleBlock } from './snippet.js';
import { TOKENS } from './tokens.js';
import { radios } from './fields.js';
import type { Builder, PreviewPage, PreviewWidth } from './state.js';

/** The narrow frame's width: a common phone's. */
export const NARROW = 375;
/** The wide frame's least width: a desktop column's, where <peel-compare> shows its table. */
export const WIDE = 1000;
/** The frame's page's inset, each side. */
const INSET = 16;

const PAGES: Record<PreviewPage, string> = {
  light: 'color-scheme: light; background: #ffffff; color: #0b0c0c;',
  dark: 'color-scheme: dark; background: #0b0c0c; color: #f3f2f1;',
};

/** The frame's page: the builder's copy of the bundle and its fallback stylesheet, nothing else. */
const frameDocument = (script: string, css: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview</title>` +
  `<link rel="stylesheet" href="${css.replace(/"/g, '&quot;')}">` +
  `<script type="module" src="${script.replace(/"/g, '&quot;')}"></script>` +
  `<style>html{font-family:system-ui,sans-serif;line-height:1.5;padding:${INSET}px}body{margin:0;padding:0}` +
  `.note{margin:0;padding:8px 12px;border-inline-start:5px solid #d4351c;max-inline-size:40em}</style></head><body></body></html>`;

/** The wide page's width and its scale on screen, for the room there is (`room`: the figure's width). */
export const wideLayout = (room: number) => ({
  width: Math.max(WIDE, room),
  scale: room ? Math.min(1, room / WIDE) : 1,
});

export function previewSection(b: Builder): TemplateResult {
  const width = b.previewWidth;
  const room = b.frameWidth;
  const wide = wideLayout(room);
  const label =
    width === 'wide'
      ? `Wide: ${wide.width.toLocaleString('en')} px${wide.scale < 1 ? `, shown at ${Math.floor(wide.scale * 100)}%` : ''}`
      : room && room < NARROW
        ? `${room} px: this screen is narrower than ${NARROW} px`
        : `${NARROW} px`;
  return html`<section class="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">Preview</h2>
    ${
      b.dataSource
        ? html`<p class="data-host">
            Data from <strong>${b.dataSource}</strong>, not from peel-widgets: check that it is the inspectorate's
            before you publish it.
          </p>`
        : nothing
    }
    <div class="switches">
      ${radios<PreviewWidth>(
        'preview-width',
        'Width',
        width,
        [
          ['narrow', `${NARROW} px (a phone)`],
          ['wide', `Wide (${WIDE.toLocaleString('en')} px or more)`],
        ],
        (w) => (b.previewWidth = w),
      )}
      ${radios<PreviewPage>(
        'preview-page',
        'Page',
        b.previewPage,
        [
          ['light', 'Light'],
          ['dark', 'Dark'],
        ],
        (p) => (b.previewPage = p),
      )}
    </div>
    <figure class=${`frame ${width} ${b.previewPage}`}>
      <div class="scaler" role="group" aria-label="The preview’s page">
        <iframe
          title=${`Preview of ${b.state.element}, ${label}, on a ${b.previewPage} page`}
          srcdoc=${frameDocument(b.base('peel-widgets.min.js'), b.base('peel-widgets-fallback.css'))}
        ></iframe>
      </div>
      <figcaption class="frame-label">${label}, ${b.previewPage} page</figcaption>
    </figure>
  </section>`;
}

/** The preview's frame's page, once it has loaded (not the blank page an iframe starts with). */
async function frameReady(frame: HTMLIFrameElement): Promise<Document> {
  for (;;) {
    const doc = frame.contentDocument;
    if (doc?.URL === 'about:srcdoc' && doc.readyState === 'complete' && doc.body) return doc;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }
}

const watched = new WeakSet<Document>();
const latest = new WeakMap<Builder, number>();
/** The height of each builder's preview page as last measured. */
const heights = new WeakMap<Builder, number>();

/**
 * Sizes the frame for what it shows: as tall as its page (so the builder's page scrolls, not the frame), and
 * for the wide page, WIDE px or more, scaled down to the room there is.
 */
export function layoutFrame(b: Builder) {
  const frame = b.querySelector<HTMLIFrameElement>('.preview iframe');
  const scaler = frame?.parentElement;
  if (!frame || !scaler) return;
  const height = (heights.get(b) ?? 0) + 2 * INSET;
  const { width, scale } = b.previewWidth === 'wide' ? wideLayout(b.frameWidth) : { width: 0, scale: 1 };
  frame.style.blockSize = `${height}px`;
  frame.style.inlineSize = width ? `${width}px` : '';
  frame.style.transform = scale < 1 ? `scale(${scale})` : '';
  scaler.style.blockSize = `${Math.ceil(height * scale)}px`;
  // Below the form on a narrow screen a long page scrolls inside its box (builder.styles.ts): the box then
  // takes the keyboard's focus, so that the arrow keys scroll it too.
  if (scaler.scrollHeight > scaler.clientHeight + 1) scaler.tabIndex = 0;
  else scaler.removeAttribute('tabindex');
}
/** Puts a fresh element into the preview unless it already is the one the options describe. */
export async function fillPreview(b: Builder) {
  const frame = b.querySelector<HTMLIFrameElement>('.preview iframe');
  if (!frame) return;
  // Only the latest call draws, with the options as they are once the frame is ready.
  const call = (latest.get(b) ?? 0) + 1;
  latest.set(b, call);
  const doc = await frameReady(frame);
  if (latest.get(b) !== call) return;
  const options = b.options;
  const data = b.elementData;
  let key: string;
  try {
    // While the data has problems, the preview says so rather than show other data.
    key = b.problems.length ? 'problems' : JSON.stringify([options, data, styleBlock(options)]);
  } catch {
    // Data no part of the builder can carry (its problems are listed beside the field).
    key = 'unwritable';
  }
  doc.documentElement.style.cssText = PAGES[b.previewPage];
  doc.documentElement.lang = options.lang;
  if (!watched.has(doc)) {
    watched.add(doc);
    // The frame is as tall as its page, so the builder's page scrolls, not the frame.
    // Set in the next frame: a height set inside the observer's callback would start another round.
    new doc.defaultView!.ResizeObserver(() =>
      requestAnimationFrame(() => {
        const height = Math.ceil(doc.body.getBoundingClientRect().height);
        heights.set(b, height);
        layoutFrame(b);
        b.previewHeight = height;
      }),
    ).observe(doc.body);
  }
  if (doc.body.dataset.key === key) return;
  doc.body.dataset.key = key;
  if (key === 'problems' || key === 'unwritable') {
    const note = doc.createElement('p');
    note.className = 'note';
    note.textContent =
      'The data has a problem, so there is nothing to show here yet: the list beside the data says what to change.';
    doc.body.replaceChildren(note);
    return;
  }
  const el = doc.createElement(options.element) as HTMLElement & { assessment?: unknown };
  for (const [name, value] of attributes(options)) el.setAttribute(name, value);
  // Data of the frame's own realm, as the element's own script would parse it there.
  try {
    el.assessment = doc.defaultView!.structuredClone(data);
  } catch {
    el.assessment = data;
  }
  if (options.scheme !== 'page') el.style.setProperty('color-scheme', options.scheme);
  for (const token of TOKENS) {
    const value = options.brand[token.key];
    if (value) el.style.setProperty(token.property, value);
  }
  doc.body.replaceChildren(el);
}
