import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import {
  $,
  $$,
  copy,
  expect,
  html,
  loaded,
  message,
  observe,
  render,
  renderInside,
  settle,
  text,
} from '../../../test/helpers.js';
import wiltshire from '../../../data/history/wiltshire.json' with { type: 'json' };
import kent from '../../../data/history/kent.json' with { type: 'json' };
import { GRADE_LABELS } from '../../data/grades.js';
import type { AssessmentCollection } from '../../data/types.js';
import type { PeelHistory } from './peel-history.js';

// One real force through every check: Wiltshire, graded in every cycle the package ships (2015 to 2023–25).
const WILTSHIRE = wiltshire as unknown as AssessmentCollection;
const SRC = '/data/history/wiltshire.json';
const PERIODS = ['2015', '2016', '2017', '2018/19', '2021/22', '2023–25'];
const CHANGE = 'From 2021/22: new areas and a five-grade scale; earlier grades are not directly comparable.';

/** The table as a grid of cells' text, a colspan repeated in each column it spans: [row header, ...cycles]. */
const grid = (el: Element) =>
  $$(el, 'tbody tr').map((tr) =>
    [...tr.children].flatMap((cell) => Array<string>((cell as HTMLTableCellElement).colSpan).fill(text(cell))),
  );
const periods = (el: Element) =>
  $$(el, 'thead [part="period"]').map((th) => text(th).replace(/, (report|adroddiad)$/, ''));
/** The table's cells as a grid, a cell that spans columns in each of them. */
const cells = (el: Element) =>
  $$(el, 'tbody tr').map((tr) =>
    [...tr.children].flatMap((cell) => Array<Element>((cell as HTMLTableCellElement).colSpan).fill(cell)),
  );

describe('<peel-history>', () => {
  it('shows a real force from its shipped history file: a column per cycle, every grade in words, the change of scale', async () => {
    const el = await render<PeelHistory>(html`<peel-history src=${SRC}></peel-history>`);
    await loaded(el);
    expect(text($(el, '[part="title"]'))).to.equal('Wiltshire Police: PEEL grades, 2015 to 2023–25');
    expect($(el, '[part="title"]')!.localName).to.equal('h2');
    expect(text($(el, 'caption'))).to.equal('Wiltshire Police: PEEL grades, 2015 to 2023–25');
    // A header per cycle, oldest first, each a link to its report.
    expect(periods(el)).to.deep.equal(PERIODS);
    expect($$(el, 'thead [part="report"]').map((a) => a.getAttribute('href'))).to.deep.equal(
      WILTSHIRE.assessments.map((a) => a.url),
    );
    expect($$(el, 'thead [part="period"]').every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    // Every shipped grade in words, in its cycle's column of its row.
    const rows = grid(el);
    WILTSHIRE.assessments.forEach((a, column) => {
      const shown = rows.map((row) => row[column + 1]!).filter((cell) => !cell.startsWith('No grade in the data'));
      expect(shown, a.cycle).to.have.length(a.pillars!.length);
      const words = a.pillars!.map((p) => GRADE_LABELS.en[p.grade!]).sort();
      expect(shown.map((cell) => words.find((w) => cell.startsWith(w)) ?? cell).sort(), a.cycle).to.deep.equal(words);
    });
    // The areas of 2021/22 onwards were not graded before: one cell says so across the older cycles.
    const responding = $$(el, 'tbody tr').find((tr) => text(tr.firstElementChild).startsWith('Responding'))!;
    expect(responding.children[1]!.getAttribute('colspan')).to.equal('4');
    expect(text(responding.children[1])).to.equal('No grade in the data');
    // The change of scale in words, drawn before the first five-grade cycle; no arrow or change across it.
    expect(text($(el, '[part="note"]'))).to.equal(CHANGE);
    expect($$(el, '[part="scale"]').map((th) => text(th))).to.deep.equal([
      '2015 to 2018/19: pillars, four grades',
      'From 2021/22: areas, five grades',
    ]);
    expect($$(el, 'thead [part="period"]')[4]!.classList.contains('break')).to.be.true;
    for (const cell of cells(el).map((row) => row[5]!)) {
      expect(cell.querySelector('[part="change"]') === null, text(cell)).to.be.true;
      expect(text(cell)).not.to.match(/2018\/19|better|worse|up|down/i);
    }
    // Within one scale, a change from one cycle to the next is said in words.
    const preventing = $$(el, 'tbody tr').find((tr) => text(tr.firstElementChild).startsWith('Preventing'))!;
    expect(text(preventing.lastElementChild!.querySelector('[part="change"]'))).to.match(
      /^↑up from Requires improvement in 2021\/22$/,
    );
    // The picture: one per row, hidden from assistive technology (the table says it all), the break drawn.
    const chart = $(el, '[part="chart"]')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelectorAll('svg path.break[d^="M"]').length).to.equal(rows.length);
    expect(chart.querySelectorAll('svg g').length).to.equal(
      WILTSHIRE.assessments.flatMap((a) => a.pillars!).filter((p) => p.grade !== 'not-graded').length,
    );
    // Sources reachable: the pages the grades were read on, linked under the table.
    expect($$(el, '[part="sources"] a').length).to.be.greaterThan(5);
  });

  it('in Welsh: the title, the cycles, the grades and the change of scale', async () => {
    const el = await render<PeelHistory>(html`<peel-history lang="cy" .assessment=${WILTSHIRE}></peel-history>`);
    expect(text($(el, '[part="title"]'))).to.equal('Wiltshire Police: graddau PEEL, 2015 i 2023–25');
    expect(text($(el, '[part="note"]'))).to.equal(
      'O 2021/22: meysydd newydd a graddfa pum gradd; dim modd cymharu’r graddau cynharach yn uniongyrchol.',
    );
    expect(text($(el, 'thead th[scope="col"]'))).to.equal('Piler neu faes');
    const rows = grid(el);
    expect(rows[0]![5]).to.match(/^Dim gradd yn y data|^Heb ei raddio/);
    expect(rows.flat().some((cell) => cell.startsWith(GRADE_LABELS.cy.good))).to.be.true;
    expect(deepEnglish(el)).to.deep.equal([]);
  });

  it('picks one force out of a collection of many with force=, and says so when the force is not there', async () => {
    const many = { schemaVersion: 1, assessments: [...kent.assessments, ...wiltshire.assessments] };
    const el = await render<PeelHistory>(html`<peel-history force="kent" .assessment=${many}></peel-history>`);
    expect(text($(el, '[part="title"]'))).to.equal('Kent Police: PEEL grades, 2015 to 2021/22');
    expect(periods(el)).to.deep.equal(PERIODS.slice(0, 5));
    const seen = await observe(async () => {
      el.force = 'nowhere';
      await settle(el);
    });
    expect(seen.events.map((e) => e.detail.errors[0]!.path)).to.deep.equal(['force']);
    expect(text(message(el))).to.not.equal('');
    // Several forces and no force chosen: an error, never a table mixing them.
    let mixed!: PeelHistory;
    const warned = await observe(async () => {
      mixed = await render<PeelHistory>(html`<peel-history .assessment=${copy(many)}></peel-history>`);
    });
    expect(warned.events.map((e) => e.detail.errors[0]!.message)).to.deep.equal([
      'is required to show one force of a collection',
    ]);
    expect($(mixed, 'table') === null).to.be.true;
    expect(text(message(mixed))).to.not.equal('');
  });

  it('shows a cycle the data lacks between two it has as a column with no grade in it', async () => {
    const gaps = copy(WILTSHIRE);
    gaps.assessments.splice(1, 1);
    // "Not inspected" only where the data says so; a carried-over grade says where it comes from.
    const [effectiveness, efficiency] = gaps.assessments[2]!.pillars!;
    Object.assign(effectiveness!, { grade: undefined, status: 'not-inspected' });
    Object.assign(efficiency!, { status: 'carried-over', gradedIn: '2016' });
    const el = await render<PeelHistory>(html`<peel-history compact .assessment=${gaps}></peel-history>`);
    expect(periods(el)).to.deep.equal(PERIODS);
    const rows = grid(el);
    expect(rows.map((row) => row[2])).to.include('No grade in the data');
    const row = (title: string) => rows.find((r) => r[0] === title)!;
    expect(row('Effectiveness')[4]).to.equal('Not inspected in this cycle');
    expect(row('Efficiency')[4]).to.match(/^Good ?Grade carried over from 2016$/);
    expect($(el, '[part="chart"]') === null, 'compact: the table alone').to.be.true;
  });

  it('reads a force’s history from inline JSON, with force= picking it out', async () => {
    const el = document.createElement('peel-history') as PeelHistory;
    el.setAttribute('force', 'wiltshire');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      schemaVersion: 1,
      assessments: [...kent.assessments, ...wiltshire.assessments],
    });
    el.append(script);
    const shown = await render<PeelHistory>(html`${el}`);
    expect(text($(shown, '[part="title"]'))).to.equal('Wiltshire Police: PEEL grades, 2015 to 2023–25');
  });

  for (const width of [320, 1280])
    describe(`axe at ${width} px`, () => {
      before(() => setViewport({ width, height: 900 }));
      after(() => setViewport({ width: 800, height: 600 }));
      it('light and dark', async () => {
        for (const attributes of [{}, { class: 'dark-scheme' }] as Record<string, string>[]) {
          const el = await renderInside<PeelHistory>(
            html`<peel-history .assessment=${WILTSHIRE}></peel-history>`,
            attributes,
          );
          await expect(el).shadowDom.to.be.accessible();
          // Narrow: the table scrolls in its own box, never the page; the newest cycle is in view first.
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          if (width === 320) {
            // A page's margins and font, as most have: the element narrower than the screen.
            el.parentElement!.style.cssText = 'padding: 0 16px; font-family: system-ui, sans-serif';
            await settle(el);
            const scroller = $(el, '[part="scroller"]')!;
            const newest = $$(el, 'thead [part="period"]').at(-1)!.getBoundingClientRect();
            expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
            expect(newest.right).to.be.at.most(scroller.getBoundingClientRect().right + 1);
            // Whole, beside the pinned areas, not under them.
            const areas = $(el, 'thead tr:last-child th')!.getBoundingClientRect();
            expect(newest.left).to.be.at.least(areas.right - 1);
          }
        }
      });
      it('forced colours', async () => {
        await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
        try {
          const el = await renderInside<PeelHistory>(html`<peel-history .assessment=${WILTSHIRE}></peel-history>`);
          await expect(el).shadowDom.to.be.accessible();
          const dot = $(el, '[part="chart"] g circle')!;
          expect(getComputedStyle(dot).fill).to.not.equal('none');
        } finally {
          await executeServerCommand('emulate-media-features', []);
        }
      });
    });
});

/** Words of the English table in a Welsh element (the data's own names and numbers aside). */
function deepEnglish(el: Element) {
  const all = text(el.shadowRoot);
  return ['grades', 'Pillar', 'No grade', 'Source', 'report', 'From ', 'Not graded', 'previously', 'same as'].filter(
    (word) => all.includes(word),
  );
}
