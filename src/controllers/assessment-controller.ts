import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadData } from '../components/chunks.js';
import { formatIssue } from '../data/issues.js';
import type { Assessment, DataIssue, Pillar } from '../data/types.js';

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

/** What reads an element's data: reader.ts's Reader, in the data chunk. */
export interface DataReader {
  /** Reads the data the host was given (`script`: its JSON script child, if any). */
  read(script: Element | null): void;
  /** The next read asks the server again for `src`, and reads the other channels again. */
  reload(): void;
  /** Drops the `src` request and forgets the input. */
  stop(): void;
  /** The pillar `id` of `assessment`, its first without an id, or an issue that names the ids there are. */
  pillar(assessment: Assessment, id?: string): Pillar | DataIssue | undefined;
}

/** At most this many problems per report, in the warning and the event alike: a million would freeze the page. */
export const MAX_REPORTED = 20;

/** The first MAX_REPORTED problems, and how many more there are. */
const cap = (all: DataIssue[]) => ({
  errors: all.slice(0, MAX_REPORTED),
  more: Math.max(0, all.length - MAX_REPORTED),
});

/**
 * What an element was given to show, and what it reports. Whether it was given data at all (the
 * `assessment` attribute or property, a `src` URL, a child JSON script) is known here, in the bundle; the
 * reading itself (the parser, the `src` loader) is the data chunk's (reader.ts), which loads the first time
 * an element is given data, the element showing its loading note meanwhile. Bad input is reported once
 * per input and source: one `console.warn` and one `peel-error` event for each.
 */
export class AssessmentController implements ReactiveController {
  state: DataState = { status: 'empty' };
  /**
   * @internal The host shows a collection (`<peel-compare>`): its `ready` value is the collection; `force`, one
   * force's assessments of it, every cycle's (`<peel-history>`: see findHistory).
   */
  collection: boolean | 'force' = false;
  #host: DataHost;
  #reader?: DataReader;
  #children?: MutationObserver;
  #reported = new Map<DataSource, string>();
  #pending: (() => void)[] = [];

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
    queueMicrotask(() => this.#host.isConnected || this.#reader?.stop());
  }

  /** Reads the data again, and asks the server again for `src` rather than take the answer in hand. */
  reload() {
    this.#reader?.reload();
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
    if (isEmpty(assessment) && !src && !script) {
      // Forget the last input, so that the same data given again is read again. Only a change to
      // empty clears reports: an element with no data may have reported a bad attribute of its own.
      this.#reader?.stop();
      if (this.state.status !== 'empty') this.show({ status: 'empty' });
      return;
    }
    const data = loadData(this.#host);
    if (data) (this.#reader ??= new data.Reader(this.#host, this)).read(script);
    // The data chunk on its way (or, null, missing: the host is told, and reports it as source `module`).
    else this.state = data === null ? { status: 'error', errors: [] } : { status: 'loading' };
  }

  /**
   * The pillar `id` of the data shown (its first without an id), or an issue that names the ids there
   * are; undefined without data. (The data chunk finds it: it is in hand whenever there is data.)
   */
  pillar(id?: string): Pillar | DataIssue | undefined {
    return this.state.status === 'ready' ? this.#reader!.pillar(this.state.assessment, id) : undefined;
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

  /** @internal Warnings that do not stop the data (a repeated id, an unknown cycle): said once, with no event. */
  warn(all: DataIssue[], source: DataSource) {
    this.#pending.push(() => this.#say('warning', source, cap(all)));
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

  /** @internal Forgets the reports about data (not the host's own attributes). */
  clearDataReports() {
    for (const source of this.#reported.keys()) if (source !== 'attribute') this.clearReport(source);
  }

  /** @internal Whether `input` is an assessment this package parsed (handed down by a parent element). */
  isParsed(input: unknown) {
    return parsed.has(input as object);
  }

  /** @internal Shows `state`, forgetting the reports about the data it replaces. */
  show(state: DataState) {
    this.state = state;
    this.clearDataReports();
  }

  /** @internal Shows the error note and reports `errors`. */
  fail(errors: DataIssue[], source: DataSource) {
    this.state = { status: 'error', errors };
    this.report(errors, source);
  }
}
