import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatIssue, parseDocument, voiced } from '../data/parse.js';
import type { ParseResult } from '../data/parse.js';
import { findForce, isIssue } from '../data/pillars.js';
import type { Assessment, AssessmentCollection, DataIssue } from '../data/types.js';
import { requestJson } from './fetch-json.js';

/** What the element has to show. */
export type DataState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; assessment: Assessment }
  /** `force`: the force the data does not hold (the `force` attribute), for the note to name. */
  | { status: 'error'; errors: DataIssue[]; force?: string };

/** Where bad input came from; `module`: a part of the package the element needs (a chunk) did not load. */
export type DataSource = 'assessment' | 'src' | 'script' | 'attribute' | 'module';

export interface PeelErrorDetail {
  /** Each problem with the JSON path it was found at: the first 20. */
  errors: DataIssue[];
  /** How many more problems there were than `errors` lists (0 when it lists them all). */
  more: number;
  /** Where the bad input came from. */
  source: DataSource;
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  assessment?: unknown;
  src?: string;
  srcTimeout?: number | null;
  /** With a collection: the `force.id` of the assessment to show. */
  force?: string;
}

/** A `src` request and, once it has settled, its answer or why there is none. */
interface SrcRequest {
  url: string;
  release(): void;
  answer?: string;
  error?: string;
}

export const DEFAULT_TIMEOUT = 10000;
export const MAX_TIMEOUT = 60000;

/** `src-timeout` as a usable number of ms: not a positive number means the default; at most a minute. */
export const timeoutOf = (value: unknown): number => {
  const ms = Number(value ?? NaN);
  return ms > 0 ? Math.min(ms, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
};

/** Assessments this module parsed: handed to a child element, they are not parsed again. */
const parsed = new WeakSet<object>();

/** Marks an assessment derived from a parsed one (a pillar of it, say) as parsed. */
export const asParsed = <T extends Assessment>(assessment: T): T => (parsed.add(assessment), assessment);

const isEmpty = (value: unknown) => value == null || value === '';

/** At most this many problems per report, in the warning and the event alike: a million would freeze the page. */
export const MAX_REPORTED = 20;

/** The first MAX_REPORTED problems, and how many more there are. */
const cap = (all: DataIssue[]) => ({
  errors: all.slice(0, MAX_REPORTED),
  more: Math.max(0, all.length - MAX_REPORTED),
});

/**
 * Reads the assessment from whichever channel the host was given (the `assessment` attribute
 * or property, a `src` URL, or a child JSON script, in that order), parses it, and reports
 * bad input once per input and source: one `console.warn` and one `peel-error` event for each.
 */
export class AssessmentController implements ReactiveController {
  state: DataState = { status: 'empty' };
  #host: DataHost;
  #input: unknown;
  #request?: SrcRequest;
  #fresh = false;
  #children?: MutationObserver;
  #reported = new Map<DataSource, string>();
  #pending: (() => void)[] = [];
  /** The force the shown assessment was picked for. */
  #force?: string;
  /**
   * How the input is read: an assessment, or a collection to pick the host's `force` from, by default;
   * an element that shows a collection (`<peel-compare>`) sets parseCollection. Its `ready` value is then
   * the collection.
   */
  parse: (input: unknown) => ParseResult<object> = parseDocument;

  constructor(host: DataHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    // Back in the page after its request was dropped: look at the data again.
    this.#host.requestUpdate();
    this.#children = new MutationObserver(() => this.#host.requestUpdate());
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected() {
    this.#children?.disconnect();
    // A script that moves an element disconnects and reconnects it at once: keep its request for that.
    queueMicrotask(() => this.#host.isConnected || this.#stopRequest());
  }

  /** Reads the data again, and asks the server again for `src` rather than take the answer in hand. */
  reload() {
    this.#fresh = true;
    this.#input = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Reads the data for the coming render. Called from the host's willUpdate(), which runs on a
   * server too (Lit's server renderer calls no controller's hostUpdate()).
   */
  read() {
    const { assessment, src } = this.#host;
    // A server's element has no children to query: the renderer hands it the data as `assessment`.
    const script = isServer ? null : this.#host.querySelector(':scope > script[type="application/json"]');
    const fresh = this.#fresh;
    this.#fresh = false;
    if (isEmpty(assessment) && src) {
      if (fresh || this.#request?.url !== src) this.#startRequest(src, fresh);
      const { answer, error } = this.#request!;
      if (answer !== undefined) this.#read(answer, 'src');
      else if (error) this.#fail([{ path: 'src', message: error }], 'src');
      else this.state = { status: 'loading' };
      return;
    }
    this.#stopRequest();
    if (!isEmpty(assessment)) this.#read(assessment, 'assessment');
    else if (script) this.#read(script.textContent, 'script');
    else {
      // Forget the last input, so that the same data given again is read again. Only a change to
      // empty clears reports: an element with no data may have reported a bad attribute of its own.
      this.#input = undefined;
      if (this.state.status !== 'empty') this.#show({ status: 'empty' });
    }
  }

  hostUpdated() {
    const pending = this.#pending;
    this.#pending = [];
    for (const say of pending) say();
  }

  /**
   * Reports bad input (the data's, or the host's own attributes with source `attribute`), its first
   * MAX_REPORTED problems and how many more. Each source keeps its last report, so a repeat is dropped
   * and problems from two sources both reach the page.
   */
  report(all: DataIssue[], source: DataSource) {
    const detail: PeelErrorDetail = { ...cap(all), source };
    const key = JSON.stringify(detail);
    if (this.#reported.get(source) !== key)
      this.#pending.push(() => {
        this.#say('peel-error', source, detail);
        this.#host.dispatchEvent(new CustomEvent('peel-error', { detail, bubbles: true, composed: true }));
      });
    this.#reported.set(source, key);
  }

  /** One console.warn: each problem on a line of its own, then how many more. */
  #say(what: string, source: DataSource, { errors, more }: ReturnType<typeof cap>) {
    console.warn(
      `<${this.#host.localName}> ${what} (${source}):${errors.map((e) => `\n  ${formatIssue(e)}`).join('')}${more ? `\n  … and ${more} more` : ''}`,
    );
  }

  /** Forgets the last report of `source`, so that the same bad input given again is reported again. */
  clearReport(source: DataSource) {
    this.#reported.delete(source);
  }

  /** Forgets the reports about data (not the host's own attributes). */
  #clearDataReports() {
    for (const source of this.#reported.keys()) if (source !== 'attribute') this.clearReport(source);
  }

  #read(input: unknown, source: DataSource) {
    // Only an assessment is taken as parsed: a collection element reads even a parsed one as a collection.
    const own = this.parse === parseDocument;
    const force = own ? this.#host.force || undefined : undefined;
    if (input === this.#input && force === this.#force) return;
    this.#input = input;
    this.#force = force;
    // A new input (or force) is reported even when its errors read the same as the last one's.
    this.#clearDataReports();
    const doc =
      own && parsed.has(input as object)
        ? { ok: true as const, value: input as Assessment, warnings: [] }
        : this.parse(input);
    // Warnings that do not stop the data (a repeated id, a cycle not known yet): said once, with no event.
    const said = voiced(doc.warnings);
    if (said.length) this.#pending.push(() => this.#say('warning', source, cap(said)));
    if (!doc.ok) return this.#fail(doc.errors, source);
    // One force is picked here, once, for every element, and for the server renderer (which calls willUpdate) too.
    const found = own ? findForce(doc.value as Assessment | AssessmentCollection, force) : doc.value;
    if (isIssue(found)) {
      this.state = { status: 'error', errors: [found], force };
      this.report([found], 'attribute');
    } else {
      // A force the data holds: the same mistake made again is reported again.
      if (force) this.clearReport('attribute');
      this.#show({ status: 'ready', assessment: (own ? asParsed(found as Assessment) : found) as Assessment });
    }
  }

  #show(state: DataState) {
    this.state = state;
    this.#clearDataReports();
  }

  #fail(errors: DataIssue[], source: DataSource) {
    this.state = { status: 'error', errors };
    this.report(errors, source);
  }

  #startRequest(url: string, fresh: boolean) {
    this.#stopRequest();
    this.#input = undefined;
    const request: SrcRequest = { url, release() {} };
    this.#request = request;
    let started;
    try {
      started = requestJson(url, timeoutOf(this.#host.srcTimeout), fresh);
    } catch {
      request.error = `${url}: not a URL that can be requested`;
      return;
    }
    request.release = started.release;
    request.answer = started.answer;
    // An answer for a request this element has since dropped does no further work.
    const settle = (field: 'answer' | 'error', value: string) => {
      if (this.#request !== request || request.answer !== undefined) return;
      request[field] = value;
      this.#host.requestUpdate();
    };
    started.promise.then(
      (text) => settle('answer', text),
      (error: Error) => settle('error', `${url}: ${error.message}`),
    );
  }

  #stopRequest() {
    this.#request?.release();
    this.#request = undefined;
  }
}
