import { waitUntil } from '../../../test/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  $,
  $$,
  ERROR as errorOf,
  copy,
  expect,
  expectAccessibleInWrapper,
  expectReported,
  html,
  loaded,
  message,
  observe,
  render,
  renderInside,
  text,
} from '../../../test/helpers.js';
import all2017 from '../../../data/2017/peel-2017-all-forces.json' with { type: 'json' };
import all2325 from '../../../data/2023-25/peel-2023-25-all-forces.json' with { type: 'json' };
import { FORCES, REGIONS } from '../../data/forces.js';
import { parseCollection } from '../../data/parse.js';
import { exportRows, toCsv } from '../../data/export.js';
import type { AssessmentCollection } from '../../data/types.js';
import type { PeelCompare } from './peel-compare.js';

// This element's notes (test/helpers.ts).
const ERROR = errorOf({ localName: 'peel-compare' });

const ALL = all2017 as unknown as AssessmentCollection;
const EMPTY = 'No inspection data to show.';

/** What a cell shows on screen: its text without the words only a screen reader gets (its grade's source). */
const shown = (node: Element | null | undefined) => {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.vh').forEach((vh) => vh.remove());
  return text(copy);
};

/** The forces' names in row order (the row headers' own text, without "your force"). */
const names = (el: Element) =>
  $$(el, 'tbody th[scope="row"]').map((th) => text(th).replace(/ (your force|eich heddlu)$/, ''));
/** The row header and cells of a force's row, as text. */
const row = (el: Element, name: string) =>
  $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')).startsWith(name));
const headers = (el: Element) => $$(el, 'thead th');
const sortButton = (el: Element, title: string) =>
  $$(el, 'thead button').find((b) => text(b).startsWith(title)) as HTMLButtonElement;
const ariaSort = (el: Element) => headers(el).map((th) => th.getAttribute('aria-sort'));

const ORDER = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-graded'];
const gradeOf = (name: string, id: string) =>
  ALL.assessments.find((a) => a.force.name === name)!.pillars!.find((p) => p.id === id)?.grade;

/** The 2017 collection without three forces, with Wiltshire's legitimacy and Kent's every grade left out. */
const partial = () => {
  const doc = copy(ALL);
  doc.assessments = doc.assessments.filter((a) => !['dorset', 'gwent', 'surrey'].includes(a.force.id ?? ''));
  const wiltshire = doc.assessments.find((a) => a.force.id === 'wiltshire')!;
  wiltshire.pillars = wiltshire.pillars!.filter((p) => p.id !== 'legitimacy');
  doc.assessments.find((a) => a.force.id === 'kent')!.pillars = [];
  return doc;
};
/** The grades (and statuses) in a collection: each is drawn the same way in whichever area it is. */
const gradesIn = (doc: AssessmentCollection) =>
  [...new Set(doc.assessments.flatMap((a) => (a.pillars ?? []).map((p) => String(p.grade ?? p.status))))].sort();

describe('<peel-compare>', () => {
  describe('the table', () => {
    it('has a caption naming the cycle, a row per force with its name as row header, and a column per pillar', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      expect(text($(el, 'caption'))).to.equal('PEEL 2017 grades by force, sorted by Force, A to Z');
      expect(text($(el, '[part="title"]'))).to.equal('PEEL 2017 grades by force');
      expect($(el, '[part="title"]')!.localName).to.equal('h2');
      expect(headers(el).map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
      expect(headers(el).map((th) => text(th))).to.deep.equal([
        'Force ▲',
        'Effectiveness ◇',
        'Efficiency ◇',
        'Legitimacy ◇',
      ]);
      expect(names(el)).to.have.length(43);
      const sorted = ALL.assessments.map((a) => a.force.name).sort((x, y) => x.localeCompare(y, 'en-GB'));
      expect(names(el)).to.deep.equal(sorted);
      expect(ariaSort(el)).to.deep.equal(['ascending', null, null, null]);
    });

    it('shows each grade as text in a badge with its shape, and a missing grade in words', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      const cells = (name: string) => [...row(el, name)!.querySelectorAll('td')].map((td) => shown(td));
      const wiltshire = ['effectiveness', 'efficiency', 'legitimacy'].map((id) => gradeOf('Wiltshire Police', id));
      expect(cells('Wiltshire Police')).to.deep.equal(
        wiltshire.map(
          (g) =>
            (
              ({
                good: 'Good',
                outstanding: 'Outstanding',
                'requires-improvement': 'Requires improvement',
                inadequate: 'Inadequate',
              }) as Record<string, string>
            )[g!],
        ),
      );
      expect(row(el, 'Wiltshire Police')!.querySelectorAll('td .badge svg[aria-hidden="true"]')).to.have.length(3);
      expect(cells('Derbyshire Constabulary')[0]).to.equal('No grade in the data');
      expect(cells('Humberside Police')[1]).to.equal('No grade in the data');
    });

    it('counts each area’s grades in words, as the JSON has them, with a decorative bar', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      const label = (g: string) => g.replace('-', ' ');
      const expected = (['effectiveness', 'efficiency', 'legitimacy'] as const).map((id, i) => {
        const counts = new Map<string, number>();
        for (const a of all2017.assessments) {
          const g = a.pillars.find((p) => p.id === id)?.grade ?? 'missing';
          counts.set(g, (counts.get(g) ?? 0) + 1);
        }
        const parts = [...ORDER, 'missing']
          .filter((g) => counts.has(g))
          .map((g) => `${counts.get(g)} ${g === 'missing' ? 'with no grade in the data' : label(g)}`);
        return `${['Effectiveness', 'Efficiency', 'Legitimacy'][i]}: ${parts.join(', ')}`;
      });
      expect($$(el, '[part="count"]').map(text)).to.deep.equal(expected);
      expect(expected[0]).to.include('1 with no grade in the data');
      const bars = $$(el, '[part="bar"]');
      expect(bars.map((b) => b.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
      expect(text(bars[0])).to.equal('');
      expect(text($(el, '[part="summary-title"]'))).to.equal('How many forces got each grade');
      expect($(el, '[part="summary-title"]')!.localName).to.equal('h3');
    });
  });

  describe('sorting', () => {
    const ranks = (el: Element, id: string) =>
      names(el).map((n) => {
        const g = gradeOf(n, id);
        return g ? ORDER.indexOf(g) : 99;
      });

    it('sorts by an area best first, then worst first, missing grades last both ways; then by name', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      sortButton(el, 'Effectiveness').click();
      await el.updateComplete;
      expect(ariaSort(el)).to.deep.equal([null, 'descending', null, null]);
      let r = ranks(el, 'effectiveness');
      expect(r).to.deep.equal([...r].sort((a, b) => a - b));
      expect(names(el).at(-1)).to.equal('Derbyshire Constabulary');
      expect(text($(el, 'caption'))).to.equal('PEEL 2017 grades by force, sorted by Effectiveness, best first');
      sortButton(el, 'Effectiveness').click();
      await el.updateComplete;
      expect(ariaSort(el)).to.deep.equal([null, 'ascending', null, null]);
      r = ranks(el, 'effectiveness');
      expect(r.slice(0, -1)).to.deep.equal(r.slice(0, -1).sort((a, b) => b - a));
      expect(names(el).at(-1)).to.equal('Derbyshire Constabulary');
      expect(text($(el, 'caption'))).to.contain('worst first');
      // Within a grade, A to Z.
      const good = names(el).filter((n) => gradeOf(n, 'effectiveness') === 'good');
      expect(good).to.deep.equal([...good].sort((x, y) => x.localeCompare(y, 'en-GB')));
    });

    it('sorts by name Z to A on a second press, and takes a sort attribute', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      sortButton(el, 'Force').click();
      await el.updateComplete;
      expect(ariaSort(el)[0]).to.equal('descending');
      expect(names(el)[0]).to.equal('Wiltshire Police');
      const byAttr = await render<PeelCompare>(
        html`<peel-compare sort="-legitimacy" .assessment=${ALL}></peel-compare>`,
      );
      expect(ariaSort(byAttr)).to.deep.equal([null, null, null, 'ascending']);
      expect(names(byAttr)[0]).to.equal('Greater Manchester Police');
    });

    it('keeps an area whose id is an internal key (`name`) apart from the force column', async () => {
      const doc = {
        assessments: [
          { force: { name: 'Alpha Police' }, pillars: [{ id: 'name', title: 'Naming', grade: 'inadequate' }] },
          { force: { name: 'Beta Police' }, pillars: [{ id: 'name', title: 'Naming', grade: 'outstanding' }] },
        ],
      };
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${doc}></peel-compare>`);
      expect(ariaSort(el)).to.deep.equal(['ascending', null]);
      sortButton(el, 'Naming').click();
      await el.updateComplete;
      expect(ariaSort(el)).to.deep.equal([null, 'descending']);
      expect(names(el)).to.deep.equal(['Beta Police', 'Alpha Police']);
      expect(text($(el, 'caption'))).to.contain('sorted by Naming, best first');
      sortButton(el, 'Force').click();
      await el.updateComplete;
      expect(ariaSort(el)).to.deep.equal(['ascending', null]);
      expect(names(el)).to.deep.equal(['Alpha Police', 'Beta Police']);
      sortButton(el, 'Force').click();
      await el.updateComplete;
      expect(ariaSort(el)).to.deep.equal(['descending', null]);
      expect(names(el)).to.deep.equal(['Beta Police', 'Alpha Police']);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('is operated from the keyboard: Tab to a sort button, Enter and Space press it', async () => {
      const el = await renderInside<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      const button = sortButton(el, 'Efficiency');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ariaSort(el)[2]).to.equal('descending');
      expect(el.shadowRoot!.activeElement === sortButton(el, 'Efficiency'), 'focus stays on the button').to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(ariaSort(el)[2]).to.equal('ascending');
      expect(names(el).at(-1)).to.equal('Humberside Police');
    });
  });

  describe('regions', () => {
    it('groups the rows under row-group headers, in the register’s order, with group-by="region"', async () => {
      const el = await render<PeelCompare>(html`<peel-compare group-by="region" .assessment=${ALL}></peel-compare>`);
      const groups = $$(el, 'tbody');
      expect(groups).to.have.length(10);
      for (const [i, tbody] of groups.entries()) {
        const th = tbody.querySelector('th[scope="rowgroup"]')!;
        expect(text(th)).to.equal(REGIONS[i]);
        expect(th.getAttribute('colspan')).to.equal('4');
        const inGroup = [...tbody.querySelectorAll('th[scope="row"]')].map((h) => text(h));
        expect(inGroup.length).to.equal(FORCES.filter((f) => f.region === REGIONS[i]).length);
      }
      expect((el.shadowRoot!.querySelector('input[type="checkbox"]') as HTMLInputElement).checked).to.equal(true);
    });

    it('groups and ungroups from its checkbox', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      const box = el.shadowRoot!.querySelector('input[type="checkbox"]') as HTMLInputElement;
      expect(text(box.closest('label'))).to.equal('Group by region');
      box.click();
      await el.updateComplete;
      expect($$(el, 'th[scope="rowgroup"]')).to.have.length(10);
      box.click();
      await el.updateComplete;
      expect($$(el, 'th[scope="rowgroup"]')).to.have.length(0);
    });

    it('shows one region with region="Wales", and from its list', async () => {
      const el = await render<PeelCompare>(html`<peel-compare region="Wales" .assessment=${ALL}></peel-compare>`);
      expect(names(el)).to.deep.equal([
        'Dyfed-Powys Police',
        'Gwent Police',
        'North Wales Police',
        'South Wales Police',
      ]);
      expect($$(el, '[part="count"]').map(text)[0]).to.match(/^Effectiveness: /);
      const select = el.shadowRoot!.querySelector('select')!;
      expect(select.value).to.equal('Wales');
      select.value = 'London';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['City of London Police', 'Metropolitan Police Service']);
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.have.length(43);
    });

    it('shows the empty note for a region that is not one of the ten', async () => {
      const el = await render<PeelCompare>(html`<peel-compare region="Narnia" .assessment=${ALL}></peel-compare>`);
      expect(text(message(el))).to.equal(EMPTY);
      expect(el.shadowRoot!.querySelector('select')).to.not.equal(null);
    });
  });

  it('marks the highlighted force visibly and in words: "your force"', async () => {
    const el = await render<PeelCompare>(html`<peel-compare highlight="wiltshire" .assessment=${ALL}></peel-compare>`);
    const marked = $$(el, 'tr[part~="highlight"]');
    expect(marked).to.have.length(1);
    expect(text(marked[0]!.querySelector('th'))).to.equal('Wiltshire Police your force');
    // The row is tinted (its cells let the tint through), its header too.
    expect(getComputedStyle(marked[0]!).backgroundColor).to.not.equal(
      getComputedStyle(row(el, 'Dorset Police')!).backgroundColor,
    );
    expect(getComputedStyle(marked[0]!.querySelector('th')!).backgroundColor).to.not.equal(
      getComputedStyle(row(el, 'Dorset Police')!.querySelector('th')!).backgroundColor,
    );
  });

  describe('Welsh', () => {
    it('writes its own words in Welsh, with the Welsh forces’ own names', async () => {
      const el = await render<PeelCompare>(
        html`<peel-compare lang="cy" group-by="region" highlight="gwent" .assessment=${ALL}></peel-compare>`,
      );
      expect(text($(el, 'caption'))).to.equal('Graddau PEEL 2017 fesul heddlu, wedi’u trefnu yn ôl Heddlu, A i Z');
      expect(headers(el).map((th) => text(th).replace(/ [▲▼◇]$/, ''))).to.deep.equal([
        'Heddlu',
        'Effeithiolrwydd',
        'Effeithlonrwydd',
        'Cyfreithlondeb',
      ]);
      expect(text($$(el, 'th[scope="rowgroup"]').at(-1))).to.equal('Cymru');
      expect(names(el).slice(-4)).to.deep.equal(
        FORCES.flatMap((f) => (f.cy ? [f.cy] : [])).sort((x, y) => x.localeCompare(y, 'cy')),
      );
      expect(text($(el, 'tr[part~="highlight"] th'))).to.equal('Heddlu Gwent eich heddlu');
      expect(text($(el, '[part="count"]'))).to.match(/^Effeithiolrwydd – (Rhagorol|Da): \d+; /);
      expect(text($(el, '[part="count"]'))).to.contain('Dim gradd yn y data: 1');
      expect(shown(row(el, 'Heddlu Dyfed-Powys')?.querySelector('td'))).to.match(
        /^(Rhagorol|Da|Angen gwella|Annigonol)$/,
      );
    });
  });

  describe('accessibility', () => {
    // axe on the whole table, in English and in Welsh, grouped: under "partial collections", whose table
    // holds every row and grade of this one's kinds and the missing grades besides.
    it('scrolls in a focusable, labelled region', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      const region = $(el, '[part="scroller"]') as HTMLElement;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('PEEL 2017 grades by force');
      // A tab stop only while it scrolls: a keyboard reader then needs it to; else it would be a stop for nothing.
      expect(region.scrollWidth > region.clientWidth, 'three areas fit 800 px').to.equal(false);
      expect(region.hasAttribute('tabindex')).to.equal(false);
      const nine = await renderInside<PeelCompare>(
        html`<peel-compare .assessment=${all2325 as unknown as AssessmentCollection}></peel-compare>`,
      );
      const scroller = $(nine, '[part="scroller"]') as HTMLElement;
      expect(scroller.scrollWidth > scroller.clientWidth, 'nine areas scroll at 800 px').to.equal(true);
      expect(scroller.getAttribute('tabindex')).to.equal('0');
    });
  });

  describe('changes', () => {
    const doc = (previousPeriod?: string): AssessmentCollection => ({
      assessments: [
        {
          force: { id: 'wiltshire', name: 'Wiltshire Police' },
          cycle: 'peel-2023-25',
          pillars: [
            { id: 'investigating-crime', grade: 'good', previousGrade: 'adequate', previousPeriod },
            { id: 'leadership', status: 'pending' },
            { id: 'responding-to-public', grade: 'adequate', status: 'carried-over', gradedIn: '2021/22' },
          ],
        },
      ],
    });

    it('says a change within the scale in words, and statuses in words', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${doc('2021/22')}></peel-compare>`);
      const cells = $$(el, 'tbody td').map(text);
      expect(cells[0]).to.equal('Good↑up from Adequate in 2021/22');
      expect(cells[1]).to.equal('To be graded');
      expect(cells[2]).to.equal('AdequateGrade carried over from 2021/22');
      expect(headers(el).map((th) => text(th).replace(/ [▲▼◇]$/, ''))[2]).to.equal('Leadership and force management');
      expect($(el, '[part="note"]')).to.equal(null);
      expect(text($(el, '[part="count"]'))).to.equal('Investigating crime: 1 good');
      expect($$(el, '[part="count"]').map(text)[1]).to.equal('Leadership and force management: 1 to be graded');
    });

    it('names a previous grade from a cycle on the other scale, with a visible note', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${doc('2017')}></peel-compare>`);
      expect(text($(el, 'tbody td'))).to.equal('GoodAdequate in 2017; not directly comparable');
      expect(text($(el, '[part="note"]'))).to.equal('Earlier grades on the other scale are named, not compared.');
    });
  });

  describe('partial collections', () => {
    /** Three fictional forces: one fully graded, one in part, one with no grade yet. */
    const FICTIONAL_THREE: AssessmentCollection = {
      assessments: [
        {
          force: { name: 'Exampleshire Constabulary (fictional)' },
          pillars: [
            { id: 'effectiveness', grade: 'good' },
            { id: 'efficiency', grade: 'outstanding' },
          ],
        },
        { force: { name: 'Sampleton Police (fictional)' }, pillars: [{ id: 'efficiency', grade: 'inadequate' }] },
        {
          force: { name: 'Testford Police (fictional)' },
          pillars: [
            { id: 'effectiveness', status: 'pending' },
            { id: 'efficiency', status: 'pending' },
          ],
        },
      ],
    };
    const coverage = (el: Element) => text($(el, '[part="coverage"]'));

    it('says how many of the 43 forces have grades in the table', async () => {
      const full = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      expect(coverage(full)).to.equal('Forces with grades: 43 of 43');
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${partial()}></peel-compare>`);
      // Three forces left out of the data and Kent with no grade: 39 of the register's 43.
      expect(coverage(el)).to.equal('Forces with grades: 39 of 43');
      // Kent, with no grade, is named in one line under the table rather than given a row of empty cells.
      expect(names(el)).to.have.length(39);
      expect(text($(el, '[part="without"]'))).to.equal('No grade in the data: Kent Police.');
    });

    it('says "No grade in the data" for each missing grade, in the table and on the cards', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${partial()}></peel-compare>`);
      const cells = (name: string) => [...row(el, name)!.querySelectorAll('td')].map((td) => text(td));
      expect(row(el, 'Kent Police'), 'Kent, with no grade, has no row').to.equal(undefined);
      expect(cells('Wiltshire Police')[2]).to.equal('No grade in the data');
      // Derbyshire's, as published, and Kent's.
      expect($$(el, '[part="count"]').map(text)[0]).to.contain('2 with no grade in the data');
    });

    it('counts fictional forces, which the register does not know, as the whole', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${FICTIONAL_THREE}></peel-compare>`);
      expect(coverage(el)).to.equal('Forces with grades: 2 of 3');
      expect(text(row(el, 'Sampleton')!.querySelector('td'))).to.equal('No grade in the data');
      expect(text(row(el, 'Testford')!.querySelector('td'))).to.equal('To be graded');
    });

    it('says it in Welsh', async () => {
      const el = await render<PeelCompare>(html`<peel-compare lang="cy" .assessment=${partial()}></peel-compare>`);
      expect(coverage(el)).to.equal('Heddluoedd â graddau: 39 allan o 43');
      expect(text($(el, '[part="without"]'))).to.equal('Dim gradd yn y data: Kent Police.');
    });

    // axe over 43 forces takes seconds: one render (light and dark) per test.
    it('passes axe with a partial collection (the whole table’s rows and grades, and missing ones), highlighted', async () => {
      // Every grade of the whole collection is in the partial one: axe sees each kind of cell and bar.
      expect(gradesIn(partial())).to.deep.equal(gradesIn(ALL));
      await expectAccessibleInWrapper(
        html`<peel-compare highlight="wiltshire" .assessment=${partial()}></peel-compare>`,
      );
    });

    it('passes axe with a partial collection in Welsh, grouped by region', async () => {
      await expectAccessibleInWrapper(
        html`<peel-compare lang="cy" group-by="region" .assessment=${partial()}></peel-compare>`,
      );
    });

    it('passes axe with fictional forces, graded, in part and not yet', async () => {
      await expectAccessibleInWrapper(html`<peel-compare .assessment=${FICTIONAL_THREE}></peel-compare>`);
    });
  });

  describe('sources, counts and the data out (issue 25)', () => {
    const ALL_2325 = all2325 as unknown as AssessmentCollection;

    it('gives each cell’s page to a screen reader, in the table and on the cards, and nothing more on screen', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      const td = row(el, 'Wiltshire Police')!.querySelector('td')!;
      expect(text(td.querySelector('.vh'))).to.equal('Source: Wiltshire 2017 (HMICFRS)');
      const box = td.querySelector('.vh')!.getBoundingClientRect();
      expect(box.width * box.height, 'one pixel at most').to.be.at.most(1);
      const cy = await render<PeelCompare>(html`<peel-compare lang="cy" .assessment=${ALL}></peel-compare>`);
      expect(text(row(cy, 'Wiltshire Police')!.querySelector('td .vh'))).to.equal(
        'Ffynhonnell: Wiltshire 2017 (HMICFRS)',
      );
      // The hidden words never widen the table: it is as wide as the same grades without sources.
      const plain = copy(ALL);
      delete plain.sources;
      for (const a of plain.assessments) for (const p of a.pillars ?? []) delete p.source;
      const without = await render<PeelCompare>(html`<peel-compare .assessment=${plain}></peel-compare>`);
      expect($(el, '.scroller')!.scrollWidth).to.equal($(without, '.scroller')!.scrollWidth);
    });

    it('says how many forces have every area their report graded, where the data gives the count', async () => {
      const el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL_2325}></peel-compare>`);
      // 29 forces say how many areas their report graded, 14 of them every area (Devon and Cornwall has 8 of 9,
      // Warwickshire 5 of 9); Sussex has nine areas but no count, so it is not counted as full.
      expect(text($(el, '[part="coverage"]'))).to.equal(
        'Forces with grades: 32 of 43; with every area their report graded: 14',
      );
      const cy = await render<PeelCompare>(html`<peel-compare lang="cy" .assessment=${ALL_2325}></peel-compare>`);
      expect(text($(cy, '[part="coverage"]'))).to.equal(
        'Heddluoedd â graddau: 32 allan o 43; â phob maes a raddiodd eu hadroddiad: 14',
      );
    });

    it('"Get the data (CSV)" downloads the rows it shows, in the order it shows them', async () => {
      const el = await render<PeelCompare>(
        html`<peel-compare region="South West" sort="-responding-to-public" .assessment=${ALL_2325}></peel-compare>`,
      );
      const link = $(el, 'a[part="download"]') as HTMLAnchorElement;
      expect(text(link)).to.equal('Get the data (CSV)');
      expect(link.getAttribute('download')).to.equal('peel-2023-25.csv');
      // The test keeps the file from the browser's downloads, once the element has made it.
      link.addEventListener('click', (e) => link.href.startsWith('blob:') && e.preventDefault());
      link.click();
      await waitUntil(() => link.href.startsWith('blob:'), 'the CSV file is made');
      // Read as bytes, keeping the byte order mark that tells a spreadsheet program it is UTF-8.
      const bytes = await (await fetch(link.href)).arrayBuffer();
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const parsed = parseCollection(ALL_2325);
      if (!parsed.ok) throw new Error('the 2023–25 collection parses');
      const byName = new Map(parsed.value.assessments.map((a) => [a.force.name, a]));
      const expected = toCsv(exportRows({ assessments: names(el).map((n) => byName.get(n)!) }));
      expect(csv).to.equal(expected);
      expect(csv.split('\r\n')[0]).to.equal(
        '\uFEFFForce ID,Force,Cycle,Area ID,Area,Question,Grade,Status,Carried over from,Source',
      );
      expect(
        new Set(
          csv
            .split('\r\n')
            .slice(1, -1)
            .map((line) => line.split(',')[0]),
        ),
      ).to.deep.equal(new Set(names(el).map((n) => byName.get(n)!.force.id)));
      const cy = await render<PeelCompare>(html`<peel-compare lang="cy" .assessment=${ALL_2325}></peel-compare>`);
      expect(text($(cy, 'a[part="download"]'))).to.equal('Lawrlwytho’r data (CSV)');
    });
  });

  describe('on a phone', () => {
    before(() => setViewport({ width: 320, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('passes axe with a card per force (missing grades among them)', async () => {
      await expectAccessibleInWrapper(
        html`<peel-compare highlight="wiltshire" .assessment=${partial()}></peel-compare>`,
      );
    });

    it('passes axe with a card per force in Welsh, grouped by region', async () => {
      await expectAccessibleInWrapper(
        html`<peel-compare
          lang="cy"
          group-by="region"
          highlight="dyfed-powys"
          .assessment=${partial()}
        ></peel-compare>`,
      );
    });

    it('puts each region’s list of forces (one area at a time) under the region’s heading, one level down', async () => {
      const el = await render<PeelCompare>(html`<peel-compare group-by="region" .assessment=${ALL}></peel-compare>`);
      const regions = $$(el, '[part="region"]:not(th)');
      expect(regions.map((h) => h.localName)).to.deep.equal(Array(10).fill('h3'));
      expect(regions.map(text)).to.deep.equal([...REGIONS]);
      const list = regions[0]!.nextElementSibling!;
      expect(list.localName).to.equal('dl');
      expect(list.querySelector('[part="force"]')!.localName).to.equal('dt');
      // Only the layout in use: no table.
      expect($(el, 'table')).to.equal(null);
    });
  });

  describe('data channels', () => {
    it('reads src', async () => {
      const el = await render<PeelCompare>(
        html`<peel-compare src="/data/2017/peel-2017-all-forces.json"></peel-compare>`,
      );
      await loaded(el);
      expect(names(el)).to.have.length(43);
    });

    it('reads a JSON script inside the tag, and the assessment attribute', async () => {
      // The collection's sources go with its assessments: their grades name pages by the sources' ids.
      const json = JSON.stringify({ ...ALL, assessments: ALL.assessments.slice(0, 2) });
      const el = await render<PeelCompare>(
        html`<peel-compare
          ><script type="application/json">
            ${json}
          </script></peel-compare
        >`,
      );
      expect(names(el)).to.deep.equal(['Avon and Somerset Constabulary', 'Bedfordshire Police']);
      const attr = await render<PeelCompare>(html`<peel-compare assessment=${json}></peel-compare>`);
      expect(names(attr)).to.have.length(2);
    });
  });

  describe('errors and empty states', () => {
    it('shows the empty note with no data, and with no assessments', async () => {
      const none = await render<PeelCompare>(html`<peel-compare></peel-compare>`);
      expect(text(message(none))).to.equal(EMPTY);
      const empty = await render<PeelCompare>(html`<peel-compare .assessment=${{ assessments: [] }}></peel-compare>`);
      expect(text(message(empty))).to.equal(EMPTY);
    });

    it('reports broken JSON with peel-error and shows the error note', async () => {
      let el!: PeelCompare;
      const seen = await observe(async () => {
        el = await render<PeelCompare>(html`<peel-compare assessment="{not json"></peel-compare>`);
      });
      expectReported(el, seen, ['(root)'], 'assessment', { absent: 'table' });
    });

    it('reports a single assessment where a collection is expected, and a bad grade with its path', async () => {
      let el!: PeelCompare;
      let seen = await observe(async () => {
        el = await render<PeelCompare>(html`<peel-compare .assessment=${ALL.assessments[0]}></peel-compare>`);
      });
      expect(seen.events[0]!.detail.errors.map((e) => e.path)).to.include('assessments');
      expect(text(message(el))).to.equal(ERROR);
      const bad = copy(ALL);
      (bad.assessments[1]!.pillars![0] as { grade: string }).grade = 'godo';
      seen = await observe(async () => {
        el = await render<PeelCompare>(html`<peel-compare .assessment=${bad}></peel-compare>`);
      });
      expectReported(el, seen, ['assessments[1].pillars[0].grade'], 'assessment', { absent: 'table' });
    });

    it('warns once about a force id the register does not know, and shows it under "Other forces"', async () => {
      const doc = copy(ALL);
      doc.assessments.push({
        force: { id: 'exampleshire', name: 'Exampleshire Police' },
        pillars: [{ id: 'effectiveness', grade: 'good' }],
      });
      let el!: PeelCompare;
      const seen = await observe(async () => {
        el = await render<PeelCompare>(html`<peel-compare group-by="region" .assessment=${doc}></peel-compare>`);
        el.sort = 'effectiveness';
        await el.updateComplete;
      });
      expect(seen.events).to.have.length(0);
      expect(seen.calls).to.have.length(1);
      expect(seen.warnings[0]).to.contain('assessments[43].force.id: "exampleshire" is not in the register');
      const last = $$(el, 'tbody').at(-1)!;
      expect(text(last.querySelector('th[scope="rowgroup"]'))).to.equal('Other forces');
      expect(text(last.querySelector('th[scope="row"]'))).to.equal('Exampleshire Police');
    });

    it('shows the empty note when a region has no forces in the data', async () => {
      const el = await render<PeelCompare>(
        html`<peel-compare
          region="Wales"
          .assessment=${{ ...ALL, assessments: ALL.assessments.slice(0, 3) }}
        ></peel-compare>`,
      );
      expect(text(message(el))).to.equal(EMPTY);
    });
  });

  describe('layout', () => {
    after(() => setViewport({ width: 800, height: 600 }));
    for (const width of [320, 768, 1280]) {
      it(`never scrolls the page sideways at ${width} px; the table scrolls in its region`, async () => {
        await setViewport({ width, height: 800 });
        const el = await renderInside<PeelCompare>(
          html`<peel-compare group-by="region" highlight="wiltshire" .assessment=${ALL}></peel-compare>`,
        );
        expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
        const scroller = $(el, '[part="scroller"]') as HTMLElement | null;
        // A phone gets one area at a time, a list (and no table at all); wider, the table (and no list).
        expect([!!scroller, !!$(el, '[part="list"]')]).to.deep.equal(width === 320 ? [false, true] : [true, false]);
        if (!scroller) return;
        expect(scroller.getBoundingClientRect().right).to.be.at.most(innerWidth);
        const th = $(el, 'tbody th[scope="row"]')!;
        expect(getComputedStyle(th).position).to.equal('sticky');
      });
    }
  });
});
