import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { waitUntil } from './wait.js';
import { expect, fixture, html, settle } from './helpers.js';
import { over, ratio, rgba, up } from './colour.js';
import type { Rgba } from './colour.js';

/*
 * The focus indicator of every control the elements draw (links, compare's controls, scrollers), reached with
 * Tab as a keyboard reader reaches it (so :focus-visible applies), on a light page, a dark one that sets no
 * color-scheme, and in forced colours, at a phone's 320 px and a desktop's 1280 px, with real data: its colour at
 * 3:1 on what is just inside it and just outside it (read where it is drawn), its box clear of the text beside it,
 * not cut off by a scroller, the control not under a pinned column; and a scroller is a tab stop only while it
 * scrolls, and one that scrolls with nothing focusable inside is one.
 */

/** The colour behind `el`: its background over those of what it sits in, down to the page's. */
function behind(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let at = el; at; at = up(at)) {
    const layer = rgba(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), rgba('Canvas'));
}

/** The element drawn at a point, in the focused control's tree (its shadow root), or null off the screen. */
const at = (root: Document | ShadowRoot, x: number, y: number) =>
  x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? root.elementFromPoint(x, y) : null;

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const TAGS = 'peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare, peel-history';
const where = (el: Element) => {
  const host = (el.getRootNode() as ShadowRoot).host;
  const name = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${host?.localName}> ${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''} "${name}"`;
};

/** The shown text nodes' boxes in the elements' shadow roots (not a screen reader's clipped copy) near `near`. */
function texts(near: DOMRect): { node: Text; boxes: DOMRect[] }[] {
  const out: { node: Text; boxes: DOMRect[] }[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !node.data.trim()) continue;
      const box = parent.getBoundingClientRect();
      if (box.bottom < near.top || box.top > near.bottom || box.right < near.left || box.left > near.right) continue;
      if (parent.closest('caption, .vh, [hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const boxes = [...range.getClientRects()].filter((b) => b.width > 1 && b.height > 1);
      if (boxes.length) out.push({ node, boxes });
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  for (const el of document.querySelectorAll(TAGS)) if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

interface Indicator {
  what: string;
  inside: number;
  outside: number;
  covers: string[];
  /** The scroller that cuts the indicator off, if one does. */
  cut?: string;
}

/** The focused control's indicator: its colour on what is just inside and just outside it, and the text it covers. */
function indicator(el: Element): Indicator {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = /^(rgba?\([^)]*\)|[a-z]+) 0px 0px 0px (\d+(?:\.\d+)?)px/.exec(style.boxShadow);
  const what = where(el);
  if (!outline && !ring) return { what, inside: 0, outside: 0, covers: ['no indicator'], cut: 'no indicator' };
  const colour = rgba(outline ? style.outlineColor : ring![1]!);
  const offset = outline ? parseFloat(style.outlineOffset) : 0;
  const reach = offset + (outline ? parseFloat(style.outlineWidth) : Number(ring![2]));
  const root = el.getRootNode() as ShadowRoot;
  let inside = Infinity;
  let outside = Infinity;
  const boxes = [...el.getClientRects()];
  for (const box of boxes) {
    const y = (box.top + box.bottom) / 2;
    const x = (box.left + box.right) / 2;
    // Just inside: the gap between the control and an outline set apart, else the control's own edge (its
    // border, or its background); just outside: whatever is drawn there.
    const border = parseFloat(style.borderTopWidth) ? rgba(style.borderTopColor) : null;
    const within =
      offset > 0
        ? [at(root, box.left - offset + 1, y), at(root, box.right + offset - 1, y)].filter((hit) => hit).map(behind)
        : [border ? over(border, behind(el)) : behind(el)];
    const beyond = [
      at(root, box.left - reach - 1, y),
      at(root, box.right + reach + 1, y),
      at(root, x, box.top - reach - 1),
      at(root, x, box.bottom + reach + 1),
    ]
      .filter((hit): hit is Element => !!hit && hit !== el && !el.contains(hit))
      .map(behind);
    for (const c of within) inside = Math.min(inside, ratio(colour, c));
    for (const c of beyond) outside = Math.min(outside, ratio(colour, c));
  }
  const all = el.getBoundingClientRect();
  const near = new DOMRect(all.x - reach - 1, all.y - reach - 1, all.width + 2 * reach + 2, all.height + 2 * reach + 2);
  const covers = texts(near)
    .filter(({ node }) => !el.contains(node) && !node.parentElement!.contains(el))
    .filter(({ boxes: words }) =>
      words.some((w) =>
        boxes.some(
          (b) =>
            w.left < b.right + reach - 0.5 &&
            w.right > b.left - reach + 0.5 &&
            w.top < b.bottom + reach - 0.5 &&
            w.bottom > b.top - reach + 0.5,
        ),
      ),
    )
    .map(({ node }) => `"${node.data.trim().slice(0, 30)}"`);
  // Not under something drawn over it (a pinned column): what is at its (first line's) middle is the control itself.
  const first = boxes[0]!;
  const middle = at(root, first.x + first.width / 2, first.y + first.height / 2);
  if (middle && middle !== el && !el.contains(middle)) covers.push(`itself under ${where(middle)}`);
  // Drawn whole: no scroller it is in cuts it off at its edge.
  let cut: string | undefined;
  for (let a = up(el); a && (a.getRootNode() as ShadowRoot).host; a = up(a)) {
    const frame = getComputedStyle(a);
    if (frame.overflowX === 'visible' && frame.overflowY === 'visible') continue;
    const c = a.getBoundingClientRect();
    const [left, right] = [c.left + parseFloat(frame.borderLeftWidth), c.right - parseFloat(frame.borderRightWidth)];
    const [top, bottom] = [c.top + parseFloat(frame.borderTopWidth), c.bottom - parseFloat(frame.borderBottomWidth)];
    if (
      all.left - reach < left - 0.5 ||
      all.right + reach > right + 0.5 ||
      all.top - reach < top - 0.5 ||
      all.bottom + reach > bottom + 0.5
    )
      cut ??= where(a).split(' "')[0];
  }
  return { what, inside, outside, covers, cut };
}

/** Every scroller in the elements: whether it scrolls, is a tab stop, holds something focusable. */
function scrollers() {
  const out: { what: string; scrolls: boolean; stop: boolean; holds: boolean }[] = [];
  for (const host of document.querySelectorAll(TAGS))
    for (const el of host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
      const { overflowX, overflowY } = getComputedStyle(el);
      if (![overflowX, overflowY].some((o) => o === 'auto' || o === 'scroll')) continue;
      out.push({
        what: where(el),
        scrolls: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
        stop: el.hasAttribute('tabindex'),
        holds: !!el.querySelector('a[href], button, input, select, [tabindex]'),
      });
    }
  return out;
}

const SCHEMES = ['light', 'dark', 'forced'] as const;
/** A page as a site draws it: light, or dark without color-scheme (as most dark sites are). */
const PAGE = { light: 'background: #fff; color: #0b0c0c', dark: 'background: #12213a; color: #f3f2f1' };

describe('focus indicators and scrollers (issue 24)', function () {
  this.timeout(60000);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: '' }]);
  });

  for (const width of [1280, 320])
    it(`${width} px: every control's indicator at 3:1 inside and out, light, dark and forced; clear of the text`, async () => {
      await setViewport({ width, height: 800 });
      const found: Record<string, Indicator[]> = {};
      for (const scheme of SCHEMES) {
        await executeServerCommand('emulate-media-features', [
          { name: 'forced-colors', value: scheme === 'forced' ? 'active' : '' },
        ]);
        const page = await fixture<HTMLElement>(html`
          <div style="${PAGE[scheme === 'dark' ? 'dark' : 'light']}; padding: 16px">
            <button id="start">Start</button>
            <peel-rating src="/data/2023-25/northamptonshire-2023-25.json" pillar="victim-service"></peel-rating>
            <pillar-summary src="/data/2023-25/northamptonshire-2023-25.json" pillar="victim-service"></pillar-summary>
            <key-facts-panel src="/data/2023-25/northamptonshire-2023-25.json"></key-facts-panel>
            <peel-assessment src="/data/2023-25/northamptonshire-2023-25.json"></peel-assessment>
            <peel-compare src="/data/2023-25/peel-2023-25-all-forces.json" highlight="wiltshire"></peel-compare>
            <peel-history src="/data/history/wiltshire.json"></peel-history>
            <button id="end">End</button>
          </div>
        `);
        const all = [...page.querySelectorAll(TAGS)];
        await waitUntil(
          () => all.every((el) => el.shadowRoot?.childElementCount && !el.matches(':state(loading)')),
          'every element has loaded',
        );
        for (const el of all) await settle(el);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (const el of all)
          expect(el.matches(':state(dark)'), `${scheme}: <${el.localName}>'s palette`).to.equal(scheme === 'dark');
        for (const s of scrollers()) {
          if (s.stop) expect(s.scrolls, `${scheme}: ${s.what} is a tab stop: it scrolls`).to.equal(true);
          if (s.scrolls && !s.holds) expect(s.stop, `${scheme}: ${s.what} scrolls: a tab stop`).to.equal(true);
        }
        const start = page.querySelector<HTMLElement>('#start')!;
        start.focus();
        const stops: Indicator[] = [];
        for (let presses = 0; presses < 400; presses++) {
          await sendKeys({ press: 'Tab' });
          const el = focused()!;
          if (el.id === 'end') break;
          expect(el.matches(':focus-visible'), `${where(el)} shows its focus`).to.equal(true);
          stops.push(indicator(el));
        }
        expect(focused()?.id, 'Tab reaches the end of the page').to.equal('end');
        found[scheme] = stops;
        page.remove();
      }
      for (const scheme of SCHEMES) {
        const stops = found[scheme]!;
        // Links in the cards, the assessment, the history; the comparison's controls (and its scroller, when it scrolls).
        expect(
          [...new Set(stops.map((s) => s.what.split(' ')[0]))],
          `${scheme}: the elements with tab stops`,
        ).to.deep.equal(['<pillar-summary>', '<peel-assessment>', '<peel-compare>', '<peel-history>']);
        expect(
          stops
            .filter((s) => s.inside < 3 || s.outside < 3)
            .map((s) => `${s.what} ${s.inside.toFixed(2)} / ${s.outside.toFixed(2)}`),
          `${scheme}: indicators under 3:1 (inside / outside)`,
        ).to.deep.equal([]);
        expect(
          stops.filter((s) => s.cut).map((s) => `${s.what} cut off by ${s.cut}`),
          `${scheme}: indicators cut off`,
        ).to.deep.equal([]);
        expect(
          stops.filter((s) => s.covers.length).map((s) => `${s.what} covers ${s.covers.join(', ')}`),
          `${scheme}: indicators over text, or controls under something drawn over them`,
        ).to.deep.equal([]);
      }
    });
});
