import { $, FICTIONAL, NORTHAMPTONSHIRE, copy, expect, html, render, text } from '../../test/helpers.js';
import { asInBrowserLocale } from '../../test/browser-locale.js';
import type { KeyFactsPanel } from '../components/key-facts-panel/key-facts-panel.js';
import type { PillarSummary } from '../components/pillar-summary/pillar-summary.js';
import type { Assessment } from '../data/types.js';
import { formatDate, formatTrend, formatValue } from './format.js';
import { STRINGS } from '../../test/strings.js';
import { TITLES, TITLES_2023, pillarTitle } from './card-strings.js';

const { en, cy } = STRINGS;

describe('language', () => {
  describe('numbers and dates where the browser has no Welsh data', () => {
    it('the simulated German browser is German: Intl alone would write German numbers and dates', async () => {
      // Proves the tests below can fail: asked for Welsh alone, this browser answers in German.
      await asInBrowserLocale('de-DE', () => {
        expect(new Intl.NumberFormat('cy-GB').format(1234567)).to.equal('1.234.567');
        expect(new Intl.DateTimeFormat('cy-GB', { timeZone: 'UTC' }).format(new Date('2018-03-22T00:00Z'))).to.equal(
          '22.3.2018',
        );
      });
    });

    it('writes Welsh numbers the British way in a German browser, not "1.234.567 o bobl"', async () => {
      await asInBrowserLocale('de-DE', (calls) => {
        expect(formatValue(cy, 1234567, 'people')).to.equal('1,234,567 o bobl');
        expect(formatValue(cy, 9800.5, 'galwad')).to.equal('9,800.5 galwad');
        expect(formatValue(cy, 88.5, 'percent')).to.equal('88.5%');
        expect(formatValue(cy, 1234.5, 'GBP')).to.equal('£1,234.50');
        expect(formatValue(cy, 0.055, 'GBP')).to.equal('5.5c');
        expect(formatValue(cy, 3.02, 'per-1000-people')).to.equal('3.02 i bob 1,000 o bobl');
        expect(formatTrend(cy, 2.5, 5)).to.equal('i fyny 2.5% dros 5 mlynedd');
        expect(calls, 'British English is asked for after Welsh').to.deep.include(['cy-GB', 'en-GB']);
      });
    });

    it('writes English numbers and dates the British way in a German browser', async () => {
      await asInBrowserLocale('de-DE', () => {
        expect(formatValue(en, 1234567, 'people')).to.equal('1,234,567 people');
        expect(formatValue(en, 1.2, 'GBP')).to.equal('£1.20');
        expect(formatDate(en, '2018-03-22')).to.equal('22 March 2018');
      });
    });

    it('writes a Welsh date with Welsh month names in a German browser', async () => {
      await asInBrowserLocale('de-DE', () => {
        expect(formatDate(cy, '2018-03-22')).to.equal('22 Mawrth 2018');
      });
    });

    it('renders the key facts in Welsh the British way in a German browser', async () => {
      const el = await asInBrowserLocale('de-DE', () =>
        render<KeyFactsPanel>(html`<key-facts-panel lang="cy" .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`),
      );
      const values = [...el.shadowRoot!.querySelectorAll('[part="fact-value"]')].map(text);
      expect(values).to.deep.equal([
        '914 milltir sgwâr',
        '757,000 o bobl',
        '88%',
        '3.02 i bob 1,000 o bobl',
        '−10%',
        '0.07 i bob person',
        '50c',
      ]);
    });
  });

  describe('Welsh dates', () => {
    it('names every month in Welsh, with the day as a number without a leading zero', () => {
      const dates: [string, string][] = [
        ['2018-01-01', '1 Ionawr 2018'],
        ['2019-02-28', '28 Chwefror 2019'],
        ['2018-03-22', '22 Mawrth 2018'],
        ['2020-04-09', '9 Ebrill 2020'],
        ['2021-05-31', '31 Mai 2021'],
        ['2017-06-15', '15 Mehefin 2017'],
        ['2016-07-04', '4 Gorffennaf 2016'],
        ['2015-08-20', '20 Awst 2015'],
        ['2014-09-30', '30 Medi 2014'],
        ['2013-10-10', '10 Hydref 2013'],
        ['2017-11-09', '9 Tachwedd 2017'],
        ['2017-12-12', '12 Rhagfyr 2017'],
      ];
      for (const [iso, shown] of dates) expect(formatDate(cy, iso), iso).to.equal(shown);
    });

    it('shows a Welsh date in a Welsh pillar', async () => {
      const el = await render<PillarSummary>(
        html`<pillar-summary lang="cy" .assessment=${NORTHAMPTONSHIRE} pillar="efficiency"></pillar-summary>`,
      );
      expect(text($(el, '[part="updated"]'))).to.equal('Diweddarwyd ddiwethaf 9 Tachwedd 2017');
    });
  });

  describe('years in Welsh', () => {
    it('mutates "blwyddyn" after each number as it is read aloud', () => {
      const cases: [number, string][] = [
        [1, 'dim newid dros 1 flwyddyn'],
        [2, 'dim newid dros 2 flynedd'],
        [3, 'dim newid dros 3 blynedd'],
        [4, 'dim newid dros 4 blynedd'],
        [5, 'dim newid dros 5 mlynedd'],
        [6, 'dim newid dros 6 blynedd'],
        [7, 'dim newid dros 7 mlynedd'],
        [8, 'dim newid dros 8 mlynedd'],
        [9, 'dim newid dros 9 mlynedd'],
        [10, 'dim newid dros 10 mlynedd'],
        [11, 'dim newid dros 11 mlynedd'],
        [12, 'dim newid dros 12 mlynedd'],
        [13, 'dim newid dros 13 blynedd'],
        [14, 'dim newid dros 14 blynedd'],
        [15, 'dim newid dros 15 mlynedd'],
        [16, 'dim newid dros 16 mlynedd'],
        [17, 'dim newid dros 17 flynedd'],
        [18, 'dim newid dros 18 mlynedd'],
        [19, 'dim newid dros 19 blynedd'],
        [20, 'dim newid dros 20 mlynedd'],
        [21, 'dim newid dros 21 mlynedd'],
        [22, 'dim newid dros 22 flynedd'],
        [23, 'dim newid dros 23 blynedd'],
        [25, 'dim newid dros 25 mlynedd'],
        [26, 'dim newid dros 26 blynedd'],
        [30, 'dim newid dros 30 mlynedd'],
        [40, 'dim newid dros 40 mlynedd'],
        [50, 'dim newid dros 50 mlynedd'],
        [100, 'dim newid dros 100 mlynedd'],
        [102, 'dim newid dros 102 flynedd'],
        [112, 'dim newid dros 112 mlynedd'],
        [117, 'dim newid dros 117 flynedd'],
        [1000, 'dim newid dros 1000 o flynyddoedd'],
        [2.5, 'dim newid dros 2.5 mlynedd'],
      ];
      for (const [years, words] of cases) expect(cy.trend('same', '0%', years), String(years)).to.equal(words);
    });

    it('counts years in English with "year" for one alone', () => {
      expect(en.trend('up', '4%', 1)).to.equal('up 4% over 1 year');
      expect(en.trend('up', '4%', 2)).to.equal('up 4% over 2 years');
      expect(en.trend('down', '4%', 11)).to.equal('down 4% over 11 years');
    });

    it('shows the mutated form in a Welsh key facts panel', async () => {
      const doc: Assessment = {
        force: { name: 'Testshire Police' },
        keyFacts: {
          facts: [
            { label: 'Dwy', value: 1, change: { local: 3, years: 2 } },
            { label: 'Tair', value: 1, change: { local: -3, years: 3 } },
            { label: 'Pymtheg', value: 1, change: { national: 1, years: 15 } },
          ],
        },
      };
      const el = await render<KeyFactsPanel>(html`<key-facts-panel lang="cy" .assessment=${doc}></key-facts-panel>`);
      const trends = [...el.shadowRoot!.querySelectorAll('[part="fact-trend"]')].map((dd) =>
        text(dd).replace(/^[↑↓→] ?/, ''),
      );
      expect(trends).to.deep.equal([
        'i fyny 3% dros 2 flynedd',
        'i lawr 3% dros 3 blynedd',
        'cenedlaethol: i fyny 1% dros 15 mlynedd',
      ]);
    });
  });

  describe('titles', () => {
    const linkText = (el: Element) => text($(el, 'a[part="link"]'));
    const headingText = (el: Element) => text($(el, '[part="title"]'));

    it('never changes the case of a data title in an English sentence', async () => {
      const doc: Assessment = {
        force: { name: 'Testshire Police' },
        pillars: [{ id: 'asb', title: 'Tackling ASB', url: 'https://example.org/asb' }],
      };
      const el = await render<PillarSummary>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
      expect(headingText(el)).to.equal('Tackling ASB');
      expect(linkText(el)).to.equal('View the questions for Tackling ASB');
    });

    it('never changes the case of the force name standing in for a title', async () => {
      const doc: Assessment = { force: { name: 'Testshire Police' }, pillars: [{ url: 'https://example.org/p' }] };
      const el = await render<PillarSummary>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
      expect(headingText(el)).to.equal('Testshire Police');
      expect(linkText(el)).to.equal('View the questions for Testshire Police');
    });

    it('keeps the case of a data title', async () => {
      const doc = copy(FICTIONAL);
      doc.pillars![0]!.title = 'Preventing crime and ASB in Exampleshire';
      const el = await render<PillarSummary>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
      expect(linkText(el)).to.equal('View the questions for Preventing crime and ASB in Exampleshire');
    });

    it('lower-cases only its own built-in title mid-sentence', async () => {
      const el = await render<PillarSummary>(
        html`<pillar-summary .assessment=${NORTHAMPTONSHIRE} pillar="legitimacy"></pillar-summary>`,
      );
      expect(headingText(el)).to.equal('Legitimacy');
      expect(linkText(el)).to.equal('View the questions for legitimacy');
    });

    it('writes the Welsh title, not the English built-in one, on a Welsh page', async () => {
      const el = await render<PillarSummary>(
        html`<pillar-summary lang="cy" .assessment=${NORTHAMPTONSHIRE} pillar="legitimacy"></pillar-summary>`,
      );
      expect(headingText(el)).to.equal('Cyfreithlondeb');
      expect(linkText(el)).to.equal('Gweld y cwestiynau ar gyfer Cyfreithlondeb');
    });

    it('treats a title that is the English built-in one with spaces around it as the built-in title', async () => {
      const doc = copy(NORTHAMPTONSHIRE);
      doc.pillars![1]!.title = '  Efficiency ';
      const el = await render<PillarSummary>(
        html`<pillar-summary lang="cy" .assessment=${doc} pillar="efficiency"></pillar-summary>`,
      );
      expect(headingText(el)).to.equal('Effeithlonrwydd');
    });

    it('shows any other data title as written on a Welsh page (data text is never translated)', async () => {
      const doc: Assessment = {
        force: { name: 'Testshire Police' },
        pillars: [{ id: 'legitimacy', title: 'Legitimacy and fairness', url: 'https://example.org/l' }],
      };
      const el = await render<PillarSummary>(html`<pillar-summary lang="cy" .assessment=${doc}></pillar-summary>`);
      expect(headingText(el)).to.equal('Legitimacy and fairness');
      expect(linkText(el)).to.equal('Gweld y cwestiynau ar gyfer Legitimacy and fairness');
    });

    it('looks titles up by id, in both languages, and knows no inherited keys', () => {
      expect(pillarTitle(en, { id: 'effectiveness' }, 'F')).to.deep.equal(['Effectiveness', true]);
      expect(pillarTitle(cy, { id: 'effectiveness', title: 'Effectiveness' }, 'F')).to.deep.equal([
        'Effeithiolrwydd',
        true,
      ]);
      expect(pillarTitle(cy, { id: 'efficiency', title: 'efficiency' }, 'F')).to.deep.equal(['efficiency', false]);
      expect(pillarTitle(en, { id: 'constructor' }, 'F')).to.deep.equal(['constructor', false]);
      expect(pillarTitle(en, { id: ' asb ' }, 'F')).to.deep.equal(['asb', false]);
      expect(pillarTitle(cy, { id: '  ', title: ' ' }, 'Testshire Police')).to.deep.equal(['Testshire Police', false]);
    });

    it('chooses the title of the document’s cycle, and a document’s own title always wins', () => {
      const area = { id: 'public-treatment' };
      expect(pillarTitle(en, area, 'F', 'peel-2021-22')[0]).to.equal(
        'Engaging with and treating the public with fairness and respect',
      );
      expect(pillarTitle(en, area, 'F', 'peel-2023-25')[0]).to.equal('Police powers and public treatment');
      expect(pillarTitle(en, area, 'F', 'peel-2025-27')[0]).to.equal('Police powers and public treatment');
      expect(pillarTitle(en, { id: 'leadership' }, 'F', 'peel-2017')[0]).to.equal('Leadership');
      expect(pillarTitle(en, { id: 'leadership' }, 'F', 'peel-2023-25')[0]).to.equal('Leadership and force management');
      expect(pillarTitle(cy, { id: 'investigating-crime' }, 'F')).to.deep.equal(['Ymchwilio i droseddau', true]);
      // An English built-in title of either cycle is still a built-in title on a Welsh page.
      expect(
        pillarTitle(cy, { id: 'leadership', title: 'Leadership and force management' }, 'F', 'peel-2023-25'),
      ).to.deep.equal(['Arweinyddiaeth a rheoli’r heddlu', true]);
      expect(pillarTitle(cy, { id: 'investigating-crime', title: 'Investigating crime well' }, 'F')).to.deep.equal([
        'Investigating crime well',
        false,
      ]);
    });

    it('shows a data title as written, translating on a Welsh page only the English built-in of the document’s cycle', () => {
      const renamed = { id: 'leadership', title: 'Leadership and force management' };
      // Issue 16: a document without a cycle showed "Leadership", another cycle's words for its own.
      expect(pillarTitle(en, renamed, 'F')).to.deep.equal(['Leadership and force management', false]);
      expect(pillarTitle(cy, renamed, 'F')).to.deep.equal(['Leadership and force management', false]);
      expect(pillarTitle(en, renamed, 'F', 'peel-2023-25')).to.deep.equal(['Leadership and force management', true]);
      expect(pillarTitle(cy, renamed, 'F', 'peel-2025-27')).to.deep.equal(['Arweinyddiaeth a rheoli’r heddlu', true]);
      // The older English title, in a 2023–25 document, is the document's own words.
      expect(pillarTitle(en, { id: 'leadership', title: 'Leadership' }, 'F', 'peel-2023-25')).to.deep.equal([
        'Leadership',
        false,
      ]);
      expect(pillarTitle(cy, { id: 'leadership', title: 'Leadership' }, 'F', 'peel-2023-25')).to.deep.equal([
        'Leadership',
        false,
      ]);
      expect(pillarTitle(cy, { id: 'leadership', title: 'Leadership' }, 'F', 'peel-2017')).to.deep.equal([
        'Arweinyddiaeth',
        true,
      ]);
    });

    it('reads a document without a cycle by the cycle its period names', async () => {
      const doc = {
        force: { name: 'Testshire Police' },
        period: '2023–2025',
        pillars: [{ id: 'leadership', title: 'Leadership and force management', grade: 'adequate' }],
      };
      const el = await render<PillarSummary>(html`<pillar-summary lang="cy" .assessment=${doc}></pillar-summary>`);
      expect(headingText(el)).to.equal('Arweinyddiaeth a rheoli’r heddlu');
      const english = await render<PillarSummary>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
      expect(headingText(english)).to.equal('Leadership and force management');
      const untitled = { ...doc, pillars: [{ id: 'leadership' }] };
      const built = await render<PillarSummary>(html`<pillar-summary .assessment=${untitled}></pillar-summary>`);
      expect(headingText(built)).to.equal('Leadership and force management');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('has a Welsh title for every built-in title, never the English word', () => {
      // The documented vocabulary of area ids (docs/data-format.md).
      expect(Object.keys(TITLES)).to.deep.equal([
        'effectiveness',
        'efficiency',
        'legitimacy',
        'leadership',
        'victim-service',
        'public-treatment',
        'preventing-crime',
        'responding-to-public',
        'investigating-crime',
        'protecting-vulnerable',
        'managing-offenders',
        'serious-organised-crime',
        'workforce',
        'use-of-resources',
        'recording-data',
      ]);
      for (const [english, welsh] of [
        [TITLES, cy.titles],
        [TITLES_2023, cy.titles2023],
      ] as const) {
        expect(Object.keys(welsh)).to.deep.equal(Object.keys(english));
        for (const [id, title] of Object.entries(english)) {
          expect(welsh[id], id).to.be.a('string').and.not.equal('');
          expect(welsh[id], id).to.not.equal(title);
        }
      }
    });
  });

  describe('minus sign', () => {
    it('writes negative values with the minus sign, not a hyphen, in every unit', () => {
      const cases: [number, string | undefined, string][] = [
        [-10, 'percent', '−10%'],
        [-2.5, 'percent', '−2.5%'],
        [-1.2, 'GBP', '−£1.20'],
        [-0.5, 'GBP', '−50p'],
        [-1234.5, undefined, '−1,234.5'],
        [-3, 'people', '−3 people'],
        [-914, 'square-miles', '−914 square miles'],
        [-0.07, 'per-person', '−0.07 per person'],
        [-3.02, 'per-1000-people', '−3.02 per 1,000 people'],
        [-2, 'calls a day', '−2 calls a day'],
      ];
      for (const [value, unit, shown] of cases) expect(formatValue(en, value, unit), shown).to.equal(shown);
      expect(formatValue(cy, -10, 'percent')).to.equal('−10%');
      expect(formatValue(cy, -0.5, 'GBP')).to.equal('−50c');
    });

    it('writes a trend in words, without a sign', () => {
      expect(formatTrend(en, -10, 10)).to.equal('down 10% over 10 years');
      expect(formatTrend(cy, -10, 10)).to.equal('i lawr 10% dros 10 mlynedd');
    });

    it('shows no hyphen-minus in a key facts panel with negative values and national levels', async () => {
      const doc: Assessment = {
        force: { name: 'Testshire Police' },
        keyFacts: {
          facts: [
            { label: 'Change', value: -10, unit: 'percent', national: -5 },
            { label: 'Balance', value: -1.2, unit: 'GBP', national: -0.4 },
          ],
        },
      };
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${doc}></key-facts-panel>`);
      const shown = [...el.shadowRoot!.querySelectorAll('dd')].map(text);
      expect(shown).to.deep.equal(['−10%', 'National level: −5%', '−£1.20', 'National level: −40p']);
    });
  });
});
