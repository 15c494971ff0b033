import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { GRADES } from '../src/data/grades.js';
import type { Grade } from '../src/data/grades.js';
import type { Assessment } from '../src/data/types.js';
import { fixtureSync } from '@open-wc/testing';
import { deepText, expect, html, render, renderDark } from './helpers.js';

/*
 * WCAG 2 contrast, measured on the colours the browser computes for the rendered elements, in the
 * light scheme and in the dark one (a `color-scheme: dark` wrapper, as a host page would set it).
 */

type Rgb = [number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/**
 * Any CSS colour the browser computes (rgb(), color(srgb …), oklab() from color-mix()) as 8-bit sRGB:
 * painted on a 1×1 canvas and read back, so the browser does the conversion.
 */
function toRgb(color: string): Rgb {
  // A sentinel first: a colour the canvas cannot parse leaves fillStyle unchanged.
  context.fillStyle = '#010203';
  context.fillStyle = color;
  if (context.fillStyle === '#010203' && !/^(#010203|rgb\(1, 2, 3\))$/.test(color))
    throw new Error(`not a colour: ${color}`);
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  expect(a, `${color} is opaque`).to.equal(255);
  return [r!, g!, b!];
}

/** The alpha of a computed colour: 0 for transparent. */
const alpha = (color: string) => Number(/^rgba\(.*,\s*([\d.]+)\)$/.exec(color)?.[1] ?? 1);

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two CSS colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(toRgb(a)), luminance(toRgb(b))].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** CIELAB (D65) of an sRGB colour. */
function lab([r, g, b]: Rgb): [number, number, number] {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
  const y = f(0.2126 * R + 0.7152 * G + 0.0722 * B);
  const z = f((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation). */
function deltaE2000(c1: string, c2: string): number {
  const [L1, a1, b1] = lab(toRgb(c1));
  const [L2, a2, b2] = lab(toRgb(c2));
  const rad = Math.PI / 180;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2];
  const [C1, C2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [h1, h2] = [hue(b1, a1p), hue(b2, a2p)];
  let dh = C1 * C2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh * rad) / 2);
  const lBar = (L1 + L2) / 2;
  const cBarP = (C1 + C2) / 2;
  let hBar = h1 + h2;
  if (C1 * C2 !== 0) hBar = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const t =
    1 -
    0.17 * Math.cos((hBar - 30) * rad) +
    0.24 * Math.cos(2 * hBar * rad) +
    0.32 * Math.cos((3 * hBar + 6) * rad) -
    0.2 * Math.cos((4 * hBar - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rC = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sL = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sC = 1 + 0.045 * cBarP;
  const sH = 1 + 0.015 * cBarP * t;
  const rT = -Math.sin(2 * dTheta * rad) * rC;
  const [l, c, h] = [(L2 - L1) / sL, (C2 - C1) / sC, dH / sH];
  return Math.sqrt(l * l + c * c + h * h + rT * c * h);
}

const style = (el: Element) => getComputedStyle(el);
const shadowPart = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;

/** A one-pillar document with the given grade and everything a pillar card shows. */
const withGrade = (grade: Grade): Assessment => ({
  force: { name: 'Test Police' },
  scale: 'peel-2021',
  pillars: [
    {
      id: 'effectiveness',
      question: 'How effective is the force?',
      grade,
      updated: '2018-03-22',
      summary: ['A paragraph of body text.'],
      url: 'https://example.org/effectiveness',
    },
  ],
});

/** The smallest ratio seen for each check, for the report. */
const minima = new Map<string, number>();
function record(check: string, ratio: number) {
  minima.set(check, Math.min(minima.get(check) ?? Infinity, ratio));
}

const SCHEMES: [string, (template: TemplateResult) => Promise<Element>][] = [
  ['light', render],
  ['dark', renderDark],
];

describe('contrast', () => {
  for (const [scheme, renderIn] of SCHEMES) {
    describe(`${scheme} scheme`, () => {
      it('puts the pillar card on the expected surface', async () => {
        const summary = await renderIn(html`<pillar-summary .assessment=${withGrade('good')}></pillar-summary>`);
        const surface = style(shadowPart(summary, '[part~="base"]')).backgroundColor;
        expect(toRgb(surface)).to.deep.equal(scheme === 'light' ? [255, 255, 255] : [20, 20, 20]);
      });

      for (const grade of GRADES) {
        it(`makes the ${grade} badge readable`, async () => {
          const summary = await renderIn(html`<pillar-summary .assessment=${withGrade(grade)}></pillar-summary>`);
          const surface = style(shadowPart(summary, '[part~="base"]')).backgroundColor;
          const rating = shadowPart(summary, 'peel-rating');
          expect(shadowPart(rating, '.badge').classList.contains(grade)).to.be.true;
          // The label is the tag: its box, border and background.
          const badge = shadowPart(rating, '[part="label"]');
          const background = style(badge).backgroundColor;
          const label = style(badge).color;
          const border = style(badge).borderTopColor;
          const stroke = style(shadowPart(rating, '.icon path')).stroke;

          const text = contrast(label, background);
          record(`${scheme} label text vs badge background`, text);
          expect(text, `label ${label} on ${background}`).to.be.at.least(4.5);

          const edge = contrast(border, surface);
          record(`${scheme} badge border vs card surface`, edge);
          expect(edge, `border ${border} on ${surface}`).to.be.at.least(3);

          const icon = contrast(stroke, background);
          record(`${scheme} icon stroke vs badge background`, icon);
          expect(icon, `icon ${stroke} on ${background}`).to.be.at.least(3);
        });

        it(`makes the standalone ${grade} badge stand out from the page`, async () => {
          const rating = await renderIn(html`<peel-rating grade=${grade}></peel-rating>`);
          const page = scheme === 'light' ? 'rgb(255, 255, 255)' : style(rating.parentElement!).backgroundColor;
          const badge = shadowPart(rating, '[part="label"]');
          const edge = contrast(style(badge).borderTopColor, page);
          record(`${scheme} standalone badge border vs page`, edge);
          expect(edge).to.be.at.least(3);
          const text = contrast(style(badge).color, style(badge).backgroundColor);
          record(`${scheme} label text vs badge background`, text);
          expect(text).to.be.at.least(4.5);
        });
      }

      it('makes the grade change text readable on the card', async () => {
        const assessment = withGrade('good');
        assessment.pillars![0]!.previousGrade = 'outstanding';
        const summary = await renderIn(html`<pillar-summary .assessment=${assessment}></pillar-summary>`);
        const surface = style(shadowPart(summary, '[part~="base"]')).backgroundColor;
        const change = shadowPart(shadowPart(summary, 'peel-rating'), '[part="change"]');
        const ratio = contrast(style(change).color, surface);
        record(`${scheme} grade change text vs card surface`, ratio);
        expect(ratio).to.be.at.least(4.5);
      });

      /*
       * The grades must be told apart at a glance, not only side by side. CIEDE2000 ΔE of about 1 is
       * just noticeable between large patches side by side; small marks seen apart need several
       * times more (Szafir 2017, "Modeling color difference for visualization design", IEEE TVCG 24,
       * finds 5 to 6 for small marks). So: at least 15 between any two grade colours (the text,
       * border and icon: thin marks), and at least 10 between any two badge backgrounds (bigger, but
       * all pale in light and all dark in dark, where hue differences shrink). The first
       * palette (GOV.UK tag colours with a 16% mix) had 2.5 between backgrounds and 8.8 between colours.
       */
      it('gives every pair of grades clearly different colours', async () => {
        const seen: { grade: Grade; color: string; background: string }[] = [];
        for (const grade of GRADES) {
          const summary = await renderIn(html`<pillar-summary .assessment=${withGrade(grade)}></pillar-summary>`);
          const badge = shadowPart(shadowPart(summary, 'peel-rating'), '[part="label"]');
          seen.push({ grade, color: style(badge).color, background: style(badge).backgroundColor });
        }
        for (const [i, a] of seen.entries())
          for (const b of seen.slice(i + 1)) {
            const color = deltaE2000(a.color, b.color);
            const background = deltaE2000(a.background, b.background);
            record(`${scheme} ΔE2000 between grade colours (not a contrast ratio)`, color);
            record(`${scheme} ΔE2000 between badge backgrounds (not a contrast ratio)`, background);
            expect(color, `${a.grade} and ${b.grade} colours`).to.be.at.least(15);
            expect(background, `${a.grade} and ${b.grade} backgrounds`).to.be.at.least(10);
          }
      });

      it('makes body text, muted text and links readable on the card', async () => {
        const summary = await renderIn(html`<pillar-summary .assessment=${withGrade('good')}></pillar-summary>`);
        const surface = style(shadowPart(summary, '[part~="base"]')).backgroundColor;
        const checks: [string, Element][] = [
          ['body text', shadowPart(summary, '[part~="summary"] p')],
          ['question text', shadowPart(summary, '[part="question"]')],
          ['muted text ("Last updated")', shadowPart(summary, '[part="updated"]')],
          ['link', shadowPart(summary, '[part="link"]')],
        ];
        expect(deepText(shadowPart(summary, '[part="updated"]'))).to.include('Last updated');
        for (const [name, el] of checks) {
          const color = style(el).color;
          const ratio = contrast(color, surface);
          record(`${scheme} ${name} vs card surface`, ratio);
          expect(ratio, `${name}: ${color} on ${surface}`).to.be.at.least(4.5);
        }
      });

      it('makes every step of the scale variant readable on the page', async () => {
        const rating = await renderIn(
          html`<peel-rating
            variant="scale"
            grade="requires-improvement"
            previous-grade="good"
            scale="peel-2021"
          ></peel-rating>`,
        );
        const page = scheme === 'light' ? 'rgb(255, 255, 255)' : style(rating.parentElement!).backgroundColor;
        const steps = [...rating.shadowRoot!.querySelectorAll('.step')];
        expect(steps).to.have.length(5);
        // The frame is the scale's edge: a graphic's boundary, so 3:1.
        const frame = contrast(style(shadowPart(rating, '[part="steps"]')).borderTopColor, page);
        record(`${scheme} scale frame vs page`, frame);
        expect(frame, 'frame').to.be.at.least(3);
        for (const step of steps) {
          const current = step.classList.contains('current');
          // Only the current step is filled; the others are text on the page (their border is transparent).
          const background = current ? style(step).backgroundColor : page;
          if (!current) expect(alpha(style(step).backgroundColor), 'other step unfilled').to.equal(0);
          const ratio = contrast(style(step).color, background);
          record(`${scheme} scale ${current ? 'current' : 'other'} step text`, ratio);
          expect(ratio, step.textContent!.trim()).to.be.at.least(4.5);
          if (current) {
            const edge = contrast(style(step).borderTopColor, page);
            record(`${scheme} scale current step border vs page`, edge);
            expect(edge, 'current step border').to.be.at.least(3);
          } else expect(alpha(style(step).borderTopColor), 'other step borderless').to.equal(0);
        }
        const change = contrast(style(shadowPart(rating, '[part="change"]')).color, page);
        record(`${scheme} grade change text vs page`, change);
        expect(change).to.be.at.least(4.5);
      });

      it('makes the note shown in place of data readable', async () => {
        const el = await renderIn(html`<pillar-summary></pillar-summary>`);
        const message = shadowPart(el, '[part="message"]');
        const ratio = contrast(style(message).color, style(message).backgroundColor);
        record(`${scheme} message text vs its background`, ratio);
        expect(ratio).to.be.at.least(4.5);
      });
    });
  }

  describe('forced colors', () => {
    beforeEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]));
    afterEach(() => executeServerCommand('emulate-media-features', []));

    /** The colour the system gives a keyword such as CanvasText, as computed now. */
    // fixtureSync: for a plain element, fixture() waits for an animation frame, which the hidden
    // page of a parallel run never gets.
    function systemColor(keyword: string): string {
      const probe = fixtureSync<HTMLSpanElement>(html`<span style=${`color: ${keyword}`}>probe</span>`);
      return style(probe).color;
    }

    it('is emulated', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    });

    for (const grade of GRADES) {
      it(`draws the ${grade} badge border in a system colour and keeps its text`, async () => {
        const canvasText = systemColor('CanvasText');
        const summary = await render(html`<pillar-summary .assessment=${withGrade(grade)}></pillar-summary>`);
        const rating = shadowPart(summary, 'peel-rating');
        const badge = shadowPart(rating, '[part="label"]');
        expect(toRgb(style(badge).borderTopColor), 'border is CanvasText').to.deep.equal(toRgb(canvasText));
        expect(style(badge).borderTopStyle).to.equal('solid');
        expect(parseFloat(style(badge).borderTopWidth)).to.be.at.least(1);
        const label = shadowPart(rating, '[part="label"]');
        expect(deepText(rating)).to.include(deepText(label));
        expect(deepText(label).length).to.be.greaterThan(0);
        // The text, and the icon drawn in its colour, still stand out from the badge.
        const background = style(badge).backgroundColor;
        const ratio = contrast(style(label).color, background);
        record('forced colors label text vs badge background', ratio);
        expect(ratio).to.be.at.least(4.5);
        const icon = contrast(style(shadowPart(rating, '.icon path')).stroke, background);
        record('forced colors icon stroke vs badge background', icon);
        expect(icon).to.be.at.least(3);
      });
    }
  });
});
