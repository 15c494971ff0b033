import { fixtureSync } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { PeelElement } from '../src/components/peel-element.js';
import type { Assessment } from '../src/data/types.js';
import { safeUrl } from '../src/security/safe-url.js';
import {
  $,
  $$,
  ERROR,
  LOADING,
  NORTHAMPTONSHIRE,
  copy,
  countRequests,
  deepQueryAll,
  deepText,
  expect,
  expectReported,
  heldUrl,
  html,
  message,
  observe,
  render,
  settle,
  text,
} from './helpers.js';
import { PREFIX_CHARS } from './hostile-urls.js';
import { itSources } from './run-mode.js';

/*
 * Defects found in review (issue 8): hostile URLs, bad attributes, several problems at once,
 * pillars without ids, empty sections, shared `src` requests, stable headings, parsing once and
 * `lang` on the element itself.
 */

const unique = () => `u=${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const okUrl = (query = '') => `/__peel/ok/northamptonshire-2017?${unique()}${query}`;

const tiny = (pillar: Record<string, unknown>): Assessment =>
  ({ force: { name: 'Test Police' }, pillars: [{ id: 'effectiveness', grade: 'good', ...pillar }] }) as Assessment;

/** Each rendered href, resolved as the browser resolves it. */
const hrefs = (el: Element) =>
  [el, ...deepQueryAll(el, '*')]
    .flatMap((node) => (node.shadowRoot ? [...node.shadowRoot.querySelectorAll('a[href]')] : []))
    .map((a) => new URL(a.getAttribute('href')!, document.baseURI));

describe('URL policy', () => {
  for (const space of PREFIX_CHARS) {
    const code = space.codePointAt(0)!.toString(16).padStart(4, '0');
    it(`renders no javascript: link for a URL that starts with U+${code}`, async () => {
      const url = `${space}javascript:alert(1)`;
      const el = await render<PeelElement>(html`<pillar-summary .assessment=${tiny({ url })}></pillar-summary>`);
      for (const href of hrefs(el)) expect(href.protocol, href.href).to.match(/^https?:$/);
      // What is rendered is exactly the value that was checked.
      const link = $(el, 'a[part="link"]');
      if (link) expect(link.getAttribute('href')).to.equal(url);
    });
  }

  itSources('decides with the platform parser: schemes hidden by case, tabs and new lines are refused', () => {
    for (const url of [
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      ' \tjavascript:x',
      'data:text/html,x',
      'vbscript:x',
      'http://[::1',
    ])
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    for (const url of ['https://example.org/a', 'HTTP://example.org', '/relative', 'page.html', '?q=1', '#top'])
      expect(safeUrl(url), url).to.equal(url);
  });

  itSources('leaves a Unicode space in front of a scheme as part of a relative URL, so the link stays http(s)', () => {
    expect(safeUrl('\u00a0javascript:alert(1)')).to.equal('\u00a0javascript:alert(1)');
    expect(new URL('\u00a0javascript:alert(1)', document.baseURI).protocol).to.equal(location.protocol);
  });
});

describe('bad attributes never break an element', () => {
  it('src that is no URL ("http://[::1"): the error note, one warning, one peel-error', async () => {
    let el!: PeelElement;
    const seen = await observe(async () => {
      // Reported as the first render ends (a URL that cannot be parsed is never requested).
      el = await render<PeelElement>(html`<pillar-summary src="http://[::1"></pillar-summary>`);
    });
    expectReported(el, seen, ['src'], 'src', { absent: 'section' });
    expect(seen.warnings[0]).to.include('http://[::1');
  });

  for (const value of ['abc', '-5', '1e400', '0', '']) {
    it(`src-timeout="${value}" falls back to a usable time limit and loads`, async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        // Answered only once the request is under way: a time limit of 0 would have ended it by then.
        const { src, release } = heldUrl();
        const el = await render<PeelElement>(html`<peel-rating src=${src} src-timeout=${value}></peel-rating>`);
        await waitUntil(async () => (await countRequests(src)) === 1, 'no request');
        await release();
        await waitUntil(() => deepText(el).includes('Requires improvement'), deepText(el));
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }

  it('a removed src-timeout means the default, not 0 ms', async () => {
    const el = await render<PeelElement>(html`<peel-rating src-timeout="5000" src=${okUrl()}></peel-rating>`);
    el.removeAttribute('src-timeout');
    expect(el.srcTimeout).to.equal(null);
    const { src, release } = heldUrl();
    el.src = src;
    await waitUntil(async () => (await countRequests(src)) === 1, 'no request');
    await release();
    await waitUntil(() => deepText(el).includes('Requires improvement'), deepText(el));
  });

  it('works without AbortSignal.any and AbortSignal.timeout (Safari before 17.4)', async () => {
    const { any, timeout } = AbortSignal as unknown as Record<string, unknown>;
    Object.assign(AbortSignal, { any: undefined, timeout: undefined });
    try {
      const el = await render<PeelElement>(html`<peel-rating src=${okUrl()}></peel-rating>`);
      await waitUntil(() => deepText(el).includes('Requires improvement'), deepText(el));
    } finally {
      Object.assign(AbortSignal, { any, timeout });
    }
  });
});

describe('several problems at once', () => {
  it('<peel-rating> with a bad grade attribute and bad JSON reports both', async () => {
    const seen = await observe(async () => {
      await render(html`<peel-rating grade="godo" assessment='{"force": '></peel-rating>`);
    });
    expect(seen.warnings, 'console.warn calls').to.have.length(2);
    expect(seen.events.map((e) => e.detail.source).sort()).to.deep.equal(['assessment', 'attribute']);
    expect(seen.warnings.join('\n')).to.include('grade: "godo"').and.include('(root): could not be read');
  });
});

describe('<peel-assessment> pillars', () => {
  const titles = (el: Element) =>
    deepQueryAll(el, 'pillar-summary').map((p) => text(p.shadowRoot!.querySelector('[part="title"]')));

  it('renders each pillar once, in order, when pillars have no ids', async () => {
    const doc = copy(NORTHAMPTONSHIRE);
    for (const pillar of doc.pillars!) delete pillar.id;
    const el = await render(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    expect(titles(el)).to.deep.equal(NORTHAMPTONSHIRE.pillars!.map((p) => p.title));
  });

  it('renders each pillar once, in order, when pillars share an id, and warns at each repeat', async () => {
    const doc = copy(NORTHAMPTONSHIRE);
    for (const pillar of doc.pillars!) pillar.id = 'effectiveness';
    let el!: Element;
    const seen = await observe(async () => {
      el = await render(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    });
    // One warning, from the element given the data (its cards are handed it parsed), and no event.
    expect(seen.warnings).to.deep.equal([
      '<peel-assessment> warning (assessment):\n  pillars[1].id: repeats the id of pillars[0]\n  pillars[2].id: repeats the id of pillars[0]',
    ]);
    expect(seen.events).to.have.length(0);
    expect(titles(el)).to.deep.equal(NORTHAMPTONSHIRE.pillars!.map((p) => p.title));
    expect(deepQueryAll(el, 'peel-rating[part="rating"]').map((r) => r.getAttribute('grade'))).to.deep.equal(
      NORTHAMPTONSHIRE.pillars!.map((p) => p.grade),
    );
  });

  it('hands its cards the parsed data: no card parses it again', async () => {
    const el = await render(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
    const cards = deepQueryAll(el, 'pillar-summary, key-facts-panel') as (PeelElement & {
      data: { state: { assessment?: unknown } };
    })[];
    expect(cards).to.have.length(4);
    // The parser always builds new objects, so a card that parsed again would hold another one.
    for (const card of cards) expect(card.data.state.assessment === card.assessment, card.localName).to.equal(true);
  });

  it('draws no observations section for an empty inspector and no observations', async () => {
    const doc = { force: { name: 'Test Police' }, inspector: {} };
    const el = await render(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    expect($(el, '[part="observations"]')).to.equal(null);
    expect($$(el, 'h3')).to.have.length(0);
  });

  it('draws the inspector without an empty quote when there are no observations', async () => {
    const doc = { force: { name: 'Test Police' }, inspector: { name: 'A. Person' } };
    const el = await render(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
    expect($(el, 'blockquote')).to.equal(null);
    expect(text($(el, '[part="inspector"]'))).to.equal('A. Person');
  });
});

describe('shared src requests', () => {
  it('gives each element its own time limit', async () => {
    const { src, release } = heldUrl();
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const seen = await observe(async () => {
      const patient = Object.assign(document.createElement('peel-rating'), { src, srcTimeout: 5000 });
      const hasty = Object.assign(document.createElement('peel-rating'), { src, srcTimeout: 100 });
      container.append(patient, hasty);
      await waitUntil(() => deepText(hasty) === ERROR(hasty), 'the hasty element did not give up');
      expect(deepText(patient)).to.equal(LOADING(patient));
      await release();
      await waitUntil(() => deepText(patient).includes('Requires improvement'), 'the patient one gave up');
    });
    expect(seen.warnings).to.have.length(1);
    expect(seen.warnings[0]).to.include('no answer in time');
  });

  it('shows an answer in hand at once to an element attached again', async () => {
    const src = okUrl();
    const el = await render<PeelElement>(html`<peel-rating src=${src}></peel-rating>`);
    await waitUntil(() => deepText(el).includes('Requires improvement'), 'no data');
    const parent = el.parentElement!;
    el.remove();
    // Removed, it lets go of its request in a microtask (hostDisconnected): after that one, attached again.
    await Promise.resolve();
    parent.append(el);
    await el.updateComplete;
    expect(deepText(el)).to.include('Requires improvement');
    const other = Object.assign(document.createElement('peel-rating'), { src });
    parent.append(other);
    await other.updateComplete;
    expect(deepText(other), 'a new element for the same URL').to.include('Requires improvement');
  });

  it('fetches again on reload() and when src is set again', async () => {
    const src = okUrl();
    const path = src;
    const el = await render<PeelElement>(html`<peel-rating src=${src}></peel-rating>`);
    await waitUntil(() => deepText(el).includes('Requires improvement'), 'no data');
    expect(await countRequests(path)).to.equal(1);
    el.reload();
    await waitUntil(async () => (await countRequests(path)) === 2, 'reload() did not fetch');
    el.setAttribute('src', src);
    await waitUntil(async () => (await countRequests(path)) === 3, 'setting src again did not fetch');
    // The server has counted the request; its answer may still be on its way.
    await waitUntil(() => deepText(el).includes('Requires improvement'), 'no data after src set again');
  });
});

describe('stable markup', () => {
  it('keeps the same heading nodes from one render to the next', async () => {
    const el = await render<PeelElement>(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
    const before = [...el.shadowRoot!.querySelectorAll('h2, h3')];
    expect(before.length).to.be.greaterThan(2);
    el.requestUpdate();
    el.headingLevel = 2;
    await el.updateComplete;
    const changed = copy(NORTHAMPTONSHIRE);
    changed.period = '2018';
    el.assessment = changed;
    await settle(el);
    const after = [...el.shadowRoot!.querySelectorAll('h2, h3')];
    expect(text(after[0])).to.equal('Northamptonshire Police 2018');
    expect(after.every((h, i) => h === before[i])).to.equal(true);
  });
});

describe('lang on the element itself', () => {
  it('re-renders when lang is set on the element inside another shadow root', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('peel-assessment') as PeelElement;
    el.assessment = NORTHAMPTONSHIRE;
    root.append(el);
    await settle(el);
    expect(deepText(el)).to.include('Read the full PEEL report');
    el.setAttribute('lang', 'cy');
    await settle(el);
    expect(deepText(el)).to.include('Darllen yr adroddiad PEEL llawn').and.include('Ffeithiau allweddol');
    el.lang = 'en';
    await settle(el);
    expect(deepText(el)).to.include('Key facts');
    expect(message(el)).to.equal(null);
  });
});

describe('caps on what is reported (issue 16)', () => {
  it('reports the first 20 of a million problems, and how many more, in the warning and the event alike', async () => {
    const doc = { force: { name: 'Test Police' }, summary: new Array(1_000_000).fill(5) };
    let el!: PeelElement;
    const seen = await observe(async () => {
      el = await render<PeelElement>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
    });
    const paths = Array.from({ length: 20 }, (_, i) => `summary[${i}]`);
    expectReported(el, seen, paths, 'assessment', { absent: 'section' });
    const lines = seen.warnings[0]!.split('\n');
    expect(lines).to.have.length(22);
    expect(lines.at(-1)).to.equal('  … and 999980 more');
    expect(seen.events[0]!.detail.more).to.equal(999980);
    expect(seen.events[0]!.detail.errors[19]!.message).to.equal('expected text, got 5');
  });

  it('lists every problem when there are at most 20, with none more', async () => {
    const doc = { force: { name: 'Test Police' }, summary: new Array(20).fill(5) };
    const seen = await observe(async () => {
      await render(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
    });
    expect(seen.warnings[0]!.split('\n')).to.have.length(21);
    expect(seen.events[0]!.detail.errors).to.have.length(20);
    expect(seen.events[0]!.detail.more).to.equal(0);
  });

  it('caps the warnings said on the console too', async () => {
    const doc = { force: { name: 'Test Police' }, pillars: new Array(100).fill({ id: 'x', grade: 'good' }) };
    const seen = await observe(async () => {
      await render(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
    });
    const lines = seen.warnings[0]!.split('\n');
    expect(lines).to.have.length(22);
    expect(lines[1]).to.equal('  pillars[1].id: repeats the id of pillars[0]');
    expect(lines.at(-1)).to.equal('  … and 79 more');
    expect(seen.events).to.have.length(0);
  });
});

describe('repeated ids and cycles not known yet (issues 16 and 19)', () => {
  it('<pillar-summary pillar="x"> shows the first of two pillars with that id, and the console says so', async () => {
    const doc = {
      force: { name: 'Test Police' },
      pillars: [
        { id: 'x', title: 'First', grade: 'good' },
        { id: 'x', title: 'Second', grade: 'inadequate' },
      ],
    };
    let el!: PeelElement;
    const seen = await observe(async () => {
      el = await render<PeelElement>(html`<pillar-summary pillar="x" .assessment=${doc}></pillar-summary>`);
    });
    expect(text($(el, '[part="title"]'))).to.equal('First');
    expect(seen.warnings).to.deep.equal([
      '<pillar-summary> warning (assessment):\n  pillars[1].id: repeats the id of pillars[0]',
    ]);
    expect(seen.events).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders a document of a cycle it does not know, on the scale of its grades, and names the cycle', async () => {
    const doc = {
      force: { name: 'Test Police' },
      cycle: 'peel-2027-29',
      period: '2027–29',
      pillars: [{ id: 'investigating-crime', grade: 'adequate', previousGrade: 'good' }],
    };
    let el!: PeelElement;
    const seen = await observe(async () => {
      el = await render<PeelElement>(html`<pillar-summary .assessment=${JSON.stringify(doc)}></pillar-summary>`);
    });
    expect(seen.warnings).to.deep.equal([
      '<pillar-summary> warning (assessment):\n  cycle: unknown cycle "peel-2027-29", ignored',
    ]);
    expect(seen.events).to.have.length(0);
    expect(text($(el, '[part="title"]'))).to.equal('Investigating crime');
    expect(deepText(el)).to.include('Adequate').and.include('down from Good').and.include('2027–29');
    await expect(el).shadowDom.to.be.accessible();
  });
});
