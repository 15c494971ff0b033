// What the builder's browser tests share: a fresh builder, its controls by their labels, its previews,
// and the code it hands over rendered in a blank page of its own.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { deepText } from './helpers.js';
import '../builder/peel-embed-builder.js';
import type { PeelEmbedBuilder } from '../builder/peel-embed-builder.js';
import { readState, writeState } from '../builder/state.js';

export const ORIGINAL_URL = location.href;
export const REPORT = 'https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2017/northamptonshire/';

/**
 * A fresh builder with the default state (the page's address cleared of the last test's choices), showing
 * PEEL 2017 unless `query` names a cycle (a force's newest is the builder's own default).
 */
export async function mount(query = ''): Promise<PeelEmbedBuilder> {
  history.replaceState(null, '', ORIGINAL_URL);
  const state = readState(`${query.replace(/^\?/, '')}&cycle=peel-2017`);
  history.replaceState(null, '', `${location.pathname}${writeState(state, location.search)}`);
  const builder = await fixture<PeelEmbedBuilder>(html`<peel-embed-builder asset-base="/dist/"></peel-embed-builder>`);
  await previewsReady(builder);
  return builder;
}

/** The control whose label reads `text` exactly. */
export function control<T extends HTMLElement = HTMLInputElement>(builder: Element, text: string): T {
  const label = [...builder.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim() === text);
  expect(label, `a control labelled "${text}"`).not.to.equal(undefined);
  return document.getElementById(label!.htmlFor) as T;
}

/** The element in the preview's frame (a page of its own), as a list of one, or none yet. */
export const previews = (builder: Element): HTMLElement[] => {
  const el = builder.querySelector<HTMLIFrameElement>('.preview iframe')?.contentDocument?.body?.firstElementChild;
  return el ? [el as HTMLElement] : [];
};

/** The preview's text, shadow roots included. (deepText's own instanceof check fails across frames.) */
export const previewText = (builder: Element) => {
  const root = previews(builder)[0]?.shadowRoot;
  return root ? deepText(root) : '';
};

/** What the preview says instead of an element, while the data has problems ('' when it shows one). */
export const previewNote = (builder: Element) =>
  builder.querySelector<HTMLIFrameElement>('.preview iframe')?.contentDocument?.querySelector('body > .note')
    ?.textContent ?? '';

export async function previewsReady(builder: PeelEmbedBuilder) {
  await builder.updateComplete;
  await builder.previewDone;
  await waitUntil(
    () => previewNote(builder) || (previewText(builder) && !/Loading|Wrthi’n llwytho/.test(previewText(builder))),
    'the preview renders',
  );
  for (const el of previews(builder)) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Sets a control as a person would (its value, then the change event), and waits for the previews. */
export async function set(builder: PeelEmbedBuilder, label: string, value: string | boolean) {
  const field = control(builder, label);
  if (typeof value === 'boolean') field.checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await previewsReady(builder);
}

export const code = (builder: Element) => control<HTMLTextAreaElement>(builder, 'Code to copy').value;

/** The code in a blank page of its own; `sandbox` as given (no allow-scripts: JavaScript off). */
export async function page(markup: string, sandbox?: string, width = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.width = String(width);
  frame.height = '600';
  frame.title = 'A blank page with the code';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${markup}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

export const TAGS = 'peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare, peel-history';

/**
 * The code rendered by the bundle alone: the element's text once it has drawn the same as `expected`. In a page
 * `width` px wide: an element whose layout follows its width (compare) draws what it draws at that width.
 */
export async function renderedText(markup: string, expected: string, width?: number): Promise<string> {
  const frame = await page(markup, undefined, width);
  try {
    const el = frame.contentDocument!.querySelector(TAGS)!;
    expect(el, 'the element is in the code').not.to.equal(null);
    await waitUntil(() => frame.contentWindow!.customElements.get(el.localName), 'the bundle defines the element');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // The shadow root itself: deepText's own check for one (instanceof Element) fails across frames.
    const text = () => (el.shadowRoot ? deepText(el.shadowRoot) : '');
    await waitUntil(() => text() === expected, undefined).catch(() => undefined);
    return text();
  } finally {
    frame.remove();
  }
}

/** What a reader without JavaScript sees of the code. */
export async function noScriptView(markup: string) {
  const frame = await page(markup, 'allow-same-origin');
  try {
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('peel-rating'), 'no script ran').to.equal(undefined);
    return {
      text: doc.body.innerText.replace(/\s+/g, ' ').trim(),
      links: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  } finally {
    frame.remove();
  }
}
