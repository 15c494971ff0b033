import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { fixture } from '@open-wc/testing';
import { $, $$, expect, html, renderInside, settle } from './helpers.js';
import all2017 from '../data/2017/peel-2017-all-forces.json' with { type: 'json' };
import current from '../src/data/examples/fictional-2023-25.json' with { type: 'json' };
import type { Assessment, AssessmentCollection } from '../src/data/types.js';
import type { PeelCompare } from '../src/components/peel-compare/peel-compare.js';

/*
 * <peel-compare>'s geometry, measured: at a phone's, a tablet's and a desktop's width, in English and
 * Welsh, light and dark, with the 2017 collection (three areas, the real forces' names) and a
 * fictional 2023–25 one (eleven areas with long titles): no word breaks inside itself, a focused
 * control is in view and not covered, nothing scrolls the page sideways, the table fills its frame.
 */

const ALL = all2017 as unknown as AssessmentCollection;
/** Twelve fictional forces with the 2023–25 areas (statuses, changes, long titles). */
const CURRENT: AssessmentCollection = {
  assessments: Array.from({ length: 12 }, (_, i) => ({
    ...(current as unknown as Assessment),
    force: { name: `Exampleshire ${i + 1} Constabulary (fictional)` },
  })),
};
const DATA: [string, AssessmentCollection][] = [
  ['2017', ALL],
  ['2023–25 (fictional)', CURRENT],
];

/** Renders as a page would: inside a wrapper with the language, in the light or the dark scheme. */
const show = (data: AssessmentCollection, lang: string, dark = false) =>
  renderInside<PeelCompare>(
    html`<peel-compare highlight="wiltshire" group-by="region" .assessment=${data}></peel-compare>`,
    { lang, ...(dark ? { class: 'dark-scheme' } : {}) },
  );

const shown = (el: Element) => el.getClientRects().length > 0;

/** Words (split after a hyphen too, where a line may break) whose text takes more than one line. */
function brokenWords(el: Element, selector: string): string[] {
  const out: string[] = [];
  for (const box of $$(el, selector).filter(shown)) {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent!.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}

/** The element at a point, looked for through shadow roots. */
function deepHit(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** The focused element, looked for through shadow roots. */
function deepFocus(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Why a focused control is not seen: out of the viewport, or covered at its centre; '' when it is seen.
 * A control taller or wider than the viewport (the scroller) counts by the part of it in the viewport.
 */
function hidden(el: Element): string {
  const r = el.getBoundingClientRect();
  const [left, right] = [Math.max(r.left, 0), Math.min(r.right, innerWidth)];
  const [top, bottom] = [Math.max(r.top, 0), Math.min(r.bottom, innerHeight)];
  const [x, y] = [(left + right) / 2, (top + bottom) / 2];
  const name = `${el.localName} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  if (right - left < 1 || bottom - top < 1) return `${name} is out of the viewport`;
  const hit = deepHit(x, y);
  return hit && (hit === el || el.contains(hit))
    ? ''
    : `${name} is covered by ${hit?.localName} "${hit?.textContent?.trim().slice(0, 30)}"`;
}

/** Tabs through the element (Shift+Tab with `back`), checking each focused control; returns the problems. */
async function tabThrough(el: PeelCompare, back: boolean): Promise<string[]> {
  const problems: string[] = [];
  const stops: Element[] = [];
  for (let i = 0; i < 200; i++) {
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    const focused = deepFocus();
    if (!focused || !el.shadowRoot!.contains(focused)) break;
    stops.push(focused);
    const why = hidden(focused);
    if (why) problems.push(why);
  }
  expect(stops.length, 'focus went through the element').to.be.greaterThan(0);
  return problems;
}

/** sRGB of a computed colour, through a canvas so the browser does the conversion. */
const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
  willReadFrequently: true,
})!;
function rgb(color: string): number[] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}
const luminance = (c: number[]) =>
  c
    .map((v) => v / 255)
    .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** The first opaque background behind an element, its ancestors and hosts included (the page's is white). */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!/^rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

describe('<peel-compare> layout', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 768, 1280])
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 800 }));

      for (const [data, collection] of DATA)
        for (const lang of ['en', 'cy'])
          for (const dark of [false, true])
            it(`${data}, ${lang}, ${dark ? 'dark' : 'light'}: no word breaks inside itself, nothing scrolls the page sideways`, async () => {
              const el = await show(collection, lang, dark);
              const words = brokenWords(
                el,
                'thead th, tbody th, td, li [part="force"], h3[part="region"], h4[part="region"], dt, dd, [part="caption"]',
              );
              expect(words).to.deep.equal([]);
              expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(width);
              // Wiltshire is not in the fictional data; where it is, it stays marked in either layout.
              if (collection === ALL) expect($$(el, '[part~="highlight"]').filter(shown)).to.have.length(1);
            });

      for (const [data, collection] of DATA)
        it(`${data}: Tab and Shift+Tab bring each control into view, uncovered`, async () => {
          const el = await show(collection, 'en');
          const before = document.createElement('button');
          before.textContent = 'before';
          el.parentElement!.before(before);
          const after_ = document.createElement('button');
          after_.textContent = 'after';
          el.parentElement!.after(after_);
          try {
            before.focus();
            expect(await tabThrough(el, false)).to.deep.equal([]);
            // Back from the end: the table was left scrolled to its end, so the way back crosses the pinned column.
            after_.focus();
            expect(await tabThrough(el, true)).to.deep.equal([]);
          } finally {
            before.remove();
            after_.remove();
          }
        });
    });

  describe('the layouts', () => {
    it('is one area at a time below 480 px: each force a name and its grade, the area chosen from a list, no table', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await show(ALL, 'en');
      expect($(el, 'table'), 'only the layout in use is drawn').to.equal(null);
      const rows = $$(el, '[part="list"] > div');
      // Derbyshire, with no grade for effectiveness in 2017, is named in one line rather than given a row.
      expect(rows.filter(shown)).to.have.length(42);
      expect($(el, '[part="without"]')!.textContent!.trim()).to.equal(
        'No grade in the data for Effectiveness: Derbyshire Constabulary.',
      );
      const wiltshire = rows.find((c) => c.textContent!.includes('Wiltshire'))!;
      expect(wiltshire.firstElementChild!.localName).to.equal('dt');
      expect(wiltshire.firstElementChild!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Wiltshire Police your force',
      );
      const area = $$(el, 'select').find((s) => s.closest('label')!.textContent!.includes('Area')) as HTMLSelectElement;
      expect([...area.options].map((o) => o.text)).to.deep.equal(['Effectiveness', 'Efficiency', 'Legitimacy']);
      for (const row of rows) expect(row.scrollWidth, row.textContent!).to.be.at.most(row.clientWidth);
      for (const node of $$(el, '*').filter(shown))
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(320);
    });

    it('sorts the cards with its "Sort by" list', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await renderInside<PeelCompare>(html`<peel-compare .assessment=${ALL}></peel-compare>`);
      const select = $$(el, 'select').find((s) =>
        s.closest('label')!.textContent!.includes('Sort by'),
      ) as HTMLSelectElement;
      expect(shown(select)).to.equal(true);
      // The area shown, by its name or its grades.
      expect([...select.options].map((o) => o.text)).to.deep.equal([
        'Force, A to Z',
        'Force, Z to A',
        'Effectiveness, best first',
        'Effectiveness, worst first',
      ]);
      const area = $$(el, 'select').find((s) => s.closest('label')!.textContent!.includes('Area')) as HTMLSelectElement;
      area.value = 'legitimacy';
      area.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const sort = $$(el, 'select').find((s) =>
        s.closest('label')!.textContent!.includes('Sort by'),
      ) as HTMLSelectElement;
      sort.value = 'legitimacy';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.sort).to.equal('legitimacy');
      expect(sort.value).to.equal('legitimacy');
      expect($(el, '[part="list"] > div dd')!.textContent).to.contain('Outstanding');
    });

    it('is a table from 40em, which fills its frame at 1280 px and fits it at 768 px (three areas)', async () => {
      await setViewport({ width: 1280, height: 800 });
      let el = await show(ALL, 'en');
      let scroller = $(el, '[part="scroller"]') as HTMLElement;
      expect($(el, '[part="list"]'), 'only the layout in use is drawn').to.equal(null);
      expect($(el, 'table')!.getBoundingClientRect().width).to.be.closeTo(scroller.clientWidth, 1);
      await setViewport({ width: 768, height: 800 });
      el = await show(ALL, 'cy');
      scroller = $(el, '[part="scroller"]') as HTMLElement;
      expect(scroller.scrollWidth, 'Legitimacy is not cut off').to.be.at.most(scroller.clientWidth);
    });

    it('keeps the caption outside the scroller, and cues the cut edge of a table wider than its frame', async () => {
      await setViewport({ width: 768, height: 800 });
      const el = await show(CURRENT, 'en');
      const scroller = $(el, '[part="scroller"]') as HTMLElement;
      const caption = $(el, '[part="caption"]')!;
      expect(scroller.contains(caption)).to.equal(false);
      expect(caption.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().top);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      // The shadow is drawn on the scroller, fixed to its frame; the cells let it show through.
      expect(getComputedStyle(scroller).backgroundImage).to.contain('gradient');
      expect(getComputedStyle(scroller).backgroundAttachment).to.contain('scroll');
      expect(getComputedStyle($(el, 'td')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });

  it('gives every part its own surface when the element is always dark on a light page', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<PeelCompare>(
      html`<peel-compare style="color-scheme: dark" .assessment=${ALL}></peel-compare>`,
    );
    await settle(el);
    const parts = [
      '[part="title"]',
      '[part="coverage"]',
      '[part="controls"] label',
      '[part="caption"]',
      '[part="count"]',
    ];
    for (const selector of parts) {
      const node = $(el, selector)!;
      const ratio = contrast(getComputedStyle(node).color, backgroundOf(node));
      expect(ratio, selector).to.be.at.least(4.5);
    }
  });

  describe('forced colours', () => {
    afterEach(() => executeServerCommand('emulate-media-features', []));

    it('hides the decorative bars, whose meaning the words beside them already give', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await show(ALL, 'en');
      expect(getComputedStyle($(el, '[part="bar"]')!).display).to.not.equal('none');
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      expect($$(el, '[part="bar"]').map((b) => getComputedStyle(b).display)).to.deep.equal(['none', 'none', 'none']);
      expect(shown($(el, '[part="count"]')!)).to.equal(true);
    });
  });
});
