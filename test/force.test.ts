import all from '../data/2017/peel-2017-all-forces.json' with { type: 'json' };
import type { PeelElement } from '../src/components/peel-element.js';
import type { AssessmentCollection } from '../src/data/types.js';
import { parseCollection } from '../src/data/parse.js';
import {
  $,
  NORTHAMPTONSHIRE,
  deepText,
  expect,
  expectReported,
  html,
  loaded,
  message,
  observe,
  render,
  text,
} from './helpers.js';

/*
 * One collection, any force (issue 18): each card element takes `force="<id>"` with a collection from
 * any channel, the selection done once in the data controller.
 */

const ALL = all as unknown as AssessmentCollection;
// From the parsed collection: there Kent's grades hold their pages, which the file names once for every force.
const KENT = (parseCollection(all) as { value: AssessmentCollection }).value.assessments.find(
  (a) => a.force.id === 'kent',
)!;
const SRC = '/__peel/ok/peel-2017-all-forces';
const grade = (el: Element) => text($(el, '[part="label"]')) || deepText(el);

describe('force: one force from a collection', () => {
  it('<pillar-summary src force pillar> shows that force’s area', async () => {
    const el = await render<PeelElement>(
      html`<pillar-summary src=${SRC} force="kent" pillar="legitimacy"></pillar-summary>`,
    );
    await loaded(el);
    expect(text($(el, '[part="title"]'))).to.equal('Legitimacy');
    expect(deepText(el)).to.include('Outstanding');
    expect(KENT.pillars!.find((p) => p.id === 'legitimacy')!.grade).to.equal('outstanding');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('takes the collection from the property, the attribute and a child script alike', async () => {
    const json = JSON.stringify(ALL);
    const els = [
      await render<PeelElement>(html`<peel-rating force="kent" pillar="legitimacy" .assessment=${ALL}></peel-rating>`),
      await render<PeelElement>(html`<peel-rating force="kent" pillar="legitimacy" assessment=${json}></peel-rating>`),
      await render<PeelElement>(
        html`<peel-rating force="kent" pillar="legitimacy"
          ><script type="application/json">
            ${json}
          </script></peel-rating
        >`,
      ),
    ];
    for (const el of els) expect(grade(el)).to.equal('Outstanding');
  });

  it('is reactive: another force (property or attribute) shows that force’s grade', async () => {
    const el = await render<PeelElement & { force?: string }>(
      html`<peel-rating force="kent" pillar="efficiency" .assessment=${ALL}></peel-rating>`,
    );
    const efficiency = (id: string) =>
      ALL.assessments.find((a) => a.force.id === id)!.pillars!.find((p) => p.id === 'efficiency')!.grade;
    expect(efficiency('kent')).to.not.equal(efficiency('durham'));
    el.force = 'durham';
    await el.updateComplete;
    expect(grade(el).toLowerCase().replace(' ', '-')).to.equal(efficiency('durham'));
    el.setAttribute('force', 'kent');
    await el.updateComplete;
    expect(grade(el).toLowerCase().replace(' ', '-')).to.equal(efficiency('kent'));
  });

  it('<key-facts-panel> and <peel-assessment> show the chosen force', async () => {
    const doc = { assessments: [{ ...NORTHAMPTONSHIRE, force: { ...NORTHAMPTONSHIRE.force, id: 'northants' } }, KENT] };
    const facts = await render<PeelElement>(
      html`<key-facts-panel force="northants" .assessment=${doc}></key-facts-panel>`,
    );
    expect(text($(facts, '[part="title"]'))).to.match(/^Key facts/);
    const whole = await render<PeelElement>(html`<peel-assessment force="kent" .assessment=${doc}></peel-assessment>`);
    expect(text($(whole, '[part="title"]'))).to.equal('Kent Police 2017');
    await expect(whole).shadowDom.to.be.accessible();
    const northants = await render<PeelElement>(
      html`<peel-assessment force="northants" .assessment=${doc}></peel-assessment>`,
    );
    expect(text($(northants, '[part="title"]'))).to.contain('Northamptonshire');
  });

  it('checks a single assessment against the force too', async () => {
    const el = await render<PeelElement>(html`<peel-rating force="kent" .assessment=${KENT}></peel-rating>`);
    expect(grade(el)).to.equal('Good');
  });

  for (const lang of ['en', 'cy'])
    it(`a force the collection does not hold (${lang}): a note naming it, one warning, one peel-error`, async () => {
      let el!: PeelElement;
      const seen = await observe(async () => {
        el = await render<PeelElement>(
          html`<pillar-summary lang=${lang} src=${SRC} force="exampleshire" pillar="efficiency"></pillar-summary>`,
        );
        await loaded(el);
      });
      const note =
        lang === 'en'
          ? 'No inspection data for “exampleshire” to show.'
          : 'Dim data arolygu ar gyfer “exampleshire” i’w ddangos.';
      expectReported(el, seen, ['force'], 'attribute', { absent: 'section', note });
      expect(seen.warnings[0]).to.include(
        '"exampleshire" is not a force in this data; expected one of avon-and-somerset',
      );
      await expect(el).shadowDom.to.be.accessible();
    });

  it('the same unknown force, given again after a known one, is reported again', async () => {
    const seen = await observe(async () => {
      const el = await render<PeelElement & { force?: string }>(
        html`<peel-rating force="nowhere" .assessment=${ALL}></peel-rating>`,
      );
      el.force = 'kent';
      await el.updateComplete;
      expect(grade(el)).to.equal('Good');
      el.force = 'nowhere';
      await el.updateComplete;
      expect(text(message(el))).to.equal('No inspection data for “nowhere” to show.');
    });
    expect(seen.events.map((e) => e.detail.errors[0]!.path)).to.deep.equal(['force', 'force']);
    expect(seen.warnings).to.have.length(2);
  });

  it('a collection with no force chosen is an error at force', async () => {
    let el!: PeelElement;
    const seen = await observe(async () => {
      el = await render<PeelElement>(html`<pillar-summary .assessment=${ALL}></pillar-summary>`);
    });
    expectReported(el, seen, ['force'], 'attribute', { absent: 'section' });
    expect(seen.warnings[0]).to.include('force: is required to show one force of a collection');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('bad data is reported as such, whatever the force', async () => {
    let el!: PeelElement;
    const seen = await observe(async () => {
      el = await render<PeelElement>(html`<peel-rating force="kent" assessment='{"assessments": 5}'></peel-rating>`);
    });
    expectReported(el, seen, ['assessments'], 'assessment', { absent: '[part="base"]' });
  });
});
