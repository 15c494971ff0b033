import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { deepQueryAll, expect, FICTIONAL, html, NORTHAMPTONSHIRE, render, renderInside, settle } from './helpers.js';
import current from '../src/data/examples/fictional-2023-25.json' with { type: 'json' };
import type { Assessment } from '../src/data/types.js';

/** Every finding, status and new fact field (PEEL 2023–25). */
const CURRENT = current as unknown as Assessment;

/*
 * Geometry: at a phone's, a tablet's and a desktop's width, in English and in Welsh, no block in an
 * element's shadow tree (nested elements' shadow trees included) spills out of its container or
 * overlaps a sibling, and nothing makes the page scroll sideways. Inline boxes (links, icons) are left
 * out, and inline blocks (the badge's label) are held to their container's sides only: their borders
 * may paint into the line's leading, by design.
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
    // An inline-level box (the badge's label) may paint into its line's leading, above and below, by
    // design; sideways it stays inside.
    const inline = getComputedStyle(el).display.startsWith('inline');
    const spill = Math.max(
      c.left - rect.left,
      rect.right - c.right,
      ...(inline ? [] : [c.top - rect.top, rect.bottom - c.bottom]),
    );
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

      it('keeps one column count in every group of key facts, with labels level across a row', async () => {
        for (const data of [NORTHAMPTONSHIRE, CURRENT]) {
          const el = await render(html`<key-facts-panel .assessment=${data}></key-facts-panel>`);
          const lists = [...el.shadowRoot!.querySelectorAll('dl')];
          expect(new Set(lists.map(columns)).size, `${data.force.name}: ${lists.map(columns)}`).to.equal(1);
          for (const dl of lists) {
            const facts = [...dl.querySelectorAll('[part~="fact"]')];
            const rows = new Map<number, Element[]>();
            for (const f of facts) {
              const key = Math.round(f.getBoundingClientRect().top);
              rows.set(key, [...(rows.get(key) ?? []), f]);
            }
            // Each label top-aligned under its rule, level across a row; its figure beside it or under it.
            for (const row of rows.values()) {
              const tops = row.map((f) => f.querySelector('[part~="fact-label"]')!.getBoundingClientRect().top);
              for (const t of tops) expect(t, 'fact-label level across a row').to.be.closeTo(tops[0]!, 1);
            }
            for (const f of facts) {
              const [label, value] = ['fact-label', 'fact-value'].map((p) => f.querySelector(`[part~="${p}"]`)!);
              expect(value.getBoundingClientRect().top, 'a figure beside its label or under it').to.be.at.least(
                label.getBoundingClientRect().top - 1,
              );
            }
          }
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

/*
 * Issue 17 (badges and cards): measurements of what a reader sees. Text is measured by its ranges, so a
 * word that breaks inside itself shows as two rectangles on two lines.
 */

/** Every non-blank text node a reader sees under `root`, shadow trees included (closed `<details>` left out). */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent!.trim()) out.push(node as Text);
      return;
    }
    if (node instanceof Element) {
      if (['style', 'script', 'template'].includes(node.localName)) return;
      if (node.closest('details:not([open]) > :not(summary)')) return;
      // A host shows its shadow tree, not its light children (the data script, the fallback content).
      if (node.shadowRoot) return node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return out;
}

const rectsOf = (range: Range) => [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);

/** The words under `root` whose text runs over two lines (broken inside themselves), with where they are. */
function brokenWords(root: Node): string[] {
  const broken: string[] = [];
  for (const node of textNodes(root))
    // A word: letters between spaces, hyphens, dashes and slashes (a line may break after those).
    for (const word of node.data.matchAll(/[^\s/\u2010-\u2014-]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const tops = rectsOf(range).map((r) => r.top);
      if (Math.max(...tops) - Math.min(...tops) > 2)
        broken.push(
          `"${word[0]}" in ${node.parentElement?.localName}[part=${node.parentElement?.getAttribute('part')}]`,
        );
    }
  return broken;
}

/** The text's extent inside the box: from the top of its first line to the bottom of its last. */
function textExtent(box: Element) {
  const rects = textNodes(box).flatMap((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return rectsOf(range);
  });
  return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
}

/** The space inside a card's border above its first line of text and below its last. */
function insets(card: Element) {
  const box = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  const text = textExtent(card);
  return {
    top: text.top - box.top - parseFloat(style.borderTopWidth),
    bottom: box.bottom - parseFloat(style.borderBottomWidth) - text.bottom,
  };
}

/** The element at a point, looking into shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Each focusable control, focused in turn: its centre lies in the viewport and hits the control itself. */
function focusProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const control of deepQueryAll(root, 'a[href], summary, button, [tabindex]') as HTMLElement[]) {
    if (control.closest('details:not([open]) > :not(summary)')) continue;
    control.focus();
    const [r] = [...control.getClientRects()];
    const name = `${control.localName} "${control.textContent!.trim().slice(0, 30)}"`;
    if (!r) {
      problems.push(`${name} has no box`);
      continue;
    }
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) problems.push(`${name} is focused out of view`);
    else {
      const hit = deepElementFromPoint(x, y);
      if (!hit || !(hit === control || control.contains(hit))) problems.push(`${name} is covered by ${hit?.localName}`);
    }
  }
  return problems;
}

/** A grid's column count (auto-fit's collapsed tracks, 0 px wide, left out). */
const columns = (grid: Element) =>
  getComputedStyle(grid)
    .gridTemplateColumns.split(' ')
    .filter((t) => parseFloat(t) > 0).length;

const top = (el: Element) => el.getBoundingClientRect().top;

/** The cards under `root`: each pillar's and the key facts' (the assessment's own, when it has a frame). */
const cards = (root: Element) =>
  deepQueryAll(root, '[part~="base"]').filter((base) => {
    const host = (base.getRootNode() as ShadowRoot).host;
    return host.localName !== 'peel-rating' && getComputedStyle(base).borderTopStyle !== 'none';
  });

/** A news article's paragraph (demo/article.html), a badge in its running text. */
const runningText = (badges: TemplateResult) =>
  html`<p style="font: 18px/1.6 Georgia, serif; margin: 0; max-width: 40rem">
    In its 2017 assessment, Northamptonshire was found to ${badges} overall in two of the three areas, which the
    inspectors explained at some length.
  </p>`;

/** The article's list of grades: each area's name and its badge in a flex row (demo/article.css). */
const flexRow = (lang: string) =>
  html`<ul style="padding: 0; list-style: none; font-family: system-ui, sans-serif">
    ${[
      ['Effectiveness', 'requires-improvement', 'good'],
      ['Efficiency', 'good', ''],
      ['Legitimacy with a long name for an area', 'requires-improvement', 'outstanding'],
    ].map(
      ([name, grade, previous]) =>
        html`<li style="display: flex; justify-content: space-between; align-items: center; gap: 1rem">
          ${name}
          <peel-rating lang=${lang} grade=${grade!} previous-grade=${previous || nothing}></peel-rating>
        </li>`,
    )}
    <li style="display: flex; justify-content: space-between; align-items: center; gap: 1rem">
      Victims <peel-rating lang=${lang} size="large" status="not-inspected"></peel-rating>
    </li>
  </ul>`;

/** Renders a host page's markup in a wrapper with this language and scheme, every badge in it rendered. */
async function renderHost(template: TemplateResult, lang: string, scheme: string) {
  const el = await renderInside<HTMLElement>(template, {
    lang,
    ...(scheme === 'dark' ? { class: 'dark-scheme' } : {}),
  });
  for (const rating of el.querySelectorAll('peel-rating')) await settle(rating);
  return el;
}

const ISSUE_17: [string, (lang: string) => TemplateResult][] = [
  ['2017 assessment', (lang) => html`<peel-assessment lang=${lang} .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`],
  [
    '2017 assessment, compact',
    (lang) => html`<peel-assessment compact lang=${lang} .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`,
  ],
  ['2021 assessment', (lang) => html`<peel-assessment lang=${lang} .assessment=${FICTIONAL}></peel-assessment>`],
  ['2023–25 assessment', (lang) => html`<peel-assessment lang=${lang} .assessment=${CURRENT}></peel-assessment>`],
  [
    'pillar with opened findings',
    (lang) => html`<pillar-summary lang=${lang} pillar="responding-to-public" .assessment=${CURRENT}></pillar-summary>`,
  ],
  ['key facts', (lang) => html`<key-facts-panel lang=${lang} .assessment=${CURRENT}></key-facts-panel>`],
];

describe('badges and cards (issue 17)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of WIDTHS)
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 800 }));

      for (const lang of ['en', 'cy'])
        for (const scheme of ['light', 'dark']) {
          const where = `${lang}, ${scheme}`;

          for (const [name, template] of ISSUE_17)
            it(`${name} (${where}): no word broken, every control in view and hit, cards' insets even`, async () => {
              const el = await renderHost(template(lang), lang, scheme);
              for (const details of deepQueryAll(el, 'details')) (details as HTMLDetailsElement).open = true;
              expect(brokenWords(el), 'words broken inside themselves').to.deep.equal([]);
              expect(focusProblems(el)).to.deep.equal([]);
              for (const card of cards(el)) {
                const { top, bottom } = insets(card);
                const host = (card.getRootNode() as ShadowRoot).host.localName;
                expect(
                  bottom,
                  `${host}: bottom inset ${bottom.toFixed(1)} against top ${top.toFixed(1)}`,
                ).to.be.closeTo(top, 4);
              }
              expect(layoutProblems(el)).to.deep.equal([]);
            });

          it(`a badge in running text keeps its words whole and its line's height (${where})`, async () => {
            const para = await renderHost(
              runningText(
                html`<peel-rating lang=${lang} grade="requires-improvement" previous-grade="outstanding"></peel-rating>
                  and <peel-rating lang=${lang} grade="good"></peel-rating> in the third, while one area was
                  <peel-rating lang=${lang} status="not-inspected"></peel-rating>`,
              ),
              lang,
              scheme,
            );
            const p = para.localName === 'p' ? para : para.querySelector('p')!;
            expect(brokenWords(p)).to.deep.equal([]);
            // Every line as tall as the paragraph's line height: a line holding a badge is none taller.
            const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
            const lines = p.getBoundingClientRect().height / lineHeight;
            expect(lines - Math.round(lines), `${lines.toFixed(2)} lines`).to.be.closeTo(0, 0.05);
          });

          it(`a badge in a host's flex row keeps its words whole (${where})`, async () => {
            const list = await renderHost(flexRow(lang), lang, scheme);
            expect(brokenWords(list)).to.deep.equal([]);
            // One box: the label's border box holds all its words, on one or more lines.
            for (const rating of list.querySelectorAll('peel-rating')) {
              const label = rating.shadowRoot!.querySelector('[part="label"]')!;
              expect(label.getClientRects(), 'one box').to.have.length(1);
              const change = rating.shadowRoot!.querySelector('[part="change"]');
              // A change line that wraps starts at the badge's edge.
              if (change && top(change) > label.getBoundingClientRect().bottom - 1)
                expect(change.getBoundingClientRect().left).to.be.closeTo(label.getBoundingClientRect().left, 1);
            }
          });
        }

      it('lets each card in an assessment take its own height, not its row’s', async () => {
        const el = await render(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
        for (const pillar of deepQueryAll(el, 'pillar-summary')) {
          const inside = pillar.getBoundingClientRect();
          const alone = await render(
            html`<div style="width: ${inside.width}px">
              <pillar-summary
                heading-level="3"
                hide-source
                pillar=${pillar.getAttribute('pillar')!}
                .assessment=${CURRENT}
              ></pillar-summary>
            </div>`,
          );
          await settle(alone.querySelector('pillar-summary')!);
          expect(inside.height, pillar.getAttribute('pillar')!).to.be.closeTo(alone.getBoundingClientRect().height, 1);
        }
      });

      it('keeps one column count across the key facts inside an assessment', async () => {
        const el = await render(html`<peel-assessment .assessment=${NORTHAMPTONSHIRE}></peel-assessment>`);
        const lists = deepQueryAll(el, 'key-facts-panel').flatMap((p) => [...p.shadowRoot!.querySelectorAll('dl')]);
        expect(new Set(lists.map(columns)).size, String(lists.map(columns))).to.equal(1);
      });
    });

  it('leaves recommendation text room on a 320 px page, in a card inside the assessment', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await render(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
    const items = deepQueryAll(el, 'pillar-summary').flatMap((p) => deepQueryAll(p, '[part="recommendations"] li'));
    expect(items.length).to.be.above(0);
    // It was 170 px: the card's, the box's and the list's insets now shrink with the width.
    for (const li of items) expect(li.getBoundingClientRect().width).to.be.at.least(220);
  });

  describe('lists and opened findings', () => {
    it('gives recommendations and a question’s areas for improvement a first-level bullet', async () => {
      const el = await render(html`<peel-assessment .assessment=${CURRENT}></peel-assessment>`);
      const lists = [
        ...deepQueryAll(el, '[part="recommendations"]'),
        ...deepQueryAll(el, '[part="question-details"] ul'),
      ];
      expect(lists.length).to.be.above(1);
      for (const list of lists) {
        expect(getComputedStyle(list).listStyleType).to.equal('disc');
        for (const li of list.querySelectorAll('li')) expect(getComputedStyle(li).display).to.equal('list-item');
      }
    });

    it('sets opened findings in, with a rule down their side to show where they end', async () => {
      const el = await render(
        html`<pillar-summary pillar="responding-to-public" .assessment=${CURRENT}></pillar-summary>`,
      );
      const details = el.shadowRoot!.querySelector('details')!;
      details.open = true;
      const body = details.querySelector(':scope > :not(summary)')!;
      expect(parseFloat(getComputedStyle(body).borderInlineStartWidth)).to.be.at.least(2);
      expect(body.lastElementChild, 'the rule reaches the last line').to.not.equal(null);
      expect(body.getBoundingClientRect().bottom).to.be.closeTo(
        body.lastElementChild!.getBoundingClientRect().bottom,
        1,
      );
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('forced colours', () => {
    beforeEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]));
    afterEach(() => executeServerCommand('emulate-media-features', []));

    it('draws the current step of the scale alone, with a double border', async () => {
      for (const scale of ['peel-2014', 'peel-2021']) {
        const el = await render(html`<peel-rating variant="scale" scale=${scale} grade="good"></peel-rating>`);
        const canvas = getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
        for (const step of el.shadowRoot!.querySelectorAll('.step')) {
          const style = getComputedStyle(step);
          if (step.classList.contains('current')) {
            expect(style.borderTopStyle, 'current').to.equal('double');
            expect(parseFloat(style.borderTopWidth)).to.be.at.least(5);
          } else {
            // The others' borders take the background's colour (transparent is forced to the text colour).
            const probe = document.createElement('span');
            probe.style.color = 'Canvas';
            document.body.append(probe);
            const background = getComputedStyle(probe).color;
            probe.remove();
            expect(style.borderTopColor, `${step.textContent} (${canvas})`).to.equal(background);
          }
        }
      }
    });
  });
});
