/// <reference types="node" />
// Server rendering (Node only; never in the browser bundle): any element with its data as HTML with a
// declarative shadow root, which shows fully without JavaScript and needs no stylesheet of the page.
// Lit's server renderer calls each element's willUpdate() and render(), no connectedCallback: the
// elements guard their few browser-only calls with `isServer`, and this module reads `src` itself.
import { render as renderLit, LitElementRenderer } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define.js';
import * as chunks from '../components/chunks.js';
import { lazyPending } from '../components/lazy.js';
import { KeyFactsPanel } from '../components/key-facts-panel/key-facts-panel.js';
import { PeelAssessment } from '../components/peel-assessment/peel-assessment.js';
import { PeelCompare } from '../components/peel-compare/peel-compare.js';
import { compareStyles } from '../components/peel-compare/peel-compare.styles.js';
import { PeelHistory } from '../components/peel-history/peel-history.js';
import { historyStyles } from '../components/peel-history/peel-history.styles.js';
import { PeelRating } from '../components/peel-rating/peel-rating.js';
import { ratingStyles } from '../components/peel-rating/peel-rating.styles.js';
import { scaleStyles } from '../components/peel-rating/scale.styles.js';
import { PillarSummary } from '../components/pillar-summary/pillar-summary.js';
import { assessmentStyles, factsStyles, pillarStyles } from '../components/report.js';
import type { AssessmentController, PeelErrorDetail } from '../controllers/assessment-controller.js';
import type { AssessmentCollection } from '../data/types.js';
import { parseCollection, parseDocument } from '../data/parse.js';
import { formatIssue } from '../data/issues.js';
import { findForce, findHistory } from '../data/find.js';
import { isIssue } from '../data/pillars.js';
import { TAGS } from '../tags.js';
import { readSource, shownSource } from './read-source.js';

// On a page, the chunks adopt their styles into the shadow root when they first render there (the
// table's the badge's too, first); a server writes a class's elementStyles into the declarative shadow
// root, so they join those here, in the same order.
PeelCompare.elementStyles = [ratingStyles, ...PeelCompare.elementStyles, compareStyles];
PeelHistory.elementStyles = [ratingStyles, ...PeelHistory.elementStyles, historyStyles];
PeelRating.elementStyles = [...PeelRating.elementStyles, scaleStyles];
PeelAssessment.elementStyles = [...PeelAssessment.elementStyles, ...assessmentStyles];
PillarSummary.elementStyles = [...PillarSummary.elementStyles, ...pillarStyles];
KeyFactsPanel.elementStyles = [...KeyFactsPanel.elementStyles, ...factsStyles];

/** The elements a server can render. */
export const ELEMENTS = TAGS;
export type ElementName = (typeof ELEMENTS)[number];

export interface RenderOptions {
  /** The assessment: an object or JSON text (what the `assessment` property takes). */
  data?: unknown;
  /**
   * Where to read the assessment instead, as a browser would: an http(s) URL answering JSON. A file path
   * or `file:` URL only with `root`, and only a regular file inside it.
   */
  src?: string;
  /**
   * The directory `src` files may be read from; checked after resolving symlinks. Without it (the default)
   * no file is read: only http(s). Relative paths start here.
   */
  root?: string;
  /** Where relative `src` paths start instead of `root` (the file must still be inside `root`). */
  base?: string;
  /**
   * Origins an http(s) `src` may redirect to, such as `['https://cdn.example.org']`. By default a
   * redirect is followed only within the `src`'s own origin.
   */
  redirectOrigins?: readonly string[];
  /** The most bytes read for `src`, file or http(s) (default 5 MB, `DEFAULT_MAX_BYTES`); reading stops there. */
  maxBytes?: number;
  /** Milliseconds the whole read of `src` may take, file or http(s) (default 10000, `DEFAULT_TIMEOUT`). */
  timeout?: number;
  /** The pillar or area to show (`peel-rating`, `pillar-summary`). */
  pillar?: string;
  /** With a collection: the force to show, by its register id (`kent`); `peel-history`: its every cycle. */
  force?: string;
  /** `peel-compare`: the force whose row is marked, by its register id. */
  highlight?: string;
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
  /** `peel-assessment` and `pillar-summary`: fold each pillar's summary after its first paragraph; `peel-history`: the table alone. */
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

/** The default size cap for `src`: 5 MB, some 200 times the largest assessment (all 43 forces' grades). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** The default time limit for reading `src`, in milliseconds. */
export const DEFAULT_TIMEOUT = 10000;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// The element being rendered at the top, seen as the renderer creates it (rendering is synchronous,
// so one slot serves every call).
let top: { tag: string; element?: HTMLElement } | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (top && !top.element && element.localName === top.tag) top.element = element;
  return undefined;
});

/** Problems listed at most, as the elements report them; then how many more. */
const MAX_LISTED = 20;
const listed = (lines: string[]) =>
  lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), `… and ${lines.length - MAX_LISTED} more`] : lines;

/** What the element itself found wrong (bad data, an unknown pillar, a bad grade), as its `peel-error` events say. */
function reportedBy(element: HTMLElement): string[] {
  const errors: string[] = [];
  element.addEventListener('peel-error', (event) => {
    const { errors: found, more } = (event as CustomEvent<PeelErrorDetail>).detail;
    errors.push(...found.map(formatIssue), ...(more ? [`… and ${more} more`] : []));
  });
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
 * An error's message, whatever was thrown: a thrown Symbol cannot become text by a template, and a data
 * getter may throw an object that cannot become text at all (no prototype, a throwing toString).
 */
const reason = (error: unknown) => {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'something that is not an Error';
  }
};

/**
 * The data as compact JSON text, or `'null'` with the reason in `errors`: the element renders from this
 * text and the page hydrates from the same, so nothing unparsed reaches the HTML and an object's getters
 * run once, here, where a throw is caught.
 */
function toJson(data: unknown, what: string, errors: string[]): string {
  let value = data;
  if (typeof data === 'string')
    try {
      value = JSON.parse(data);
    } catch {
      // Not the parser's message: it quotes the text, which may be anything the source held.
      errors.push(`${what}: not JSON`);
      return 'null';
    }
  try {
    // Compact: the page carries it for the bundle alone.
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
    errors.push(`${what}: not JSON data (${typeof value})`);
  } catch (error) {
    // A BigInt, a circular reference, a throwing getter, nesting deeper than the stack.
    errors.push(`${what}: cannot be read as JSON (${reason(error).replace(/\s*\n\s*/g, ' ')})`);
  }
  return 'null';
}

/**
 * What the element renders, as JSON: the document as the parser reads it (its known fields only; for a
 * one-force element given `force`, that force's assessment; for `<peel-history>`, that force's assessments of
 * every cycle), or `'null'` with the parser's errors when the
 * data is not an assessment or collection. So the HTML carries nothing the parser did not take: a `src`
 * that answers anything else (an internal service's keys, say) is never copied out.
 */
function validated(json: string, element: ElementName, force: string | undefined, errors: string[]): string {
  if (json === 'null') return json;
  const tables = element === 'peel-compare' || element === 'peel-history';
  const result = (tables ? parseCollection : parseDocument)(json);
  if (!result.ok) {
    errors.push(...listed(result.errors.map(formatIssue)));
    return 'null';
  }
  const picked =
    element === 'peel-history'
      ? findHistory(result.value as AssessmentCollection, force)
      : !tables && force
        ? findForce(result.value, force)
        : result.value;
  // A force the data does not hold: the element says so (its own error), from the whole document.
  return JSON.stringify(isIssue(picked) ? result.value : picked);
}

/**
 * Renders `element` with its data to HTML with a declarative shadow root, and says what went wrong.
 * Never throws: for bad input the HTML shows the element's own note (error, nothing to show) and
 * `errors` says why.
 */
export async function renderElement(element: ElementName, options: RenderOptions = {}): Promise<RenderOutput> {
  if (!(ELEMENTS as readonly string[]).includes(element))
    return { html: '', errors: [`unknown element "${element}" (one of ${ELEMENTS.join(', ')})`] };
  const errors: string[] = [];
  try {
    return await render(element, options, errors);
  } catch (error) {
    errors.push(`${element} could not be rendered (${reason(error)})`);
    return { html: '', errors };
  }
}

async function render(element: ElementName, options: RenderOptions, errors: string[]): Promise<RenderOutput> {
  let json: string | undefined;
  // `src` as errors quote it: never its user name or password.
  const shown = options.src === undefined ? 'data' : shownSource(options.src);
  if (options.data != null) json = toJson(options.data, 'data', errors);
  else if (options.src) {
    try {
      const text = await readSource(options.src, {
        root: options.root,
        base: options.base,
        redirectOrigins: options.redirectOrigins,
        maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
        timeout: options.timeout ?? DEFAULT_TIMEOUT,
      });
      json = toJson(text, shown, errors);
    } catch (error) {
      errors.push(reason(error));
      // Not an assessment: the element shows its error note, here and after hydration alike.
      json = 'null';
    }
  }
  if (json !== undefined) json = validated(json, element, options.force, errors);
  // The chunks the elements load when first needed (the data, the Welsh, the cards, the table): have them
  // in hand first (the server's build has them all at once: see chunks.sync.ts).
  const host = { requestUpdate() {}, addController() {}, removeController() {}, updateComplete: Promise.resolve(true) };
  for (const load of Object.values(chunks)) load(host);
  await lazyPending();

  const attributes: Record<string, string | number | boolean | undefined> = {
    lang: options.lang,
    pillar: options.pillar,
    force: options.force,
    highlight: options.highlight,
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

  const renderWith = (json: string | undefined) => {
    // `<` escaped (valid only inside JSON strings), so the text can never close the script or open a comment.
    const script =
      json !== undefined && options.hydratable !== false
        ? unsafeStatic(`<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`)
        : unsafeStatic('');
    top = { tag: element };
    try {
      const markup = collectResultSync(
        // lit/static-html makes the tag static (checked against ELEMENTS above), so this binds no tag name.
        // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
        renderLit(html`${unsafeStatic(open)} .assessment=${json}>${script}</${unsafeStatic(element)}>`),
      );
      return { markup, rendered: top.element };
    } finally {
      top = undefined;
    }
  };
  let out: ReturnType<typeof renderWith>;
  try {
    out = renderWith(json);
  } catch (error) {
    // Data the element could not take (nested past the stack, say): its error note instead.
    errors.push(`${options.data != null ? 'data' : shown}: could not be rendered (${reason(error)})`);
    out = renderWith('null');
  }
  // A source that could not be read is the one error worth saying (the element only saw no data).
  if (out.rendered && !errors.length) errors.push(...reportedBy(out.rendered));
  return { html: out.markup, errors };
}

/** Renders `element` with its data to HTML with a declarative shadow root (errors show as the element's note). */
export async function renderToString(element: ElementName, options: RenderOptions = {}): Promise<string> {
  return (await renderElement(element, options)).html;
}
