import { fixtureSync } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { PeelErrorDetail } from '../src/controllers/assessment-controller.js';
import type { PeelElement } from '../src/components/peel-element.js';
import { STRINGS } from './strings.js';
import { deepText, expect, heldUrl, html, inlineNote, settle } from './helpers.js';

/*
 * The `src` channel: one request per URL for the whole page, requests dropped by elements that
 * leave, and every way a request can fail.
 */

const LOADING = (el: Element) => STRINGS.en.loading(el.localName);
const ERROR = (el: Element) => STRINGS.en.error(el.localName);

/** A fresh query string, so that no other test (or earlier request) shares the URL. */
const unique = () => `x=${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const okUrl = (query = '') => `/__peel/ok/northamptonshire-2017?${unique()}${query}`;

/** How many times the page called fetch for `url` (the browser's HTTP cache could hide some from the server). */
const fetches = (url: string) =>
  recorder.fetched.filter((fetched) => fetched === new URL(url, location.href).href).length;

/** How many requests the test server has had for `url` (path and query). */
async function requests(url: string): Promise<number> {
  const response = await fetch(`/__peel/count/?${encodeURIComponent(url)}`);
  return ((await response.json()) as { count: number }).count;
}

/** Everything the page could notice: console.warn calls, peel-error events, uncaught errors, fetch signals. */
class Recorder {
  warnings: string[] = [];
  events: CustomEvent<PeelErrorDetail>[] = [];
  errors: unknown[] = [];
  signals = new Map<string, AbortSignal>();
  /** The URL of every fetch, in order. */
  fetched: string[] = [];
  /** Each URL's last fetch: settles when it is answered, fails or is aborted. */
  done = new Map<string, Promise<unknown>>();
  #warn = console.warn;
  #fetch = window.fetch;
  #onEvent = (event: CustomEvent<PeelErrorDetail>) => this.events.push(event);
  #onError = (event: ErrorEvent) => this.errors.push(event.error ?? event.message);
  #onRejection = (event: PromiseRejectionEvent) => this.errors.push(event.reason);

  constructor() {
    console.warn = (...args: unknown[]) => this.warnings.push(args.map(String).join(' '));
    const original = this.#fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      this.fetched.push(url);
      if (init?.signal) this.signals.set(url, init.signal);
      const response = original.call(window, input, init);
      this.done.set(
        url,
        response.then(
          () => undefined,
          () => undefined,
        ),
      );
      return response;
    };
    document.addEventListener('peel-error', this.#onEvent);
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onRejection);
  }

  /** Settles when the last request whose URL includes `part` is answered, fails or is aborted. */
  settled(part: string): Promise<unknown> | undefined {
    return [...this.done].reverse().find(([url]) => url.includes(part))?.[1];
  }

  /** The signal of the last request whose URL includes `part`. */
  signal(part: string): AbortSignal | undefined {
    return [...this.signals].reverse().find(([url]) => url.includes(part))?.[1];
  }

  stop() {
    console.warn = this.#warn;
    window.fetch = this.#fetch;
    document.removeEventListener('peel-error', this.#onEvent);
    window.removeEventListener('error', this.#onError);
    window.removeEventListener('unhandledrejection', this.#onRejection);
  }
}

let recorder: Recorder;
beforeEach(() => (recorder = new Recorder()));
afterEach(() => recorder.stop());

// Containers are mounted with fixtureSync: fixture() waits for an animation frame for a plain element,
// and with wtr's concurrency of 2 the page in the background gets none.

/** A fresh element of `tag` with `src` (and other attributes), appended to a new container. */
async function place(tag: string, src: string, attributes: Record<string, string> = {}) {
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as PeelElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  container.append(el);
  await settle(el);
  return { el, container };
}

/** The text an element of each kind shows for the Northamptonshire example. */
const READY: Record<string, string> = {
  'peel-assessment': 'Northamptonshire Police 2017',
  'pillar-summary': 'Effectiveness',
  'key-facts-panel': 'Key facts – 2019/20',
  'peel-rating': 'Requires improvement',
};

const ready = (el: Element) => deepText(el).includes(READY[el.localName]!);

// A generous bound, never a wait: on a loaded two-core machine the chunks and data of the CDN run can take seconds.
async function waitForData(el: Element) {
  await waitUntil(() => ready(el), `<${el.localName}> did not show its data: "${deepText(el).slice(0, 80)}"`);
  await settle(el);
}

describe('src loading', () => {
  it('shows a loading note while the request is under way', async () => {
    const { src, release } = heldUrl();
    const { el } = await place('peel-assessment', src);
    expect(deepText(el)).to.equal(LOADING(el));
    expect(el.shadowRoot!.querySelector('[part="message"]')!.localName).to.equal('p');
    await release();
    await waitForData(el);
  });

  it('makes one request per URL, however many elements share it', async () => {
    const { src, release } = heldUrl();
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const tags = ['peel-assessment', 'peel-assessment', 'pillar-summary', 'key-facts-panel', 'peel-rating'];
    const elements = tags.map((tag) => {
      const el = document.createElement(tag);
      el.setAttribute('src', src);
      return el;
    });
    container.append(...elements);
    await release();
    for (const el of elements) await waitForData(el);
    expect(await requests(src)).to.equal(1);
    expect(fetches(src)).to.equal(1);

    // An element that arrives after the answer uses it too.
    const late = document.createElement('peel-rating');
    late.setAttribute('src', src);
    container.append(late);
    await waitForData(late);
    expect(await requests(src)).to.equal(1);
    expect(fetches(src)).to.equal(1);
    expect(recorder.warnings).to.deep.equal([]);
    expect(recorder.events).to.have.length(0);
  });

  it('treats relative and absolute forms of one URL as one URL', async () => {
    const src = okUrl();
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const a = document.createElement('peel-assessment');
    a.setAttribute('src', src);
    const b = document.createElement('key-facts-panel');
    b.setAttribute('src', new URL(src, location.href).href);
    container.append(a, b);
    await waitForData(a);
    await waitForData(b);
    expect(await requests(src)).to.equal(1);
    expect(fetches(src)).to.equal(1);
  });

  it('does no further work for an element removed before its answer, and aborts a request no one needs', async () => {
    const { src, release } = heldUrl();
    const { el } = await place('peel-assessment', src);
    expect(deepText(el)).to.equal(LOADING(el));
    el.remove();
    // At once: in the microtask that hostDisconnected queues, which runs before this one.
    await Promise.resolve();
    expect(recorder.signal(src)?.aborted, 'aborted').to.be.true;
    // Once the request has ended (aborted; it would be answered otherwise) and anything it set off has rendered.
    await recorder.settled(src);
    await settle(el);
    expect(deepText(el)).to.equal(LOADING(el));
    expect(el.shadowRoot!.querySelector('[part="title"]')).to.be.null;
    expect(recorder.warnings).to.deep.equal([]);
    expect(recorder.events).to.have.length(0);
    expect(recorder.errors).to.deep.equal([]);
    // Never a second request; the first may be aborted before it leaves the browser.
    expect(await requests(src)).to.be.at.most(1);
    await release();
  });

  it('keeps a shared request for the elements that still use it', async () => {
    const { src, release } = heldUrl();
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const [leaving, staying] = ['pillar-summary', 'key-facts-panel'].map((tag) => {
      const el = document.createElement(tag);
      el.setAttribute('src', src);
      return el;
    }) as [PeelElement, PeelElement];
    container.append(leaving, staying);
    await settle(staying);
    leaving.remove();
    await release();
    await waitForData(staying);
    expect(recorder.signal(src)?.aborted).to.be.false;
    await settle(leaving);
    expect(deepText(leaving)).to.equal(LOADING(leaving));
    expect(await requests(src)).to.equal(1);
    expect(recorder.warnings).to.deep.equal([]);
    expect(recorder.events).to.have.length(0);
  });

  it('keeps working when moved (removed and appended in one task), without a second request', async () => {
    const { src, release } = heldUrl();
    const { el } = await place('peel-assessment', src);
    const elsewhere = fixtureSync<HTMLElement>(html`<section></section>`);
    el.remove();
    elsewhere.append(el);
    await release();
    await waitForData(el);
    expect(el.parentElement).to.equal(elsewhere);
    expect(recorder.signal(src)?.aborted).to.be.false;
    expect(await requests(src)).to.equal(1);
    expect(fetches(src)).to.equal(1);
    expect(recorder.warnings).to.deep.equal([]);
    expect(recorder.events).to.have.length(0);
  });

  it('keeps its data when moved after the answer', async () => {
    const src = okUrl();
    const { el } = await place('pillar-summary', src);
    await waitForData(el);
    const elsewhere = fixtureSync<HTMLElement>(html`<section></section>`);
    elsewhere.append(el);
    await settle(el);
    expect(ready(el)).to.be.true;
    expect(await requests(src)).to.equal(1);
  });

  it('loads again when attached again after it was removed while loading', async () => {
    const { src, release } = heldUrl();
    const { el, container } = await place('key-facts-panel', src);
    el.remove();
    // Gone long enough to let go of its request: it was aborted.
    await waitUntil(() => recorder.signal(src)?.aborted, 'the request was not aborted');
    container.append(el);
    await release();
    await waitForData(el);
    expect(recorder.warnings).to.deep.equal([]);
  });

  it('fetches again when src changes, and shares the answers it has', async () => {
    const first = okUrl();
    const second = `/__peel/ok/fictional-2021?${unique()}`;
    const { el } = await place('peel-assessment', first);
    await waitForData(el);
    el.setAttribute('src', second);
    await waitUntil(() => deepText(el).includes('Exampleshire Constabulary (fictional) 2021/22'), 'no new data');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('pillar-summary')).to.have.length(6);
    expect(await requests(first)).to.equal(1);
    expect(await requests(second)).to.equal(1);
    // Back to the first URL: its answer is still shared, so there is no new request.
    el.src = first;
    await waitForData(el);
    expect(await requests(first)).to.equal(1);
    expect(fetches(first)).to.equal(1);
    expect(recorder.warnings).to.deep.equal([]);
  });

  it('prefers the assessment attribute to src, and loads src when the attribute goes', async () => {
    const src = okUrl();
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('peel-assessment');
    el.setAttribute('assessment', JSON.stringify({ force: { name: 'Inline Police' } }));
    el.setAttribute('src', src);
    container.append(el);
    await settle(el);
    expect(deepText(el)).to.equal('Inline Police');
    el.removeAttribute('assessment');
    await waitForData(el);
    expect(await requests(src)).to.equal(1);
  });

  it('uses src-timeout as a number of milliseconds', async () => {
    const { el } = await place('peel-rating', okUrl(), { 'src-timeout': '2500' });
    expect(el.srcTimeout).to.equal(2500);
    await waitForData(el);
  });

  describe('failures', () => {
    interface Failure {
      name: string;
      src: () => string;
      attributes?: Record<string, string>;
      /** Some text of the error's message. */
      says: string;
      path?: string;
    }
    const failures: Failure[] = [
      { name: '404', src: () => `/__peel/status/404?${unique()}`, says: 'the server answered 404' },
      { name: '500', src: () => `/__peel/status/500?${unique()}`, says: 'the server answered 500' },
      {
        name: 'a 404 for a missing file',
        src: () => `/__peel/missing-${unique()}.json`,
        says: 'the server answered 404',
      },
      { name: 'invalid JSON', src: () => `/__peel/broken?${unique()}`, says: 'could not be read', path: '(root)' },
      { name: 'the wrong content type', src: () => `/__peel/html?${unique()}`, says: 'content type "text/html' },
      {
        name: 'JSON named only in a parameter of another type',
        src: () => `/__peel/typed?type=${encodeURIComponent('text/html; x=application/json')}&${unique()}`,
        says: 'content type "text/html; x=application/json"',
      },
      {
        name: 'data that breaks the schema',
        src: () => `/__peel/invalid?${unique()}`,
        says: '"godo" is not a PEEL grade',
        path: 'pillars[0].grade',
      },
      { name: 'a network error', src: () => `http://127.0.0.1:9/x.json?${unique()}`, says: 'the request failed' },
      {
        name: 'a time-out',
        // Held, never answered: the element gives up.
        src: () => heldUrl().src,
        attributes: { 'src-timeout': '100' },
        says: 'no answer in time',
      },
    ];

    for (const [i, failure] of failures.entries()) {
      // Each element kind in turn, so every element is seen to fail well.
      const tag = ['peel-assessment', 'pillar-summary', 'key-facts-panel', 'peel-rating'][i % 4]!;

      it(`shows the error note for ${failure.name} (<${tag}>), warns once, sends one peel-error, and recovers`, async () => {
        const src = failure.src();
        const started = performance.now();
        const { el } = await place(tag, src, failure.attributes);
        await waitUntil(() => deepText(el) === ERROR(el), `no error note: "${deepText(el).slice(0, 80)}"`);
        // Its own 100 ms limit, not the default 10 s: well under 10 s, with room for a busy machine.
        if (failure.name === 'a time-out') expect(performance.now() - started).to.be.below(8000);
        // Reported as the render that shows the note ends: nothing more is pending once it has.
        await settle(el);
        expect(deepText(el)).to.equal(ERROR(el));
        // A badge's note stays in its sentence: a <span>.
        expect(el.shadowRoot!.querySelector('[part="message"]')!.localName).to.equal(inlineNote(el) ? 'span' : 'p');

        expect(recorder.warnings, 'console.warn calls').to.have.length(1);
        const [warning] = recorder.warnings;
        expect(warning).to.include(`<${tag}>`).and.include('(src)').and.include(failure.says);
        expect(recorder.events, 'peel-error events').to.have.length(1);
        const [event] = recorder.events;
        expect(event!.target).to.equal(el);
        expect(event!.bubbles && event!.composed).to.be.true;
        expect(event!.detail.source).to.equal('src');
        const [issue] = event!.detail.errors;
        expect(issue!.path).to.equal(failure.path ?? 'src');
        expect(issue!.message).to.include(failure.says);
        expect(recorder.errors).to.deep.equal([]);

        // A later good src recovers, with nothing more reported (in the time limit of every element: the time-out
        // case's 100 ms would fail the good answer too on a busy machine).
        el.removeAttribute('src-timeout');
        el.setAttribute('src', okUrl());
        await waitForData(el);
        expect(recorder.warnings).to.have.length(1);
        expect(recorder.events).to.have.length(1);
      });
    }

    it('tries a failed URL again for the next element', async () => {
      const src = `/__peel/missing-${unique()}.json`;
      const first = await place('key-facts-panel', src);
      await waitUntil(() => deepText(first.el) === ERROR(first.el), 'no error note');
      const second = await place('key-facts-panel', src);
      await waitUntil(() => deepText(second.el) === ERROR(second.el), 'no error note');
      // Counted as fetches: the dev server's 404 says `cache-control: max-age=31536000`, so the
      // browser answers the second from its cache and the test server sees one request.
      expect(fetches(src)).to.equal(2);
      expect(recorder.warnings).to.have.length(2);
    });

    it('reports a failure once to every element that shares the request', async () => {
      const src = `/__peel/broken?${unique()}`;
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const elements = ['peel-rating', 'pillar-summary', 'peel-assessment'].map((tag) => {
        const el = document.createElement(tag);
        el.setAttribute('src', src);
        return el;
      });
      container.append(...elements);
      for (const el of elements) await waitUntil(() => deepText(el) === ERROR(el), `<${el.localName}> no error note`);
      for (const el of elements) await settle(el);
      expect(recorder.warnings).to.have.length(3);
      expect(recorder.events.map((e) => e.target)).to.have.members(elements);
      expect(await requests(src)).to.equal(1);
      expect(fetches(src)).to.equal(1);
    });
  });
});

describe('src limits', () => {
  for (const chunked of [false, true])
    it(`refuses an answer over 5,000,000 bytes unread${chunked ? ', sent without a length' : ''}: the error note and one peel-error`, async () => {
      const src = `/__peel/big/5000100?${unique()}${chunked ? '&chunked' : ''}`;
      const { el } = await place('pillar-summary', src);
      await waitUntil(() => deepText(el) === ERROR(el), `no error note: "${deepText(el).slice(0, 80)}"`);
      await settle(el);
      expect(recorder.events).to.have.length(1);
      expect(recorder.events[0]!.detail.source).to.equal('src');
      expect(recorder.events[0]!.detail.errors[0]!.message).to.include('the answer is over 5000000 bytes');
      expect(recorder.warnings).to.have.length(1);
      expect(recorder.warnings[0]).to.include('over 5000000 bytes');
    });

  it('reads an answer just under the cap', async () => {
    const { el } = await place('peel-assessment', `/__peel/big/4999000?${unique()}`);
    await waitUntil(() => deepText(el).includes('Big'), `not shown: "${deepText(el).slice(0, 80)}"`);
    expect(recorder.events).to.have.length(0);
  });

  it('keeps only the last few answers no element uses; one in use stays, and reload() still asks afresh', async () => {
    const kept = okUrl();
    const holder = await place('peel-rating', kept);
    await waitForData(holder.el);
    // Ten documents shown and gone (as a page that swaps its content would).
    const gone = Array.from({ length: 10 }, () => okUrl());
    for (const src of gone) {
      const { el, container } = await place('peel-rating', src);
      await waitForData(el);
      container.remove();
    }
    // A removed element lets go of its request in a microtask (hostDisconnected): after that one.
    await Promise.resolve();
    // The first ones were dropped: a new element asks the server again. The last one is still in hand.
    const again = await place('peel-rating', gone[0]!);
    await waitForData(again.el);
    expect(fetches(gone[0]!), 'the oldest answer was dropped').to.equal(2);
    const last = await place('peel-rating', gone.at(-1)!);
    await waitForData(last.el);
    expect(fetches(gone.at(-1)!), 'the last answer was kept').to.equal(1);
    // The answer in use by an element on the page is never dropped.
    const second = await place('peel-rating', kept);
    await waitForData(second.el);
    expect(fetches(kept)).to.equal(1);
    second.el.reload();
    await waitUntil(() => fetches(kept) === 2, 'reload() fetched afresh');
    expect(recorder.warnings).to.deep.equal([]);
  });
});
