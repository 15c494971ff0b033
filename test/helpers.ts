import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { TemplateResult } from 'lit';
import type { DataSource, PeelErrorDetail } from '../src/controllers/assessment-controller.js';
import northamptonshire from '../data/2017/northamptonshire-2017.json' with { type: 'json' };
import fictional from '../src/data/examples/fictional-2021.json' with { type: 'json' };
import type { Assessment } from '../src/data/types.js';
import '../src/define.js';

export { northamptonshire, fictional };

// The dark scheme as a host page would ask for it: color-scheme on an ancestor, on a dark page.
const style = document.createElement('style');
style.textContent = '.dark-scheme { color-scheme: dark; background: #0b0c0c; color: #f3f2f1; padding: 8px; }';
document.head.append(style);

/** A fresh deep copy of an example, safe to mutate in a test. */
export const copy = <T>(value: T): T => structuredClone(value);

/** A source as the data writes it: a page's id, or fields with a `ref` to one. */
type Written = string | ({ ref?: string } & Record<string, unknown>);
type Pages = Map<string, Record<string, unknown>>;
interface WithSources {
  sources?: ({ id: string } & Record<string, unknown>)[];
  pillars?: { source?: Written; questions?: { source?: Written }[] }[];
  assessments?: WithSources[];
}

/**
 * A document (or collection) as the parser hands it back, worked out here on its own: each pillar's and
 * question's source (a page's id, or a `ref` with fields of its own) replaced by the page's fields and its own,
 * without `id` and `ref`; a document's own pages first, then its collection's.
 */
export function resolved<T>(doc: T): T {
  const out = copy(doc) as T & WithSources;
  const pagesOf = (d: WithSources, outer: Pages): Pages =>
    new Map([...outer, ...(d.sources ?? []).map(({ id, ...page }) => [id, page] as const)]);
  const resolve = (holder: { source?: Written }, pages: Pages) => {
    const { source } = holder;
    if (typeof source === 'string') holder.source = { ...pages.get(source) };
    else if (source) {
      const { ref, ...own } = source;
      holder.source = { ...(ref ? pages.get(ref) : {}), ...own };
    }
  };
  const walk = (d: WithSources, outer: Pages) => {
    const pages = pagesOf(d, outer);
    for (const pillar of d.pillars ?? []) {
      resolve(pillar, pages);
      pillar.questions?.forEach((q) => resolve(q, pages));
    }
    d.assessments?.forEach((a) => walk(a, pages));
  };
  if (typeof out === 'object' && out !== null) walk(out, new Map());
  return out;
}

export const NORTHAMPTONSHIRE = northamptonshire as unknown as Assessment;
export const FICTIONAL = fictional as unknown as Assessment;

// The elements' own notes, written out rather than read from src/i18n, so a changed string fails a test. A block
// element's notes name it; a badge's are short, to stay in its sentence.
const NAMES: Record<string, string> = {
  'pillar-summary': 'area summary',
  'key-facts-panel': 'key facts',
  'peel-assessment': 'assessment',
  'peel-compare': 'comparison',
  'peel-history': 'history',
};
/** The error note `el` shows (by its tag). */
export const ERROR = (el: Pick<Element, 'localName'>) =>
  NAMES[el.localName]
    ? `The ${NAMES[el.localName]} could not be shown. Reload the page or find the report online.`
    : 'Grade not available';
/** The loading note `el` shows (by its tag). */
export const LOADING = (el: Pick<Element, 'localName'>) =>
  NAMES[el.localName] ? `Loading the ${NAMES[el.localName]}…` : 'Loading grade…';
/** Whether `el`'s notes are inline (a badge in a sentence, not the scale): a <span>, else a <p>. */
export const inlineNote = (el: Element) => el.localName === 'peel-rating' && el.getAttribute('variant') !== 'scale';

/** Text content with white space folded (not looking into shadow roots). */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first match for `selector` in the element's own shadow root. */
export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
/** Every match for `selector` in the element's own shadow root. */
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** The note an element shows in place of content (loading, nothing to show, an error). */
export const message = (el: Element) => $(el, '[part="message"]');

const PEEL_TAGS = 'peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare, peel-history';
type Updating = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };

/**
 * Waits until the element and every peel element in its shadow tree have rendered: again while any
 * of them has an update pending, since a render may create or change nested elements (and a child
 * change the element observes asks for one after the fact).
 */
export async function settle(root: Element): Promise<void> {
  const all = (): Updating[] => [root, ...deepQueryAll(root, PEEL_TAGS)];
  do for (const el of all()) await el.updateComplete;
  while (all().some((el) => el.isUpdatePending));
}

/** Every element matching `selector` in `root`'s shadow tree and the shadow trees below it. */
export function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const out: Element[] = [];
  const scope = root instanceof Element ? root.shadowRoot : root;
  if (!scope) return out;
  for (const el of scope.querySelectorAll('*')) {
    if (el.matches(selector)) out.push(el);
    if (el.shadowRoot) out.push(...deepQueryAll(el, selector));
  }
  return out;
}

/** The text a reader gets from the element, shadow trees included, with white space folded. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const el = node as Element;
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    else if (el.localName !== 'style' && el.localName !== 'script') node.childNodes.forEach(walk);
  };
  (root instanceof Element && root.shadowRoot ? root.shadowRoot : root).childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Renders a template and waits for every nested element. */
export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settle(el);
  return el;
}

/**
 * Renders the template as the fixture's root inside a dark-scheme wrapper. (With a plain <div> as
 * the root, open-wc waits for an animation frame, which a hidden page of a parallel run never gets.)
 */
export async function renderDark<T extends Element>(template: TemplateResult): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.className = 'dark-scheme';
  document.body.append(wrapper);
  const el = await fixture<T>(template, { parentNode: wrapper });
  await settle(el);
  return el;
}

/**
 * Renders `template` inside a <div> with these attributes (a dark scheme, a language), the
 * element itself as the fixture's root. Not renderDark() or fixture(html`<div>…</div>`): for a
 * plain root open-wc waits an animation frame, and when wtr runs two files at once one page is
 * in the background, gets no frames, and the test hangs.
 */
export async function renderInside<T extends Element>(
  template: TemplateResult,
  attributes: Record<string, string> = {},
): Promise<T> {
  const parentNode = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) parentNode.setAttribute(name, value);
  const el = await fixture<T>(template, { parentNode });
  await settle(el);
  return el;
}

/** axe in the light scheme and again in the dark one. */
export async function expectAccessibleLightAndDark(template: TemplateResult): Promise<void> {
  const light = await render(template);
  await expect(light).to.be.accessible();
  const dark = await renderDark(template);
  await expect(dark).to.be.accessible();
}

/**
 * axe on the element's wrapper (see renderInside), in the light scheme and again in the dark one;
 * `above` (a page heading, say) goes before the element, so axe judges the element in that outline.
 */
export async function expectAccessibleInWrapper(template: TemplateResult, above?: () => Node): Promise<void> {
  for (const attributes of [{}, { class: 'dark-scheme' }] as Record<string, string>[]) {
    const el = await renderInside(template, attributes);
    if (above) el.before(above());
    await expect(el.parentElement!).to.be.accessible();
  }
}

/** Records console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** What an element reported while a test ran. */
export interface Observed {
  /** Each console.warn call's arguments, as given. */
  calls: unknown[][];
  /** Each console.warn call as one line of text (its arguments joined by spaces). */
  warnings: string[];
  /** The peel-error events that reached the document. */
  events: CustomEvent<PeelErrorDetail>[];
}

/** Records console.warn calls and peel-error events (heard on the document) while `run` runs. */
export async function observe(run: () => Promise<void>): Promise<Observed> {
  const events: CustomEvent<PeelErrorDetail>[] = [];
  const listener = (event: CustomEvent<PeelErrorDetail>) => events.push(event);
  document.addEventListener('peel-error', listener);
  try {
    const calls = await captureWarnings(run);
    return { calls, warnings: calls.map((args) => args.map(String).join(' ')), events };
  } finally {
    document.removeEventListener('peel-error', listener);
  }
}

/** Waits until a `src` request has settled: the element no longer says it is loading, and has rendered. */
export async function loaded(el: Element): Promise<void> {
  await waitUntil(() => text(message(el)) !== LOADING(el), 'the src request never settled');
  await settle(el);
}

/** How the error state looks, beyond what every element shares. */
export interface ReportedState {
  /** A selector for what the note replaces (the content, a grade): none of it may be shown. */
  absent: string;
  /** The note's text (by default, the element's error note). */
  note?: string;
  /** Whether to pin that the note has no role (is not a live region); true unless a test leaves that open. */
  pinRole?: boolean;
}

/**
 * Expects the error state: the note (a <p>, a badge's a <span>) instead of the content, one warning naming each path on
 * a line of its own, and one bubbling, composed peel-error from the element with exactly those paths.
 */
export function expectReported(
  el: Element,
  seen: Observed,
  paths: string[],
  source: DataSource,
  { absent, note = ERROR(el), pinRole = true }: ReportedState,
): void {
  // Assertions take booleans, counts and text, never DOM nodes: a failing assertion on a node hangs
  // the test runner while it serialises the node, and every test in the file is lost.
  const shown = message(el);
  expect(shown?.localName, 'message part').to.equal(inlineNote(el) ? 'span' : 'p');
  expect(text(shown)).to.equal(note);
  if (pinRole) expect(shown?.getAttribute('role'), 'role of the message').to.equal(null);
  expect($(el, absent) === null, `nothing matches ${absent}`).to.equal(true);
  expect(seen.calls, 'console.warn calls').to.have.length(1);
  for (const path of paths) expect(String(seen.calls[0]![0])).to.include(`\n  ${path}: `);
  expect(seen.events.length, 'peel-error events').to.equal(1);
  const [event] = seen.events;
  expect(event!.target === el, 'the event comes from the element').to.equal(true);
  expect(event!.bubbles).to.equal(true);
  expect(event!.composed).to.equal(true);
  expect(event!.detail.source).to.equal(source);
  expect(event!.detail.errors.map((e) => e.path)).to.deep.equal(paths);
  for (const error of event!.detail.errors) expect(error.message).to.be.a('string').and.not.equal('');
}

/** How many requests the test server has had for `url` (path and query). */
export const countRequests = async (url: string) =>
  ((await (await fetch(`/__peel/count/?${encodeURIComponent(url)}`)).json()) as { count: number }).count;

/**
 * A URL of the test server's example assessment whose answer waits until `release()`: the test decides
 * when the data arrives, instead of guessing how long a request takes (test/server-plugin.mjs, `hold=`).
 */
export function heldUrl(query = ''): { src: string; release: () => Promise<void> } {
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return {
    src: `/__peel/ok/northamptonshire-2017?hold=${key}${query}`,
    release: async () => void (await fetch(`/__peel/release/${key}`)),
  };
}

/** Lets the test server answer requests held under fixed keys (`?hold=<key>`) that a file never released itself. */
export const releaseHolds = (...keys: string[]) => Promise.all(keys.map((key) => fetch(`/__peel/release/${key}`)));

export { expect, fixture, fixtureSync, html, oneEvent };
