import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { expect, FICTIONAL, html, NORTHAMPTONSHIRE, render } from './helpers.js';
import current from '../src/data/examples/fictional-2023-25.json' with { type: 'json' };
import type { Assessment } from '../src/data/types.js';

/** Every finding, status and new fact field (PEEL 2023–25). */
const CURRENT = current as unknown as Assessment;

/*
 * Geometry: at a phone's, a tablet's and a desktop's width, in English and in Welsh, no block in an
 * element's shadow tree (nested elements' shadow trees included) spills out of its container or
 * overlaps a sibling, and nothing makes the page scroll sideways. Inline boxes (the badge's label,
 * links, icons) are left out: their padding may paint outside the line, by design.
 */

const WIDTHS = [320, 768, 1280];
const TOLERANCE = 0.5;

interface Box {
  el: Element;
  rect: DOMRect;
  container: Element;
}

/** The element's parent in the flattened tree: the host for the top of a shadow tree. */
const parentOf = (el: Element): Element | null =>
  el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

const isBlock = (el: Element) => !['inline', 'contents', 'none'].includes(getComputedStyle(el).display);

/** A readable name for a failure message: the element, its part and class, and its host. */
function describe_(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  return `${host} > ${el.localName}${part ? `[part=${part}]` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`;
}

/** Every block in the element's shadow tree and the shadow trees below it, with its container. */
function blocks(root: Element): Box[] {
  const out: Box[] = [];
  const visit = (scope: ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      if (['style', 'script', 'template'].includes(el.localName) || el.closest('svg')) continue;
      // The content of a closed <details> is not shown (the browser still gives it boxes).
      if (el.closest('details:not([open]) > :not(summary)')) continue;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!isBlock(el)) continue;
      let container = parentOf(el);
      // An inline root (the badge) is no container: its block ancestor on the page is.
      while (container && !isBlock(container)) container = parentOf(container);
      if (container) out.push({ el, rect: el.getBoundingClientRect(), container });
    }
  };
  visit(root.shadowRoot!);
  return out;
}

/** The rectangle a box paints, outline included (an outline that touches a neighbour is an overlap). */
function painted(el: Element, rect: DOMRect): DOMRect {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  if (!outline) return rect;
  return new DOMRect(rect.x - outline, rect.y - outline, rect.width + 2 * outline, rect.height + 2 * outline);
}

const empty = (r: DOMRect) => r.width < 1 || r.height < 1;
const overlap = (a: DOMRect, b: DOMRect, tolerance: number) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;

/** Every overflow and overlap in the element's shadow trees, as readable lines. */
export function layoutProblems(root: Element): string[] {
  const problems: string[] = [];
  const boxes = blocks(root).filter((b) => !empty(b.rect));
  for (const { el, rect, container } of boxes) {
    const c = container.getBoundingClientRect();
    const spill = Math.max(c.left - rect.left, rect.right - c.right, c.top - rect.top, rect.bottom - c.bottom);
    if (spill > TOLERANCE)
      problems.push(`${describe_(el)} spills ${spill.toFixed(1)} px out of ${describe_(container)}`);
  }
  const byContainer = new Map<Element, Box[]>();
  for (const box of boxes) byContainer.set(box.container, [...(byContainer.get(box.container) ?? []), box]);
  for (const siblings of byContainer.values())
    for (let i = 0; i < siblings.length; i++)
      for (let j = i + 1; j < siblings.length; j++) {
        const [a, b] = [siblings[i]!, siblings[j]!];
        // A box inside another in the same container (a nested block) is not a sibling.
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // An outline must not even touch a neighbour: it would read as the neighbour's.
        const outlined = painted(a.el, a.rect) !== a.rect || painted(b.el, b.rect) !== b.rect;
        if (overlap(painted(a.el, a.rect), painted(b.el, b.rect), outlined ? -1 : TOLERANCE))
          problems.push(`${describe_(a.el)} overlaps ${describe_(b.el)}`);
      }
  return problems;
}

const CASES: [string, (lang: string) => TemplateResult][] = [
  ['peel-rating badge', (lang) => html`<peel-rating lang=${lang} grade="requires-improvement"></peel-rating>`],
  [
    'peel-rating badge with change text',
    (lang) => html`<peel-rating lang=${lang} grade="requires-improvement" previous-grade="good"></peel-rating>`,
  ],
  [
    'peel-rating scale (2021)',
    (lang) =>
      html`<peel-rating
        lang=${lang}
        variant="scale"
        scale="peel-2021"
        grade="good"
        previous-grade="adequate"
      ></peel-rating>`,
  ],
  [
    'peel-rating scale (2014)',
    (lang) => html`<peel-rating lang=${lang} variant="scale" grade="inadequate"></peel-rating>`,
  ],
  ...[NORTHAMPTONSHIRE, FICTIONAL, CURRENT].flatMap((data): [string, (lang: string) => TemplateResult][] => [
    ...(data.pillars ?? []).map((p): [string, (lang: string) => TemplateResult] => [
      `pillar-summary ${data.force.name} ${p.id}`,
      (lang) => html`<pillar-summary lang=${lang} pillar=${p.id ?? ''} .assessment=${data}></pillar-summary>`,
    ]),
    [
      `key-facts-panel ${data.force.name}`,
      (lang) => html`<key-facts-panel lang=${lang} .assessment=${data}></key-facts-panel>`,
    ],
    [
      `peel-assessment ${data.force.name}`,
      (lang) => html`<peel-assessment lang=${lang} .assessment=${data}></peel-assessment>`,
    ],
  ]),
];

describe('layout', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 800 }));

      for (const lang of ['en', 'cy'])
        for (const [name, template] of CASES) {
          it(`${name} (${lang}): no block overflows its container or overlaps a sibling`, async () => {
            const el = await render(template(lang));
            expect(el.shadowRoot, 'rendered').to.not.equal(null);
            expect(layoutProblems(el)).to.deep.equal([]);
            expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(width);
          });
        }

      it('keeps a question’s findings inside the card when they are opened', async () => {
        const el = await render(
          html`<pillar-summary pillar="responding-to-public" .assessment=${CURRENT}></pillar-summary>`,
        );
        const details = [...el.shadowRoot!.querySelectorAll('details')];
        expect(details).to.have.length(1);
        for (const d of details) d.open = true;
        expect(layoutProblems(el)).to.deep.equal([]);
      });

      it('keeps a badge in running text on its line, and lets its change text wrap like words', async () => {
        const para = (content: TemplateResult) =>
          html`<p style="font: 18px/1.6 Georgia, serif; margin: 0">
            In its 2017 assessment, Northamptonshire was found to ${content} overall in two of the three areas, which
            the inspectors explained at some length.
          </p>`;
        for (const grade of ['good', 'requires-improvement']) {
          const withBadge = await render<HTMLElement>(
            para(html`<peel-rating grade=${grade} previous-grade="outstanding"></peel-rating>`),
          );
          const rating = withBadge.querySelector('peel-rating')!;
          const words = rating.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
          const plain = await render<HTMLElement>(para(html`<strong>${words}</strong>`));
          // The same words set as plain text take the same lines: no taller line, no block of its own.
          expect(withBadge.getBoundingClientRect().height, `${grade} at ${width} px`).to.be.at.most(
            plain.getBoundingClientRect().height + 1,
          );
        }
      });

      it('lays the scale out in one row or one column, never in ragged rows', async () => {
        for (const scale of ['peel-2014', 'peel-2021']) {
          const el = await render(html`<peel-rating variant="scale" scale=${scale} grade="good"></peel-rating>`);
          const steps = [...el.shadowRoot!.querySelectorAll('.step')].map((s) => s.getBoundingClientRect());
          const row = steps.every((r) => Math.abs(r.top - steps[0]!.top) < 1);
          const column = steps.every((r) => Math.abs(r.left - steps[0]!.left) < 1);
          expect(row || column, `${scale} at ${width} px`).to.be.true;
          // Steps in a row share the width equally, so none is squeezed.
          if (row && !column) for (const r of steps) expect(Math.abs(r.width - steps[0]!.width)).to.be.below(1);
        }
      });

      it('keeps text to a readable measure (at most about 80 characters a line)', async () => {
        const el = await render(html`<pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
        for (const p of el.shadowRoot!.querySelectorAll('p')) {
          const em = parseFloat(getComputedStyle(p).fontSize);
          expect(p.getBoundingClientRect().width / em, p.textContent!.slice(0, 40)).to.be.at.most(40.5);
        }
      });

      it('fills each row of key facts, with values level across a row', async () => {
        const el = await render(html`<key-facts-panel .assessment=${NORTHAMPTONSHIRE}></key-facts-panel>`);
        for (const dl of el.shadowRoot!.querySelectorAll('dl')) {
          const box = dl.getBoundingClientRect();
          const facts = [...dl.querySelectorAll('[part~="fact"]')];
          const firstRow = facts.filter(
            (f) => Math.abs(f.getBoundingClientRect().top - facts[0]!.getBoundingClientRect().top) < 1,
          );
          expect(firstRow.at(-1)!.getBoundingClientRect().right, 'first row reaches the right edge').to.be.closeTo(
            box.right,
            1,
          );
          const tops = firstRow.map((f) => f.querySelector('[part~="fact-value"]')!.getBoundingClientRect().top);
          for (const top of tops) expect(top).to.be.closeTo(tops[0]!, 1);
        }
      });
    });
  }

  it('drops the assessment’s own frame on a narrow screen, so pillar cards get the width', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await render(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
    const pillar = el.shadowRoot!.querySelector('pillar-summary')!;
    expect(pillar.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
  });
});
