import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { PeelElement } from '../src/components/peel-element.js';
import { STRINGS } from './strings.js';
import { ERROR, LOADING, deepText, heldUrl, html, settle } from './helpers.js';

/*
 * The notes in place of content: loading says so (and is aria-busy) and looks apart from an error;
 * an error says what a reader can do, or shows the author's own fallback content when there is some.
 */

const unique = () => `x=${Math.random().toString(36).slice(2)}`;
const note = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="message"]');

let warnings: unknown[][] = [];
const warn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
});
afterEach(() => (console.warn = warn));

describe('loading and error states', () => {
  it('loading: says so, is aria-busy, and looks apart from an error; busy no more once shown', async () => {
    const { src, release } = heldUrl();
    const loading = await fixture<PeelElement>(html`<pillar-summary src=${src}></pillar-summary>`);
    const failed = await fixture<PeelElement>(html`<pillar-summary assessment="{"></pillar-summary>`);
    expect(deepText(loading)).to.equal(LOADING(loading));
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.matches(':state(loading)')).to.be.true;
    expect(deepText(failed)).to.equal(ERROR(failed));
    expect(failed.hasAttribute('aria-busy')).to.be.false;
    expect(failed.matches(':state(error)') && !failed.matches(':state(loading)')).to.be.true;
    const [a, b] = [getComputedStyle(note(loading)!), getComputedStyle(note(failed)!)];
    expect(a.borderInlineStartStyle).to.equal('dashed');
    expect(b.borderInlineStartStyle).to.equal('solid');
    expect(a.color, 'the loading note is quieter').to.not.equal(b.color);
    await expect(loading).shadowDom.to.be.accessible();
    await expect(failed).shadowDom.to.be.accessible();
    await release();
    await waitUntil(() => deepText(loading).includes('Effectiveness'), 'the data came');
    await settle(loading);
    expect(loading.hasAttribute('aria-busy')).to.be.false;
    expect(loading.matches(':state(loading)')).to.be.false;
    expect(warnings).to.have.length(1);
  });

  it('error: says what a reader can do next, in English and in Welsh', async () => {
    const cy = await fixture<PeelElement>(html`<key-facts-panel lang="cy" assessment="[]"></key-facts-panel>`);
    expect(ERROR(cy)).to.equal('The key facts could not be shown. Reload the page or find the report online.');
    expect(deepText(cy)).to.equal(
      'Nid oedd modd dangos y ffeithiau allweddol. Ail-lwythwch y dudalen neu chwiliwch am yr adroddiad ar-lein.',
    );
    expect(deepText(cy)).to.equal(STRINGS.cy.error('key-facts-panel'));
    await expect(cy).shadowDom.to.be.accessible();
    expect(warnings).to.have.length(1);
  });

  it("error: the author's own content inside the tag instead of the note, for each kind of failure", async () => {
    const fallback = html`<a href="https://example.org/report">Good (read the report)</a>`;
    const cases = [
      // Bad data in the attribute, in a JSON script (which is never shown), from a failed request.
      await fixture<PeelElement>(html`<peel-rating assessment="{">${fallback}</peel-rating>`),
      await fixture<PeelElement>(
        html`<pillar-summary
          ><script type="application/json">
            { "force": 1 }
          </script>
          ${fallback}</pillar-summary
        >`,
      ),
      await fixture<PeelElement>(
        html`<peel-assessment src=${`/__peel/status/500?${unique()}`}>${fallback}</peel-assessment>`,
      ),
      // An attribute of the badge's own that is wrong.
      await fixture<PeelElement>(html`<peel-rating grade="godo">${fallback}</peel-rating>`),
    ];
    for (const el of cases) {
      await waitUntil(() => el.matches(':state(error)'), `<${el.localName}> in the error state`);
      await settle(el);
      const slot = el.shadowRoot!.querySelector('slot');
      expect(slot, `<${el.localName}> shows its fallback`).to.exist;
      expect(note(el)).to.equal(null);
      const link = el.querySelector('a')!;
      expect(link.assignedSlot).to.equal(slot);
      expect(link.getBoundingClientRect().height).to.be.above(0);
      const script = el.querySelector('script');
      if (script) expect(script.getBoundingClientRect().height, 'the JSON is not shown').to.equal(0);
      await expect(el).to.be.accessible();
    }
    expect(warnings).to.have.length(4);
    // White space alone is no fallback: the note.
    const blank = await fixture<PeelElement>(html`<peel-rating assessment="{"> </peel-rating>`);
    expect(deepText(blank)).to.equal(ERROR(blank));
    // Good data: the fallback goes, the content comes.
    const good = cases[0]!;
    good.setAttribute('assessment', JSON.stringify({ force: { name: 'X' }, pillars: [{ grade: 'good' }] }));
    await settle(good);
    expect(good.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(deepText(good)).to.equal('Good');
    expect(good.matches(':state(error)')).to.be.false;
    expect(warnings).to.have.length(5);
  });
});
