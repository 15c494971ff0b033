import { fixtureSync } from '@open-wc/testing';
import { waitUntil } from '../../../test/wait.js';
import type { TemplateResult } from 'lit';
import type { PeelErrorDetail } from '../../controllers/assessment-controller.js';
import type { Assessment } from '../../data/types.js';
import {
  FICTIONAL,
  NORTHAMPTONSHIRE,
  captureWarnings,
  copy,
  deepQueryAll,
  deepText,
  expect,
  expectAccessibleLightAndDark,
  html,
  render,
  settle,
} from '../../../test/helpers.js';
import type { PeelAssessment } from './peel-assessment.js';
import cleveland2325 from '../../../data/2023-25/cleveland-2023-25.json' with { type: 'json' };

const ERROR = 'The assessment could not be shown. Reload the page or find the report online.';
const NESTED = 'pillar-summary, key-facts-panel, peel-rating';

/** Text of one node with white space folded (not looking into shadow roots). */
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];

/** The heading level (1–6) of a heading element. */
const levelOf = (h: Element) => Number(h.localName.slice(1));

/** Every heading in the element's shadow trees, in reading order. */
const headings = (el: Element) => deepQueryAll(el, 'h1, h2, h3, h4, h5, h6');

/** A document with the three known pillars but no titles, so the default (translated) titles show. */
function untitled(): Assessment {
  const doc = copy(NORTHAMPTONSHIRE);
  for (const pillar of doc.pillars!) delete pillar.title;
  return doc;
}

interface Outcome {
  el: PeelAssessment;
  warnings: unknown[][];
  events: CustomEvent<PeelErrorDetail>[];
}

/** Renders the template, recording console.warn calls and peel-error events seen by the document. */
async function renderRecording(template: TemplateResult, ready?: (el: PeelAssessment) => boolean): Promise<Outcome> {
  const events: CustomEvent<PeelErrorDetail>[] = [];
  const listener = (event: CustomEvent<PeelErrorDetail>) => events.push(event);
  document.addEventListener('peel-error', listener);
  let el!: PeelAssessment;
  try {
    const warnings = await captureWarnings(async () => {
      el = await render<PeelAssessment>(template);
      if (ready) await waitUntil(() => ready(el), 'the element did not settle');
      // Reports are made as a render ends: once no render is pending, a second report would have come.
      await settle(el);
    });
    return { el, warnings, events };
  } finally {
    document.removeEventListener('peel-error', listener);
  }
}

/** The element shows the error note, and nothing else. */
function expectErrorShown({ el, warnings, events }: Outcome) {
  const message = part(el, 'message');
  expect(message, 'message').to.exist;
  // A plain paragraph: several widgets on a page would each announce a live region (see peel-element.ts).
  expect(message!.localName).to.equal('p');
  expect(deepText(el)).to.equal(ERROR);
  expect(deepQueryAll(el, NESTED), 'nested elements').to.have.length(0);
  expect(headings(el), 'headings').to.have.length(0);
  expect(warnings, 'console.warn calls').to.have.length(1);
  expect(events, 'peel-error events').to.have.length(1);
  const [event] = events;
  expect(event!.target).to.equal(el);
  expect(event!.bubbles).to.be.true;
  expect(event!.composed).to.be.true;
  return { warning: String(warnings[0]![0]), detail: event!.detail };
}

// Wrappers are mounted with fixtureSync: for a plain element, fixture() waits for an animation
// frame, which the hidden page of a parallel run (wtr concurrency 2) never gets.

describe('<peel-assessment>', () => {
  describe('default render', () => {
    let el: PeelAssessment;
    beforeEach(async () => {
      el = await render<PeelAssessment>(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
    });

    it('heads the assessment with the force and period at level 2', () => {
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('h2');
      expect(textOf(title)).to.equal('Northamptonshire Police 2017');
    });

    it('shows the four introduction paragraphs and links to the full report', () => {
      const intro = [...part(el, 'intro')!.querySelectorAll('p')].map(textOf);
      expect(intro).to.deep.equal(NORTHAMPTONSHIRE.summary);
      const link = part(el, 'report-link') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(textOf(link)).to.equal('Read the full PEEL report');
      expect(link.getAttribute('href')).to.equal(NORTHAMPTONSHIRE.url);
      expect(link.closest('header')).to.equal(part(el, 'header'));
    });

    it('shows each pillar as a <pillar-summary> one heading level below', () => {
      const pillars = parts(el, 'pillar');
      expect(pillars.map((p) => p.localName)).to.deep.equal(['pillar-summary', 'pillar-summary', 'pillar-summary']);
      expect(pillars.map((p) => p.getAttribute('pillar'))).to.deep.equal(['effectiveness', 'efficiency', 'legitimacy']);
      expect(pillars.map((p) => p.getAttribute('heading-level'))).to.deep.equal(['3', '3', '3']);
      const titles = pillars.map((p) => part(p, 'title')!);
      expect(titles.map((t) => t.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      expect(titles.map(textOf)).to.deep.equal(['Effectiveness', 'Efficiency', 'Legitimacy']);
      const grades = pillars.map((p) => textOf(part(part(p, 'rating')!, 'label')));
      expect(grades).to.deep.equal(['Requires improvement', 'Good', 'Requires improvement']);
      // Every paragraph of every pillar reaches the reader.
      for (const [i, pillar] of NORTHAMPTONSHIRE.pillars!.entries())
        for (const paragraph of pillar.summary!) expect(deepText(pillars[i]!)).to.include(paragraph);
    });

    it("shows the inspector's six observations in a blockquote, with name and role", () => {
      const section = part(el, 'observations')!;
      expect(section.localName).to.equal('section');
      const title = section.querySelector('[part~="section-title"]')!;
      expect(title.localName).to.equal('h3');
      expect(textOf(title)).to.equal('Inspector’s observations');
      const quoted = [...section.querySelectorAll('blockquote > p')].map(textOf);
      expect(quoted).to.have.length(6);
      expect(quoted).to.deep.equal(NORTHAMPTONSHIRE.observations);
      const inspector = part(el, 'inspector')!;
      expect(inspector.localName).to.equal('figcaption');
      expect(textOf(inspector)).to.equal('Zoë Billingham, Her Majesty’s Inspector of Constabulary');
    });

    it('shows the key facts in a <key-facts-panel> one heading level below', () => {
      const panel = part(el, 'key-facts')!;
      expect(panel.localName).to.equal('key-facts-panel');
      expect(panel.getAttribute('heading-level')).to.equal('3');
      const title = part(panel, 'title')!;
      expect(title.localName).to.equal('h3');
      expect(textOf(title)).to.equal('Key facts – 2019/20');
      expect(parts(panel, 'fact')).to.have.length(NORTHAMPTONSHIRE.keyFacts!.facts!.length);
    });

    it('lists the points of context and the police and crime plan priorities', () => {
      const context = part(el, 'context')!;
      expect(textOf(context.querySelector('h3'))).to.equal('Points of context provided by the force');
      expect([...context.querySelectorAll('ul > li')].map(textOf)).to.deep.equal(NORTHAMPTONSHIRE.context);
      const priorities = part(el, 'priorities')!;
      expect(textOf(priorities.querySelector('h3'))).to.equal('Police and crime plan priorities');
      expect([...priorities.querySelectorAll('ul > li')].map(textOf)).to.deep.equal(NORTHAMPTONSHIRE.priorities);
    });

    it('shows the sections in reading order, with no heading level skipped', () => {
      const order = [...part(el, 'base')!.children].map((c) => c.getAttribute('part'));
      expect(order).to.deep.equal([
        'header',
        'glance',
        'pillars',
        'observations',
        'key-facts',
        'context',
        'priorities',
        'source',
      ]);
      const levels = headings(el).map(levelOf);
      expect(levels[0]).to.equal(2);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).to.be.at.most(1);
    });
  });

  describe('accessibility', () => {
    it('passes axe in light and dark with the Northamptonshire data', async () => {
      await expectAccessibleLightAndDark(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
    });

    it('passes axe in light and dark with the fictional PEEL 2021 data', async () => {
      await expectAccessibleLightAndDark(html`<peel-assessment .assessment=${FICTIONAL}></peel-assessment>`);
    });
  });

  describe('attributes and properties', () => {
    describe('compact', () => {
      const summaries = (el: Element) =>
        parts(el, 'pillar').map((p) => p.shadowRoot!.querySelector('[part="summary"]')!);

      it('shows every pillar’s whole summary by default', async () => {
        const el = await render<PeelAssessment>(
          html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
        );
        expect(el.compact).to.equal(false);
        for (const summary of summaries(el)) expect(summary.querySelector('details')).to.equal(null);
      });

      it('folds each pillar’s summary after its first paragraph into a closed <details>', async () => {
        const el = await render<PeelAssessment>(
          html`<peel-assessment compact .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
        );
        NORTHAMPTONSHIRE.pillars!.forEach((pillar, i) => {
          const summary = summaries(el)[i]!;
          const [first, ...rest] = pillar.summary!;
          expect(textOf(summary.querySelector(':scope > p')), 'first paragraph shown').to.equal(first);
          const details = summary.querySelector<HTMLDetailsElement>('details[part="summary-details"]')!;
          expect(details.open).to.equal(false);
          expect(textOf(details.querySelector('summary'))).to.equal('Read the rest of the summary');
          expect([...details.querySelectorAll('div > p')].map(textOf)).to.deep.equal(rest);
        });
        // The text is all there for search and for a reader who opens it.
        await expect(el).shadowDom.to.be.accessible();
        for (const p of parts(el, 'pillar')) {
          p.shadowRoot!.querySelector('details')!.open = true;
          await expect(p).shadowDom.to.be.accessible();
        }
      });

      it('in Welsh, and leaves a one-paragraph summary as it is', async () => {
        const doc = structuredClone(NORTHAMPTONSHIRE);
        doc.pillars![1]!.summary = ['Only one paragraph.'];
        const el = await render<PeelAssessment>(
          html`<peel-assessment compact lang="cy" .assessment=${doc}></peel-assessment>`,
        );
        const [folded, single] = summaries(el);
        expect(textOf(folded!.querySelector('summary'))).to.equal('Darllen gweddill y crynodeb');
        expect(single!.querySelector('details')).to.equal(null);
        expect(textOf(single)).to.equal('Only one paragraph.');
      });

      it('follows the attribute when it changes', async () => {
        const el = await render<PeelAssessment>(
          html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
        );
        el.setAttribute('compact', '');
        await settle(el);
        expect(summaries(el).every((s) => s.querySelector('details'))).to.equal(true);
        el.removeAttribute('compact');
        await settle(el);
        expect(summaries(el).some((s) => s.querySelector('details'))).to.equal(false);
      });
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" sets the top heading and cascades to every nested element`, async () => {
        const el = await render<PeelAssessment>(
          html`<peel-assessment heading-level=${level} .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
        );
        const below = Math.min(6, level + 1);
        const twoBelow = Math.min(6, level + 2);
        expect(part(el, 'title')!.localName).to.equal(`h${level}`);
        for (const title of parts(el, 'section-title')) expect(title.localName).to.equal(`h${below}`);
        for (const pillar of parts(el, 'pillar')) {
          expect(part(pillar, 'title')!.localName).to.equal(`h${below}`);
          for (const h of parts(pillar, 'questions-title')) expect(h.localName).to.equal(`h${twoBelow}`);
        }
        const panel = part(el, 'key-facts')!;
        expect(part(panel, 'title')!.localName).to.equal(`h${below}`);
        for (const h of parts(panel, 'group-title')) expect(h.localName).to.equal(`h${twoBelow}`);
        // Title, four section titles (the glance first), three pillar titles, two question-grade titles, key facts and its one group.
        expect(headings(el)).to.have.length(1 + 4 + 3 + 2 + 1 + 1);
      });
    }

    it('keeps headings within 1–6 for out-of-range and non-numeric levels', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment heading-level="9" .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
      );
      expect(new Set(headings(el).map((h) => h.localName))).to.deep.equal(new Set(['h6']));
      el.setAttribute('heading-level', 'abc');
      await settle(el);
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(part(parts(el, 'pillar')[0]!, 'title')!.localName).to.equal('h3');
    });

    it('changes every heading level when the headingLevel property changes', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
      );
      el.headingLevel = 4;
      await settle(el);
      expect(part(el, 'title')!.localName).to.equal('h4');
      expect(part(parts(el, 'pillar')[1]!, 'title')!.localName).to.equal('h5');
      expect(part(parts(el, 'pillar')[1]!, 'questions-title')!.localName).to.equal('h6');
      expect(part(part(el, 'key-facts')!, 'title')!.localName).to.equal('h5');
    });

    it('speaks Welsh, nested elements included, when an ancestor has lang="cy"', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="cy"><peel-assessment .assessment=${untitled()}></peel-assessment></div>`,
      );
      const el = wrapper.querySelector('peel-assessment')!;
      await settle(el);
      const text = deepText(el);
      for (const welsh of [
        'Darllen yr adroddiad PEEL llawn',
        'Effeithiolrwydd',
        'Effeithlonrwydd',
        'Cyfreithlondeb',
        'Angen gwella',
        'Diweddarwyd ddiwethaf',
        'Sylwadau’r arolygydd',
        'Ffeithiau allweddol',
        'Lefel genedlaethol',
        'Pwyntiau cyd-destun a ddarparwyd gan yr heddlu',
        'Blaenoriaethau’r cynllun heddlu a throseddu',
      ])
        expect(text).to.include(welsh);
      expect(textOf(part(parts(el, 'pillar')[1]!, 'rating')!.shadowRoot!.querySelector('[part="label"]'))).to.equal(
        'Da',
      );
      for (const english of ['Effectiveness', 'Key facts', 'Requires improvement', 'Last updated', 'Read the full'])
        expect(text).not.to.include(english);
      // Data text is never translated.
      expect(text).to.include('Northamptonshire Police 2017');
    });

    it('follows a change of lang on an ancestor, nested elements included', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="en"><peel-assessment .assessment=${untitled()}></peel-assessment></div>`,
      );
      const el = wrapper.querySelector('peel-assessment')!;
      await settle(el);
      expect(deepText(el)).to.include('Effectiveness').and.include('Key facts');
      wrapper.lang = 'cy';
      await settle(el);
      expect(deepText(el)).to.include('Effeithiolrwydd').and.include('Ffeithiau allweddol');
      wrapper.lang = 'en';
      await settle(el);
      expect(deepText(el)).to.include('Effectiveness').and.include('Key facts');
    });

    it("honours lang on the element itself over its ancestors'", async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="en"><peel-assessment lang="cy" .assessment=${untitled()}></peel-assessment></div>`,
      );
      const el = wrapper.querySelector('peel-assessment')!;
      await settle(el);
      expect(deepText(el)).to.include('Effeithiolrwydd').and.include('Ffeithiau allweddol');
    });

    it('shows the six PEEL 2021 areas of the fictional data with all five grades and not graded', async () => {
      const el = await render<PeelAssessment>(html`<peel-assessment .assessment=${FICTIONAL}></peel-assessment>`);
      expect(textOf(part(el, 'title'))).to.equal('Exampleshire Constabulary (fictional) 2021/22');
      const pillars = parts(el, 'pillar');
      expect(pillars).to.have.length(6);
      expect(pillars.map((p) => p.getAttribute('pillar'))).to.deep.equal(FICTIONAL.pillars!.map((p) => p.id));
      expect(pillars.map((p) => textOf(part(p, 'title')))).to.deep.equal(FICTIONAL.pillars!.map((p) => p.title));
      const badges = pillars.map((p) => part(part(p, 'rating')!, 'base')!);
      expect(badges.map((b) => textOf(b.querySelector('[part="label"]')))).to.deep.equal([
        'Outstanding',
        'Good',
        'Adequate',
        'Requires improvement',
        'Inadequate',
        'Not graded',
      ]);
      expect(badges.map((b) => [...b.classList].find((c) => c !== 'badge'))).to.deep.equal(
        FICTIONAL.pillars!.map((p) => p.grade),
      );
      expect(textOf(part(part(pillars[1]!, 'rating')!, 'change'))).to.equal('↑up from Adequate');
      expect(textOf(part(part(pillars[3]!, 'rating')!, 'change'))).to.equal('↓down from Good');
      expect([...part(el, 'priorities')!.querySelectorAll('li')].map(textOf)).to.deep.equal(FICTIONAL.priorities);
    });

    describe('the four data channels', () => {
      const expectNorthamptonshire = (el: Element) => {
        expect(textOf(part(el, 'title'))).to.equal('Northamptonshire Police 2017');
        expect(parts(el, 'pillar')).to.have.length(3);
        expect(part(el, 'key-facts')).to.exist;
      };

      it('reads the assessment attribute as JSON text', async () => {
        const el = await render<PeelAssessment>(
          html`<peel-assessment assessment=${JSON.stringify(NORTHAMPTONSHIRE)}></peel-assessment>`,
        );
        expectNorthamptonshire(el);
      });

      it('reads the assessment property as an object or as JSON text', async () => {
        const el = await render<PeelAssessment>(
          html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
        );
        expectNorthamptonshire(el);
        el.assessment = JSON.stringify(FICTIONAL);
        await settle(el);
        expect(parts(el, 'pillar')).to.have.length(6);
      });

      it('loads the src URL', async () => {
        const el = await render<PeelAssessment>(
          html`<peel-assessment src=${`/__peel/ok/northamptonshire-2017?channel=${Math.random()}`}></peel-assessment>`,
        );
        await waitUntil(() => part(el, 'title'), 'no data from src');
        await settle(el);
        expectNorthamptonshire(el);
      });

      it('reads a child <script type="application/json"> and follows changes to it', async () => {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('peel-assessment');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(NORTHAMPTONSHIRE);
        el.append(script);
        wrapper.append(el);
        await settle(el);
        expectNorthamptonshire(el);
        script.textContent = JSON.stringify(FICTIONAL);
        await waitUntil(() => parts(el, 'pillar').length === 6, 'the script change was not shown');
      });
    });

    it('re-renders, nested elements included, when the assessment changes', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
      );
      el.assessment = FICTIONAL;
      await settle(el);
      expect(textOf(part(el, 'title'))).to.equal('Exampleshire Constabulary (fictional) 2021/22');
      expect(parts(el, 'pillar')).to.have.length(6);
      expect(textOf(part(part(el, 'key-facts')!, 'title'))).to.equal('Key facts – 2021/22');

      const changed = copy(NORTHAMPTONSHIRE);
      delete changed.context;
      changed.pillars![0]!.grade = 'outstanding';
      changed.observations = ['Only one.'];
      el.assessment = changed;
      await settle(el);
      expect(part(el, 'context')).to.be.null;
      expect([...part(el, 'observations')!.querySelectorAll('blockquote p')].map(textOf)).to.deep.equal(['Only one.']);
      expect(textOf(part(part(parts(el, 'pillar')[0]!, 'rating')!, 'label'))).to.equal('Outstanding');

      el.setAttribute('assessment', JSON.stringify(FICTIONAL));
      await settle(el);
      expect(parts(el, 'pillar')).to.have.length(6);
    });

    it('sends no peel-error and warns nothing when good data follows good data', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
      );
      const events: Event[] = [];
      const listener = (event: Event) => events.push(event);
      document.addEventListener('peel-error', listener);
      const warnings = await captureWarnings(async () => {
        el.assessment = FICTIONAL;
        await settle(el);
      });
      document.removeEventListener('peel-error', listener);
      expect(warnings.map(String)).to.deep.equal([]);
      expect(events).to.have.length(0);
    });

    it('shows every badge after new data drops a previous grade', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
      );
      await captureWarnings(async () => {
        el.assessment = FICTIONAL;
        await settle(el);
      });
      const labels = parts(el, 'pillar').map((p) => textOf(part(part(p, 'rating')!, 'label')));
      expect(labels).to.deep.equal([
        'Outstanding',
        'Good',
        'Adequate',
        'Requires improvement',
        'Inadequate',
        'Not graded',
      ]);
    });

    it('leaves out the sections the data does not have', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment .assessment=${{ force: { name: 'Minimal Police' } }}></peel-assessment>`,
      );
      expect(deepText(el)).to.equal('Minimal Police');
      expect(part(el, 'title')!.localName).to.equal('h2');
      for (const name of ['intro', 'report-link', 'pillars', 'observations', 'key-facts', 'context', 'priorities'])
        expect(part(el, name), name).to.be.null;
    });

    it('shows a short note when it has no data', async () => {
      const el = await render<PeelAssessment>(html`<peel-assessment></peel-assessment>`);
      expect(part(el, 'message')!.localName).to.equal('p');
      expect(deepText(el)).to.equal('No inspection data to show.');
    });

    it('shows the data again when it is cleared and then given back', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
      );
      el.assessment = undefined;
      await settle(el);
      expect(deepText(el)).to.equal('No inspection data to show.');
      el.assessment = NORTHAMPTONSHIRE;
      await settle(el);
      expect(textOf(part(el, 'title'))).to.equal('Northamptonshire Police 2017');
    });
  });

  describe('layout', () => {
    const inWidth = async (width: number) => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div style=${`width: ${width}px`}>
          <peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>
        </div>`,
      );
      const el = wrapper.querySelector('peel-assessment')!;
      await settle(el);
      return el;
    };

    it('stacks the pillars in one column in a 320px container', async () => {
      const el = await inWidth(320);
      const boxes = parts(el, 'pillar').map((p) => p.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.top, `pillar ${i} top`).to.be.at.least(boxes[i - 1]!.bottom);
        expect(Math.abs(boxes[i]!.left - boxes[0]!.left), `pillar ${i} left`).to.be.below(1);
      }
    });

    it('sets the pillars side by side in a 1280px container', async () => {
      const el = await inWidth(1280);
      const boxes = parts(el, 'pillar').map((p) => p.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) {
        expect(Math.abs(boxes[i]!.top - boxes[0]!.top), `pillar ${i} top`).to.be.below(1);
        expect(boxes[i]!.left, `pillar ${i} left`).to.be.at.least(boxes[i - 1]!.right);
      }
    });

    it('does not overflow horizontally in a 320px container', async () => {
      const el = await inWidth(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const right = el.getBoundingClientRect().right;
      for (const node of deepQueryAll(el, '*')) {
        const box = node.getBoundingClientRect();
        if (box.width)
          expect(box.right, `<${node.localName} part="${node.getAttribute('part')}">`).to.be.at.most(right + 0.5);
      }
    });
  });

  describe('sources (issue 25)', () => {
    it('ends with every page its grades were read on, each once, and no source line in its cards', async () => {
      const el = await render<PeelAssessment>(html`<peel-assessment .assessment=${cleveland2325}></peel-assessment>`);
      const line = part(el, 'source')!;
      expect(textOf(line)).to.equal('Sources: HMICFRS; Hartlepool Mail · Published 10 April 2025');
      expect(parts(el, 'source-link').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cleveland-2023-25/',
        'https://www.hartlepoolmail.co.uk/news/crime/official-inspectorate-publishes-latest-report-into-cleveland-police-performance-5076988',
      ]);
      expect(line).to.equal(part(el, 'base')!.lastElementChild);
      for (const card of parts(el, 'pillar')) expect(card.shadowRoot!.querySelector('[part="source"]')).to.equal(null);
      const cy = await render<PeelAssessment>(
        html`<peel-assessment lang="cy" .assessment=${cleveland2325}></peel-assessment>`,
      );
      expect(textOf(part(cy, 'source'))).to.equal('Ffynonellau: HMICFRS; Hartlepool Mail · Cyhoeddwyd 10 Ebrill 2025');
    });
  });

  describe('markup contract', () => {
    it('renders the header structure', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment
          .assessment=${{ force: { name: 'Test Police' }, period: '2017', summary: ['One.', 'Two.'], url: 'https://example.org/report' }}
        ></peel-assessment>`,
      );
      await expect(el).shadowDom.to.equal(`
        <article part="base">
          <header part="header">
            <h2 part="title">Test Police 2017</h2>
            <div part="intro"><p>One.</p><p>Two.</p></div>
            <a part="report-link" href="https://example.org/report">Read the full PEEL report</a>
          </header>
          <p part="source">Source: HMICFRS PEEL 2017 · <a part="source-link" href="https://example.org/report">Read the full report</a></p>
        </article>
      `);
    });

    it('renders the whole structure of the Northamptonshire data', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
      );
      await expect(el).shadowDom.to.equal(
        `
        <article part="base">
          <header part="header">
            <h2 part="title">Northamptonshire Police 2017</h2>
            <div part="intro"><p></p><p></p><p></p><p></p></div>
            <a part="report-link" href="${NORTHAMPTONSHIRE.url}">Read the full PEEL report</a>
          </header>
          <section part="glance">
            <h3 part="section-title">Grades at a glance</h3>
            <dl>
              <div>
                <dt><peel-rating size="small" lang="en" scale="peel-2014" grade="good" variant="badge"></peel-rating></dt>
                <dd>Efficiency</dd>
              </div>
              <div>
                <dt><peel-rating size="small" lang="en" scale="peel-2014" grade="requires-improvement" variant="badge"></peel-rating></dt>
                <dd>Effectiveness</dd>
                <dd>Legitimacy</dd>
              </div>
            </dl>
          </section>
          <div part="pillars" class="pillars">
            <pillar-summary part="pillar" lang="en" heading-level="3" pillar="effectiveness" hide-source></pillar-summary>
            <pillar-summary part="pillar" lang="en" heading-level="3" pillar="efficiency" hide-source></pillar-summary>
            <pillar-summary part="pillar" lang="en" heading-level="3" pillar="legitimacy" hide-source></pillar-summary>
          </div>
          <section part="observations">
            <h3 part="section-title">Inspector’s observations</h3>
            <figure>
              <blockquote><p></p><p></p><p></p><p></p><p></p><p></p></blockquote>
              <figcaption part="inspector">Zoë Billingham, Her Majesty’s Inspector of Constabulary</figcaption>
            </figure>
          </section>
          <key-facts-panel part="key-facts" lang="en" heading-level="3"></key-facts-panel>
          <section part="context">
            <h3 part="section-title">Points of context provided by the force</h3>
            <ul part="context-list"><li></li><li></li></ul>
          </section>
          <section part="priorities">
            <h3 part="section-title">Police and crime plan priorities</h3>
            <ul part="priorities-list"><li></li></ul>
          </section>
          <p part="source"></p>
        </article>
      `,
        { ignoreChildren: ['p', 'li'] },
      );
    });
  });

  describe('events', () => {
    it('sends nothing and warns nothing for good data', async () => {
      const outcome = await renderRecording(html`<peel-assessment .assessment=${FICTIONAL}></peel-assessment>`);
      expect(outcome.warnings).to.have.length(0);
      expect(outcome.events).to.have.length(0);
    });

    it('sends peel-error across shadow boundaries to the page', async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const seen: CustomEvent<PeelErrorDetail>[] = [];
      host.parentElement!.addEventListener('peel-error', (event) => seen.push(event));
      const warnings = await captureWarnings(async () => {
        const el = document.createElement('peel-assessment');
        el.assessment = '{"force": ';
        root.append(el);
        await settle(el);
      });
      expect(warnings).to.have.length(1);
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail.source).to.equal('assessment');
    });
  });

  describe('bad input', () => {
    it('shows a message for broken JSON text, warns once and sends one peel-error', async () => {
      const outcome = await renderRecording(
        html`<peel-assessment assessment='{"force": {"name": "X"'></peel-assessment>`,
      );
      const { warning, detail } = expectErrorShown(outcome);
      expect(detail.source).to.equal('assessment');
      expect(detail.errors[0]!.path).to.equal('(root)');
      expect(warning).to.include('<peel-assessment>').and.include('(root)');
    });

    it('names the JSON path of a wrong grade', async () => {
      const doc = copy(NORTHAMPTONSHIRE) as unknown as { pillars: { grade: unknown }[] };
      doc.pillars[1]!.grade = 'godo';
      const { warning, detail } = expectErrorShown(
        await renderRecording(html`<peel-assessment .assessment=${doc}></peel-assessment>`),
      );
      expect(detail.errors.map((e) => e.path)).to.deep.equal(['pillars[1].grade']);
      expect(detail.errors[0]!.message).to.include('"godo" is not a PEEL grade');
      expect(warning).to.include('pillars[1].grade: "godo" is not a PEEL grade');
    });

    it('names the JSON path of every wrong type', async () => {
      const doc = {
        ...copy(NORTHAMPTONSHIRE),
        summary: 'one paragraph',
        observations: ['fine', 42],
        keyFacts: { facts: [{ label: 'Population', value: '757000' }] },
        context: null,
      };
      const { warning, detail } = expectErrorShown(
        await renderRecording(html`<peel-assessment .assessment=${doc}></peel-assessment>`),
      );
      const paths = detail.errors.map((e) => e.path);
      expect(paths).to.have.members(['summary', 'observations[1]', 'keyFacts.facts[0].value', 'context']);
      for (const path of paths) expect(warning).to.include(`${path}:`);
    });

    it('names a missing force', async () => {
      const doc: Record<string, unknown> = copy(NORTHAMPTONSHIRE) as unknown as Record<string, unknown>;
      delete doc.force;
      const { detail } = expectErrorShown(
        await renderRecording(html`<peel-assessment .assessment=${doc}></peel-assessment>`),
      );
      expect(detail.errors).to.deep.equal([{ path: 'force', message: 'is required' }]);
    });

    it('shows a message for JSON that is not an object', async () => {
      for (const input of ['[]', '42', '"text"', 'true']) {
        const { detail } = expectErrorShown(
          await renderRecording(html`<peel-assessment assessment=${input}></peel-assessment>`),
        );
        expect(detail.errors[0]!.path, input).to.equal('(root)');
      }
    });

    it('shows a message for a failed src request', async () => {
      const outcome = await renderRecording(
        html`<peel-assessment src=${`/__peel/status/404?bad=${Math.random()}`}></peel-assessment>`,
        (el) => deepText(el) === ERROR,
      );
      const { warning, detail } = expectErrorShown(outcome);
      expect(detail.source).to.equal('src');
      expect(detail.errors[0]!.path).to.equal('src');
      expect(warning).to.include('src').and.include('404');
    });

    it('recovers when good data follows bad', async () => {
      const el = await render<PeelAssessment>(html`<peel-assessment></peel-assessment>`);
      const warnings = await captureWarnings(async () => {
        el.assessment = '{';
        await settle(el);
        el.assessment = NORTHAMPTONSHIRE;
        await settle(el);
      });
      expect(warnings).to.have.length(1);
      expect(textOf(part(el, 'title'))).to.equal('Northamptonshire Police 2017');
      expect(parts(el, 'pillar')).to.have.length(3);
    });

    it('renders text from the data as text, and never makes an unsafe URL a link', async () => {
      const doc = copy(NORTHAMPTONSHIRE);
      doc.force.name = '<img src=x onerror="window.__peelXss = 1">';
      doc.url = ' JaVa\tScRiPt:window.__peelXss=1';
      doc.context = ['<b>bold?</b>'];
      const el = await render<PeelAssessment>(html`<peel-assessment .assessment=${doc}></peel-assessment>`);
      expect(textOf(part(el, 'title'))).to.equal('<img src=x onerror="window.__peelXss = 1"> 2017');
      expect(deepQueryAll(el, 'img, b')).to.have.length(0);
      expect(part(el, 'report-link')).to.be.null;
      expect(deepText(el)).to.include('<b>bold?</b>');
      expect((window as { __peelXss?: number }).__peelXss).to.be.undefined;
    });

    it('reports each new bad input, even when its errors are the same as the last', async () => {
      const el = await render<PeelAssessment>(html`<peel-assessment></peel-assessment>`);
      const events: Event[] = [];
      el.addEventListener('peel-error', (event) => events.push(event));
      const warnings = await captureWarnings(async () => {
        el.assessment = { force: { name: 'One' }, pillars: 'none' } as unknown as Assessment;
        await settle(el);
        el.assessment = { force: { name: 'Two' }, pillars: 'none' } as unknown as Assessment;
        await settle(el);
      });
      expect(warnings).to.have.length(2);
      expect(events).to.have.length(2);
    });

    it('treats an impossible date as bad input, not as another day', async () => {
      const doc = copy(NORTHAMPTONSHIRE);
      doc.pillars![0]!.updated = '2018-02-31';
      const { detail } = expectErrorShown(
        await renderRecording(html`<peel-assessment .assessment=${doc}></peel-assessment>`),
      );
      expect(detail.errors.map((e) => e.path)).to.deep.equal(['pillars[0].updated']);
    });

    it('never renders an empty heading for a blank force name', async () => {
      let el!: PeelAssessment;
      const seen = await captureWarnings(async () => {
        el = await render<PeelAssessment>(
          html`<peel-assessment .assessment=${{ force: { name: ' ' } }}></peel-assessment>`,
        );
      });
      // A blank name is bad input: the note, and no heading at all (so the loop below has nothing to miss).
      expect(seen, 'warnings').to.have.length(1);
      expect(headings(el), 'headings').to.have.length(0);
      expect(deepText(el)).to.equal(ERROR);
    });

    it('never renders an empty heading for blank titles, periods and names in a valid document', async () => {
      const el = await render<PeelAssessment>(
        html`<peel-assessment
          .assessment=${{
            force: { name: 'Exampleshire Police' },
            period: ' ',
            pillars: [{ id: ' ', title: ' ', grade: 'good' }],
            inspector: { name: ' ', role: '' },
            keyFacts: { period: ' ', facts: [{ label: 'Officers', value: 1 }] },
            context: ['A point'],
          }}
        ></peel-assessment>`,
      );
      // The force, the glance, the pillar (titled with the force's name), the key facts and the context; no observations.
      const levels = headings(el).map((h) => h.localName);
      expect(levels, 'headings').to.deep.equal(['h2', 'h3', 'h3', 'h3', 'h3']);
      for (const h of headings(el)) expect(textOf(h), h.localName).not.to.equal('');
    });
  });
});
