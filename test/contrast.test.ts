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
  after(() => {
    const lines = [...minima].map(([check, ratio]) => `  ${check}: ${ratio.toFixed(2)}`);
    console.log(`minimum contrast ratios:\n${lines.join('\n')}`);
  });

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
          const badge = shadowPart(rating, '.badge');
          expect(badge.classList.contains(grade)).to.be.true;
          const background = style(badge).backgroundColor;
          const label = style(shadowPart(rating, '[part="label"]')).color;
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
          const badge = shadowPart(rating, '.badge');
          const edge = contrast(style(badge).borderTopColor, page);
          record(`${scheme} standalone badge border vs page`, edge);
          expect(edge).to.be.at.least(3);
          const text = contrast(style(shadowPart(rating, '[part="label"]')).color, style(badge).backgroundColor);
          record(`${scheme} label text vs badge background`, text);
          expect(text).to.be.at.least(4.5);
        });
      }

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
          html`<peel-rating variant="scale" grade="requires-improvement" scale="peel-2021"></peel-rating>`,
        );
        const page = scheme === 'light' ? 'rgb(255, 255, 255)' : style(rating.parentElement!).backgroundColor;
        const steps = [...rating.shadowRoot!.querySelectorAll('.step')];
        expect(steps).to.have.length(5);
        for (const step of steps) {
          const current = step.classList.contains('current');
          const background = current ? style(step).backgroundColor : page;
          const ratio = contrast(style(step).color, background);
          record(`${scheme} scale ${current ? 'current' : 'other'} step text`, ratio);
          expect(ratio, step.textContent!.trim()).to.be.at.least(4.5);
          const edge = contrast(current ? style(step).outlineColor : style(step).borderTopColor, page);
          record(`${scheme} scale ${current ? 'current step outline' : 'other step border'} vs page`, edge);
          // Borders of the other steps only group them; the current step's outline marks it.
          if (current) expect(edge).to.be.at.least(3);
        }
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
        const badge = shadowPart(rating, '.badge');
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
