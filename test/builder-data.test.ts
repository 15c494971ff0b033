// The builder's data (issues 18 and 19): every shipped cycle and force in the menu, marked full or
// partial; a spreadsheet table; grades entered by hand.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import {
  ORIGINAL_URL,
  code,
  control,
  mount,
  page,
  previewNote,
  previewText,
  previews,
  previewsReady,
  set,
} from './builder-helpers.js';
import type { PeelEmbedBuilder } from '../builder/peel-embed-builder.js';
import { COLLECTIONS, FORCE_CHOICES, cyclesFor, findShipped, newestCycle } from '../builder/sources.js';
import { FORCES } from '../src/data/forces.js';

/** The preview at its wide width, where <peel-compare> is a table (at a phone's, one area at a time). */
async function widePreview(builder: PeelEmbedBuilder) {
  builder.querySelector<HTMLInputElement>('#preview-width-wide')!.click();
  await builder.updateComplete;
  await previewsReady(builder);
  await waitUntil(() => previews(builder)[0]?.shadowRoot?.querySelector('table'), 'the wide preview draws the table');
}

afterEach(() => history.replaceState(null, '', ORIGINAL_URL));

const options = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.textContent!.trim()]);

describe('embed builder data', () => {
  describe('the shipped-data menu (issue 19)', () => {
    it('offers every cycle of every collection, and every force with data', () => {
      expect(COLLECTIONS.map((c) => c.cycle)).to.deep.equal([
        'peel-2015',
        'peel-2016',
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

    it('marks each cycle full or partial (or gives its count of grades), and shows the chosen one', async () => {
      const builder = await mount();
      await set(builder, 'Force', 'kent');
      const cycle = control<HTMLSelectElement>(builder, 'Inspection cycle');
      const listed = options(cycle);
      expect(listed.map(([value]) => value)).to.deep.equal([
        'peel-2015',
        'peel-2016',
        'peel-2017',
        'peel-2018-19',
        'peel-2021-22',
      ]);
      for (const [, label] of listed)
        expect(label).to.match(/^PEEL \S+: (full \(\d+ of \d+ (pillars|areas)\)|partial \(.+\)|\d+ (pillars|areas))$/);
      expect(listed[0][1]).to.equal('PEEL 2015: full (3 of 3 pillars)');
      // No page we read states how many pillars Kent's 2017 assessment graded: the count of grades only, never "full".
      expect(listed[2][1]).to.equal('PEEL 2017: 3 pillars');
      expect(listed[3][1]).to.equal('PEEL 2018/19: full (3 of 3 pillars)');
      expect(listed[4][1]).to.match(/^PEEL 2021\/22: partial \(\d of 11 areas\)$/);

      await set(builder, 'Inspection cycle', 'peel-2018-19');
      await set(builder, 'Element', 'peel-assessment');
      expect(previewText(builder)).to.contain('Kent Police');
      expect(previewText(builder)).to.contain('2018/19');
      expect(code(builder)).to.contain('"cycle": "peel-2018-19"');

      // <peel-compare> gets the cycle's whole collection: its table in the wide preview (narrow, one area at a time).
      await set(builder, 'Element', 'peel-compare');
      await widePreview(builder);
      const rows = previews(builder)[0].shadowRoot!.querySelectorAll('tbody tr');
      expect(rows.length).to.equal(43);
      await expect(builder).to.be.accessible();
    });
  });

  describe('defaults (issue 24)', () => {
    /** A builder opened from exactly this address (no cycle added, unlike mount()). */
    async function open(query = ''): Promise<PeelEmbedBuilder> {
      history.replaceState(null, '', `${location.pathname}${query}`);
      const builder = await fixture<PeelEmbedBuilder>(
        html`<peel-embed-builder asset-base="/dist/"></peel-embed-builder>`,
      );
      await previewsReady(builder);
      return builder;
    }
    /** The first area the document grades ("not graded" is no grade). */
    const firstGraded = (force: string, cycle: string) =>
      (findShipped(force, cycle).doc as { pillars: { id: string; grade?: string }[] }).pillars.find(
        (p) => p.grade && p.grade !== 'not-graded',
      )?.id;
    type Pillar = { id: string; grade?: string };
    const elements = (builder: PeelEmbedBuilder) =>
      [...control<HTMLSelectElement>(builder, 'Element').options].map((o) => o.value);

    it('a force chosen shows its newest cycle and its first graded area', async () => {
      const builder = await open();
      expect(control(builder, 'Inspection cycle').value).to.equal(newestCycle('northamptonshire'));
      // Another area than the first graded, which the next forces grade too: a force chosen still starts at its first.
      const graded = (
        findShipped('northamptonshire', newestCycle('northamptonshire')!).doc as { pillars: Pillar[] }
      ).pillars.filter((p) => p.grade && p.grade !== 'not-graded');
      await set(builder, 'Area', graded.at(-1)!.id);
      // Forces whose newest document does not grade its first area; one that does; and Dyfed-Powys, whose
      // 2023–25 page grades no area yet (its newest graded cycle is shown).
      const ungradedFirst = FORCE_CHOICES.map((f) => f.id).filter((id) => {
        const cycle = newestCycle(id)!;
        return firstGraded(id, cycle) !== (findShipped(id, cycle).doc as { pillars: { id: string }[] }).pillars[0].id;
      });
      expect(ungradedFirst.length).to.be.greaterThan(0);
      expect(newestCycle('dyfed-powys')).to.equal('peel-2018-19');
      expect(cyclesFor('dyfed-powys')).to.include('peel-2023-25');
      for (const force of [...ungradedFirst.slice(0, 2), 'kent', 'dyfed-powys']) {
        await set(builder, 'Force', force);
        const cycle = newestCycle(force)!;
        expect(control(builder, 'Inspection cycle').value, force).to.equal(cycle);
        expect(control(builder, 'Area').value, force).to.equal(firstGraded(force, cycle));
        expect(previewText(builder), force).not.to.match(/Not graded|No grade/);
      }
      expect(location.search, 'the newest cycle is the default: the link leaves it out').not.to.contain('cycle=');
    });

    it('the key facts panel only for data with key facts; compact; "your force" follows the force', async () => {
      const builder = await open();
      expect(elements(builder), 'Northamptonshire 2023–25 has no key facts').not.to.include('key-facts-panel');
      await set(builder, 'Inspection cycle', 'peel-2017');
      expect(elements(builder)).to.include('key-facts-panel');

      await set(builder, 'Element', 'peel-assessment');
      await set(builder, 'Compact: each summary’s first paragraph, the rest a click away', true);
      expect(previews(builder)[0].hasAttribute('compact')).to.equal(true);
      expect(code(builder)).to.match(/<peel-assessment [^>]*\bcompact\b/);

      await set(builder, 'Element', 'peel-compare');
      for (const force of ['kent', 'essex']) {
        await set(builder, 'Force', force);
        expect(code(builder), force).to.contain(`highlight="${force}"`);
        expect(previews(builder)[0].getAttribute('highlight'), force).to.equal(force);
      }
      await expect(builder).to.be.accessible();
    });
  });

  describe('a table from a spreadsheet (issue 18)', () => {
    // What a spreadsheet puts on the clipboard: tabs between cells, "&" in a name, a Welsh name, grades in
    // any case, blank cells (no grade).
    const TABLE = [
      'Force\tEffectiveness\tEfficiency\tLegitimacy',
      'Avon & Somerset\tGood\tgood\tGOOD',
      'Heddlu Dyfed-Powys\tREQUIRES IMPROVEMENT\t\tGood',
      'Kent Police\tOutstanding\tGood\t',
    ].join('\n');
    const WANT: [string, string[]][] = [
      ['Avon and Somerset', ['Good', 'Good', 'Good']],
      ['Dyfed-Powys', ['Requires improvement', 'Good']],
      ['Kent', ['Outstanding', 'Good']],
    ];

    async function pasteTable(builder: PeelEmbedBuilder, text: string) {
      builder.querySelector<HTMLInputElement>('#data-mode-table')!.click();
      await builder.updateComplete;
      await set(builder, 'Inspection cycle', 'peel-2017');
      await set(builder, 'Table (from a spreadsheet or CSV)', text);
    }

    /** Each row of a <peel-compare>'s table: its force's name and its cells' text. */
    const rowsOf = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());

    const check = (rows: string[], where: string) => {
      expect(rows, where).to.have.length(3);
      for (const [force, grades] of WANT) {
        const row = rows.find((r) => r.includes(force));
        expect(row, `${where}: ${force}'s row`).to.be.a('string');
        let rest = row!;
        for (const grade of grades) {
          expect(rest, `${where}: ${force} ${grade}`).to.contain(grade);
          rest = rest.slice(rest.indexOf(grade) + grade.length);
        }
      }
    };

    it('compare: the preview and the copied code show every grade in its row', async () => {
      const builder = await mount();
      await set(builder, 'Element', 'peel-compare');
      await pasteTable(builder, TABLE);
      expect(control(builder, 'Table (from a spreadsheet or CSV)').getAttribute('aria-invalid')).to.equal('false');
      await widePreview(builder);
      check(rowsOf(previews(builder)[0]), 'preview');
      const frame = await page(code(builder));
      try {
        const el = frame.contentDocument!.querySelector('peel-compare')!;
        await waitUntil(() => el.shadowRoot?.querySelectorAll('tbody tr').length === 3, 'the code draws its table');
        check(rowsOf(el), 'code');
      } finally {
        frame.remove();
      }
      await expect(builder).to.be.accessible();
    });

    it('one force of the table, for the one-force elements', async () => {
      const builder = await mount();
      await pasteTable(builder, TABLE);
      await set(builder, 'Element', 'pillar-summary');
      await set(builder, 'Force to show', 'kent');
      await set(builder, 'Area', 'effectiveness');
      expect(previewText(builder)).to.contain('Outstanding');
      expect(code(builder)).to.contain('"name": "Kent Police"');
    });

    it('a bad cell or an unknown force is named by row and column, next to the field', async () => {
      const builder = await mount();
      await pasteTable(
        builder,
        `${TABLE}\nKent Police\tOutstandng\tGood\tGood\nNowhere Constabulary\tGood\tGood\tGood`,
      );
      const field = control(builder, 'Table (from a spreadsheet or CSV)');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const problems = document.getElementById('table-problems')!.textContent!.replace(/\s+/g, ' ');
      expect(field.getAttribute('aria-describedby')).to.contain('table-problems');
      expect(problems).to.contain('Row 5 (Kent Police), column "Effectiveness": "Outstandng" is not a grade');
      expect(problems).to.match(/Row 6, column "Force": .*Nowhere Constabulary/);
      await expect(builder).to.be.accessible();
    });

    it('a table with many problems lists the first 20, then how many more (issue 22)', async () => {
      const builder = await mount();
      await pasteTable(builder, `${TABLE}\n${'Nowhere\tGood\tGood\tGood\n'.repeat(30)}`);
      const list = document.getElementById('table-problems')!;
      expect(list.querySelector('.problem-title')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'The data has 30 problems',
      );
      expect(list.querySelectorAll('li')).to.have.length(21);
      expect(list.querySelector('li:last-child')!.textContent).to.equal('… and 10 more');
      await expect(builder).to.be.accessible();
    });
  });

  describe('a table as it is typed (issue 24)', () => {
    /** Types into the table field as a person does: input events, no change until the field is left. */
    async function type(builder: PeelEmbedBuilder, text: string) {
      const field = control<HTMLTextAreaElement>(builder, 'Table (from a spreadsheet or CSV)');
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    const problems = () => document.getElementById('table-problems')!.textContent!.replace(/\s+/g, ' ');
    const firstOption = (builder: PeelEmbedBuilder) =>
      control<HTMLSelectElement>(builder, 'Inspection cycle').options[0].textContent!.trim();

    it('is read without leaving the field; no cycle is guessed; a near miss gets "did you mean"', async () => {
      const builder = await mount();
      builder.querySelector<HTMLInputElement>('#data-mode-table')!.click();
      await previewsReady(builder);
      await type(builder, 'Force,Efficiency\nNorthants,Good');
      await waitUntil(() => problems().includes('Pick the inspection cycle'), 'read as typed');
      expect(firstOption(builder)).to.equal('Choose the cycle of these grades');
      await previewsReady(builder);
      expect(previewNote(builder)).to.contain('The data has a problem');

      await set(builder, 'Inspection cycle', 'peel-2017');
      expect(problems().trim()).to.equal('');
      expect(previewText(builder), 'Northants is Northamptonshire').to.contain('Good');
      expect(code(builder)).to.contain('"name": "Northamptonshire Police"');

      await type(builder, 'Force,Efficiency\nNorthamptonshre Police,Goood');
      await waitUntil(() => problems().includes('did you mean'), 'read as typed');
      expect(problems()).to.contain(
        '"Northamptonshre Police" is not a force in the register (its name or id): did you mean Northamptonshire Police?',
      );

      await type(builder, 'Force,Efficiency,Cycle\nKent,Adequate,2017');
      await waitUntil(() => problems().includes('2017 had four grades'), 'read as typed');
      expect(firstOption(builder)).to.equal('From the table’s Cycle column');
      await expect(builder).to.be.accessible();
    });
  });

  describe('the grades as CSV (issue 25)', () => {
    it('offers the shipped data’s grades, each with the page it was read on', async () => {
      const builder = await mount();
      await set(builder, 'Force', 'north-wales');
      await set(builder, 'Inspection cycle', 'peel-2018-19');
      const link = [...builder.querySelectorAll('a')].find((a) => a.textContent === 'Download the grades (CSV)')!;
      expect(link.getAttribute('download')).to.equal('north-wales-grades.csv');
      const csv = decodeURIComponent(link.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''));
      expect(csv).to.contain(
        '\r\nnorth-wales,North Wales Police,peel-2018-19,effectiveness,Effectiveness,' +
          'How effective is the force at tackling serious and organised crime?,good,,2016,' +
          'https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2018/north-wales/effectiveness/\r\n',
      );
      await set(builder, 'Element', 'peel-compare');
      const all = [...builder.querySelectorAll('a')].find((a) => a.textContent === 'Download the grades (CSV)')!;
      expect(all.getAttribute('download')).to.equal('peel-grades.csv');
      expect(decodeURIComponent(all.getAttribute('href')!).match(/\r\n[a-z-]+,/g)!.length).to.be.greaterThan(43 * 3);
      await expect(builder).to.be.accessible();
    });
  });

  describe('enter the grades yourself (issue 18)', () => {
    it('the areas of the chosen cycle; "Investigating crime" = Inadequate shows in the preview and the JSON', async () => {
      const builder = await mount();
      builder.querySelector<HTMLInputElement>('#data-mode-own')!.click();
      await previewsReady(builder);
      await set(builder, 'Force', 'kent');
      await set(builder, 'Inspection cycle', 'peel-2023-25');
      const grade = control<HTMLSelectElement>(builder, 'Investigating crime');
      expect(options(grade).map(([v]) => v)).to.include.members([
        '',
        'outstanding',
        'adequate',
        'inadequate',
        'pending',
      ]);
      await set(builder, 'Investigating crime', 'inadequate');
      await set(builder, 'Element', 'pillar-summary');
      await set(builder, 'Area', 'investigating-crime');
      expect(previewText(builder)).to.contain('Investigating crime');
      expect(previewText(builder)).to.contain('Inadequate');
      const json = JSON.parse(control<HTMLTextAreaElement>(builder, 'The JSON document').value);
      expect(json.force).to.deep.equal({ id: 'kent', name: 'Kent Police' });
      expect(json.pillars).to.deep.equal([{ id: 'investigating-crime', grade: 'inadequate' }]);
      expect(code(builder)).to.contain('"grade": "inadequate"');
      const download = [...builder.querySelectorAll('a')].find((a) => a.textContent === 'Download the JSON document')!;
      expect(download.getAttribute('download')).to.equal('kent-2023-25.json');
      // Beside it, the same grades as a spreadsheet's CSV file.
      const csvLinks = [...builder.querySelectorAll('a')].filter((a) => a.textContent === 'Download the grades (CSV)');
      const ownCsv = csvLinks.find((a) => a.getAttribute('download') === 'kent-2023-25.csv')!;
      expect(decodeURIComponent(ownCsv.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''))).to.equal(
        '\uFEFFForce ID,Force,Cycle,Area ID,Area,Question,Grade,Status,Carried over from,Source\r\n' +
          'kent,Kent Police,peel-2023-25,investigating-crime,Investigating crime,,inadequate,,,\r\n',
      );

      // The optional findings go into the document too.
      await set(builder, 'Report address', 'https://example.org/kent');
      await set(builder, 'Causes of concern', 'Calls wait too long.\n- Answer faster.');
      const more = JSON.parse(control<HTMLTextAreaElement>(builder, 'The JSON document').value);
      expect(more.url).to.equal('https://example.org/kent');
      expect(more.causesOfConcern).to.deep.equal([
        { text: 'Calls wait too long.', recommendations: ['Answer faster.'] },
      ]);

      // A 2017 form offers the three pillars.
      await set(builder, 'Inspection cycle', 'peel-2017');
      expect(control(builder, 'Legitimacy')).to.exist;
      await expect(builder).to.be.accessible();
    });
  });
});
