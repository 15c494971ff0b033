// The builder's layout (issue 18), measured on its page (test/pages/builder.html, the same markup as
// builder/index.html) in frames as wide as a phone, a small laptop and a desktop screen.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { contrast } from '../builder/contrast.js';
import type { Rgb } from '../builder/contrast.js';
import type { PeelEmbedBuilder } from '../builder/peel-embed-builder.js';

/** The builder's page in a frame of this size, once its preview has drawn. */
async function builderPage(width: number, height: number, query = '') {
  const frame = document.createElement('iframe');
  frame.title = `The embed builder at ${width} px`;
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/builder.html${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await waitUntil(() => win.customElements.get('peel-embed-builder'), 'the builder is defined');
  const builder = doc.querySelector('peel-embed-builder') as PeelEmbedBuilder;
  await builder.updateComplete;
  await builder.previewDone;
  const preview = () =>
    doc.querySelector<HTMLIFrameElement>('.preview iframe')!.contentDocument!.body.firstElementChild;
  await waitUntil(() => preview()?.shadowRoot?.textContent?.trim(), 'the preview draws');
  // The caption follows the frame's measured width a frame later.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await builder.updateComplete;
  return { frame, win, doc, builder };
}

const byLabel = (doc: Document, text: string) => {
  const label = [...doc.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim() === text)!;
  return doc.getElementById(label.htmlFor)!;
};

/** A computed colour (rgb() or rgba()) as channels. */
const rgb = (colour: string) =>
  colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as Rgb;

describe('embed builder layout', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('1280 px: the form and the preview side by side; "Preview" and "Element" in the first screen', async () => {
    const page = await builderPage(1280, 800);
    frame = page.frame;
    const { doc } = page;
    const heading = doc.getElementById('preview-title')!.getBoundingClientRect();
    const element = byLabel(doc, 'Element').getBoundingClientRect();
    expect(heading.bottom, 'Preview heading').to.be.at.most(800);
    expect(element.bottom, 'Element control').to.be.at.most(800);
    const form = doc.querySelector('form.controls')!.getBoundingClientRect();
    expect(heading.left, 'the preview is beside the form').to.be.at.least(form.right);
  });

  it('1024 px: the preview stays in view as the form scrolls', async () => {
    const page = await builderPage(1024, 768);
    frame = page.frame;
    const { doc, win } = page;
    const form = doc.querySelector('form.controls')!.getBoundingClientRect();
    expect(doc.getElementById('preview-title')!.getBoundingClientRect().left).to.be.at.least(form.right);
    const reset = [...doc.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Reset colours')!;
    reset.scrollIntoView();
    expect(win.scrollY, 'the page scrolled').to.be.greaterThan(500);
    const heading = doc.getElementById('preview-title')!.getBoundingClientRect();
    expect(heading.top).to.be.at.least(0);
    expect(heading.bottom).to.be.at.most(768);
    const shown = doc.querySelector('.preview iframe')!.getBoundingClientRect();
    expect(shown.top, 'the preview itself is in view').to.be.lessThan(768);
  });

  it('<peel-compare> at 1280 px: one preview, and a page far from 17,000 px tall', async () => {
    const page = await builderPage(1280, 800, '?element=peel-compare');
    frame = page.frame;
    expect(page.doc.querySelectorAll('.preview iframe')).to.have.length(1);
    // The form's length (with the files to upload and the headers for one's own copy), not the preview's.
    expect(page.doc.documentElement.scrollHeight).to.be.lessThan(6000);
  });

  it('<peel-compare> at 320 px: 43 forces one area at a time scroll inside the preview, so the code stays near', async () => {
    const page = await builderPage(320, 640, '?element=peel-compare');
    frame = page.frame;
    const scaler = page.doc.querySelector('.preview .scaler')!;
    // The frame takes its page's height once it has measured the list (about 2,400 px at this width).
    await waitUntil(() => scaler.scrollHeight > 1500, 'the list, measured');
    expect(scaler.clientHeight).to.be.at.most(0.8 * 640);
    expect(scaler.getAttribute('tabindex'), 'the keyboard scrolls it too').to.equal('0');
    expect(page.doc.documentElement.scrollHeight).to.be.lessThan(10000);
  });

  it('320 px: nothing overflows, no doubled margins, selects show their text whole, 40 px targets', async () => {
    const page = await builderPage(320, 640, '?element=peel-assessment&force=metropolitan&cycle=peel-2021-22');
    frame = page.frame;
    const { doc, win } = page;
    expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    expect(win.getComputedStyle(doc.body).margin).to.equal('0px');
    const builder = doc.querySelector('peel-embed-builder')!;
    expect(builder.getBoundingClientRect().left).to.be.at.most(16);
    const canvas = doc.createElement('canvas').getContext('2d')!;
    let long = 0;
    for (const select of doc.querySelectorAll('select')) {
      const label = doc.querySelector(`label[for="${select.id}"]`)!.textContent!.trim();
      expect(select.getBoundingClientRect().right, label).to.be.at.most(320);
      // The chosen text on one line, against the room inside the box (less about 1.2em for the arrow): longer
      // text must wrap onto more lines, never be cut off.
      const style = win.getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const chosen = select.selectedOptions[0].textContent!.trim();
      const room =
        select.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        1.2 * parseFloat(style.fontSize);
      if (canvas.measureText(chosen).width <= room) continue;
      long++;
      const lines =
        (select.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
        (parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize));
      expect(lines, `${label}: "${chosen}" wraps`).to.be.at.least(1.9);
    }
    expect(long, 'some chosen texts are longer than one line at 320 px').to.be.greaterThan(0);
    for (const input of doc.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
      const { width, height } = input.getBoundingClientRect();
      expect([width, height], input.id).to.deep.equal([40, 40]);
    }
    // The narrow frame says what it is: this screen has no room for 375 px.
    const shown = doc.querySelector('.preview iframe')!.getBoundingClientRect().width;
    expect(shown).to.be.lessThan(375);
    // The label follows the preview's measured width (a resize observer), which may come a frame later.
    const label = doc.querySelector('.frame-label')!;
    await waitUntil(
      () => label.textContent!.includes(`${Math.round(shown)} px: this screen is narrower than 375 px`),
      `the frame's label: "${label.textContent}"`,
    );
    // The disabled button looks unlike the buttons that work.
    const reset = [...doc.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Reset colours')!;
    const copy = [...doc.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy code')!;
    expect(reset.disabled).to.equal(true);
    const look = (b: Element) => {
      const style = win.getComputedStyle(b);
      return [style.borderStyle, style.backgroundColor, style.cursor].join(' ');
    };
    expect(look(reset)).not.to.equal(look(copy));
    expect(win.getComputedStyle(reset).cursor).to.equal('not-allowed');
  });

  it('1280 px: GOV.UK’s finish: 19 px text, unboxed fieldsets, aligned colour rows, 40 px controls', async () => {
    const page = await builderPage(1280, 800);
    frame = page.frame;
    const { doc, win } = page;
    const style = (el: Element) => win.getComputedStyle(el);
    const builder = doc.querySelector('peel-embed-builder')!;
    expect(style(builder).fontSize).to.equal('19px');
    for (const fieldset of doc.querySelectorAll('fieldset'))
      expect(style(fieldset).borderTopStyle, fieldset.querySelector('legend')!.textContent!).to.equal('none');
    // The colour rows: swatches, names and values each in one column.
    for (const part of ['input', 'label', '.value']) {
      const lefts = new Set([...doc.querySelectorAll(`.colour ${part}`)].map((el) => el.getBoundingClientRect().left));
      expect(lefts.size, part).to.equal(1);
    }
    const controls = doc.querySelectorAll<HTMLElement>('select, button, input, textarea');
    expect(controls.length).to.be.greaterThan(30);
    for (const el of controls) {
      const { width, height } = el.getBoundingClientRect();
      expect(Math.min(width, height), `${el.id || el.textContent}`).to.be.at.least(40);
    }
    // The fields people write prose in take the body's font; code fields a monospace one.
    doc.querySelector<HTMLInputElement>('#data-mode-own')!.click();
    await page.builder.updateComplete;
    const prose = doc.querySelector('textarea.prose')!;
    expect(style(prose).fontFamily).to.equal(style(builder).fontFamily);
    expect(style(doc.getElementById('own-json')!).fontFamily).to.contain('monospace');
  });

  it('the focus indicator: 3:1 against the control and the page, light and dark; forced colours; clear of the text', async () => {
    const page = await builderPage(1280, 800);
    frame = page.frame;
    const { doc, win } = page;
    // The rings reach 6 px beyond a control: the label beside a radio or a checkbox starts further away.
    for (const row of doc.querySelectorAll('.choice, .check')) {
      const gap =
        row.querySelector('label')!.getBoundingClientRect().left -
        row.querySelector('input')!.getBoundingClientRect().right;
      expect(gap, row.textContent!.trim()).to.be.at.least(6);
    }
    /** Tabs from `before` to the next control, as a keyboard user does. */
    const tabTo = async (before: string) => {
      win.focus();
      doc.getElementById(before)!.focus();
      await sendKeys({ press: 'Tab' });
      const el = doc.activeElement!;
      expect(el.matches(':focus-visible'), `${el.id} shows its focus`).to.equal(true);
      return win.getComputedStyle(el);
    };
    try {
      for (const scheme of ['light', 'dark']) {
        await executeServerCommand('emulate-media-features', [{ name: 'prefers-color-scheme', value: scheme }]);
        const page = rgb(win.getComputedStyle(doc.body).backgroundColor);
        for (const before of ['element', 'data-mode-shipped']) {
          const focused = await tabTo(before);
          expect(focused.outlineStyle).to.equal('solid');
          expect(focused.outlineWidth).to.equal('3px');
          const [, ring, spread] = /^(rgba?\([^)]*\)) 0px 0px 0px (\d+)px$/.exec(focused.boxShadow) ?? [];
          expect(Number(spread), `${scheme}: the outer ring`).to.equal(6);
          const label = `${scheme}, after #${before}`;
          expect(
            contrast(rgb(focused.outlineColor), rgb(focused.borderTopColor)),
            `${label}: inner ring / control`,
          ).to.be.at.least(3);
          expect(contrast(rgb(ring), page), `${label}: outer ring / page`).to.be.at.least(3);
          expect(contrast(rgb(ring), rgb(focused.outlineColor)), `${label}: the two rings`).to.be.at.least(3);
        }
      }
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      const focused = await tabTo('element');
      expect([focused.outlineStyle, focused.outlineWidth, focused.outlineOffset, focused.boxShadow]).to.deep.equal([
        'solid',
        '3px',
        '3px',
        'none',
      ]);
    } finally {
      await executeServerCommand('emulate-media-features', [
        { name: 'prefers-color-scheme', value: '' },
        { name: 'forced-colors', value: '' },
      ]);
    }
  });

  it('the preview has an inset; its wide page is 1,000 px or more, drawn smaller, so compare shows its table', async () => {
    const page = await builderPage(1280, 800, '?element=peel-compare');
    frame = page.frame;
    const { doc, builder } = page;
    const iframe = doc.querySelector<HTMLIFrameElement>('.preview iframe')!;
    const inner = () => iframe.contentDocument!;
    expect(iframe.contentWindow!.getComputedStyle(inner().documentElement).paddingLeft).to.equal('16px');
    doc.querySelector<HTMLInputElement>('#preview-width-wide')!.click();
    await builder.updateComplete;
    await builder.previewDone;
    await waitUntil(() => inner().documentElement.clientWidth >= 1000, 'the wide page');
    const shown = iframe.getBoundingClientRect().width;
    expect(shown, 'drawn smaller to fit its column').to.be.lessThan(1000);
    expect(doc.querySelector('.frame-label')!.textContent).to.match(/^Wide: 1,000 px, shown at \d\d%, light page$/);
    const compare = inner().querySelector('peel-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelector('table')?.getBoundingClientRect().width, 'the table');
  });

  it('1280 px: the narrow frame is 375 px, the wide one as wide as the column', async () => {
    const page = await builderPage(1280, 800);
    frame = page.frame;
    const { doc, builder } = page;
    const iframe = doc.querySelector<HTMLIFrameElement>('.preview iframe')!;
    expect(iframe.contentDocument!.documentElement.clientWidth).to.equal(375);
    expect(doc.querySelector('.frame-label')!.textContent!.trim()).to.equal('375 px, light page');
    doc.querySelector<HTMLInputElement>('#preview-width-wide')!.click();
    doc.querySelector<HTMLInputElement>('#preview-page-dark')!.click();
    await builder.updateComplete;
    await builder.previewDone;
    const column = doc.querySelector('.preview')!.getBoundingClientRect().width;
    expect(iframe.getBoundingClientRect().width).to.be.closeTo(column, 20);
    expect(iframe.contentWindow!.getComputedStyle(iframe.contentDocument!.documentElement).colorScheme).to.equal(
      'dark',
    );
  });
});
