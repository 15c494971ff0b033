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
  deepText,
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
import type { PeelErrorDetail } from '../../controllers/assessment-controller.js';
import type { Assessment, Pillar } from '../../data/types.js';
import type { PillarSummary } from './pillar-summary.js';
import all2018 from '../../../data/2018-19/peel-2018-19-all-forces.json' with { type: 'json' };

// This element's notes (test/helpers.ts).
const ERROR = errorOf({ localName: 'pillar-summary' });
const LOADING = loadingOf({ localName: 'pillar-summary' });

const NO_PILLAR = 'No such pillar to show.';

const pillars = NORTHAMPTONSHIRE.pillars!;

/** The element's own top heading (part="title"). */
const title = (el: Element) => $(el, '[part="title"]') as HTMLHeadingElement | null;
const rating = (el: Element) => $(el, 'peel-rating[part="rating"]');

/** A small, fully populated one-pillar document, easy to reason about. */
function tinyDoc(pillar: Partial<Pillar> = {}, extra: Partial<Assessment> = {}): Assessment {
  return {
    force: { name: 'Testshire Police' },
    ...extra,
    pillars: [
      {
        id: 'efficiency',
        title: 'Efficiency',
        question: 'How efficient is the force?',
        grade: 'good',
        updated: '2017-11-09',
        summary: ['First paragraph.', 'Second paragraph.'],
        questions: [{ title: 'How well does it plan?', grade: 'good', url: 'https://example.org/q1' }],
        url: 'https://example.org/efficiency',
        ...pillar,
      },
    ],
  };
}

/** The error note stands in for the whole pillar: no section. */
const ERROR_STATE = { absent: 'section' };

// Answers this file's loading and time-out cases hold for good, let go once it ends (a server answers at last).
after(() => releaseHolds('ps-axe-loading', 'ps-timeout'));

describe('<pillar-summary>', () => {
  describe('default render', () => {
    it('shows the first pillar when no pillar is named', async () => {
      const el = await render<PillarSummary>(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
      expect(title(el)!.localName).to.equal('h2');
      expect(text(title(el))).to.equal('Effectiveness');
      expect(rating(el)!.getAttribute('grade')).to.equal('requires-improvement');
      expect(rating(el)!.hasAttribute('previous-grade')).to.be.false;
      expect(deepText(rating(el)!)).to.equal('Requires improvement');
    });

    const expected: Record<
      string,
      { updated: string; shown: string; rating: string; paragraphs: number; questions: string[] }
    > = {
      effectiveness: {
        updated: '2018-03-22',
        shown: '22 March 2018',
        rating: 'Requires improvement',
        paragraphs: 7,
        questions: [],
      },
      efficiency: {
        updated: '2017-11-09',
        shown: '9 November 2017',
        rating: 'Good → same as before (Good)',
        paragraphs: 5,
        questions: ['good', 'requires-improvement', 'good'],
      },
      legitimacy: {
        updated: '2017-12-12',
        shown: '12 December 2017',
        rating: 'Requires improvement ↓ down from Good',
        paragraphs: 5,
        questions: ['requires-improvement', 'good', 'requires-improvement'],
      },
    };

    for (const pillar of pillars) {
      const want = expected[pillar.id!]!;
      it(`renders every field of Northamptonshire's ${pillar.id} pillar`, async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary .assessment=${NORTHAMPTONSHIRE} pillar=${pillar.id!}></pillar-summary>`,
        );
        const section = $(el, 'section[part="base"]')!;
        expect(section).to.exist;

        const heading = title(el)!;
        expect(heading.localName).to.equal('h2');
        expect(text(heading)).to.equal(pillar.title);
        expect(text($(el, 'p[part="question"]'))).to.equal(pillar.question);

        const badge = rating(el)!;
        expect(badge.getAttribute('grade')).to.equal(pillar.grade);
        expect(badge.getAttribute('previous-grade')).to.equal(pillar.previousGrade ?? null);
        expect(badge.getAttribute('scale')).to.equal('peel-2014');
        expect(deepText(badge)).to.equal(want.rating);

        const updated = $(el, '[part="updated"]')!;
        const time = updated.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(want.updated);
        expect(text(time)).to.equal(want.shown);
        expect(text(updated)).to.equal(`Last updated ${want.shown}`);

        const paragraphs = $$(el, '[part="summary"] > p');
        expect(paragraphs).to.have.length(want.paragraphs);
        expect(paragraphs.map((p) => p.textContent)).to.deep.equal(pillar.summary);

        const items = $$(el, 'ul[part="questions"] > li');
        expect(items).to.have.length(want.questions.length);
        if (want.questions.length) {
          const sub = $(el, '[part="questions-title"]')!;
          expect(sub.localName).to.equal('h3');
          expect(text(sub)).to.equal('Question grades');
          items.forEach((item, i) => {
            const question = pillar.questions![i]!;
            expect(text(item.querySelector('span'))).to.equal(question.title);
            const small = item.querySelector('peel-rating')!;
            expect(small.getAttribute('size')).to.equal('small');
            expect(small.getAttribute('grade')).to.equal(want.questions[i]);
            expect(small.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(
              { good: 'Good', 'requires-improvement': 'Requires improvement' }[want.questions[i]!],
            );
          });
        } else {
          expect($(el, '[part="questions-title"]')).to.equal(null);
          expect($(el, 'ul')).to.equal(null);
        }

        const link = $(el, 'a[part="link"]')!;
        expect(text(link)).to.equal(`View the questions for ${pillar.id}`);
        expect(link.getAttribute('href')).to.equal(pillar.url);
      });
    }

    it('gives the three known pillars a default title when the data has none', async () => {
      const doc = copy(NORTHAMPTONSHIRE);
      for (const pillar of doc.pillars!) delete pillar.title;
      for (const [id, name] of [
        ['effectiveness', 'Effectiveness'],
        ['efficiency', 'Efficiency'],
        ['legitimacy', 'Legitimacy'],
      ] as const) {
        const el = await render<PillarSummary>(html`<pillar-summary .assessment=${doc} pillar=${id}></pillar-summary>`);
        expect(text(title(el))).to.equal(name);
        expect(text($(el, 'a[part="link"]'))).to.equal(`View the questions for ${id}`);
      }
    });

    it('shows an untitled area of the documented vocabulary by its built-in title, and any other by its id', async () => {
      const known = await render<PillarSummary>(
        html`<pillar-summary .assessment=${tinyDoc({ id: 'investigating-crime', title: undefined })}></pillar-summary>`,
      );
      expect(text(title(known))).to.equal('Investigating crime');
      const unknown = await render<PillarSummary>(
        html`<pillar-summary .assessment=${tinyDoc({ id: 'tackling-asb', title: undefined })}></pillar-summary>`,
      );
      expect(text(title(unknown))).to.equal('tackling-asb');
    });

    const areas: [string, string, string][] = [
      ['preventing-crime', 'outstanding', 'Outstanding'],
      ['responding-to-the-public', 'good', 'Good ↑ up from Adequate'],
      ['investigating-crime', 'adequate', 'Adequate'],
      ['protecting-vulnerable-people', 'requires-improvement', 'Requires improvement ↓ down from Good'],
      ['managing-offenders', 'inadequate', 'Inadequate'],
      ['strategic-planning', 'not-graded', 'Not graded'],
    ];
    for (const [id, grade, shown] of areas) {
      it(`shows the fictional PEEL 2021 area ${id} (${grade})`, async () => {
        const area = FICTIONAL.pillars!.find((p) => p.id === id)!;
        const el = await render<PillarSummary>(
          html`<pillar-summary .assessment=${FICTIONAL} pillar=${id}></pillar-summary>`,
        );
        expect(text(title(el))).to.equal(area.title);
        expect(text($(el, '[part="question"]'))).to.equal(area.question);
        expect(rating(el)!.getAttribute('grade')).to.equal(grade);
        expect(rating(el)!.getAttribute('scale')).to.equal('peel-2021');
        expect(deepText(rating(el)!)).to.equal(shown);
        expect($(el, 'time')!.getAttribute('datetime')).to.equal(area.updated);
        expect($$(el, '[part="summary"] > p')).to.have.length(area.summary!.length);
        expect($$(el, 'ul[part="questions"] > li')).to.have.length(area.questions?.length ?? 0);
        expect($(el, 'a[part="link"]')!.getAttribute('href')).to.equal(area.url);
      });
    }

    it('gives question badges the PEEL 2021 scale, so "adequate" is a grade there', async () => {
      const el = await render<PillarSummary>(
        html`<pillar-summary .assessment=${FICTIONAL} pillar="protecting-vulnerable-people"></pillar-summary>`,
      );
      const smalls = $$(el, 'ul[part="questions"] peel-rating');
      expect(smalls.map((r) => r.getAttribute('scale'))).to.deep.equal(['peel-2021', 'peel-2021']);
      expect(smalls.map((r) => deepText(r))).to.deep.equal(['Requires improvement', 'Adequate']);
      // A question without a URL is plain text.
      expect($$(el, 'ul[part="questions"] a')).to.have.length(0);
    });

    it('links each question that has a URL', async () => {
      const el = await render<PillarSummary>(
        html`<pillar-summary .assessment=${FICTIONAL} pillar="preventing-crime"></pillar-summary>`,
      );
      const links = $$(el, 'ul[part="questions"] a[part="question-link"]');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
        FICTIONAL.pillars![0]!.questions!.map((q) => q.url),
      );
      expect(links.map((a) => text(a))).to.deep.equal(FICTIONAL.pillars![0]!.questions!.map((q) => q.title));
    });

    it('leaves out the parts the data does not have', async () => {
      const el = await render<PillarSummary>(
        html`<pillar-summary
          .assessment=${{ force: { name: 'X' }, pillars: [{ id: 'legitimacy' }] }}
        ></pillar-summary>`,
      );
      expect(text(title(el))).to.equal('Legitimacy');
      for (const part of ['question', 'rating', 'updated', 'summary', 'questions', 'questions-title', 'link'])
        expect($(el, `[part="${part}"]`), part).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const pillar of pillars) {
      it(`passes axe for the ${pillar.id} pillar, light and dark`, async () => {
        await expectAccessibleInWrapper(
          html`<pillar-summary .assessment=${NORTHAMPTONSHIRE} pillar=${pillar.id!}></pillar-summary>`,
        );
      });
    }

    it('passes axe for every PEEL 2021 grade, light and dark', async () => {
      for (const area of FICTIONAL.pillars!)
        await expectAccessibleInWrapper(
          html`<pillar-summary .assessment=${FICTIONAL} pillar=${area.id!}></pillar-summary>`,
        );
    });

    it('passes axe in Welsh, light and dark', async () => {
      await expectAccessibleInWrapper(
        html`<pillar-summary lang="cy" .assessment=${NORTHAMPTONSHIRE} pillar="legitimacy"></pillar-summary>`,
      );
    });

    it('passes axe at every heading level, under the page heading one level up, light and dark', async () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        // A host page that asks for level N has a heading at level N - 1 above the element.
        const above = () =>
          Object.assign(document.createElement(`h${Math.max(1, level - 1)}`), { textContent: 'Northamptonshire' });
        await expectAccessibleInWrapper(
          html`<pillar-summary
            heading-level=${level}
            .assessment=${NORTHAMPTONSHIRE}
            pillar="efficiency"
          ></pillar-summary>`,
          level > 1 ? above : undefined,
        );
      }
    });

    it('passes axe with unsafe links dropped, light and dark', async () => {
      const doc = tinyDoc({
        url: 'javascript:alert(1)',
        questions: [{ title: 'Q', grade: 'good', url: 'data:text/html,x' }],
      });
      await expectAccessibleInWrapper(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
    });

    it('passes axe with no data, no pillars and an unknown pillar, light and dark', async () => {
      await captureWarnings(async () => {
        await expectAccessibleInWrapper(html`<pillar-summary></pillar-summary>`);
        await expectAccessibleInWrapper(
          html`<pillar-summary .assessment=${{ force: { name: 'X' } }}></pillar-summary>`,
        );
        await expectAccessibleInWrapper(
          html`<pillar-summary .assessment=${NORTHAMPTONSHIRE} pillar="nope"></pillar-summary>`,
        );
      });
    });

    it('passes axe in the error state, light and dark', async () => {
      await captureWarnings(() =>
        expectAccessibleInWrapper(html`<pillar-summary assessment="{oops"></pillar-summary>`),
      );
    });

    it('passes axe while loading, light and dark', async () => {
      const src = '/__peel/ok/northamptonshire-2017?hold=ps-axe-loading';
      const light = await render<PillarSummary>(html`<pillar-summary src=${src}></pillar-summary>`);
      expect(text(message(light))).to.equal(LOADING);
      await expect(light).to.be.accessible();
      const dark = await renderInside<PillarSummary>(html`<pillar-summary src=${src}></pillar-summary>`, {
        class: 'dark-scheme',
      });
      expect(text(message(dark))).to.equal(LOADING);
      await expect(dark).to.be.accessible();
    });
  });

  describe('attributes and properties', () => {
    it('compact folds the summary after its first paragraph (a closed <details>), and is off by default', async () => {
      const full = await render<PillarSummary>(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
      expect(full.compact).to.equal(false);
      expect(full.shadowRoot!.querySelector('details')).to.equal(null);
      const el = await render<PillarSummary>(
        html`<pillar-summary compact .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`,
      );
      const [first, ...rest] = NORTHAMPTONSHIRE.pillars![0]!.summary!;
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
      expect(text(summary.querySelector(':scope > p'))).to.equal(first);
      const details = summary.querySelector('details[part="summary-details"]')!;
      expect(text(details.querySelector('summary'))).to.equal('Read the rest of the summary');
      expect([...details.querySelectorAll('p')].map(text)).to.deep.equal(rest);
      await expectAccessibleInWrapper(html`<pillar-summary compact .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
    });

    describe('heading-level', () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        it(`heading-level="${level}" gives an h${level} and question grades one level below`, async () => {
          const el = await render<PillarSummary>(
            html`<pillar-summary
              heading-level=${level}
              .assessment=${NORTHAMPTONSHIRE}
              pillar="efficiency"
            ></pillar-summary>`,
          );
          expect(title(el)!.localName).to.equal(`h${level}`);
          expect($(el, '[part="questions-title"]')!.localName).to.equal(`h${Math.min(6, level + 1)}`);
        });
      }

      it('takes the level as a property too, and re-renders when it changes', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary
            .headingLevel=${4}
            .assessment=${NORTHAMPTONSHIRE}
            pillar="efficiency"
          ></pillar-summary>`,
        );
        expect(title(el)!.localName).to.equal('h4');
        el.setAttribute('heading-level', '1');
        await settle(el);
        expect(title(el)!.localName).to.equal('h1');
        expect($(el, '[part="questions-title"]')!.localName).to.equal('h2');
        expect($$(el, 'h1, h2, h3, h4, h5, h6')).to.have.length(2);
      });

      const junk: [string, number, number][] = [
        ['abc', 2, 3],
        ['', 2, 3],
        ['0', 2, 3],
        ['7', 6, 6],
        ['99', 6, 6],
        ['2.6', 3, 4],
        ['-1', 1, 2],
      ];
      for (const [value, top, sub] of junk) {
        it(`heading-level="${value}" falls back to h${top} with question grades at h${sub}`, async () => {
          const el = await render<PillarSummary>(
            html`<pillar-summary
              heading-level=${value}
              .assessment=${NORTHAMPTONSHIRE}
              pillar="efficiency"
            ></pillar-summary>`,
          );
          expect(title(el)!.localName).to.equal(`h${top}`);
          expect($(el, '[part="questions-title"]')!.localName).to.equal(`h${sub}`);
        });
      }

      it('heading-level="-3" still puts question grades one level below the title', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary
            heading-level="-3"
            .assessment=${NORTHAMPTONSHIRE}
            pillar="efficiency"
          ></pillar-summary>`,
        );
        expect(title(el)!.localName).to.equal('h1');
        expect($(el, '[part="questions-title"]')!.localName).to.equal('h2');
      });
    });

    describe('Welsh', () => {
      it('writes its own text in Welsh with lang="cy"', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary lang="cy" .assessment=${NORTHAMPTONSHIRE} pillar="legitimacy"></pillar-summary>`,
        );
        expect(text($(el, '[part="updated"]'))).to.match(/^Diweddarwyd ddiwethaf /);
        expect(text($(el, '[part="questions-title"]'))).to.equal('Graddau’r cwestiynau');
        expect(deepText(rating(el)!)).to.equal('Angen gwella ↓ i lawr o’r radd flaenorol (Da)');
        expect($$(el, 'ul[part="questions"] peel-rating').map((r) => deepText(r))).to.deep.equal([
          'Angen gwella',
          'Da',
          'Angen gwella',
        ]);
        // The data's title is the English built-in one, so a Welsh page shows the Welsh built-in title
        // (src/i18n/i18n.test.ts shows that any other data title is never translated).
        expect(text($(el, 'a[part="link"]'))).to.equal('Gweld y cwestiynau ar gyfer Cyfreithlondeb');
        expect(text(title(el))).to.equal('Cyfreithlondeb');
      });

      it('writes a Welsh date, also where the browser has no Welsh data', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary lang="cy" .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`,
        );
        const time = $(el, 'time')!;
        expect(time.getAttribute('datetime')).to.equal('2018-03-22');
        // Never English month names on a Welsh page (this Chromium has no Welsh locale data).
        expect(text(time)).to.equal('22 Mawrth 2018');
      });

      it('gives the known pillars Welsh default titles', async () => {
        const doc = copy(NORTHAMPTONSHIRE);
        for (const pillar of doc.pillars!) delete pillar.title;
        const names = { effectiveness: 'Effeithiolrwydd', efficiency: 'Effeithlonrwydd', legitimacy: 'Cyfreithlondeb' };
        for (const [id, name] of Object.entries(names)) {
          const el = await render<PillarSummary>(
            html`<pillar-summary lang="cy" .assessment=${doc} pillar=${id}></pillar-summary>`,
          );
          expect(text(title(el))).to.equal(name);
          expect(text($(el, 'a[part="link"]'))).to.equal(`Gweld y cwestiynau ar gyfer ${name}`);
        }
      });

      it('shows every grade name in Welsh', async () => {
        const names = [
          'Rhagorol',
          'Da ↑ i fyny o’r radd flaenorol (Digonol)',
          'Digonol',
          'Angen gwella ↓ i lawr o’r radd flaenorol (Da)',
          'Annigonol',
          'Heb ei raddio',
        ];
        const shown: string[] = [];
        for (const area of FICTIONAL.pillars!) {
          const el = await render<PillarSummary>(
            html`<pillar-summary lang="cy" .assessment=${FICTIONAL} pillar=${area.id!}></pillar-summary>`,
          );
          shown.push(deepText(rating(el)!));
        }
        expect(shown).to.deep.equal(names);
      });

      it('inherits lang from an ancestor and follows changes to it', async () => {
        const el = await renderInside<PillarSummary>(
          html`<pillar-summary .assessment=${NORTHAMPTONSHIRE} pillar="legitimacy"></pillar-summary>`,
          { lang: 'cy' },
        );
        const wrapper = el.parentElement!;
        expect(text($(el, '[part="updated"]'))).to.match(/^Diweddarwyd ddiwethaf /);
        expect(deepText(rating(el)!)).to.match(/^Angen gwella/);
        wrapper.setAttribute('lang', 'en-GB');
        await settle(el);
        expect(text($(el, '[part="updated"]'))).to.equal('Last updated 12 December 2017');
        expect(deepText(rating(el)!)).to.equal('Requires improvement ↓ down from Good');
      });

      it('re-renders when its own lang changes', async () => {
        const el = await render<PillarSummary>(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
        el.setAttribute('lang', 'cy');
        await settle(el);
        expect(text($(el, '[part="updated"]'))).to.match(/^Diweddarwyd ddiwethaf /);
        expect(deepText(rating(el)!)).to.equal('Angen gwella');
      });
    });

    describe('data channels', () => {
      it('reads the assessment attribute as JSON text', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary assessment=${JSON.stringify(NORTHAMPTONSHIRE)} pillar="efficiency"></pillar-summary>`,
        );
        expect(text(title(el))).to.equal('Efficiency');
        expect($$(el, 'ul[part="questions"] > li')).to.have.length(3);
      });

      it('reads the assessment property as an object or as JSON text', async () => {
        const el = await render<PillarSummary>(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
        expect(text(title(el))).to.equal('Effectiveness');
        el.assessment = JSON.stringify(FICTIONAL);
        await settle(el);
        expect(text(title(el))).to.equal('Preventing crime and anti-social behaviour');
      });

      it('reads a src URL', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary src="/__peel/ok/northamptonshire-2017" pillar="legitimacy"></pillar-summary>`,
        );
        await loaded(el);
        expect(text(title(el))).to.equal('Legitimacy');
        expect(rating(el)!.getAttribute('previous-grade')).to.equal('good');
      });

      it('reads a child JSON script', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary pillar="efficiency"
            ><script type="application/json">
              ${JSON.stringify(NORTHAMPTONSHIRE)}
            </script></pillar-summary
          >`,
        );
        expect(text(title(el))).to.equal('Efficiency');
      });

      it('re-renders when the child script changes', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary
            ><script type="application/json">
              ${JSON.stringify(tinyDoc())}
            </script></pillar-summary
          >`,
        );
        expect(text(title(el))).to.equal('Efficiency');
        el.querySelector('script')!.textContent = JSON.stringify(tinyDoc({ title: 'Changed' }));
        await waitUntil(() => text(title(el)) === 'Changed', 'the script change was not rendered');
      });

      it('makes one request for a URL however many elements share it', async () => {
        const src = '/__peel/ok/fictional-2021?t=ps-shared';
        const first = await render<PillarSummary>(
          html`<pillar-summary src=${src}></pillar-summary>
            <pillar-summary src=${src} pillar="managing-offenders"></pillar-summary>
            <pillar-summary src=${src} pillar="strategic-planning"></pillar-summary>`,
        );
        const els = [...first.parentElement!.querySelectorAll('pillar-summary')];
        expect(els).to.have.length(3);
        for (const el of els) await loaded(el);
        expect(els.map((el) => rating(el)!.getAttribute('grade'))).to.deep.equal([
          'outstanding',
          'inadequate',
          'not-graded',
        ]);
        expect(await countRequests(src)).to.equal(1);
      });

      it('re-renders when the pillar changes', async () => {
        const el = await render<PillarSummary>(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
        el.pillar = 'efficiency';
        await settle(el);
        expect(text(title(el))).to.equal('Efficiency');
        expect($$(el, '[part="summary"] > p')).to.have.length(5);
        el.setAttribute('pillar', 'legitimacy');
        await settle(el);
        expect(text(title(el))).to.equal('Legitimacy');
        expect(deepText(rating(el)!)).to.equal('Requires improvement ↓ down from Good');
      });

      it('re-renders when the data changes', async () => {
        const el = await render<PillarSummary>(html`<pillar-summary .assessment=${tinyDoc()}></pillar-summary>`);
        el.assessment = tinyDoc({ title: 'Renamed', grade: 'inadequate', summary: ['Only one.'] });
        await settle(el);
        expect(text(title(el))).to.equal('Renamed');
        expect(deepText(rating(el)!)).to.equal('Inadequate');
        expect($$(el, '[part="summary"] > p')).to.have.length(1);

        el.setAttribute('assessment', JSON.stringify(NORTHAMPTONSHIRE));
        await settle(el);
        expect(text(title(el))).to.equal('Effectiveness');
      });

      it('switches from src to a later src', async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary src="/__peel/ok/northamptonshire-2017"></pillar-summary>`,
        );
        await loaded(el);
        el.src = '/__peel/ok/fictional-2021';
        await settle(el);
        await loaded(el);
        expect(text(title(el))).to.equal('Preventing crime and anti-social behaviour');
      });
    });

    describe('links and data text', () => {
      const safe = ['https://example.org/a', 'http://example.org/b', '/peel/c', 'd/e.html', '?f=1', '#g'];
      for (const url of safe) {
        it(`makes "${url}" a link`, async () => {
          const el = await render<PillarSummary>(
            html`<pillar-summary .assessment=${tinyDoc({ url, questions: [{ title: 'Q', url }] })}></pillar-summary>`,
          );
          expect($(el, 'a[part="link"]')!.getAttribute('href')).to.equal(url);
          expect($(el, 'a[part="question-link"]')!.getAttribute('href')).to.equal(url);
        });
      }

      const unsafe = [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:x',
        'mailto:a@example.org',
      ];
      for (const url of unsafe) {
        it(`makes no link of ${JSON.stringify(url)}`, async () => {
          const doc = tinyDoc({ url, questions: [{ title: 'Plain question', grade: 'good', url }] });
          const el = await render<PillarSummary>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
          expect($$(el, 'a')).to.have.length(0);
          expect($(el, '[part="link"]')).to.equal(null);
          // The question title stays, as text.
          const item = $(el, 'ul[part="questions"] > li')!;
          expect(text(item.querySelector('span'))).to.equal('Plain question');
          expect(item.querySelector('peel-rating')!.getAttribute('grade')).to.equal('good');
        });
      }

      it('renders markup in the data as text', async () => {
        const evil = '<img src=x onerror=alert(1)>';
        const doc = tinyDoc({ title: evil, question: evil, summary: [evil], questions: [{ title: evil }] });
        const el = await render<PillarSummary>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
        expect($$(el, 'img')).to.have.length(0);
        expect(text(title(el))).to.equal(evil);
        expect(text($(el, '[part="question"]'))).to.equal(evil);
        expect(text($(el, '[part="summary"] p'))).to.equal(evil);
        expect(text($(el, 'ul[part="questions"] span'))).to.equal(evil);
        expect(text($(el, 'a[part="link"]'))).to.equal(`View the questions for ${evil}`);
      });
    });
  });

  describe('sources and carried-over questions (issue 25)', () => {
    const sourced = tinyDoc(
      {
        source: { url: 'https://example.org/kent-2015', title: 'Kent 2015', publisher: 'HMICFRS', quote: 'Good.' },
        questions: [
          { title: 'Q1', grade: 'good', source: { url: 'https://example.org/kent-2015', title: 'Kent 2015' } },
          { title: 'Q2', grade: 'good', source: { url: 'https://news.example/kent', publisher: 'Kent Online' } },
          { title: 'Q3', grade: 'good', source: { url: 'javascript:alert(1)', publisher: 'Kent Online' } },
        ],
      },
      { url: 'https://example.org/report', published: '2016-02-18', cycle: 'peel-2015' },
    );

    it('ends with "Source: …": each page of its grades once, a link when its address is safe', async () => {
      const el = await render<PillarSummary>(html`<pillar-summary .assessment=${sourced}></pillar-summary>`);
      const line = $(el, '[part="source"]')!;
      expect(text(line)).to.equal(
        'Sources: Kent 2015 (HMICFRS); Kent Online; Kent Online (2) · Published 18 February 2016 · Read the full report',
      );
      expect($$(el, '[part="source"] a').map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Kent 2015 (HMICFRS)', 'https://example.org/kent-2015'],
        ['Kent Online', 'https://news.example/kent'],
        ['Read the full report', 'https://example.org/report'],
      ]);
      expect(line, 'the last thing in the card').to.equal($(el, '[part="base"]')!.lastElementChild);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('names its pages in Welsh, and hides them with hide-source', async () => {
      const cy = await render<PillarSummary>(html`<pillar-summary lang="cy" .assessment=${sourced}></pillar-summary>`);
      expect(text($(cy, '[part="source"]'))).to.match(
        /^Ffynonellau: Kent 2015 \(HMICFRS\); Kent Online; .* Cyhoeddwyd 18 Chwefror 2016 · /,
      );
      const one = tinyDoc({ source: { url: 'https://example.org/kent-2015', title: 'Kent 2015' }, questions: [] });
      const single = await render<PillarSummary>(html`<pillar-summary lang="cy" .assessment=${one}></pillar-summary>`);
      expect(text($(single, '[part="source"]'))).to.equal('Ffynhonnell: Kent 2015');
      const hidden = await render<PillarSummary>(
        html`<pillar-summary hide-source .assessment=${sourced}></pillar-summary>`,
      );
      expect($(hidden, '[part="source"]')).to.equal(null);
    });

    it('says when a carried-over question was judged, in English and Welsh (PEEL 2018/19, North Wales)', async () => {
      const en = await render<PillarSummary>(
        html`<pillar-summary .assessment=${all2018} force="north-wales" pillar="effectiveness"></pillar-summary>`,
      );
      expect($$(en, '[part="carried-over"]').map(text)).to.deep.equal([
        'judged in 2016, still valid in 2018/19',
        'judged in 2017, still valid in 2018/19',
        'judged in 2016, still valid in 2018/19',
      ]);
      expect(text($(en, '[part="source"]'))).to.equal(
        'Sources: North Wales 2018/19 (HMICFRS); North Wales PEEL 2018 (HMICFRS)',
      );
      await expect(en).shadowDom.to.be.accessible();
      const cy = await render<PillarSummary>(
        html`<pillar-summary
          lang="cy"
          .assessment=${all2018}
          force="north-wales"
          pillar="effectiveness"
        ></pillar-summary>`,
      );
      expect(text($(cy, '[part="carried-over"]'))).to.equal('barnwyd yn 2016, yn dal yn ddilys yn 2018/19');
      const own = await render<PillarSummary>(
        html`<pillar-summary .assessment=${all2018} force="north-wales" pillar="legitimacy"></pillar-summary>`,
      );
      expect($$(own, '[part="carried-over"]'), 'a question graded in the cycle says nothing more').to.have.length(0);
    });
  });

  describe('markup contract', () => {
    it('renders the key structure', async () => {
      const doc = tinyDoc({
        previousGrade: 'requires-improvement',
        questions: [{ title: 'Q1', grade: 'good', url: 'https://example.org/q1' }, { title: 'Q2' }],
      });
      const el = await render<PillarSummary>(html`<pillar-summary .assessment=${doc}></pillar-summary>`);
      expect(el).shadowDom.to.equal(`
        <section part="base">
          <h2 part="title">Efficiency</h2>
          <p part="question">How efficient is the force?</p>
          <div class="grade-line">
            <peel-rating part="rating" lang="en" grade="good" previous-grade="requires-improvement" scale="peel-2014"
              size="medium" variant="badge"></peel-rating>
            <p part="updated">Last updated <time datetime="2017-11-09">9 November 2017</time></p>
          </div>
          <div part="summary"><p>First paragraph.</p><p>Second paragraph.</p></div>
          <h3 part="questions-title">Question grades</h3>
          <ul part="questions">
            <li>
              <span><a part="question-link" href="https://example.org/q1">Q1</a></span>
              <peel-rating size="small" lang="en" grade="good" scale="peel-2014" variant="badge"></peel-rating>
            </li>
            <li><span>Q2</span></li>
          </ul>
          <a part="link" href="https://example.org/efficiency">View the questions for efficiency</a>
        </section>
      `);
    });

    it('renders a note, not an empty card, when there is no pillar', async () => {
      const el = await render<PillarSummary>(
        html`<pillar-summary .assessment=${{ force: { name: 'X' }, pillars: [] }}></pillar-summary>`,
      );
      expect(el).shadowDom.to.equal(`<p part="message">${NO_PILLAR}</p>`);
    });

    it('renders the error note', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await render<PillarSummary>(html`<pillar-summary assessment="[1,"></pillar-summary>`);
        expect(el).shadowDom.to.equal(`<p part="message">${ERROR}</p>`);
      });
      expect(warnings).to.have.length(1);
    });
  });

  describe('events', () => {
    it('reports nothing for good data', async () => {
      const seen = await observe(async () => {
        for (const pillar of [...pillars, ...FICTIONAL.pillars!]) {
          const doc = pillars.includes(pillar) ? NORTHAMPTONSHIRE : FICTIONAL;
          await render(html`<pillar-summary .assessment=${doc} pillar=${pillar.id!}></pillar-summary>`);
        }
      });
      expect(seen.warnings).to.deep.equal([]);
      expect(seen.events).to.deep.equal([]);
    });

    it('shows a note, not an empty box, when the data has no pillars, and reports nothing', async () => {
      const seen = await observe(async () => {
        const el = await render<PillarSummary>(
          html`<pillar-summary .assessment=${{ force: { name: 'X' } }}></pillar-summary>`,
        );
        expect(text(message(el))).to.equal(NO_PILLAR);
        expect($(el, 'section')).to.equal(null);
      });
      expect(seen.warnings).to.deep.equal([]);
      expect(seen.events).to.deep.equal([]);
    });

    it('says so when it has no data at all', async () => {
      const el = await render<PillarSummary>(html`<pillar-summary></pillar-summary>`);
      expect(text(message(el))).to.equal('No inspection data to show.');
      expect(message(el)!.getAttribute('role')).to.equal(null);
    });

    it('reports a pillar id changed to one the data does not have, once', async () => {
      let el!: PillarSummary;
      const seen = await observe(async () => {
        el = await render<PillarSummary>(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
        el.pillar = 'nope';
        await settle(el);
        // Another render of the same bad input (here, a language change) is not reported again.
        el.setAttribute('lang', 'cy');
        await settle(el);
        el.setAttribute('lang', 'en');
        await settle(el);
      });
      expect(text(message(el))).to.equal(NO_PILLAR);
      expect($(el, 'section')).to.equal(null);
      expect(seen.warnings).to.have.length(1);
      expect(seen.warnings[0]).to.include('pillar:').and.include('"nope"');
      expect(seen.events).to.have.length(1);
      const [event] = seen.events as [CustomEvent<PeelErrorDetail>];
      expect(event.target).to.equal(el);
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['pillar']);
    });

    // The pillar is checked after the data is read (in update()), so the first render reports it too.
    it('reports an unknown pillar id given from the start: one warning naming "pillar", one event', async () => {
      let el!: PillarSummary;
      const seen = await observe(async () => {
        el = await render<PillarSummary>(
          html`<pillar-summary .assessment=${NORTHAMPTONSHIRE} pillar="nope"></pillar-summary>`,
        );
      });
      expect(text(message(el))).to.equal(NO_PILLAR);
      expect(seen.warnings).to.have.length(1);
      expect(seen.warnings[0]).to.include('pillar:');
      expect(seen.events).to.have.length(1);
      expect(seen.events[0]!.detail.errors.map((e) => e.path)).to.deep.equal(['pillar']);
    });

    it('reports a pillar that new data does not have', async () => {
      let el!: PillarSummary;
      const seen = await observe(async () => {
        el = await render<PillarSummary>(
          html`<pillar-summary .assessment=${NORTHAMPTONSHIRE} pillar="legitimacy"></pillar-summary>`,
        );
        el.assessment = FICTIONAL;
        await settle(el);
      });
      expect(text(message(el))).to.equal(NO_PILLAR);
      expect(seen.warnings).to.have.length(1);
      expect(seen.events).to.have.length(1);
    });

    it('reports a bad pillar id again after a good one', async () => {
      const seen = await observe(async () => {
        const el = await render<PillarSummary>(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
        for (const id of ['nope', 'efficiency', 'nope']) {
          el.pillar = id;
          await settle(el);
        }
      });
      expect(seen.warnings).to.have.length(2);
      expect(seen.events).to.have.length(2);
    });

    it('lets a host catch peel-error on an ancestor', async () => {
      const el = await render<PillarSummary>(html`<pillar-summary></pillar-summary>`);
      const caught: Event[] = [];
      el.parentElement!.addEventListener('peel-error', (e) => caught.push(e));
      await captureWarnings(async () => {
        el.setAttribute('assessment', '{"force":{}}');
        await settle(el);
      });
      expect(caught).to.have.length(1);
    });
  });

  describe('bad input', () => {
    const cases: [string, string | (() => unknown), string[]][] = [
      ['broken JSON', '{"force": {"name": "X"', ['(root)']],
      ['a document that is not an object', '[1, 2]', ['(root)']],
      ['a missing force name', '{"force": {}}', ['force.name']],
      ['pillars that are not a list', () => ({ force: { name: 'X' }, pillars: 'effectiveness' }), ['pillars']],
      [
        'a summary of the wrong type',
        () => ({ force: { name: 'X' }, pillars: [{ id: 'a', summary: 'text' }] }),
        ['pillars[0].summary'],
      ],
      ['a bad date', () => ({ force: { name: 'X' }, pillars: [{ updated: '22/03/2018' }] }), ['pillars[0].updated']],
      [
        'an unknown grade',
        () => {
          const doc = copy(NORTHAMPTONSHIRE) as unknown as { pillars: { grade: string }[] };
          doc.pillars[1]!.grade = 'godo';
          return doc;
        },
        ['pillars[1].grade'],
      ],
      [
        'an unknown question grade',
        () => {
          const doc = copy(NORTHAMPTONSHIRE) as unknown as { pillars: { questions: { grade: string }[] }[] };
          doc.pillars[2]!.questions[0]!.grade = 'great';
          return doc;
        },
        ['pillars[2].questions[0].grade'],
      ],
      [
        '"adequate" on the 2014 scale',
        () => ({ force: { name: 'X' }, pillars: [{ grade: 'adequate' }] }),
        ['pillars[0].grade'],
      ],
    ];

    for (const [name, input, paths] of cases) {
      const attribute = typeof input === 'string';
      it(`reports ${name} (${attribute ? 'attribute' : 'property'})`, async () => {
        let el!: PillarSummary;
        const seen = await observe(async () => {
          el = attribute
            ? await render<PillarSummary>(html`<pillar-summary assessment=${input}></pillar-summary>`)
            : await render<PillarSummary>(html`<pillar-summary .assessment=${input()}></pillar-summary>`);
        });
        expectReported(el, seen, paths, 'assessment', ERROR_STATE);
      });
    }

    it('reports a bad child script', async () => {
      let el!: PillarSummary;
      const seen = await observe(async () => {
        el = await render<PillarSummary>(
          html`<pillar-summary
            ><script type="application/json">
              {"force": nope}
            </script></pillar-summary
          >`,
        );
      });
      expectReported(el, seen, ['(root)'], 'script', ERROR_STATE);
    });

    it('reports a property of the wrong type', async () => {
      let el!: PillarSummary;
      const seen = await observe(async () => {
        el = await render<PillarSummary>(html`<pillar-summary .assessment=${42}></pillar-summary>`);
      });
      expectReported(el, seen, ['(root)'], 'assessment', ERROR_STATE);
    });

    it('reports the same bad input once, however often it renders', async () => {
      let el!: PillarSummary;
      const seen = await observe(async () => {
        el = await render<PillarSummary>(html`<pillar-summary assessment="{oops"></pillar-summary>`);
        el.headingLevel = 3;
        await settle(el);
        el.setAttribute('lang', 'cy');
        await settle(el);
      });
      expect(seen.warnings).to.have.length(1);
      expect(seen.events).to.have.length(1);
      expect(text(message(el))).to.equal(
        'Nid oedd modd dangos crynodeb y maes. Ail-lwythwch y dudalen neu chwiliwch am yr adroddiad ar-lein.',
      );
    });

    it('recovers when good data follows bad', async () => {
      let el!: PillarSummary;
      await captureWarnings(async () => {
        el = await render<PillarSummary>(html`<pillar-summary assessment="{oops"></pillar-summary>`);
      });
      el.setAttribute('assessment', JSON.stringify(NORTHAMPTONSHIRE));
      await settle(el);
      expect(text(title(el))).to.equal('Effectiveness');
      expect(message(el)).to.equal(null);
    });

    for (const [name, src] of [
      ['a 404', '/__peel/status/404?t=ps'],
      ['a 500', '/__peel/status/500?t=ps'],
    ]) {
      it(`reports ${name} from src`, async () => {
        let el!: PillarSummary;
        const seen = await observe(async () => {
          el = await render<PillarSummary>(html`<pillar-summary src=${src}></pillar-summary>`);
          await loaded(el);
        });
        expectReported(el, seen, ['src'], 'src', ERROR_STATE);
        expect(seen.warnings[0]).to.include(`the server answered ${name.slice(-3)}`);
      });
    }

    const failures: [string, string, string[]][] = [
      ['a missing file (a real 404)', '/__peel-missing/assessment.json', ['src']],
      ['an HTML page', '/__peel/html?t=ps', ['src']],
      ['broken JSON', '/__peel/broken?t=ps', ['(root)']],
      ['JSON with a bad grade', '/__peel/invalid?t=ps', ['pillars[0].grade']],
    ];
    for (const [name, src, paths] of failures) {
      it(`reports ${name} from src`, async () => {
        let el!: PillarSummary;
        const seen = await observe(async () => {
          el = await render<PillarSummary>(html`<pillar-summary src=${src}></pillar-summary>`);
          await loaded(el);
        });
        expectReported(el, seen, paths, 'src', ERROR_STATE);
        if (paths[0] === 'src') expect(seen.warnings[0]).to.include(src);
      });
    }

    it('shows "Loading the area summary…" while src is pending, then the pillar', async () => {
      const { src, release } = heldUrl();
      const el = await render<PillarSummary>(html`<pillar-summary src=${src}></pillar-summary>`);
      const note = message(el)!;
      expect(text(note)).to.equal(LOADING);
      expect(note.getAttribute('role')).to.equal(null);
      expect($(el, 'section')).to.equal(null);
      await release();
      await loaded(el);
      expect(text(title(el))).to.equal('Effectiveness');
    });

    it('gives up after src-timeout and says so', async () => {
      let el!: PillarSummary;
      const seen = await observe(async () => {
        el = await render<PillarSummary>(
          html`<pillar-summary
            src-timeout="50"
            src=${'/__peel/ok/northamptonshire-2017?hold=ps-timeout'}
          ></pillar-summary>`,
        );
        expect(text(message(el))).to.equal(LOADING);
        await loaded(el);
      });
      expectReported(el, seen, ['src'], 'src', ERROR_STATE);
    });

    it('recovers when a later src is good', async () => {
      let el!: PillarSummary;
      await captureWarnings(async () => {
        el = await render<PillarSummary>(
          html`<pillar-summary src="/__peel/status/500?t=ps-recover" pillar="efficiency"></pillar-summary>`,
        );
        await loaded(el);
      });
      expect(text(message(el))).to.equal(ERROR);
      el.src = '/__peel/ok/northamptonshire-2017';
      await settle(el);
      await loaded(el);
      expect(text(title(el))).to.equal('Efficiency');
      expect(message(el)).to.equal(null);
    });

    it('never throws into the host page', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        await captureWarnings(async () => {
          for (const input of [
            '',
            'null',
            '"text"',
            '{"force":{"name":"X"},"pillars":[null]}',
            '{"force":{"name":"X"},"pillars":[{"questions":[1]}]}',
          ])
            await render(html`<pillar-summary assessment=${input}></pillar-summary>`);
          await render(
            html`<pillar-summary .assessment=${{ force: { name: 'X' }, pillars: [{ id: 1 }] }}></pillar-summary>`,
          );
        });
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });
});
