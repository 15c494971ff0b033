import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ERROR as errorOf,
  FICTIONAL,
  LOADING as loadingOf,
  NORTHAMPTONSHIRE,
  captureWarnings,
  copy,
  deepText,
  expect,
  expectAccessibleLightAndDark,
  expectReported,
  fixture,
  fixtureSync,
  heldUrl,
  html,
  loaded,
  observe,
  releaseHolds,
  render,
  renderDark,
  settle,
} from '../../../test/helpers.js';
import type { DataSource } from '../../controllers/assessment-controller.js';
import type { Assessment } from '../../data/types.js';
import type { PeelRating } from './peel-rating.js';

// This element's notes (test/helpers.ts).
const ERROR = errorOf({ localName: 'peel-rating' });
const LOADING = loadingOf({ localName: 'peel-rating' });

// Expected text is written out here rather than read from src/i18n, so a changed string fails a test.
const NO_PILLAR = 'No such pillar to show.';
const EMPTY = 'No inspection data to show.';

const NORTHANTS_JSON = JSON.stringify(NORTHAMPTONSHIRE);
const OK_SRC = '/__peel/ok/northamptonshire-2017';

type GradeSlug = 'outstanding' | 'good' | 'adequate' | 'requires-improvement' | 'inadequate' | 'not-graded';

const LABEL: Record<GradeSlug, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  'not-graded': 'Not graded',
};

const WELSH: Record<GradeSlug, string> = {
  outstanding: 'Rhagorol',
  good: 'Da',
  adequate: 'Digonol',
  'requires-improvement': 'Angen gwella',
  inadequate: 'Annigonol',
  'not-graded': 'Heb ei raddio',
};

/** Each scale's grades, best first, with the sentence the scale variant reads out for each. */
const SCALE_GRADES: Record<'peel-2014' | 'peel-2021', [GradeSlug, string][]> = {
  'peel-2014': [
    ['outstanding', 'Outstanding: first of four grades'],
    ['good', 'Good: second of four grades'],
    ['requires-improvement', 'Requires improvement: third of four grades'],
    ['inadequate', 'Inadequate: fourth of four grades'],
  ],
  'peel-2021': [
    ['outstanding', 'Outstanding: first of five grades'],
    ['good', 'Good: second of five grades'],
    ['adequate', 'Adequate: third of five grades'],
    ['requires-improvement', 'Requires improvement: fourth of five grades'],
    ['inadequate', 'Inadequate: fifth of five grades'],
  ],
};

const ALL_GRADES = Object.keys(LABEL) as GradeSlug[];

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
// Assertions take booleans, counts and text, never DOM nodes: a failing assertion on a node hangs the
// test runner while it serialises the node, and every test in the file is lost.
const has = (el: Element, selector: string) => shadow(el).querySelector(selector) !== null;
const count = (el: Element, selector: string) => shadow(el).querySelectorAll(selector).length;
const hasPart = (el: Element, name: string) => part(el, name) !== null;
// The row of steps with variant="scale": found by its role, so these tests do not depend on the part's
// name; the markup contract below pins that.
const PICTURE = '[part~="base"] > [role="img"]';
const picture = (el: Element) => shadow(el).querySelector(PICTURE);
/** The scale's text alternative (variant="scale"), or null. */
const scaleLabel = (el: Element) => picture(el)?.getAttribute('aria-label') ?? null;
const stepTexts = (el: Element) =>
  [...shadow(el).querySelectorAll(`${PICTURE} .step`)].map((step) => step.textContent!.trim());
const partText = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

/** Renders markup given as a string (Lit cannot bind inside a <script>). */
async function renderString(markup: string): Promise<PeelRating> {
  const el = await fixture<PeelRating>(markup);
  await settle(el);
  return el;
}

const jsonScript = (json: string) => `<script type="application/json">${json}</script>`;

/** The error note stands in for the grade: no label. The note's role is not pinned here (see peel-element.ts). */
const ERROR_STATE = { absent: '[part~="label"]', pinRole: false };

/** Updates the element twice without changing its input: once as asked, once through an unrelated property. */
async function rerender(el: PeelRating) {
  el.requestUpdate();
  await settle(el);
  el.size = el.size === 'large' ? 'small' : 'large';
  await settle(el);
}

/** Page-level errors: bad input must never throw out of an element. */
const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

// Answers this file's loading and time-out cases hold for good, let go once it ends (a server answers at last).
after(() => releaseHolds('a11y-light', 'a11y-dark', 'loading', 'timeout'));

describe('<peel-rating>', () => {
  describe('default render', () => {
    it('shows the grade as text in a <strong part="label">, with a hidden icon, in a base of that grade', async () => {
      const el = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
      const label = part(el, 'label');
      expect(label?.localName).to.equal('strong');
      expect(label?.textContent).to.equal('Good');
      const icon = part(el, 'icon');
      expect(icon?.localName).to.equal('svg');
      expect(icon?.getAttribute('aria-hidden')).to.equal('true');
      const base = part(el, 'base');
      expect(base?.classList.contains('badge')).to.be.true;
      expect(base?.classList.contains('good')).to.be.true;
      expect(hasPart(el, 'change'), 'change part').to.be.false;
      expect(hasPart(el, 'message'), 'message part').to.be.false;
      expect(deepText(el)).to.equal('Good');
    });

    it('reflects its default variant and size, and sits inline', async () => {
      const el = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
      expect(el.variant).to.equal('badge');
      expect(el.size).to.equal('medium');
      expect(el.getAttribute('variant')).to.equal('badge');
      expect(el.getAttribute('size')).to.equal('medium');
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(el.shadowRoot?.mode).to.equal('open');
    });

    it('gives each grade its own shape, so the grade never rests on colour alone', async () => {
      const shapes = new Set<string>();
      for (const grade of ALL_GRADES) {
        const el = await render<PeelRating>(html`<peel-rating grade=${grade}></peel-rating>`);
        shapes.add(part(el, 'icon')!.querySelector('path')!.getAttribute('d')!);
      }
      expect(shapes.size).to.equal(ALL_GRADES.length);
    });

    it('shows a polite note when it has neither a grade nor data', async () => {
      const el = await render<PeelRating>(html`<peel-rating></peel-rating>`);
      expect(partText(el, 'message')).to.equal(EMPTY);
    });
  });

  describe('accessibility', () => {
    for (const grade of ALL_GRADES) {
      it(`is accessible as a ${grade} badge, light and dark`, async () => {
        await expectAccessibleLightAndDark(html`<peel-rating grade=${grade}></peel-rating>`);
      });

      it(`is accessible as a ${grade} scale, light and dark`, async () => {
        await expectAccessibleLightAndDark(
          html`<peel-rating variant="scale" scale="peel-2021" grade=${grade}></peel-rating>`,
        );
      });
    }

    it('is accessible with a change, as a badge and as a scale, light and dark', async () => {
      await expectAccessibleLightAndDark(
        html`<peel-rating grade="requires-improvement" previous-grade="good"></peel-rating>`,
      );
      await expectAccessibleLightAndDark(html`<peel-rating grade="outstanding" previous-grade="good"></peel-rating>`);
      await expectAccessibleLightAndDark(
        html`<peel-rating variant="scale" grade="good" previous-grade="inadequate"></peel-rating>`,
      );
      await expectAccessibleLightAndDark(
        html`<peel-rating variant="scale" grade="not-graded" previous-grade="good"></peel-rating>`,
      );
    });

    it('is accessible at every size', async () => {
      for (const size of ['small', 'medium', 'large']) {
        await expectAccessibleLightAndDark(html`<peel-rating grade="inadequate" size=${size}></peel-rating>`);
      }
    });

    it('is accessible in Welsh', async () => {
      await expectAccessibleLightAndDark(
        html`<peel-rating lang="cy" variant="scale" grade="good" previous-grade="outstanding"></peel-rating>`,
      );
    });

    it('is accessible in its error state, light and dark', async () => {
      await captureWarnings(async () => {
        const light = await render<PeelRating>(html`<peel-rating grade="godo"></peel-rating>`);
        expect(partText(light, 'message')).to.equal(ERROR);
        await expect(light).to.be.accessible();
        const dark = await renderDark<PeelRating>(html`<peel-rating grade="godo"></peel-rating>`);
        expect(partText(dark, 'message')).to.equal(ERROR);
        await expect(dark).to.be.accessible();
      });
    });

    it('is accessible while loading, light and dark', async () => {
      const light = await render<PeelRating>(html`<peel-rating src=${`${OK_SRC}?hold=a11y-light`}></peel-rating>`);
      expect(partText(light, 'message')).to.equal(LOADING);
      await expect(light).to.be.accessible();
      const dark = await renderDark<PeelRating>(html`<peel-rating src=${`${OK_SRC}?hold=a11y-dark`}></peel-rating>`);
      expect(partText(dark, 'message')).to.equal(LOADING);
      await expect(dark).to.be.accessible();
    });
  });

  describe('attributes and properties', () => {
    describe('grade', () => {
      for (const [scale, grades] of Object.entries(SCALE_GRADES)) {
        for (const [grade] of [...grades, ['not-graded', ''] as [GradeSlug, string]]) {
          it(`shows ${grade} on the ${scale} scale`, async () => {
            const el = await render<PeelRating>(html`<peel-rating grade=${grade} scale=${scale}></peel-rating>`);
            expect(partText(el, 'label')).to.equal(LABEL[grade]);
            expect(part(el, 'base')?.classList.contains(grade)).to.be.true;
            expect(hasPart(el, 'message'), 'message part').to.be.false;
          });
        }
      }

      for (const grade of ALL_GRADES) {
        const label = LABEL[grade];
        const typed = [
          label,
          label.toLowerCase(),
          label.toUpperCase().replace(/ /g, '-'),
          label.toLowerCase().replace(/ /g, '_'),
        ];
        it(`reads ${grade} typed as its label in any case (${typed.join(' / ')})`, async () => {
          for (const text of typed) {
            const el = await render<PeelRating>(html`<peel-rating grade=${text}></peel-rating>`);
            expect(partText(el, 'label'), text).to.equal(label);
            expect(part(el, 'base')?.classList.contains(grade), text).to.be.true;
          }
        });

        it(`reads ${grade} typed as its Welsh label (${WELSH[grade]})`, async () => {
          for (const text of [WELSH[grade], WELSH[grade].toUpperCase()]) {
            const el = await render<PeelRating>(html`<peel-rating grade=${text}></peel-rating>`);
            expect(partText(el, 'label'), text).to.equal(label);
          }
        });
      }

      it('reads the labels named in the contract', async () => {
        for (const text of [
          'Requires improvement',
          'requires improvement',
          'REQUIRES-IMPROVEMENT',
          'requires_improvement',
          '  Requires   Improvement ',
        ]) {
          const el = await render<PeelRating>(html`<peel-rating grade=${text}></peel-rating>`);
          expect(partText(el, 'label'), text).to.equal('Requires improvement');
        }
      });

      it('takes adequate without a scale as the five-grade peel-2021 scale', async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="adequate" variant="scale"></peel-rating>`);
        expect(hasPart(el, 'message'), 'message part').to.be.false;
        expect(scaleLabel(el)).to.equal('Adequate: third of five grades');
        expect(count(el, '.step')).to.equal(5);
      });

      it('takes an adequate previous grade as the peel-2021 scale too', async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="good" previous-grade="Adequate"></peel-rating>`);
        expect(partText(el, 'change')).to.equal('↑up from Adequate');
      });

      it('does not take inadequate for adequate when inferring the scale', async () => {
        const cases: [string, string | undefined][] = [
          ['Inadequate', undefined],
          ['good', 'INADEQUATE'],
          ['Annigonol', undefined],
        ];
        for (const [grade, previous] of cases) {
          const el = await render<PeelRating>(
            html`<peel-rating variant="scale" grade=${grade} previous-grade=${ifDefined(previous)}></peel-rating>`,
          );
          expect(partText(el, 'message'), `${grade} ${previous}`).to.equal(null);
          expect(count(el, '.step'), `${grade} ${previous}`).to.equal(4);
        }
      });

      it('treats an empty previous-grade as none, as it does an empty grade', async () => {
        const seen = await observe(async () => {
          const el = await render<PeelRating>(html`<peel-rating grade="good" previous-grade=""></peel-rating>`);
          expect(partText(el, 'label')).to.equal('Good');
          expect(hasPart(el, 'change'), 'change part').to.be.false;
        });
        expect(seen.warnings.length).to.equal(0);
      });

      it('uses the four-grade peel-2014 scale by default', async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="good" variant="scale"></peel-rating>`);
        expect(scaleLabel(el)).to.equal('Good: second of four grades');
      });

      it('re-renders when the grade attribute or property changes', async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
        el.setAttribute('grade', 'inadequate');
        await settle(el);
        expect(partText(el, 'label')).to.equal('Inadequate');
        expect(part(el, 'base')?.classList.contains('inadequate')).to.be.true;
        expect(part(el, 'base')?.classList.contains('good')).to.be.false;
        el.grade = 'Outstanding';
        await settle(el);
        expect(partText(el, 'label')).to.equal('Outstanding');
        el.scale = 'peel-2021';
        el.grade = 'adequate';
        await settle(el);
        expect(partText(el, 'label')).to.equal('Adequate');
      });
    });

    describe('previous-grade', () => {
      it('says a worse grade is "down from …" with a hidden ↓', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating grade="requires-improvement" previous-grade="good"></peel-rating>`,
        );
        const change = part(el, 'change');
        expect(partText(el, 'change')).to.equal('↓down from Good');
        const arrow = change!.querySelector('.arrow');
        expect(arrow?.textContent).to.equal('↓');
        expect(arrow?.getAttribute('aria-hidden')).to.equal('true');
        expect(deepText(el)).to.equal('Requires improvement ↓ down from Good');
      });

      it('says a better grade is "up from …" with a hidden ↑', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating grade="outstanding" previous-grade="Good"></peel-rating>`,
        );
        expect(partText(el, 'change')).to.equal('↑up from Good');
        expect(part(el, 'change')!.querySelector('[aria-hidden="true"]')?.textContent).to.equal('↑');
      });

      it('says the same grade is "same as before (…)" with a hidden →', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating grade="inadequate" previous-grade="INADEQUATE"></peel-rating>`,
        );
        expect(partText(el, 'change')).to.equal('→same as before (Inadequate)');
        expect(part(el, 'change')!.querySelector('[aria-hidden="true"]')?.textContent).to.equal('→');
      });

      it('says "previously …" with no arrow to or from not graded', async () => {
        const to = await render<PeelRating>(html`<peel-rating grade="not-graded" previous-grade="good"></peel-rating>`);
        expect(partText(to, 'change')).to.equal('previously Good');
        expect(shadow(to).querySelector('[part="change"] .arrow')?.textContent ?? '').to.equal('');
        const from = await render<PeelRating>(
          html`<peel-rating grade="good" previous-grade="not graded"></peel-rating>`,
        );
        expect(partText(from, 'change')).to.equal('previously Not graded');
        expect(shadow(from).querySelector('[part="change"] .arrow')?.textContent ?? '').to.equal('');
      });

      it('keeps the change outside the label, after it', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating grade="good" previous-grade="outstanding"></peel-rating>`,
        );
        expect(partText(el, 'label')).to.equal('Good');
        expect(has(el, '[part="label"] [part="change"]')).to.be.false;
        expect(has(el, '[part="label"] ~ [part="change"]')).to.be.true;
      });

      it('adds and removes the change when previous-grade changes', async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
        expect(hasPart(el, 'change'), 'change part').to.be.false;
        el.setAttribute('previous-grade', 'requires-improvement');
        await settle(el);
        expect(partText(el, 'change')).to.equal('↑up from Requires improvement');
        el.previousGrade = undefined;
        await settle(el);
        expect(hasPart(el, 'change'), 'change part').to.be.false;
        expect(deepText(el)).to.equal('Good');
      });

      it('takes the previous grade from the data: Northamptonshire legitimacy is down from Good', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating pillar="legitimacy" assessment=${NORTHANTS_JSON}></peel-rating>`,
        );
        expect(partText(el, 'label')).to.equal('Requires improvement');
        expect(partText(el, 'change')).to.equal('↓down from Good');
      });

      it('lets a previous-grade attribute stand in for the data', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating
            grade="good"
            previous-grade="inadequate"
            pillar="legitimacy"
            assessment=${NORTHANTS_JSON}
          ></peel-rating>`,
        );
        expect(partText(el, 'change')).to.equal('↑up from Inadequate');
      });
    });

    describe('variant="scale"', () => {
      for (const [scale, grades] of Object.entries(SCALE_GRADES)) {
        for (const [grade, sentence] of grades) {
          it(`reads "${sentence}" and marks ${grade} on the ${scale} scale`, async () => {
            const el = await render<PeelRating>(
              html`<peel-rating variant="scale" scale=${scale} grade=${grade}></peel-rating>`,
            );
            expect(part(el, 'base')?.classList.contains('scale')).to.be.true;
            // One picture with a text alternative, so the steps are not read one by one.
            expect(scaleLabel(el)).to.equal(sentence);
            expect(stepTexts(el)).to.deep.equal(grades.map(([g]) => LABEL[g]));
            const steps = [...shadow(el).querySelectorAll(`${PICTURE} .step`)];
            expect(steps.map((step) => step.classList.contains('current'))).to.deep.equal(
              grades.map(([g]) => g === grade),
            );
            expect(steps.map((step, i) => step.classList.contains(grades[i]![0]))).to.deep.equal(
              grades.map(() => true),
            );
            // Only the current step carries the grade's shape.
            expect(count(el, `${PICTURE} svg`)).to.equal(1);
            expect(shadow(el).querySelector('.current svg')?.getAttribute('aria-hidden')).to.equal('true');
            expect(hasPart(el, 'message'), 'message part').to.be.false;
          });
        }
      }

      it('shows not graded, which is on no scale, as a badge', async () => {
        for (const scale of ['peel-2014', 'peel-2021']) {
          const el = await render<PeelRating>(
            html`<peel-rating variant="scale" scale=${scale} grade="not-graded"></peel-rating>`,
          );
          expect(picture(el) === null, `${scale}: no picture of the scale`).to.be.true;
          expect(count(el, '.current'), scale).to.equal(0);
          expect(part(el, 'base')?.classList.contains('badge'), scale).to.be.true;
          expect(part(el, 'base')?.classList.contains('not-graded'), scale).to.be.true;
          expect(partText(el, 'label'), scale).to.equal('Not graded');
          expect(deepText(el)).not.to.match(/of (four|five) grades/);
        }
      });

      it('shows the change after the scale', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating variant="scale" grade="requires-improvement" previous-grade="good"></peel-rating>`,
        );
        expect(partText(el, 'change')).to.equal('↓down from Good');
        expect(picture(el)!.compareDocumentPosition(part(el, 'change')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
        const notGraded = await render<PeelRating>(
          html`<peel-rating variant="scale" grade="not-graded" previous-grade="good"></peel-rating>`,
        );
        expect(partText(notGraded, 'change')).to.equal('previously Good');
      });

      it('is a block, and switches between badge and scale', async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
        el.variant = 'scale';
        await settle(el);
        expect(el.getAttribute('variant')).to.equal('scale');
        expect(getComputedStyle(el).display).to.equal('block');
        expect(picture(el) !== null, 'picture of the scale').to.be.true;
        el.setAttribute('variant', 'badge');
        await settle(el);
        expect(picture(el) === null, 'no picture of the scale').to.be.true;
        expect(part(el, 'base')?.classList.contains('badge')).to.be.true;
      });
    });

    describe('size', () => {
      it('reflects small, medium and large to the attribute and scales the text', async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
        const sizes: Record<string, number> = {};
        for (const size of ['small', 'medium', 'large'] as const) {
          el.size = size;
          await settle(el);
          expect(el.getAttribute('size')).to.equal(size);
          sizes[size] = parseFloat(getComputedStyle(el).fontSize);
        }
        expect(sizes.small).to.be.below(sizes.medium!);
        expect(sizes.large).to.be.above(sizes.medium!);
        el.setAttribute('size', 'small');
        await settle(el);
        expect(el.size).to.equal('small');
      });
    });

    describe('data channels', () => {
      it('reads the assessment attribute (JSON text) and shows the chosen pillar', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating pillar="legitimacy" assessment=${NORTHANTS_JSON}></peel-rating>`,
        );
        expect(partText(el, 'label')).to.equal('Requires improvement');
        expect(partText(el, 'change')).to.equal('↓down from Good');
        expect(hasPart(el, 'message'), 'message part').to.be.false;
      });

      it('shows the first pillar when none is chosen', async () => {
        const el = await render<PeelRating>(html`<peel-rating assessment=${NORTHANTS_JSON}></peel-rating>`);
        // Effectiveness: requires improvement, no previous grade.
        expect(partText(el, 'label')).to.equal('Requires improvement');
        expect(hasPart(el, 'change'), 'change part').to.be.false;
        const fictional = await render<PeelRating>(html`<peel-rating .assessment=${copy(FICTIONAL)}></peel-rating>`);
        expect(partText(fictional, 'label')).to.equal('Outstanding');
      });

      it('reads the assessment property (an object)', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating pillar="efficiency" .assessment=${copy(NORTHAMPTONSHIRE)}></peel-rating>`,
        );
        expect(partText(el, 'label')).to.equal('Good');
        expect(partText(el, 'change')).to.equal('→same as before (Good)');
      });

      it('reads src', async () => {
        const el = await render<PeelRating>(html`<peel-rating pillar="legitimacy" src=${OK_SRC}></peel-rating>`);
        await loaded(el);
        expect(partText(el, 'label')).to.equal('Requires improvement');
        expect(partText(el, 'change')).to.equal('↓down from Good');
      });

      it('shows a loading note while src is under way', async () => {
        const el = await render<PeelRating>(html`<peel-rating src=${`${OK_SRC}?hold=loading`}></peel-rating>`);
        expect(partText(el, 'message')).to.equal(LOADING);
      });

      it('reads a child <script type="application/json">', async () => {
        const el = await renderString(`<peel-rating pillar="legitimacy">${jsonScript(NORTHANTS_JSON)}</peel-rating>`);
        expect(partText(el, 'label')).to.equal('Requires improvement');
        expect(partText(el, 'change')).to.equal('↓down from Good');
      });

      it('uses the scale of the data', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating variant="scale" pillar="investigating-crime" .assessment=${copy(FICTIONAL)}></peel-rating>`,
        );
        expect(scaleLabel(el)).to.equal('Adequate: third of five grades');
      });

      it('lets the grade attribute win over the data', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating grade="outstanding" pillar="legitimacy" assessment=${NORTHANTS_JSON}></peel-rating>`,
        );
        expect(partText(el, 'label')).to.equal('Outstanding');
        expect(hasPart(el, 'change'), 'change part').to.be.false;
        el.setAttribute('grade', 'inadequate');
        await settle(el);
        expect(partText(el, 'label')).to.equal('Inadequate');
      });

      it('falls back to the data when the grade attribute is removed', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating grade="outstanding" pillar="legitimacy" assessment=${NORTHANTS_JSON}></peel-rating>`,
        );
        el.removeAttribute('grade');
        await settle(el);
        expect(partText(el, 'label')).to.equal('Requires improvement');
        expect(partText(el, 'change')).to.equal('↓down from Good');
      });

      it('re-renders when the pillar changes', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating pillar="legitimacy" assessment=${NORTHANTS_JSON}></peel-rating>`,
        );
        expect(partText(el, 'label')).to.equal('Requires improvement');
        el.setAttribute('pillar', 'efficiency');
        await settle(el);
        expect(partText(el, 'label')).to.equal('Good');
        expect(partText(el, 'change')).to.equal('→same as before (Good)');
        el.pillar = undefined;
        await settle(el);
        expect(partText(el, 'label')).to.equal('Requires improvement');
        expect(hasPart(el, 'change'), 'change part').to.be.false;
      });

      it('re-renders when the assessment attribute changes', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating pillar="legitimacy" assessment=${NORTHANTS_JSON}></peel-rating>`,
        );
        const doc = copy(NORTHAMPTONSHIRE);
        doc.pillars![2]!.grade = 'outstanding';
        el.setAttribute('assessment', JSON.stringify(doc));
        await settle(el);
        expect(partText(el, 'label')).to.equal('Outstanding');
        expect(partText(el, 'change')).to.equal('↑up from Good');
      });

      it('re-renders when the assessment object is replaced', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating pillar="legitimacy" .assessment=${copy(NORTHAMPTONSHIRE)}></peel-rating>`,
        );
        expect(partText(el, 'label')).to.equal('Requires improvement');
        const doc: Assessment = copy(NORTHAMPTONSHIRE);
        doc.pillars![2]!.grade = 'outstanding';
        el.assessment = doc;
        await settle(el);
        expect(partText(el, 'label')).to.equal('Outstanding');
        expect(partText(el, 'change')).to.equal('↑up from Good');
        el.assessment = copy(FICTIONAL);
        el.pillar = 'investigating-crime';
        await settle(el);
        expect(partText(el, 'label')).to.equal('Adequate');
      });

      it('re-renders when src changes', async () => {
        const el = await render<PeelRating>(html`<peel-rating src=${OK_SRC}></peel-rating>`);
        await loaded(el);
        expect(partText(el, 'label')).to.equal('Requires improvement');
        el.setAttribute('src', '/__peel/ok/fictional-2021');
        await settle(el);
        await loaded(el);
        expect(partText(el, 'label')).to.equal('Outstanding');
      });

      it('re-renders when the child script changes', async () => {
        const el = await renderString(`<peel-rating pillar="legitimacy">${jsonScript(NORTHANTS_JSON)}</peel-rating>`);
        const doc = copy(NORTHAMPTONSHIRE);
        doc.pillars![2]!.grade = 'inadequate';
        el.querySelector('script')!.textContent = JSON.stringify(doc);
        await settle(el);
        expect(partText(el, 'label')).to.equal('Inadequate');
        expect(partText(el, 'change')).to.equal('↓down from Good');
      });

      it('asks once for a src that many elements share', async () => {
        const { src, release } = heldUrl();
        const wrapper = fixtureSync<HTMLDivElement>(
          html`<div>
            <peel-rating src=${src}></peel-rating><peel-rating src=${src} pillar="efficiency"></peel-rating
            ><peel-rating src=${src} variant="scale"></peel-rating>
          </div>`,
        );
        await release();
        const elements = [...wrapper.querySelectorAll('peel-rating')];
        for (const el of elements) await loaded(el);
        const response = await fetch(`/__peel/count/?${encodeURIComponent(src)}`);
        expect(await response.json()).to.deep.equal({ count: 1 });
      });
    });

    describe('Welsh', () => {
      it('speaks Welsh with lang="cy" on the element', async () => {
        const el = await render<PeelRating>(html`<peel-rating lang="cy" grade="good"></peel-rating>`);
        expect(partText(el, 'label')).to.equal('Da');
      });

      it('speaks Welsh with lang="cy" on an ancestor', async () => {
        const wrapper = fixtureSync<HTMLDivElement>(
          html`<div lang="cy">
            <p><peel-rating grade="Requires improvement"></peel-rating></p>
          </div>`,
        );
        const el = wrapper.querySelector('peel-rating')!;
        await settle(el);
        expect(partText(el, 'label')).to.equal('Angen gwella');
      });

      it('shows every grade in Welsh', async () => {
        for (const grade of ALL_GRADES) {
          const el = await render<PeelRating>(html`<peel-rating lang="cy-GB" grade=${grade}></peel-rating>`);
          expect(partText(el, 'label'), grade).to.equal(WELSH[grade]);
        }
      });

      it('says the change in Welsh', async () => {
        const cases: [string, string, string][] = [
          ['requires-improvement', 'good', '↓i lawr o’r radd flaenorol (Da)'],
          ['outstanding', 'good', '↑i fyny o’r radd flaenorol (Da)'],
          ['good', 'good', '→yr un fath â’r radd flaenorol (Da)'],
          ['not-graded', 'good', 'y radd flaenorol (Da)'],
        ];
        for (const [grade, previous, expected] of cases) {
          const el = await render<PeelRating>(
            html`<peel-rating lang="cy" grade=${grade} previous-grade=${previous}></peel-rating>`,
          );
          expect(partText(el, 'change'), `${grade} from ${previous}`).to.equal(expected);
        }
      });

      it('reads the scale sentence and the steps in Welsh', async () => {
        const el = await render<PeelRating>(html`<peel-rating lang="cy" variant="scale" grade="good"></peel-rating>`);
        expect(scaleLabel(el)).to.equal('Da: gradd 2 o 4');
        expect(stepTexts(el)).to.deep.equal(['Rhagorol', 'Da', 'Angen gwella', 'Annigonol']);
      });

      it('takes the Welsh "Digonol" without a scale as the peel-2021 scale', async () => {
        const el = await render<PeelRating>(
          html`<peel-rating lang="cy" variant="scale" grade="Digonol"></peel-rating>`,
        );
        expect(partText(el, 'message')).to.equal(null);
        expect(scaleLabel(el)).to.equal('Digonol: gradd 3 o 5');
        const previous = await render<PeelRating>(
          html`<peel-rating grade="good" previous-grade="digonol"></peel-rating>`,
        );
        expect(partText(previous, 'change')).to.equal('↑up from Adequate');
      });

      it('shows its error message in Welsh', async () => {
        await captureWarnings(async () => {
          const el = await render<PeelRating>(html`<peel-rating lang="cy" grade="godo"></peel-rating>`);
          expect(partText(el, 'message')).to.equal('Nid yw’r radd ar gael');
        });
      });

      it('re-renders when an ancestor’s lang changes after render', async () => {
        const wrapper = fixtureSync<HTMLDivElement>(
          html`<div lang="en"><peel-rating grade="good" previous-grade="outstanding"></peel-rating></div>`,
        );
        const el = wrapper.querySelector('peel-rating')!;
        await settle(el);
        expect(partText(el, 'label')).to.equal('Good');
        wrapper.setAttribute('lang', 'cy');
        await settle(el);
        expect(partText(el, 'label')).to.equal('Da');
        expect(partText(el, 'change')).to.equal('↓i lawr o’r radd flaenorol (Rhagorol)');
        wrapper.removeAttribute('lang');
        await settle(el);
        expect(partText(el, 'label')).to.equal('Good');
      });

      it('re-renders when its own lang changes, and its own lang beats an ancestor’s', async () => {
        const wrapper = fixtureSync<HTMLDivElement>(
          html`<div lang="cy"><peel-rating grade="good"></peel-rating></div>`,
        );
        const el = wrapper.querySelector('peel-rating')!;
        await settle(el);
        el.setAttribute('lang', 'en');
        await settle(el);
        expect(partText(el, 'label')).to.equal('Good');
        el.lang = 'cy';
        await settle(el);
        expect(partText(el, 'label')).to.equal('Da');
      });

      it('falls back to English for another language', async () => {
        const el = await render<PeelRating>(html`<peel-rating lang="fr" grade="good"></peel-rating>`);
        expect(partText(el, 'label')).to.equal('Good');
      });
    });
  });

  describe('markup contract', () => {
    const ignorePaths = { ignoreAttributes: [{ tags: ['path'], attributes: ['d'] }] };

    it('renders the badge', async () => {
      const el = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
      expect(el).shadowDom.to.equal(
        `<span part="base" class="badge good">
          <strong part="label"><span class="nw"><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path></path></svg>Good</span></strong>
        </span>`,
        ignorePaths,
      );
    });

    it('renders the badge with a change', async () => {
      const el = await render<PeelRating>(
        html`<peel-rating grade="requires-improvement" previous-grade="good"></peel-rating>`,
      );
      expect(el).shadowDom.to.equal(
        `<span part="base" class="badge requires-improvement">
          <strong part="label"><span class="nw"><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path></path></svg>Requires</span> improvement</strong>
          <span part="change"><span class="arrow" aria-hidden="true">↓</span>down from Good</span>
        </span>`,
        ignorePaths,
      );
    });

    it('renders the scale as one picture with a text alternative', async () => {
      const el = await render<PeelRating>(
        html`<peel-rating variant="scale" grade="good" previous-grade="outstanding"></peel-rating>`,
      );
      expect(el).shadowDom.to.equal(
        `<div part="base" class="scale">
          <div part="steps" role="img" aria-label="Good: second of four grades">
            <span><span>Outstanding</span></span>
            <span><span><span><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path></path></svg>Good</span></span></span>
            <span><span>Requires improvement</span></span>
            <span><span>Inadequate</span></span>
          </div>
          <span part="change"><span class="arrow" aria-hidden="true">↓</span>down from Outstanding</span>
        </div>`,
        // The step classes only style the steps: which one is current is checked below, not their spelling.
        {
          ignoreAttributes: [
            { tags: ['path'], attributes: ['d'] },
            { tags: ['span'], attributes: ['class'] },
          ],
        },
      );
      const current = [...shadow(el).querySelectorAll('.step')].map((step) => step.classList.contains('current'));
      expect(current).to.deep.equal([false, true, false, false]);
    });

    it('renders a not-graded scale as the badge', async () => {
      const el = await render<PeelRating>(html`<peel-rating variant="scale" grade="not-graded"></peel-rating>`);
      expect(el).shadowDom.to.equal(
        `<span part="base" class="badge not-graded">
          <strong part="label"><span class="nw"><svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path></path></svg>Not</span> graded</strong>
        </span>`,
        ignorePaths,
      );
    });

    it('renders a message', async () => {
      await captureWarnings(async () => {
        const el = await render<PeelRating>(html`<peel-rating grade="godo"></peel-rating>`);
        // Whether the note is a live region is a separate decision (see peel-element.ts): not pinned here.
        expect(el).shadowDom.to.equal(`<span part="message">${ERROR}</span>`, { ignoreAttributes: ['role'] });
      });
    });
  });

  describe('events', () => {
    it('dispatches peel-error on the element, bubbling and composed, with the errors and their source', async () => {
      let el: PeelRating | undefined;
      const seen = await observe(async () => {
        el = await render<PeelRating>(html`<peel-rating grade="godo"></peel-rating>`);
      });
      expect(seen.events.length).to.equal(1);
      const [event] = seen.events;
      expect(event!.target === el, 'the event comes from the element').to.be.true;
      expect(event!.bubbles).to.be.true;
      expect(event!.composed).to.be.true;
      expect(event!.detail.source).to.equal('attribute');
      expect(event!.detail.errors).to.have.length(1);
      expect(event!.detail.errors[0]!.path).to.equal('grade');
      expect(event!.detail.errors[0]!.message).to.include('"godo" is not a PEEL grade');
    });

    it('crosses the shadow root of an element that holds it', async () => {
      const outer = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      const heard: string[] = [];
      outer.addEventListener('peel-error', (event) => heard.push(event.detail.errors[0]!.path));
      await captureWarnings(async () => {
        const el = document.createElement('peel-rating');
        el.setAttribute('grade', 'good');
        el.setAttribute('previous-grade', 'goood');
        root.append(el);
        await settle(el);
      });
      expect(heard).to.deep.equal(['previous-grade']);
    });

    it('dispatches nothing for good input', async () => {
      const seen = await observe(async () => {
        await render<PeelRating>(
          html`<peel-rating grade="good" previous-grade="inadequate" variant="scale"></peel-rating>`,
        );
      });
      expect(seen.warnings).to.deep.equal([]);
      expect(seen.events.length).to.equal(0);
    });
  });

  describe('bad input', () => {
    beforeEach(() => {
      pageErrors.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });

    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      expect(pageErrors.map(String), 'nothing throws').to.deep.equal([]);
    });

    interface BadCase {
      what: string;
      template: TemplateResult | string;
      path: string;
      source: DataSource;
      text?: string;
      /** Waits for a src request. */
      remote?: boolean;
    }

    const doc = (change: (d: Record<string, unknown>) => void) => {
      const d = copy(NORTHAMPTONSHIRE) as unknown as Record<string, unknown>;
      change(d);
      return d;
    };

    const cases: BadCase[] = [
      {
        what: 'an unknown grade',
        template: html`<peel-rating grade="godo"></peel-rating>`,
        path: 'grade',
        source: 'attribute',
      },
      {
        what: 'an unknown previous grade',
        template: html`<peel-rating grade="good" previous-grade="godo"></peel-rating>`,
        path: 'previous-grade',
        source: 'attribute',
      },
      {
        what: 'an unknown scale',
        template: html`<peel-rating grade="good" scale="peel-2000"></peel-rating>`,
        path: 'scale',
        source: 'attribute',
      },
      {
        what: 'adequate on the peel-2014 scale',
        template: html`<peel-rating grade="adequate" scale="peel-2014"></peel-rating>`,
        path: 'grade',
        source: 'attribute',
      },
      // Committed src (32734bf) threw here: #resolve called normaliseGrade(42), which calls .trim().
      {
        what: 'a grade of the wrong type',
        template: html`<peel-rating .grade=${42 as unknown as string}></peel-rating>`,
        path: 'grade',
        source: 'attribute',
      },
      {
        what: 'a previous grade of the wrong type',
        template: html`<peel-rating grade="good" .previousGrade=${['good'] as unknown as string}></peel-rating>`,
        path: 'previous-grade',
        source: 'attribute',
      },
      {
        what: 'an unknown grade beside good data',
        template: html`<peel-rating grade="godo" assessment=${NORTHANTS_JSON}></peel-rating>`,
        path: 'grade',
        source: 'attribute',
      },
      {
        what: 'an unknown pillar id',
        template: html`<peel-rating pillar="nope" assessment=${NORTHANTS_JSON}></peel-rating>`,
        path: 'pillar',
        source: 'attribute',
        text: NO_PILLAR,
      },
      {
        what: 'broken JSON in the assessment attribute',
        template: html`<peel-rating assessment='{"force": {"name": "X"'></peel-rating>`,
        path: '(root)',
        source: 'assessment',
      },
      {
        what: 'a number as the assessment',
        template: html`<peel-rating .assessment=${42}></peel-rating>`,
        path: '(root)',
        source: 'assessment',
      },
      {
        what: 'an assessment with no force',
        template: html`<peel-rating assessment='{"pillars": []}'></peel-rating>`,
        path: 'force',
        source: 'assessment',
      },
      {
        what: 'a force name of the wrong type',
        template: html`<peel-rating .assessment=${doc((d) => (d.force = { name: 7 }))}></peel-rating>`,
        path: 'force.name',
        source: 'assessment',
      },
      {
        what: 'pillars that are not a list',
        template: html`<peel-rating .assessment=${doc((d) => (d.pillars = 'legitimacy'))}></peel-rating>`,
        path: 'pillars',
        source: 'assessment',
      },
      {
        what: 'an unknown grade in the data',
        template: html`<peel-rating
          .assessment=${doc((d) => ((d.pillars as Record<string, unknown>[])[0]!.grade = 'godo'))}
        ></peel-rating>`,
        path: 'pillars[0].grade',
        source: 'assessment',
      },
      {
        what: 'an unknown scale in the data',
        template: html`<peel-rating .assessment=${doc((d) => (d.scale = 'peel-1999'))}></peel-rating>`,
        path: 'scale',
        source: 'assessment',
      },
      {
        what: 'broken JSON in a child script',
        template: `<peel-rating>${jsonScript('{"force": ')}</peel-rating>`,
        path: '(root)',
        source: 'script',
      },
      {
        what: 'a src that is not there',
        template: html`<peel-rating src="/__missing__/assessment.json"></peel-rating>`,
        path: 'src',
        source: 'src',
        remote: true,
      },
      {
        what: 'a 404 src',
        template: html`<peel-rating src="/__peel/status/404"></peel-rating>`,
        path: 'src',
        source: 'src',
        remote: true,
      },
      {
        what: 'a 500 src',
        template: html`<peel-rating src="/__peel/status/500"></peel-rating>`,
        path: 'src',
        source: 'src',
        remote: true,
      },
      {
        what: 'a src that is not JSON',
        template: html`<peel-rating src="/__peel/html"></peel-rating>`,
        path: 'src',
        source: 'src',
        remote: true,
      },
      {
        what: 'a src with broken JSON',
        template: html`<peel-rating src="/__peel/broken"></peel-rating>`,
        path: '(root)',
        source: 'src',
        remote: true,
      },
      {
        what: 'a src with a bad grade',
        template: html`<peel-rating src="/__peel/invalid"></peel-rating>`,
        path: 'pillars[0].grade',
        source: 'src',
        remote: true,
      },
      {
        what: 'a src that does not answer in time',
        template: html`<peel-rating src=${`${OK_SRC}?hold=timeout`} src-timeout="100"></peel-rating>`,
        path: 'src',
        source: 'src',
        remote: true,
      },
    ];

    async function renderCase(c: BadCase): Promise<PeelRating> {
      const el = typeof c.template === 'string' ? await renderString(c.template) : await render<PeelRating>(c.template);
      if (c.remote) await loaded(el);
      return el;
    }

    for (const c of cases) {
      it(`shows a message, warns once and dispatches one peel-error for ${c.what}`, async () => {
        let el: PeelRating | undefined;
        const seen = await observe(async () => {
          el = await renderCase(c);
        });
        expectReported(el!, seen, [c.path], c.source, { ...ERROR_STATE, note: c.text });
      });

      it(`does not warn again when re-rendered with ${c.what}`, async () => {
        let el: PeelRating | undefined;
        await observe(async () => {
          el = await renderCase(c);
        });
        const again = await observe(() => rerender(el!));
        expect(again.warnings, 'console.warn calls').to.deep.equal([]);
        expect(again.events.length, 'peel-error events').to.equal(0);
        expect(partText(el!, 'message')).to.equal(c.text ?? ERROR);
      });
    }

    it('says which status a failed src request had', async () => {
      for (const code of [404, 500]) {
        const seen = await observe(async () => {
          await loaded(
            await render<PeelRating>(html`<peel-rating src=${`/__peel/status/${code}?t=why`}></peel-rating>`),
          );
        });
        expect(String(seen.calls[0]?.[0])).to.include(`answered ${code}`);
        expect(seen.events[0]?.detail.errors[0]?.message).to.include(`answered ${code}`);
      }
    });

    it('says why a src request failed', async () => {
      const seen = await observe(async () => {
        await loaded(await render<PeelRating>(html`<peel-rating src="/__missing__/why.json"></peel-rating>`));
      });
      expect(String(seen.calls[0]?.[0])).to.include('404');
      expect(seen.events[0]?.detail.errors[0]?.message).to.include('404');
    });

    it('says "No such pillar to show." for an unknown pillar', async () => {
      await observe(async () => {
        const el = await render<PeelRating>(
          html`<peel-rating pillar="nope" assessment=${NORTHANTS_JSON}></peel-rating>`,
        );
        expect(partText(el, 'message')).to.equal(NO_PILLAR);
      });
    });

    it('recovers when a bad grade is made good, and reports it again when it turns bad again', async () => {
      let el: PeelRating | undefined;
      await observe(async () => {
        el = await render<PeelRating>(html`<peel-rating grade="godo"></peel-rating>`);
      });
      const fixed = await observe(async () => {
        el!.setAttribute('grade', 'good');
        await settle(el!);
      });
      expect(fixed.warnings).to.deep.equal([]);
      expect(hasPart(el!, 'message'), 'message part').to.be.false;
      expect(partText(el!, 'label')).to.equal('Good');
      const broken = await observe(async () => {
        el!.setAttribute('grade', 'godo');
        await settle(el!);
      });
      expect(broken.warnings).to.have.length(1);
      expect(broken.events.length).to.equal(1);
      expect(partText(el!, 'message')).to.equal(ERROR);
    });

    it('recovers from a bad previous grade and a bad scale', async () => {
      let el: PeelRating | undefined;
      await observe(async () => {
        el = await render<PeelRating>(
          html`<peel-rating grade="good" previous-grade="godo" scale="peel-2000"></peel-rating>`,
        );
      });
      el!.previousGrade = 'outstanding';
      el!.scale = 'peel-2021';
      await settle(el!);
      expect(partText(el!, 'label')).to.equal('Good');
      expect(partText(el!, 'change')).to.equal('↓down from Outstanding');
    });

    it('recovers from an unknown pillar', async () => {
      let el: PeelRating | undefined;
      await observe(async () => {
        el = await render<PeelRating>(html`<peel-rating pillar="nope" assessment=${NORTHANTS_JSON}></peel-rating>`);
        await rerender(el);
      });
      el!.pillar = 'legitimacy';
      await settle(el!);
      expect(hasPart(el!, 'message'), 'message part').to.be.false;
      expect(partText(el!, 'label')).to.equal('Requires improvement');
    });

    it('recovers when broken assessment JSON is replaced by good JSON', async () => {
      let el: PeelRating | undefined;
      await observe(async () => {
        el = await render<PeelRating>(html`<peel-rating pillar="legitimacy" assessment='{"force": '></peel-rating>`);
      });
      const fixed = await observe(async () => {
        el!.setAttribute('assessment', NORTHANTS_JSON);
        await settle(el!);
      });
      expect(fixed.warnings).to.deep.equal([]);
      expect(hasPart(el!, 'message'), 'message part').to.be.false;
      expect(partText(el!, 'label')).to.equal('Requires improvement');
    });

    it('recovers when a failed src is replaced by a good one', async () => {
      let el: PeelRating | undefined;
      await observe(async () => {
        el = await render<PeelRating>(
          html`<peel-rating pillar="legitimacy" src="/__missing__/recover.json"></peel-rating>`,
        );
        await loaded(el);
      });
      el!.src = OK_SRC;
      await settle(el!);
      await loaded(el!);
      expect(hasPart(el!, 'message'), 'message part').to.be.false;
      expect(partText(el!, 'label')).to.equal('Requires improvement');
    });

    it('shows the grade attribute even when the data is broken, and still reports the data', async () => {
      let el: PeelRating | undefined;
      const seen = await observe(async () => {
        el = await render<PeelRating>(html`<peel-rating grade="good" assessment='{"force": '></peel-rating>`);
      });
      expect(partText(el!, 'label')).to.equal('Good');
      expect(seen.warnings).to.have.length(1);
      expect(seen.events.map((e) => e.detail.errors[0]!.path)).to.deep.equal(['(root)']);
    });

    it('rejects a grade with markup before any template sees it', async () => {
      const markup = '<img src=x onerror="window.__peelInjected=1">';
      let el!: PeelRating;
      const seen = await observe(async () => {
        el = await render<PeelRating>(html`<peel-rating grade=${markup}></peel-rating>`);
      });
      // The validator had the value and named it...
      expect(seen.warnings).to.have.length(1);
      expect(seen.warnings[0]).to.include('grade: "<img src=x onerror=');
      // ...and nothing of it reached the shadow root, as markup or as text: only the note.
      const shadow = el.shadowRoot!.innerHTML;
      expect(shadow.includes('img') || shadow.includes('onerror'), 'the markup in the shadow root').to.be.false;
      expect(has(el, 'img')).to.be.false;
      expect(partText(el, 'message')).to.equal(ERROR);
      // Had the markup become an element anywhere, even out of the page, its image would have asked for
      // `x` first: an image asking for the same URL afterwards fails after it (one request serves both).
      await new Promise((resolve) => Object.assign(new Image(), { onerror: resolve, onload: resolve, src: 'x' }));
      expect((window as unknown as { __peelInjected?: number }).__peelInjected).to.equal(undefined);
    });
  });
});
