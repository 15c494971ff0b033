import { expect, fixtureSync } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
// The strings the bundle holds (not test/strings.ts: that imports the Welsh chunk's module, which the
// sources' page would then have in hand before the test).
import { NOTES } from '../src/i18n/notes.js';
import { deepText, html, settle } from './helpers.js';

/*
 * While the chunks an element needs are on their way: it asks for all of them at once, side by side (none
 * waits for another to arrive), and shows its loading note meanwhile, in its own language: a Welsh page
 * never shows English, even for a moment. Its own file, so that no earlier test has loaded a chunk.
 */

/** The requests the server has had for a chunk since chunks were held. */
const requests = async (chunk: string) =>
  (await (await fetch(`/__peel/chunks/requests?chunk=${chunk}`)).json()) as string[];

before(() => executeServerCommand('browser-cache', { enabled: false }));
after(async () => {
  await fetch('/__peel/chunks/release');
  await executeServerCommand('browser-cache', { enabled: true });
});

describe('chunks on their way', () => {
  it('are asked for all at once, the loading note in Welsh for a Welsh element until they are in', async () => {
    // The server keeps every chunk request unanswered until it is released.
    await fetch('/__peel/chunks/hold');
    const el = fixtureSync<HTMLElement>(
      html`<peel-assessment lang="cy" src="/data/2017/northamptonshire-2017.json"></peel-assessment>`,
    );
    const asked = async () =>
      (await Promise.all(['cy', 'cy-cards', 'data', 'report'].map(requests))).every((list) => list.length === 1);
    await waitUntil(
      asked,
      'the Welsh (every element’s and the cards’), the data layer and the cards asked for while none has come',
    );

    expect(deepText(el)).to.equal(NOTES.cy.loading(el.localName));
    expect(el.matches(':state(loading)')).to.be.true;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await expect(el).shadowDom.to.be.accessible();

    await fetch('/__peel/chunks/release');
    await waitUntil(() => deepText(el).includes('Cipolwg ar y graddau'), 'the assessment, in Welsh');
    await settle(el);
    expect(el.matches(':state(loading)')).to.be.false;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(deepText(el)).to.not.include('Loading');
  });
});
