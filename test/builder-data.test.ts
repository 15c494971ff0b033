// The builder's data (issues 18 and 19): every shipped cycle and force in the menu, marked full or
// partial; a spreadsheet table; grades entered by hand.
import { expect } from '@open-wc/testing';
import { ORIGINAL_URL, code, control, mount, previewText, previews, set } from './builder-helpers.js';
import { COLLECTIONS, FORCE_CHOICES, cyclesFor } from '../builder/sources.js';
import { FORCES } from '../src/data/forces.js';

afterEach(() => history.replaceState(null, '', ORIGINAL_URL));

const options = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.textContent!.trim()]);

describe('embed builder data', () => {
  describe('the shipped-data menu (issue 19)', () => {
    it('offers every cycle of every collection, and every force with data', () => {
      expect(COLLECTIONS.map((c) => c.cycle)).to.deep.equal([
        'peel-2017',
        'peel-2018-19',
        'peel-2021-22',
        'peel-2023-25',
      ]);
      for (const force of FORCES)
        expect(
          FORCE_CHOICES.map((f) => f.id),
          force.id,
        ).to.include(force.id);
      for (const c of COLLECTIONS)
        for (const entry of (c.doc as { assessments: { force: { id: string } }[] }).assessments)
          expect(cyclesFor(entry.force.id), `${entry.force.id} in ${c.cycle}`).to.include(c.cycle);
      // A force with a single document and no collection entry is offered too.
      expect(cyclesFor('metropolitan')).to.include('peel-2021-22');
    });

    it('marks each cycle full or partial, and shows the chosen one', async () => {
      const builder = await mount();
      await set(builder, 'Force', 'kent');
      const cycle = control<HTMLSelectElement>(builder, 'Inspection cycle');
      const listed = options(cycle);
      expect(listed.map(([value]) => value)).to.deep.equal(['peel-2017', 'peel-2018-19', 'peel-2021-22']);
      for (const [, label] of listed)
        expect(label).to.match(/^PEEL \S+: (full \(\d+ (pillars|areas)\)|partial \(.+\))$/);
      expect(listed[2][1]).to.match(/^PEEL 2021\/22: partial \(\d of 9 areas\)$/);

      await set(builder, 'Inspection cycle', 'peel-2018-19');
      await set(builder, 'Element', 'peel-assessment');
      expect(previewText(builder)).to.contain('Kent Police');
      expect(previewText(builder)).to.contain('2018/19');
      expect(code(builder)).to.contain('"cycle": "peel-2018-19"');

      // <peel-compare> gets the cycle's whole collection.
      await set(builder, 'Element', 'peel-compare');
      const rows = previews(builder)[0].shadowRoot!.querySelectorAll('tbody tr');
      expect(rows.length).to.equal(43);
      await expect(builder).to.be.accessible();
    });
  });
});
