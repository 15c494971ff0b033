import { waitUntil } from '../../../test/wait.js';
import {
  $,
  $$,
  ERROR as errorOf,
  FICTIONAL,
  LOADING as loadingOf,
  NORTHAMPTONSHIRE,
  captureWarnings,
  copy,
  countRequests,
  expect,
  expectAccessibleInWrapper,
  expectReported,
  heldUrl,
  html,
  loaded,
  message,
  observe,
  releaseHolds,
  render,
  renderInside,
  settle,
  text,
} from '../../../test/helpers.js';
import { asInBrowserLocale } from '../../../test/browser-locale.js';
import type { PeelErrorDetail } from '../../controllers/assessment-controller.js';
import type { Assessment, KeyFact } from '../../data/types.js';
import type { KeyFactsPanel } from './key-facts-panel.js';

// This element's notes (test/helpers.ts).
const ERROR = errorOf({ localName: 'key-facts-panel' });
const LOADING = loadingOf({ localName: 'key-facts-panel' });

const NO_FACTS = 'No key facts to show.';

/** The text a screen reader gets: everything outside aria-hidden subtrees, white space folded. */
function spoken(node: Node | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    else if (!(n instanceof Element && n.getAttribute('aria-hidden') === 'true')) n.childNodes.forEach(walk);
  };
  if (node) walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const title = (el: Element) => $(el, '[part="title"]');

/** One fact's rendering, by its label. */
function fact(el: Element, label: string) {
  const div = $$(el, '[part="fact"]').find((d) => text(d.querySelector('dt')) === label);
  expect(div, `a fact labelled "${label}"`).to.exist;
  const dd = (part: string) => div!.querySelector(`dd[part="${part}"]`);
  return {
    div: div!,
    value: text(dd('fact-value')),
    national: text(dd('fact-national')),
    trend: spoken(dd('fact-trend')),
    arrow: dd('fact-trend')?.querySelector('.arrow'),
  };
}

/** A document holding only these key facts. */
const factsDoc = (facts: KeyFact[], period = '2019/20'): Assessment => ({
  force: { name: 'Testshire Police' },
  keyFacts: { period, facts },
});

/** The error note stands in for the whole panel: no section, no list. */
const ERROR_STATE = { absent: 'section, dl' };

// Answers this file's loading and time-out cases hold for good, let go once it ends (a server answers at last).
after(() => releaseHolds('kf-axe-loading', 'kf-timeout'));

describe('<key-facts-panel>', () => {
  describe('default render', () => {
    it('heads the facts "Key facts – 2019/20" at level 2', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
      expect(title(el)!.localName).to.equal('h2');
      expect(text(title(el))).to.equal('Key facts – 2019/20');
      expect($$(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName} ${text(h)}`)).to.deep.equal([
        'h2 Key facts – 2019/20',
        'h3 Workforce',
      ]);
    });

    it('puts the facts in description lists, the Workforce facts in their own under a heading', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
      const lists = $$(el, 'dl[part="facts"]');
      expect(lists).to.have.length(3);
      const labels = lists.map((dl) => [...dl.querySelectorAll(':scope > div[part="fact"] > dt')].map(text));
      expect(labels).to.deep.equal([
        ['Force area', 'Population'],
        ['Frontline police officers', 'Police officers per 1,000 population', 'Change in workforce'],
        ['Victim-based crimes', 'Cost per person per day'],
      ]);
      const group = lists[1]!.previousElementSibling!;
      expect(group.localName).to.equal('h3');
      expect(group.getAttribute('part')).to.equal('group-title');
      expect(text(group)).to.equal('Workforce');
      expect(lists[0]!.previousElementSibling).to.equal(title(el));
      expect(lists[2]!.previousElementSibling).to.equal(lists[1]);
    });

    it('gives every fact a div part="fact" with a dt label and dd values, and nothing else in the lists', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
      const facts = $$(el, '[part="fact"]');
      expect(facts).to.have.length(7);
      for (const div of facts) {
        expect(div.localName).to.equal('div');
        expect(div.parentElement!.localName).to.equal('dl');
        const [dt, ...dds] = [...div.children];
        expect(dt!.localName).to.equal('dt');
        expect(dt!.getAttribute('part')).to.equal('fact-label');
        expect(text(dt)).to.not.equal('');
        expect(dds.length).to.be.at.least(1);
        for (const dd of dds) expect(dd.localName).to.equal('dd');
      }
      for (const dl of $$(el, 'dl'))
        for (const child of dl.children) expect(child.getAttribute('part')).to.equal('fact');
    });

    it('formats each value through Intl, with display overrides', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
      const values = $$(el, '[part="fact"]').map((d) => [
        text(d.querySelector('dt')),
        text(d.querySelector('[part="fact-value"]')),
      ]);
      expect(values).to.deep.equal([
        ['Force area', '914 square miles'],
        ['Population', '757,000 people'],
        ['Frontline police officers', '88%'],
        ['Police officers per 1,000 population', '3.02 per 1,000 people'],
        ['Change in workforce', '−10%'],
        ['Victim-based crimes', '0.07 per person'],
        ['Cost per person per day', '50p'],
      ]);
    });

    it('shows the national level where there is one', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
      expect(fact(el, 'Frontline police officers').national).to.equal('National level: 92%');
      expect(fact(el, 'Police officers per 1,000 population').national).to.equal(
        'National level: 3.69 per 1,000 people',
      );
      expect(fact(el, 'Victim-based crimes').national).to.equal('National level: 0.06 per person');
      expect(fact(el, 'Cost per person per day').national).to.equal('National level: 59p');
      expect($$(el, '[part="fact-national"]')).to.have.length(4);
      expect(fact(el, 'Force area').div.querySelector('[part="fact-national"]')).to.equal(null);
    });

    it('shows each trend with a hidden arrow and in words', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
      const cases: [string, string, string][] = [
        ['Victim-based crimes', '↑', 'up 14% over 5 years; national: up 9%'],
        ['Change in workforce', '↓', 'down 10% over 10 years; national: down 5%'],
        ['Population', '↑', 'up 10% over 10 years'],
      ];
      for (const [label, arrow, words] of cases) {
        const shown = fact(el, label);
        expect(shown.trend, label).to.equal(words);
        expect(shown.arrow!.getAttribute('aria-hidden')).to.equal('true');
        expect(text(shown.arrow)).to.equal(arrow);
      }
      expect($$(el, '[part="fact-trend"]')).to.have.length(3);
    });

    it('shows the fictional 2021/22 facts', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${FICTIONAL}></key-facts-panel>`);
      expect(text(title(el))).to.equal('Key facts – 2021/22');
      expect(fact(el, 'Population').value).to.equal('1.234m');
      expect(fact(el, 'Police officers per 1,000 population').trend).to.equal('up 6% over 5 years; national: up 4%');
      expect(fact(el, 'Cost per person per day').value).to.equal('62p');
      expect(fact(el, 'Cost per person per day').national).to.equal('National level: 60p');
    });
  });

  describe('accessibility', () => {
    it('passes axe with the Northamptonshire facts, light and dark', async () => {
      await expectAccessibleInWrapper(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
    });

    it('passes axe with the fictional facts, light and dark', async () => {
      await expectAccessibleInWrapper(html`<key-facts-panel .assessment=${FICTIONAL}></key-facts-panel>`);
    });

    it('passes axe in Welsh, light and dark', async () => {
      await expectAccessibleInWrapper(
        html`<key-facts-panel lang="cy" .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
      );
    });

    it('passes axe at every heading level, under the page heading one level up, light and dark', async () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        // A host page that asks for level N has a heading at level N - 1 above the element.
        const above = () =>
          Object.assign(document.createElement(`h${Math.max(1, level - 1)}`), { textContent: 'Northamptonshire' });
        await expectAccessibleInWrapper(
          html`<key-facts-panel heading-level=${level} .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
          level > 1 ? above : undefined,
        );
      }
    });

    it('passes axe with no facts, no data and bad data, light and dark', async () => {
      await captureWarnings(async () => {
        await expectAccessibleInWrapper(
          html`<key-facts-panel .assessment=${{ force: { name: 'X' } }}></key-facts-panel>`,
        );
        await expectAccessibleInWrapper(html`<key-facts-panel></key-facts-panel>`);
        await expectAccessibleInWrapper(html`<key-facts-panel assessment="{oops"></key-facts-panel>`);
      });
    });

    it('passes axe while loading, light and dark', async () => {
      const src = '/__peel/ok/northamptonshire-2017?hold=kf-axe-loading';
      const light = await render<KeyFactsPanel>(html`<key-facts-panel src=${src}></key-facts-panel>`);
      expect(text(message(light))).to.equal(LOADING);
      await expect(light).to.be.accessible();
      const dark = await renderInside<KeyFactsPanel>(html`<key-facts-panel src=${src}></key-facts-panel>`, {
        class: 'dark-scheme',
      });
      expect(text(message(dark))).to.equal(LOADING);
      await expect(dark).to.be.accessible();
    });
  });

  describe('attributes and properties', () => {
    describe('heading-level', () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        it(`heading-level="${level}" gives an h${level} and group headings one level below`, async () => {
          const el = await render<KeyFactsPanel>(
            html`<key-facts-panel heading-level=${level} .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
          );
          expect(title(el)!.localName).to.equal(`h${level}`);
          expect($(el, '[part="group-title"]')!.localName).to.equal(`h${Math.min(6, level + 1)}`);
        });
      }

      const junk: [string, number, number][] = [
        ['abc', 2, 3],
        ['', 2, 3],
        ['0', 2, 3],
        ['8', 6, 6],
        ['3.4', 3, 4],
      ];
      for (const [value, top, sub] of junk) {
        it(`heading-level="${value}" falls back to h${top} with groups at h${sub}`, async () => {
          const el = await render<KeyFactsPanel>(
            html`<key-facts-panel heading-level=${value} .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
          );
          expect(title(el)!.localName).to.equal(`h${top}`);
          expect($(el, '[part="group-title"]')!.localName).to.equal(`h${sub}`);
        });
      }

      it('heading-level="-5" still puts group headings one level below the title', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel heading-level="-5" .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
        );
        expect(title(el)!.localName).to.equal('h1');
        expect($(el, '[part="group-title"]')!.localName).to.equal('h2');
      });

      it('takes the level as a property and re-renders when it changes', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel .headingLevel=${5} .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
        );
        expect(title(el)!.localName).to.equal('h5');
        el.headingLevel = 3;
        await settle(el);
        expect(title(el)!.localName).to.equal('h3');
        expect($(el, '[part="group-title"]')!.localName).to.equal('h4');
      });
    });

    describe('formatting', () => {
      it('formats a value of £1 or more as currency, and less as pence', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([
              { label: 'Cost', value: 1.2, unit: 'GBP', national: 0.95 },
              { label: 'Pound', value: 1, unit: 'GBP', national: 12.5 },
              { label: 'Pence', value: 0.055, unit: 'GBP' },
            ])}
          ></key-facts-panel>`,
        );
        expect(fact(el, 'Cost').value).to.equal('£1.20');
        expect(fact(el, 'Cost').national).to.equal('National level: 95p');
        expect(fact(el, 'Pound').value).to.equal('£1.00');
        expect(fact(el, 'Pound').national).to.equal('National level: £12.50');
        expect(fact(el, 'Pence').value).to.equal('5.5p');
      });

      it('keeps the decimals of a percentage', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([{ label: 'Share', value: 88.5, unit: 'percent', national: 92.25 }])}
          ></key-facts-panel>`,
        );
        expect(fact(el, 'Share').value).to.equal('88.5%');
        expect(fact(el, 'Share').national).to.match(/^National level: 92\.[23]%$/);
      });

      it('groups thousands and shows a free-text unit after the number', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([
              { label: 'People', value: 1234567, unit: 'people' },
              { label: 'Calls', value: 12500, unit: 'calls a day', national: 9800.5 },
              { label: 'Bare', value: 42 },
            ])}
          ></key-facts-panel>`,
        );
        expect(fact(el, 'People').value).to.equal('1,234,567 people');
        expect(fact(el, 'Calls').value).to.equal('12,500 calls a day');
        expect(fact(el, 'Calls').national).to.equal('National level: 9,800.5 calls a day');
        expect(fact(el, 'Bare').value).to.equal('42');
      });

      it('says "no change", with a level arrow, when nothing changed', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([
              { label: 'Flat', value: 3, change: { local: 0, national: 2, years: 5 } },
              { label: 'One year', value: 3, change: { local: -2.5, years: 1 } },
              { label: 'National only', value: 3, change: { national: 4, years: 3 } },
              { label: 'No years', value: 3, change: { local: 1 } },
            ])}
          ></key-facts-panel>`,
        );
        expect(fact(el, 'Flat').trend).to.equal('no change over 5 years; national: up 2%');
        expect(text(fact(el, 'Flat').arrow)).to.equal('→');
        expect(fact(el, 'One year').trend).to.equal('down 2.5% over 1 year');
        expect(text(fact(el, 'One year').arrow)).to.equal('↓');
        expect(fact(el, 'National only').trend).to.equal('national: up 4% over 3 years');
        expect(text(fact(el, 'National only').arrow)).to.equal('↑');
        expect(fact(el, 'No years').trend).to.equal('up 1%');
      });

      it('shows no trend for a change with only a number of years', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([{ label: 'Years', value: 3, change: { years: 5 } }])}
          ></key-facts-panel>`,
        );
        expect(fact(el, 'Years').div.querySelector('[part="fact-trend"]')).to.equal(null);
      });

      it('shows a display value even without a number, and labels a fact by its id when it has no label', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([{ id: 'area', display: 'about 900 square miles' }])}
          ></key-facts-panel>`,
        );
        expect(fact(el, 'area').value).to.equal('about 900 square miles');
      });

      it('heads the panel "Key facts" when there is no period', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${{ force: { name: 'X' }, keyFacts: { facts: [{ label: 'A', value: 1 }] } }}
          ></key-facts-panel>`,
        );
        expect(text(title(el))).to.equal('Key facts');
      });

      it('does not render a fact with only a label as an empty dt', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([{ label: 'Empty' }, { label: 'Real', value: 5 }, { label: 'Also empty', change: {} }])}
          ></key-facts-panel>`,
        );
        expect($$(el, 'dt').map(text)).to.deep.equal(['Real']);
        expect($$(el, '[part="fact"]')).to.have.length(1);
      });

      it('shows the note, not an empty list, when no fact has anything to show', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([
              { label: 'Empty', group: 'G' },
              { label: 'Also empty', group: 'G' },
            ])}
          ></key-facts-panel>`,
        );
        expect(text(message(el))).to.equal(NO_FACTS);
        expect($(el, 'dl')).to.equal(null);
      });

      it('renders markup in the data as text', async () => {
        const evil = '<img src=x onerror=alert(1)>';
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            .assessment=${factsDoc([{ label: evil, value: 1, unit: evil, group: evil, display: evil }], evil)}
          ></key-facts-panel>`,
        );
        expect($$(el, 'img')).to.have.length(0);
        expect(text(title(el))).to.equal(`Key facts – ${evil}`);
        expect(text($(el, '[part="group-title"]'))).to.equal(evil);
        expect(fact(el, evil).value).to.equal(evil);
      });
    });

    describe('Welsh', () => {
      it('writes its own text in Welsh with lang="cy"', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel lang="cy" .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
        );
        expect(text(title(el))).to.equal('Ffeithiau allweddol – 2019/20');
        expect(fact(el, 'Force area').value).to.equal('914 milltir sgwâr');
        expect(fact(el, 'Frontline police officers').national).to.equal('Lefel genedlaethol: 92%');
        expect(fact(el, 'Police officers per 1,000 population').value).to.equal('3.02 i bob 1,000 o bobl');
        expect(fact(el, 'Victim-based crimes').value).to.equal('0.07 i bob person');
        expect(fact(el, 'Victim-based crimes').trend).to.equal('i fyny 14% dros 5 mlynedd; cenedlaethol: i fyny 9%');
        expect(fact(el, 'Change in workforce').trend).to.equal('i lawr 10% dros 10 mlynedd; cenedlaethol: i lawr 5%');
        expect(fact(el, 'Population').trend).to.equal('i fyny 10% dros 10 mlynedd');
        expect(fact(el, 'Cost per person per day').value).to.equal('50c');
        expect(fact(el, 'Cost per person per day').national).to.equal('Lefel genedlaethol: 59c');
        // Data text is never translated.
        expect(text($(el, '[part="group-title"]'))).to.equal('Workforce');
      });

      // In a German browser, which has no Welsh data either: the numbers must not follow its locale.
      it("formats numbers the Welsh way, whatever the browser's own locale", async () => {
        const el = await asInBrowserLocale('de-DE', () =>
          render<KeyFactsPanel>(
            html`<key-facts-panel
              lang="cy"
              .assessment=${factsDoc([
                { label: 'Pobl', value: 1234567, unit: 'people' },
                { label: 'Cyfran', value: 88.5, unit: 'percent' },
                { label: 'Cost', value: 1.2, unit: 'GBP' },
                { label: 'Dim', value: 1, change: { local: 0, years: 1 } },
              ])}
            ></key-facts-panel>`,
          ),
        );
        expect(fact(el, 'Pobl').value).to.equal('1,234,567 o bobl');
        expect(fact(el, 'Cyfran').value).to.equal('88.5%');
        expect(fact(el, 'Cost').value).to.equal('£1.20');
        expect(fact(el, 'Dim').trend).to.equal('dim newid dros 1 flwyddyn');
      });

      it('says "no key facts" in Welsh', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel lang="cy" .assessment=${{ force: { name: 'X' } }}></key-facts-panel>`,
        );
        expect(text(message(el))).to.equal('Dim ffeithiau allweddol i’w dangos.');
      });

      it('inherits lang from an ancestor and follows changes to it', async () => {
        const el = await renderInside<KeyFactsPanel>(
          html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
          {
            lang: 'cy-GB',
          },
        );
        const wrapper = el.parentElement!;
        expect(text(title(el))).to.equal('Ffeithiau allweddol – 2019/20');
        wrapper.setAttribute('lang', 'en');
        await settle(el);
        expect(text(title(el))).to.equal('Key facts – 2019/20');
        el.setAttribute('lang', 'cy');
        await settle(el);
        expect(text(title(el))).to.equal('Ffeithiau allweddol – 2019/20');
      });
    });

    describe('data channels', () => {
      it('reads the assessment attribute as JSON text', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel assessment=${JSON.stringify(NORTHAMPTONSHIRE)}></key-facts-panel>`,
        );
        expect($$(el, '[part="fact"]')).to.have.length(7);
      });

      it('reads the assessment property as an object', async () => {
        const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${FICTIONAL}></key-facts-panel>`);
        expect($$(el, '[part="fact"]')).to.have.length(4);
      });

      it('reads a src URL', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel src="/__peel/ok/northamptonshire-2017"></key-facts-panel>`,
        );
        await loaded(el);
        expect(text(title(el))).to.equal('Key facts – 2019/20');
        expect(fact(el, 'Cost per person per day').value).to.equal('50p');
      });

      it('reads a child JSON script', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            ><script type="application/json">
              ${JSON.stringify(FICTIONAL)}
            </script></key-facts-panel
          >`,
        );
        expect(text(title(el))).to.equal('Key facts – 2021/22');
      });

      it('re-renders when the child script changes', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            ><script type="application/json">
              ${JSON.stringify(FICTIONAL)}
            </script></key-facts-panel
          >`,
        );
        el.querySelector('script')!.textContent = JSON.stringify(NORTHAMPTONSHIRE);
        await waitUntil(() => text(title(el)) === 'Key facts – 2019/20', 'the script change was not rendered');
      });

      it('re-renders when the data changes', async () => {
        const el = await render<KeyFactsPanel>(
          html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`,
        );
        const doc = copy(NORTHAMPTONSHIRE);
        doc.keyFacts!.facts![0]!.value = 915;
        el.assessment = doc;
        await settle(el);
        expect(fact(el, 'Force area').value).to.equal('915 square miles');
        el.setAttribute('assessment', JSON.stringify(FICTIONAL));
        await settle(el);
        expect(text(title(el))).to.equal('Key facts – 2021/22');
        el.removeAttribute('assessment');
        el.assessment = undefined;
        await settle(el);
        expect(text(message(el))).to.equal('No inspection data to show.');
      });

      it('makes one request for a URL however many elements share it', async () => {
        const src = '/__peel/ok/northamptonshire-2017?t=kf-shared';
        const first = await render<KeyFactsPanel>(
          html`<key-facts-panel src=${src}></key-facts-panel><key-facts-panel src=${src}></key-facts-panel>`,
        );
        const els = [...first.parentElement!.querySelectorAll('key-facts-panel')];
        expect(els).to.have.length(2);
        for (const el of els) await loaded(el);
        expect(els.map((el) => $$(el, '[part="fact"]').length)).to.deep.equal([7, 7]);
        expect(await countRequests(src)).to.equal(1);
      });
    });
  });

  describe('markup contract', () => {
    it('renders one fact as label, value, national level and trend', async () => {
      const el = await render<KeyFactsPanel>(
        html`<key-facts-panel
          .assessment=${factsDoc([
            {
              label: 'Victim-based crimes',
              value: 0.07,
              unit: 'per-person',
              national: 0.06,
              change: { local: 14, national: 9, years: 5 },
            },
          ])}
        ></key-facts-panel>`,
      );
      expect(el).shadowDom.to.equal(`
        <section part="base">
          <h2 part="title">Key facts – 2019/20</h2>
          <dl part="facts">
            <div part="fact">
              <dt part="fact-label">Victim-based crimes</dt>
              <dd part="fact-value">0.07 per person</dd>
              <dd part="fact-national">National level: 0.06 per person</dd>
              <dd part="fact-trend"><span class="arrow" aria-hidden="true">↑</span>up 14% over 5 years; national: up 9%</dd>
            </div>
          </dl>
        </section>
      `);
    });

    it('renders a group as a heading and its own list', async () => {
      const el = await render<KeyFactsPanel>(
        html`<key-facts-panel
          heading-level="3"
          .assessment=${factsDoc([{ label: 'Frontline', value: 88, unit: 'percent', group: 'Workforce' }])}
        ></key-facts-panel>`,
      );
      expect(el).shadowDom.to.equal(`
        <section part="base">
          <h3 part="title">Key facts – 2019/20</h3>
          <h4 part="group-title">Workforce</h4>
          <dl part="facts"><div part="fact"><dt part="fact-label">Frontline</dt><dd part="fact-value">88%</dd></div></dl>
        </section>
      `);
    });

    for (const [name, doc] of [
      ['no key facts', { force: { name: 'X' } }],
      ['an empty facts list', { force: { name: 'X' }, keyFacts: { period: '2019/20', facts: [] } }],
      ['key facts without a list', { force: { name: 'X' }, keyFacts: { period: '2019/20' } }],
    ] as const) {
      it(`shows the note for ${name}`, async () => {
        const el = await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${doc}></key-facts-panel>`);
        expect(el).shadowDom.to.equal(`<p part="message">${NO_FACTS}</p>`);
      });
    }
  });

  describe('events', () => {
    it('reports nothing for good data, or for data without key facts', async () => {
      const seen = await observe(async () => {
        await render(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
        await render(html`<key-facts-panel .assessment=${FICTIONAL} lang="cy"></key-facts-panel>`);
        await render(html`<key-facts-panel .assessment=${{ force: { name: 'X' } }}></key-facts-panel>`);
      });
      expect(seen.warnings).to.deep.equal([]);
      expect(seen.events).to.deep.equal([]);
    });

    it('lets a host catch peel-error on an ancestor', async () => {
      const el = await render<KeyFactsPanel>(html`<key-facts-panel></key-facts-panel>`);
      const caught: CustomEvent<PeelErrorDetail>[] = [];
      el.parentElement!.addEventListener('peel-error', (e) => caught.push(e));
      await captureWarnings(async () => {
        el.assessment = '{"force":{"name":"X"},"keyFacts":{"facts":[{"value":"88%"}]}}';
        await settle(el);
      });
      expect(caught).to.have.length(1);
      expect(caught[0]!.detail.errors.map((e) => e.path)).to.deep.equal(['keyFacts.facts[0].value']);
    });
  });

  describe('bad input', () => {
    const cases: [string, string | (() => unknown), string[]][] = [
      ['broken JSON', '{"keyFacts": ', ['(root)']],
      ['a missing force', '{"keyFacts": {"facts": []}}', ['force']],
      [
        'facts that are not a list',
        () => ({ force: { name: 'X' }, keyFacts: { facts: { id: 'a' } } }),
        ['keyFacts.facts'],
      ],
      [
        'a value that is text',
        () => ({ force: { name: 'X' }, keyFacts: { facts: [{ label: 'A', value: '88%' }] } }),
        ['keyFacts.facts[0].value'],
      ],
      [
        'a change of the wrong types',
        () => ({ force: { name: 'X' }, keyFacts: { facts: [{ label: 'A', change: { local: 'up', years: null } }] } }),
        ['keyFacts.facts[0].change.local', 'keyFacts.facts[0].change.years'],
      ],
      [
        'an unknown grade elsewhere in the document',
        () => {
          const doc = copy(NORTHAMPTONSHIRE) as unknown as { pillars: { grade: string }[] };
          doc.pillars[0]!.grade = 'godo';
          return doc;
        },
        ['pillars[0].grade'],
      ],
    ];

    for (const [name, input, paths] of cases) {
      const attribute = typeof input === 'string';
      it(`reports ${name} (${attribute ? 'attribute' : 'property'})`, async () => {
        let el!: KeyFactsPanel;
        const seen = await observe(async () => {
          el = attribute
            ? await render<KeyFactsPanel>(html`<key-facts-panel assessment=${input}></key-facts-panel>`)
            : await render<KeyFactsPanel>(html`<key-facts-panel .assessment=${input()}></key-facts-panel>`);
        });
        expectReported(el, seen, paths, 'assessment', ERROR_STATE);
      });
    }

    it('reports a bad child script', async () => {
      let el!: KeyFactsPanel;
      const seen = await observe(async () => {
        el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            ><script type="application/json">
              not json
            </script></key-facts-panel
          >`,
        );
      });
      expectReported(el, seen, ['(root)'], 'script', ERROR_STATE);
    });

    it('reports the same bad input once, however often it renders', async () => {
      let el!: KeyFactsPanel;
      const seen = await observe(async () => {
        el = await render<KeyFactsPanel>(html`<key-facts-panel assessment="{oops"></key-facts-panel>`);
        el.headingLevel = 4;
        await settle(el);
        el.setAttribute('lang', 'cy');
        await settle(el);
      });
      expect(seen.warnings).to.have.length(1);
      expect(seen.events).to.have.length(1);
      expect(text(message(el))).to.equal(
        'Nid oedd modd dangos y ffeithiau allweddol. Ail-lwythwch y dudalen neu chwiliwch am yr adroddiad ar-lein.',
      );
    });

    it('recovers when good data follows bad', async () => {
      let el!: KeyFactsPanel;
      await captureWarnings(async () => {
        el = await render<KeyFactsPanel>(html`<key-facts-panel assessment="{oops"></key-facts-panel>`);
      });
      el.assessment = NORTHAMPTONSHIRE;
      await settle(el);
      expect(text(title(el))).to.equal('Key facts – 2019/20');
      expect(message(el)).to.equal(null);
    });

    for (const status of ['404', '500']) {
      it(`reports a ${status} from src`, async () => {
        let el!: KeyFactsPanel;
        const seen = await observe(async () => {
          el = await render<KeyFactsPanel>(
            html`<key-facts-panel src=${`/__peel/status/${status}?t=kf`}></key-facts-panel>`,
          );
          await loaded(el);
        });
        expectReported(el, seen, ['src'], 'src', ERROR_STATE);
        expect(seen.warnings[0]).to.include(`the server answered ${status}`);
      });
    }

    const failures: [string, string, string[]][] = [
      ['a missing file (a real 404)', '/__peel-missing/key-facts.json', ['src']],
      ['an HTML page', '/__peel/html?t=kf', ['src']],
      ['broken JSON', '/__peel/broken?t=kf', ['(root)']],
      ['JSON with a bad grade', '/__peel/invalid?t=kf', ['pillars[0].grade']],
    ];
    for (const [name, src, paths] of failures) {
      it(`reports ${name} from src`, async () => {
        let el!: KeyFactsPanel;
        const seen = await observe(async () => {
          el = await render<KeyFactsPanel>(html`<key-facts-panel src=${src}></key-facts-panel>`);
          await loaded(el);
        });
        expectReported(el, seen, paths, 'src', ERROR_STATE);
        if (paths[0] === 'src') expect(seen.warnings[0]).to.include(src);
      });
    }

    it('shows "Loading the key facts…" while src is pending, then the facts', async () => {
      const { src, release } = heldUrl();
      const el = await render<KeyFactsPanel>(html`<key-facts-panel src=${src}></key-facts-panel>`);
      expect(text(message(el))).to.equal(LOADING);
      expect(message(el)!.getAttribute('role')).to.equal(null);
      expect($(el, 'dl')).to.equal(null);
      await release();
      await loaded(el);
      expect($$(el, '[part="fact"]')).to.have.length(7);
    });

    it('gives up after src-timeout and says so', async () => {
      let el!: KeyFactsPanel;
      const seen = await observe(async () => {
        el = await render<KeyFactsPanel>(
          html`<key-facts-panel
            src-timeout="50"
            src=${'/__peel/ok/northamptonshire-2017?hold=kf-timeout'}
          ></key-facts-panel>`,
        );
        expect(text(message(el))).to.equal(LOADING);
        await loaded(el);
      });
      expectReported(el, seen, ['src'], 'src', ERROR_STATE);
    });

    it('recovers when a later src is good', async () => {
      let el!: KeyFactsPanel;
      await captureWarnings(async () => {
        el = await render<KeyFactsPanel>(html`<key-facts-panel src="/__peel/html?t=kf-recover"></key-facts-panel>`);
        await loaded(el);
      });
      expect(text(message(el))).to.equal(ERROR);
      el.src = '/__peel/ok/fictional-2021';
      await settle(el);
      await loaded(el);
      expect(text(title(el))).to.equal('Key facts – 2021/22');
      expect(message(el)).to.equal(null);
    });
  });
});
