/// <reference types="node" />
// Server rendering (Node only; never in the browser bundle): any element with its data as HTML with a
// declarative shadow root, which shows fully without JavaScript and needs no stylesheet of the page.
// Lit's server renderer calls each element's willUpdate() and render(), no connectedCallback: the
// elements guard their few browser-only calls with `isServer`, and this module reads `src` itself.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render as renderLit, LitElementRenderer } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define.js';
import { loadReport, lazyPending } from '../components/lazy.js';
import { PeelCompare, loadCompare } from '../components/peel-compare/peel-compare.js';
import { compareStyles } from '../components/peel-compare/peel-compare.styles.js';
import { ratingStyles } from '../components/peel-rating/peel-rating.styles.js';
import type { AssessmentController, PeelErrorDetail } from '../controllers/assessment-controller.js';
import { formatIssue } from '../data/parse.js';
import { TAGS } from '../tags.js';

// On a page, the compare chunk adopts the badge's and the table's styles into the shadow root when it
// first renders there; a server writes a class's elementStyles into the declarative shadow root, so
// they join those here (in the order the chunk gives them: the badge's first, the table's last).
PeelCompare.elementStyles = [ratingStyles, ...PeelCompare.elementStyles, compareStyles];

/** The elements a server can render. */
export const ELEMENTS = TAGS;
export type ElementName = (typeof ELEMENTS)[number];

export interface RenderOptions {
  /** The assessment: an object or JSON text (what the `assessment` property takes). */
  data?: unknown;
  /** Where to read the assessment instead: a file path (relative to `base`) or an http(s) URL. */
  src?: string;
  /** Directory that relative `src` paths start from; by default the working directory. */
  base?: string;
  /** Milliseconds to wait for an http(s) `src` (default 10000). */
  timeout?: number;
  /** The pillar or area to show (`peel-rating`, `pillar-summary`). */
  pillar?: string;
  /** `en` or `cy`: set on the element as `lang` (a server cannot see the page's). */
  lang?: string;
  /** Level (1–6) of the element's top heading. */
  headingLevel?: number;
  /** `light` or `dark`: the element's `color-scheme`; by default the page's. */
  scheme?: 'light' | 'dark';
  /** `peel-rating` without data: its grade, previous grade and status, as the attributes take them. */
  grade?: string;
  previousGrade?: string;
  status?: string;
  /** `peel-rating`: `badge` or `scale`, and `small`, `medium` or `large`. */
  variant?: string;
  size?: string;
  /** Cards: hide the source line. */
  hideSource?: boolean;
  /** `peel-assessment` and `pillar-summary`: fold each pillar's summary after its first paragraph. */
  compact?: boolean;
  /**
   * Adds the data as a `<script type="application/json">` child, so that the bundle can hydrate the
   * element in the page (default true). Without it the HTML is final: the bundle would render it anew.
   */
  hydratable?: boolean;
}

export interface RenderOutput {
  /** The element as HTML: light DOM, declarative shadow root and styles. */
  html: string;
  /** What went wrong, one line each (`path: message`); the HTML then shows the error note, as a page would. */
  errors: string[];
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Reads `src` as the browser would: an http(s) URL answering JSON, or here also a file. Throws with a message. */
async function readSource(src: string, base: string, timeout: number): Promise<string> {
  if (/^https?:/i.test(src)) {
    let response: Response;
    try {
      response = await fetch(src, { signal: AbortSignal.timeout(timeout) });
    } catch (error) {
      throw Error(`${src}: the request failed (${(error as Error).message})`);
    }
    if (!response.ok) throw Error(`${src}: the server answered ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/[/+]json\b/i.test(type)) throw Error(`${src}: expected JSON, got content type "${type}"`);
    return response.text();
  }
  // A scheme other than http(s) or file (javascript:, data:) is not a place to read from; a drive letter is a path.
  if (/^[a-z][a-z\d+.-]+:/i.test(src) && !/^file:/i.test(src))
    throw Error(`${src}: only http(s) URLs and file paths can be read`);
  const path = /^file:/i.test(src) ? fileURLToPath(src) : resolve(base, src);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw Error(
      `${src}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

// The element being rendered at the top, seen as the renderer creates it (rendering is synchronous,
// so one slot serves every call).
let top: { tag: string; element?: HTMLElement } | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (top && !top.element && element.localName === top.tag) top.element = element;
  return undefined;
});

/** What the element itself found wrong (bad data, an unknown pillar, a bad grade), as its `peel-error` events say. */
function reportedBy(element: HTMLElement): string[] {
  const errors: string[] = [];
  element.addEventListener('peel-error', (event) =>
    errors.push(...(event as CustomEvent<PeelErrorDetail>).detail.errors.map(formatIssue)),
  );
  // The controller reports after an update (which a server never finishes): ask it now, without its console line.
  const { warn } = console;
  console.warn = () => {};
  try {
    (element as unknown as { data: AssessmentController }).data.hostUpdated();
  } finally {
    console.warn = warn;
  }
  return errors;
}

/**
 * Renders `element` with its data to HTML with a declarative shadow root, and says what went wrong.
 * Never throws for bad input: the HTML shows the element's own note (error, nothing to show).
 */
export async function renderElement(element: ElementName, options: RenderOptions = {}): Promise<RenderOutput> {
  if (!(ELEMENTS as readonly string[]).includes(element))
    return { html: '', errors: [`unknown element "${element}" (one of ${ELEMENTS.join(', ')})`] };
  const errors: string[] = [];
  let data = options.data;
  if (data == null && options.src) {
    try {
      data = await readSource(options.src, options.base ?? process.cwd(), options.timeout ?? 10000);
    } catch (error) {
      errors.push((error as Error).message);
      // Not an assessment: the element shows its error note, here and after hydration alike.
      data = 'null';
    }
  }
  // The cards' and the table's templates are chunks the elements load when first needed: have them in hand first.
  const host = { requestUpdate() {}, addController() {}, removeController() {}, updateComplete: Promise.resolve(true) };
  loadReport(host);
  loadCompare(host);
  await lazyPending();

  const attributes: Record<string, string | number | boolean | undefined> = {
    lang: options.lang,
    pillar: options.pillar,
    'heading-level': options.headingLevel,
    grade: options.grade,
    'previous-grade': options.previousGrade,
    status: options.status,
    variant: options.variant,
    size: options.size,
    'hide-source': options.hideSource,
    compact: options.compact,
    style: options.scheme ? `color-scheme: ${options.scheme === 'dark' ? 'dark' : 'light'}` : undefined,
  };
  let open = `<${element}`;
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== false && value !== '')
      open += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  let json = data == null ? undefined : typeof data === 'string' ? data : JSON.stringify(data);
  try {
    // Compact: the page carries it for the bundle alone.
    if (json !== undefined) json = JSON.stringify(JSON.parse(json));
  } catch {
    // Not JSON: kept as it is, so that the bundle finds the same error.
  }
  // `<` escaped (valid only inside JSON strings), so the text can never close the script or open a comment.
  const script =
    json !== undefined && options.hydratable !== false
      ? unsafeStatic(`<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`)
      : unsafeStatic('');

  top = { tag: element };
  let out: string;
  try {
    out = collectResultSync(
      // lit/static-html makes the tag static (checked against ELEMENTS above), so this binds no tag name.
      // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
      renderLit(html`${unsafeStatic(open)} .assessment=${data ?? undefined}>${script}</${unsafeStatic(element)}>`),
    );
  } finally {
    const rendered = top.element;
    top = undefined;
    // A src that could not be read is the one error worth saying (the element only saw no data).
    if (rendered && !errors.length) errors.push(...reportedBy(rendered));
  }
  return { html: out, errors };
}

/** Renders `element` with its data to HTML with a declarative shadow root (errors show as the element's note). */
export async function renderToString(element: ElementName, options: RenderOptions = {}): Promise<string> {
  return (await renderElement(element, options)).html;
}
