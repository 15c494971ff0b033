import { expect, fixtureSync } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PeelErrorDetail } from '../src/controllers/assessment-controller.js';
// The strings the bundle holds (not test/strings.ts: that imports the Welsh chunk's module, which the
// sources' page would then have in hand before any test could make it fail).
import { NOTES } from '../src/i18n/notes.js';
import { NORTHAMPTONSHIRE, deepText, html, settle } from './helpers.js';

/*
 * A page that copied the bundle without the chunks beside it (or lost its network for a moment): the
 * module an element needs does not load. The element shows the author's fallback, else the error
 * note; it tells the page (a warning, a peel-error with source `module`); and a later element asks
 * for the module again. Its own file, so that no earlier test has loaded the report module already.
 */

const ERROR = (el: Element) => NOTES.en.error(el.localName);
type Chunk = 'data' | 'cy' | 'cy-cards' | 'scale' | 'report' | 'compare';
/** The chunk goes missing (as on a page that copied the bundle alone), or every chunk comes back. */
const chunks = (state: 'fail' | 'ok', only?: Chunk) => fetch(`/__peel/chunks/${state}${only ? `?only=${only}` : ''}`);
const data = JSON.stringify(NORTHAMPTONSHIRE);

let warnings: string[] = [];
let events: CustomEvent<PeelErrorDetail>[] = [];
const warn = console.warn;
const onError = (event: CustomEvent<PeelErrorDetail>) => events.push(event);
beforeEach(() => {
  warnings = [];
  events = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  document.addEventListener('peel-error', onError);
});
afterEach(() => {
  console.warn = warn;
  document.removeEventListener('peel-error', onError);
});
// Another test file in this browser may have left the chunks in its cache: ask the server each time.
before(() => executeServerCommand('browser-cache', { enabled: false }));
after(async () => {
  await chunks('ok');
  await executeServerCommand('browser-cache', { enabled: true });
});

/** The requests the server has had for a chunk (path and query) since chunks last failed or came back. */
const chunkRequests = async (chunk: Chunk) =>
  (await (await fetch(`/__peel/chunks/requests?chunk=${chunk}`)).json()) as string[];

/** The chunk was asked for once, and after it came back once more, under a URL that has not failed. */
async function expectRetried(chunk: Chunk, failed: string[]) {
  const retried = await chunkRequests(chunk);
  expect(retried, `the requests for the ${chunk} chunk after it came back`).to.have.length(1);
  expect(retried[0]).to.match(/[?&]retry=1$/);
  expect(retried[0]!.split('?')[0]).to.equal(failed[0]);
}

describe('a chunk that does not load', () => {
  interface Case {
    chunk: Chunk;
    what: string;
    make: () => HTMLElement;
    shows: string;
    note: string;
  }
  // The chunks an element may need besides its own: the data layer, the Welsh text, the scale. First, so
  // that no other test has loaded them yet (the cards' Welsh, which needs the cards, comes last).
  const cases: Case[] = [
    {
      chunk: 'data',
      what: 'a badge given data',
      make: () => Object.assign(document.createElement('peel-rating'), { assessment: data, pillar: 'legitimacy' }),
      shows: 'Requires improvement',
      note: 'Grade not available',
    },
    {
      chunk: 'cy',
      what: 'a badge in Welsh',
      make: () => Object.assign(document.createElement('peel-rating'), { grade: 'good', lang: 'cy' }),
      shows: 'Da',
      note: 'Nid yw’r radd ar gael',
    },
    {
      chunk: 'scale',
      what: 'the whole scale',
      make: () => Object.assign(document.createElement('peel-rating'), { grade: 'good', variant: 'scale' }),
      shows: 'Outstanding',
      note: 'Grade not available',
    },
  ];
  const missing = ({ chunk, what, make, shows, note }: Case) =>
    it(`${what}: its chunk (${chunk}) missing, the error note (in its language) and a peel-error; a later one tries again`, async () => {
      await chunks('fail', chunk);
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const first = make();
      container.append(first);
      await waitUntil(() => events.length === 1, 'a peel-error');
      await settle(first);
      expect(deepText(first)).to.equal(note);
      expect(first.matches(':state(error)')).to.be.true;
      expect(events[0]!.detail.source).to.equal('module');
      const name = { cy: 'Welsh', 'cy-cards': 'Welsh cards' }[chunk as string] ?? chunk;
      expect(events[0]!.detail.errors[0]!.message).to.include(`the ${name} module did not load`);
      expect(warnings).to.have.length(1);
      await expect(first).shadowDom.to.be.accessible();
      const failed = await chunkRequests(chunk);
      expect(failed, `the failed requests for the ${chunk} chunk`).to.have.length(1);

      await chunks('ok');
      const later = make();
      container.append(later);
      await waitUntil(() => deepText(later).includes(shows), `not shown: "${deepText(later).slice(0, 80)}"`);
      await expectRetried(chunk, failed);
      expect(events).to.have.length(1);
    });
  cases.forEach(missing);

  it('shows the fallback or the error note, tells the page, and a later element tries again', async () => {
    await chunks('fail', 'report');
    const container = fixtureSync<HTMLDivElement>(
      html`<div>
        <pillar-summary pillar="effectiveness" id="with-fallback"
          ><a href="https://example.org/report">Effectiveness: Requires improvement (the report)</a></pillar-summary
        >
        <key-facts-panel id="bare"></key-facts-panel>
      </div>`,
    );
    const withFallback = container.querySelector<HTMLElement>('#with-fallback')!;
    const bare = container.querySelector<HTMLElement>('#bare')!;
    for (const el of [withFallback, bare]) (el as unknown as { assessment: string }).assessment = data;
    await waitUntil(() => events.length === 2, `two peel-error events, got ${events.length}`);
    await settle(withFallback);
    await settle(bare);

    // The author's own content, through a slot, rather than a grey box.
    const slot = withFallback.shadowRoot!.querySelector('slot');
    expect(slot, 'a slot for the fallback').to.exist;
    expect(slot!.assignedNodes({ flatten: true }).some((n) => (n as Element).localName === 'a')).to.be.true;
    expect(withFallback.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    expect(withFallback.querySelector('a')!.getBoundingClientRect().height, 'the link is seen').to.be.above(0);
    // Without fallback content, the error note, which says what a reader can do.
    expect(deepText(bare)).to.equal(ERROR(bare));
    for (const el of [withFallback, bare]) {
      expect(el.matches(':state(error)'), `<${el.localName}> in the error state`).to.be.true;
      expect(el.hasAttribute('aria-busy')).to.be.false;
      await expect(el).shadowDom.to.be.accessible();
    }

    expect(events.map((e) => e.target)).to.have.members([withFallback, bare]);
    for (const event of events) {
      expect(event.detail.source).to.equal('module');
      expect(event.detail.errors[0]!.path).to.equal('module');
      expect(event.detail.errors[0]!.message).to.include('the report module did not load');
    }
    expect(warnings).to.have.length(2);
    for (const warning of warnings)
      expect(warning).to.include('(module)').and.include('the report module did not load');

    // One request for the two elements, which failed.
    const failed = await chunkRequests('report');
    expect(failed, 'the failed requests').to.have.length(1);

    // The chunk is back: a later element asks the server for it again, under a URL that has not failed (a
    // browser may keep a failed module and refuse it again without asking), and shows its content.
    await chunks('ok');
    const later = document.createElement('key-facts-panel');
    (later as unknown as { assessment: string }).assessment = data;
    container.append(later);
    await waitUntil(() => deepText(later).includes('Key facts'), `no key facts: "${deepText(later).slice(0, 80)}"`);
    await expectRetried('report', failed);
    expect(later.matches(':state(error)')).to.be.false;
    expect(warnings).to.have.length(2);
  });

  it('<peel-compare> too: its chunk missing, the error note and a peel-error', async () => {
    await chunks('fail', 'compare');
    const compare = fixtureSync<HTMLElement>(
      html`<peel-compare src="/data/2017/peel-2017-all-forces.json"></peel-compare>`,
    );
    await waitUntil(() => events.length === 1, 'a peel-error');
    await settle(compare);
    expect(deepText(compare)).to.equal(ERROR(compare));
    expect(events[0]!.detail.source).to.equal('module');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<peel-compare>').and.include('the compare module did not load');
    await expect(compare).shadowDom.to.be.accessible();
    await chunks('ok');
  });

  missing({
    chunk: 'cy-cards',
    what: 'a card in Welsh',
    make: () => Object.assign(document.createElement('pillar-summary'), { assessment: data, lang: 'cy' }),
    shows: 'Effeithiolrwydd',
    note: 'Nid oedd modd dangos crynodeb y maes. Ail-lwythwch y dudalen neu chwiliwch am yr adroddiad ar-lein.',
  });
});
