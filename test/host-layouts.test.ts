import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { over, ratio, rgba, up } from './colour.js';
import type { Rgba } from './colour.js';

/*
 * The widgets in pages built like the sites that use them (test/pages/host-*.html, from the build in dist/): a
 * force's site, a news article's 680 px column, a 240 px sidebar, flex rows and a CMS page on another origin, each
 * light and dark (a dark site that, like most, sets no `color-scheme`), at a phone's 320 px and a desktop's
 * 1280 px. One load per page and scheme, resized to each width, measuring several points at each.
 */

const TAGS = 'peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare';
type Win = Window & typeof globalThis;
type Updating = Element & { updateComplete?: Promise<unknown> };

const until = (test: () => unknown, what: string, timeout = 8000) =>
  waitUntil(test, `timed out waiting for ${what}`, { timeout, interval: 20 });

afterEach(() => document.querySelectorAll('iframe.host').forEach((f) => f.remove()));

/** Loads a host page in a frame `width` px wide; resolves once it has loaded. */
async function open(url: string, width: number, height = 900): Promise<{ frame: HTMLIFrameElement; win: Win }> {
  const frame = document.createElement('iframe');
  frame.className = 'host';
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Win };
}

/** Every peel element on the page (and in its elements' shadow roots). */
function elements(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el.matches(TAGS) ? [el] : []),
    ...(el.shadowRoot ? elements(el.shadowRoot) : []),
  ]);
}

/** Waits until the page's elements are past loading (but those the test holds), have rendered and are drawn. */
async function settled(win: Win): Promise<void> {
  await until(
    () =>
      elements(win.document).every(
        (el) => el.shadowRoot?.childElementCount && (el.matches('[data-hold]') || !el.matches(':state(loading)')),
      ),
    'every element to load',
  );
  // Twice: an update may ask for another (a layout chosen by width, a chunk's styles adopted).
  for (let i = 0; i < 2; i++) {
    await Promise.all(elements(win.document).map((el) => (el as Updating).updateComplete));
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  }
}

/** Resizes the frame and waits until the page has laid itself out again. */
async function resize(frame: HTMLIFrameElement, width: number): Promise<void> {
  frame.width = String(width);
  const win = frame.contentWindow as Win;
  await until(() => win.innerWidth === width, `the frame to be ${width} px wide`);
  await settled(win);
}

/** The colour actually behind `el`: the backgrounds of it and of what it sits in, down to the page's. */
function behind(el: Element, win: Win): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = el; at; at = up(at)) {
    const layer = rgba(win.getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1] as Rgba);
}

/** Every text the widgets draw themselves (not the author's own content), with its contrast on what is behind it. */
function contrasts(win: Win): { text: string; ratio: number; where: string }[] {
  const out: { text: string; ratio: number; where: string }[] = [];
  const walk = (root: ShadowRoot) => {
    const texts = win.document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent!.trim()) continue;
      const range = win.document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      // Drawn text only: not a screen reader's copy (clipped to a pixel), nor what is hidden.
      if (box.width <= 1 || box.height <= 1 || parent.closest('caption, [hidden]')) continue;
      const style = win.getComputedStyle(parent);
      if (style.visibility !== 'visible' || style.opacity === '0') continue;
      const colour = over(rgba(style.color), behind(parent, win));
      out.push({
        text: node.textContent!.trim().slice(0, 40),
        ratio: ratio(colour, behind(parent, win)),
        where: `<${(root.host as Element).localName}> ${parent.localName}${parent.getAttribute('part') ? `[part=${parent.getAttribute('part')}]` : ''}`,
      });
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  for (const el of win.document.querySelectorAll(TAGS)) if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** The edges that mark a control or a grade (a list's frame, a badge's, the scale's): each at 3:1 on what is around it. */
function edges(win: Win): { what: string; ratio: number }[] {
  return elements(win.document).flatMap((el) =>
    [...el.shadowRoot!.querySelectorAll('select, .badge > [part~="label"], [part="steps"]')]
      .filter((edge) => edge.getClientRects().length)
      .map((edge) => {
        const style = win.getComputedStyle(edge);
        const around = behind(up(edge)!, win);
        return {
          what: `<${el.localName}> ${edge.localName}.${edge.getAttribute('part') ?? edge.className}`,
          ratio: parseFloat(style.borderTopWidth) ? ratio(over(rgba(style.borderTopColor), around), around) : 0,
        };
      }),
  );
}

/** The controls in every element: each at least `min` px each way. */
function controls(win: Win): { what: string; width: number; height: number }[] {
  return elements(win.document).flatMap((el) =>
    [...el.shadowRoot!.querySelectorAll('input, select, button')]
      .filter((c) => c.getClientRects().length)
      .map((c) => {
        const { width, height } = c.getBoundingClientRect();
        return {
          what: `<${el.localName}> ${c.localName}${c.getAttribute('part') ? `[${c.getAttribute('part')}]` : ''}`,
          width,
          height,
        };
      }),
  );
}

/** Each grade's icon and the first word of its words: the icon's box beside the word, on its line. */
function iconsAlone(win: Win): string[] {
  const out: string[] = [];
  for (const el of elements(win.document))
    for (const icon of el.shadowRoot!.querySelectorAll('svg.icon, [part~="label"] > svg')) {
      // The words after it (past Lit's markers).
      let word = icon.nextSibling;
      while (word && !(word.nodeType === 3 && word.textContent!.trim())) word = word.nextSibling;
      if (!word?.textContent?.trim() || !icon.getClientRects().length) continue;
      const range = win.document.createRange();
      range.setStart(word, 0);
      range.setEnd(word, word.textContent.search(/\s|$/));
      const [first] = range.getClientRects();
      const box = icon.getBoundingClientRect();
      if (!first || first.top > box.bottom || first.bottom < box.top)
        out.push(`<${el.localName}> "${word.textContent.trim().slice(0, 30)}"`);
    }
  return out;
}

/** What every page must hold at every width: no sideways scroll, text at 4.5:1, edges at 3:1, controls at 24 px, no icon alone. */
function common(win: Win, width: number, page: string) {
  const where = `${page} at ${width} px`;
  expect(win.document.documentElement.scrollWidth, `${where}: the page's scroll width`).to.be.at.most(width);
  const low = contrasts(win).filter((c) => c.ratio < 4.5);
  expect(
    low.map((c) => `${c.where} "${c.text}" ${c.ratio.toFixed(2)}:1`),
    `${where}: text under 4.5:1`,
  ).to.deep.equal([]);
  const faint = edges(win).filter((e) => e.ratio < 3);
  expect(
    faint.map((e) => `${e.what} ${e.ratio.toFixed(2)}:1`),
    `${where}: edges under 3:1`,
  ).to.deep.equal([]);
  const small = controls(win).filter((c) => c.width < 24 || c.height < 24);
  expect(
    small.map((c) => `${c.what} ${c.width}×${c.height}`),
    `${where}: controls under 24×24 px`,
  ).to.deep.equal([]);
  expect(iconsAlone(win), `${where}: icons alone on a line`).to.deep.equal([]);
}

const SCHEMES = ['light', 'dark'] as const;
const query = (scheme: string) => (scheme === 'dark' ? '?theme=dark' : '');

describe('host pages: light and dark (no color-scheme), at 320 and 1280 px', () => {
  for (const scheme of SCHEMES) {
    it(`a force's site (${scheme}): every text at 4.5:1 on what is behind it, cards on their own surface`, async () => {
      const { frame, win } = await open(`/test/pages/host-site.html${query(scheme)}`, 1280);
      await settled(win);
      for (const width of [1280, 320]) {
        if (width !== 1280) await resize(frame, width);
        common(win, width, 'host-site');
        // The compact assessment's heading and the grades at a glance: the issue's 1.29:1 on navy.
        const assessment = win.document.querySelector('peel-assessment')!;
        expect(assessment.matches(':state(dark)'), 'a dark page makes a dark widget').to.equal(scheme === 'dark');
        // Controls: GOV.UK's 40 px in the comparison.
        for (const c of controls(win).filter((c) => c.what.startsWith('<peel-compare>') && !c.what.includes('sort')))
          expect(c.height, `${c.what} height`).to.be.at.least(40);
      }
    });

    it(`a news article (${scheme}): badges loading or failed keep their place in the sentence; notes name their element`, async () => {
      const key = Math.random().toString(36).slice(2);
      const { frame, win } = await open(
        `/test/pages/host-article.html?hold=${key}${scheme === 'dark' ? '&theme=dark' : ''}`,
        1280,
      );
      try {
        await settled(win);
        const doc = win.document;
        const states = doc.getElementById('states')!;
        const plain = doc.getElementById('plain')!;
        const line = parseFloat(win.getComputedStyle(states).lineHeight);
        const compare = doc.querySelector<HTMLElement>('peel-compare.all-forces')!;
        for (const width of [1280, 320, 375]) {
          if (width !== 1280) await resize(frame, width);
          if (width !== 375) common(win, width, 'host-article');
          // Each badge loading, failed or shown stays a badge in its line: no box taller than a line.
          const badges = [...states.querySelectorAll('peel-rating')];
          expect(badges[1]!.matches(':state(loading)'), 'the held badge is loading').to.equal(true);
          expect(badges[2]!.matches(':state(error)'), 'the failed badge').to.equal(true);
          for (const badge of badges)
            for (const box of badge.getClientRects())
              expect(
                box.height,
                `a ${badge.matches(':state(loading)') ? 'loading' : 'failed or shown'} badge's line box at ${width} px`,
              ).to.be.at.most(line + 1);
          // The paragraph with those badges is at most a line taller than the same words in plain text.
          expect(states.getBoundingClientRect().height, `the sentence's height at ${width} px`).to.be.at.most(
            plain.getBoundingClientRect().height + line + 1,
          );
          expect(badges[2]!.shadowRoot!.textContent!.trim()).to.equal('Grade not available');
          // Compare in the article's column: a table with the force column pinned wherever it is 480 px or more.
          const table = compare.shadowRoot!.querySelector('table');
          const list = compare.shadowRoot!.querySelector('[part="list"]');
          const wide = compare.getBoundingClientRect().width >= 480;
          expect([!!table, !!list], `compare at ${width} px: only the table, or only the list`).to.deep.equal([
            wide,
            !wide,
          ]);
          if (table) expect(win.getComputedStyle(table.querySelector('tbody th')!).position).to.equal('sticky');
          // 43 forces × 9 areas: at most 3,500 px on a phone, the forces with no grade in one line.
          if (!wide) {
            expect(compare.offsetHeight, `compare's height at ${width} px`).to.be.at.most(3500);
            expect(compare.shadowRoot!.querySelectorAll('[part="without"]').length).to.equal(1);
          }
        }
        // Block notes say what they are for, with GOV.UK's 20 px between them.
        const notes = [...doc.querySelectorAll('#notes > *')];
        expect(notes.map((n) => n.shadowRoot!.textContent!.trim().split('.')[0])).to.deep.equal([
          'The area summary could not be shown',
          'The key facts could not be shown',
          'The assessment could not be shown',
          'The comparison could not be shown',
        ]);
        for (let i = 1; i < notes.length; i++) {
          const gap = notes[i]!.getBoundingClientRect().top - notes[i - 1]!.getBoundingClientRect().bottom;
          expect(gap, `space above note ${i + 1}`).to.be.at.least(20);
        }
      } finally {
        await fetch(`/__peel/release/${key}`);
      }
    });
  }

  it('a 240 px sidebar (light and dark): cards, the scale and the SVG badge fit its column', async () => {
    for (const scheme of SCHEMES) {
      const { frame, win } = await open(`/test/pages/host-sidebar.html${query(scheme)}`, 1280);
      await settled(win);
      for (const width of [1280, 320]) {
        if (width !== 1280) await resize(frame, width);
        common(win, width, `host-sidebar (${scheme})`);
        const sidebar = win.document.getElementById('sidebar')!.getBoundingClientRect();
        for (const el of win.document.querySelectorAll('#sidebar > *, #sidebar svg, #sidebar img'))
          expect(el.getBoundingClientRect().right, `<${el.localName}> inside the sidebar at ${width} px`).to.be.at.most(
            sidebar.right + 0.5,
          );
        // The SVG badge keeps its proportions as it scales down.
        const svg = win.document.querySelector('#svg-inline svg')!;
        const box = svg.getBoundingClientRect();
        const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
        expect(box.width / box.height).to.be.closeTo(w! / h!, 0.05);
      }
      frame.remove();
    }
  });

  it('flex rows (light and dark): badges and cards side by side, notes apart', async () => {
    for (const scheme of SCHEMES) {
      const { frame, win } = await open(`/test/pages/host-flex.html${query(scheme)}`, 1280);
      await settled(win);
      for (const width of [1280, 320]) {
        if (width !== 1280) await resize(frame, width);
        common(win, width, `host-flex (${scheme})`);
        const compare = win.document.querySelector('#compare-row peel-compare')!;
        const wide = compare.getBoundingClientRect().width >= 480;
        expect(!!compare.shadowRoot!.querySelector('table'), `compare in a flex row at ${width} px`).to.equal(wide);
      }
      frame.remove();
    }
  });

  it('a CMS on another origin: the iframe code fits its column and follows the height its page reports', async () => {
    // The test server under its other name (localhost and 127.0.0.1 are two origins) serves the embed page.
    const { frame, win } = await open('/test/pages/host-cms.html', 1280);
    const frames = () => [...win.document.querySelectorAll<HTMLIFrameElement>('iframe')];
    await until(() => frames().length === 2, 'the two pasted embeds');
    const heights = (win as Win & { peelReported: Map<Window, number> }).peelReported;
    for (const width of [1280, 320]) {
      if (width !== 1280) frame.width = String(width);
      await until(() => win.innerWidth === width, `the page at ${width} px`);
      for (const embed of frames()) {
        const column = embed.parentElement!.getBoundingClientRect().width;
        expect(embed.getBoundingClientRect().width, `the frame fills its column at ${width} px`).to.be.closeTo(
          column,
          1,
        );
        expect(win.getComputedStyle(embed).borderTopWidth).to.equal('0px');
        expect(embed.title).to.not.equal('');
        expect(embed.loading).to.equal('lazy');
        // The frame is as tall as what its page reports: never clipped. (In view first: a lazy frame loads then.)
        embed.scrollIntoView();
        await until(
          () =>
            heights.has(embed.contentWindow!) &&
            embed.getBoundingClientRect().height === heights.get(embed.contentWindow!),
          `the frame (${embed.title}) to take its page's height at ${width} px`,
        );
      }
      expect(win.document.documentElement.scrollWidth, `the CMS page's scroll width at ${width} px`).to.be.at.most(
        width,
      );
    }
  });
});
