import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatIssue, parseAssessment } from '../data/parse.js';
import type { Assessment, DataIssue } from '../data/types.js';
import { requestJson } from './fetch-json.js';

/** What the element has to show. */
export type DataState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; assessment: Assessment }
  | { status: 'error'; errors: DataIssue[] };

export type DataSource = 'assessment' | 'src' | 'script' | 'attribute';

export interface PeelErrorDetail {
  /** Each problem with the JSON path it was found at. */
  errors: DataIssue[];
  /** Where the bad input came from. */
  source: DataSource;
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  assessment?: unknown;
  src?: string;
  srcTimeout: number;
}

/** A `src` request and, once it has settled, its answer or why there is none. */
interface SrcRequest {
  url: string;
  release(): void;
  answer?: string;
  error?: string;
}

const isEmpty = (value: unknown) => value == null || value === '';

/**
 * Reads the assessment from whichever channel the host was given (the `assessment` attribute
 * or property, a `src` URL, or a child JSON script, in that order), parses it, and reports
 * bad input once per input: one `console.warn` and one `peel-error` event.
 */
export class AssessmentController implements ReactiveController {
  state: DataState = { status: 'empty' };
  #host: DataHost;
  #input: unknown;
  #request?: SrcRequest;
  #children?: MutationObserver;
  #reported = '';
  #pending?: PeelErrorDetail;

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

  hostUpdate() {
    const { assessment, src } = this.#host;
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (isEmpty(assessment) && src) {
      if (this.#request?.url !== src) this.#startRequest(src);
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
    const detail = this.#pending;
    this.#pending = undefined;
    if (!detail) return;
    console.warn(
      `<${this.#host.localName}> peel-error (${detail.source}):\n` +
        detail.errors.map((e) => `  ${formatIssue(e)}`).join('\n'),
    );
    this.#host.dispatchEvent(new CustomEvent('peel-error', { detail, bubbles: true, composed: true }));
  }

  /** Reports bad input the host found itself (an unknown grade or pillar). Repeats of the same report are dropped. */
  report(errors: DataIssue[], source: DataSource) {
    const key = JSON.stringify([source, errors]);
    if (key !== this.#reported) this.#pending = { errors, source };
    this.#reported = key;
  }

  /** Forgets the last report, so that the same bad input given again is reported again. */
  clearReport() {
    this.#reported = '';
  }

  #read(input: unknown, source: DataSource) {
    if (input === this.#input) return;
    this.#input = input;
    // A new input is reported even when its errors read the same as the last one's.
    this.clearReport();
    const result = parseAssessment(input);
    if (result.ok) this.#show({ status: 'ready', assessment: result.value });
    else this.#fail(result.errors, source);
  }

  #show(state: DataState) {
    this.state = state;
    this.clearReport();
  }

  #fail(errors: DataIssue[], source: DataSource) {
    this.state = { status: 'error', errors };
    this.report(errors, source);
  }

  #startRequest(url: string) {
    this.#stopRequest();
    this.#input = undefined;
    const { promise, release } = requestJson(url, this.#host.srcTimeout);
    const request: SrcRequest = { url, release };
    this.#request = request;
    // An answer for a request this element has since dropped does no further work.
    const settle = (field: 'answer' | 'error', value: string) => {
      if (this.#request !== request) return;
      request[field] = value;
      this.#host.requestUpdate();
    };
    promise.then(
      (text) => settle('answer', text),
      (error: Error) => settle('error', `${url}: ${error.message}`),
    );
  }

  #stopRequest() {
    this.#request?.release();
    this.#request = undefined;
  }
}
