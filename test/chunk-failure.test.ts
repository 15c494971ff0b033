import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PeelErrorDetail } from '../src/controllers/assessment-controller.js';
import { STRINGS } from './strings.js';
import { NORTHAMPTONSHIRE, deepText, html, settle } from './helpers.js';

/*
 * A page that copied the bundle without the chunks beside it (or lost its network for a moment): the
 * module an element needs does not load. The element shows the author's fallback, else the error
 * note; it tells the page (a warning, a peel-error with source `module`); and a later element asks
 * for the module again. Its own file, so that no earlier test has loaded the report module already.
 */

const { error: ERROR } = STRINGS.en;
const chunks = (state: 'fail' | 'ok') => fetch(`/__peel/chunks/${state}`);
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

/** The chunk requests the server has had (path and query) since chunks last failed or came back. */
const chunkRequests = async () => (await (await fetch('/__peel/chunks/requests')).json()) as string[];

describe('a chunk that does not load', () => {
  it('shows the fallback or the error note, tells the page, and a later element tries again', async () => {
    await chunks('fail');
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
    await waitUntil(() => events.length === 2, `two peel-error events, got ${events.length}`, { timeout: 5000 });
    await settle(withFallback);
    await settle(bare);

    // The author's own content, through a slot, rather than a grey box.
    const slot = withFallback.shadowRoot!.querySelector('slot');
    expect(slot, 'a slot for the fallback').to.exist;
    expect(slot!.assignedNodes({ flatten: true }).some((n) => (n as Element).localName === 'a')).to.be.true;
    expect(withFallback.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    expect(withFallback.querySelector('a')!.getBoundingClientRect().height, 'the link is seen').to.be.above(0);
    // Without fallback content, the error note, which says what a reader can do.
    expect(deepText(bare)).to.equal(ERROR);
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
    const failed = await chunkRequests();
    expect(failed, 'the failed requests').to.have.length(1);

    // The chunk is back: a later element asks the server for it again, under a URL that has not failed (a
    // browser may keep a failed module and refuse it again without asking), and shows its content.
    await chunks('ok');
    const later = document.createElement('key-facts-panel');
    (later as unknown as { assessment: string }).assessment = data;
    container.append(later);
    await waitUntil(() => deepText(later).includes('Key facts'), `no key facts: "${deepText(later).slice(0, 80)}"`, {
      timeout: 5000,
    });
    const retried = await chunkRequests();
    expect(retried, 'the requests after the chunk came back').to.have.length(1);
    expect(retried[0]).to.match(/[?&]retry=1$/);
    expect(retried[0]!.split('?')[0]).to.equal(failed[0]);
    expect(later.matches(':state(error)')).to.be.false;
    expect(warnings).to.have.length(2);
  });

  it('<peel-compare> too: its chunk missing, the error note and a peel-error', async () => {
    await chunks('fail');
    const compare = fixtureSync<HTMLElement>(
      html`<peel-compare src="/data/2017/peel-2017-all-forces.json"></peel-compare>`,
    );
    await waitUntil(() => events.length === 1, 'a peel-error', { timeout: 5000 });
    await settle(compare);
    expect(deepText(compare)).to.equal(ERROR);
    expect(events[0]!.detail.source).to.equal('module');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<peel-compare>').and.include('the compare module did not load');
    await expect(compare).shadowDom.to.be.accessible();
    await chunks('ok');
  });
});
