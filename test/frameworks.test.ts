import { expect } from '@open-wc/testing';
// React ships CommonJS: its modules arrive here as default exports.
import React from 'react';
import type { ReactElement } from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import { createApp, nextTick, ref } from 'vue/dist/vue.esm-browser.prod.js';
import { NORTHAMPTONSHIRE, captureWarnings, copy, deepText, settle } from './helpers.js';
import type { PeelErrorDetail } from '../src/index.js';

const { createElement, useState } = React;
const { flushSync } = ReactDOM;
const { createRoot } = ReactDOMClient;

describe('frameworks', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  describe('React 19', () => {
    it('passes the assessment as a property and hears peel-error', async () => {
      const errors: PeelErrorDetail[] = [];
      let setGrade: (grade: string) => void = () => {};
      function Widgets(): ReactElement {
        const [grade, set] = useState('good');
        setGrade = set;
        return createElement('div', null, [
          createElement('pillar-summary', { key: 'p', assessment: NORTHAMPTONSHIRE, pillar: 'legitimacy' }),
          createElement('peel-rating', {
            key: 'r',
            grade,
            'onpeel-error': (event: CustomEvent<PeelErrorDetail>) => errors.push(event.detail),
          }),
        ]);
      }
      const root = createRoot(host);
      flushSync(() => root.render(createElement(Widgets)));
      const summary = host.querySelector('pillar-summary')!;
      // React 19 sets an object as a property, not as "[object Object]" in an attribute.
      expect(summary.getAttribute('assessment')).to.equal(null);
      await settle(summary);
      expect(deepText(summary)).to.contain('Legitimacy').and.to.contain('down from Good');
      const rating = host.querySelector('peel-rating')!;
      await settle(rating);
      expect(deepText(rating)).to.equal('Good');

      const warnings = await captureWarnings(async () => {
        flushSync(() => setGrade('godo'));
        await settle(rating);
      });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('grade: "godo"');
      expect(deepText(rating)).to.equal('Grade not available');
      expect(errors).to.have.length(1);
      expect(errors[0]!.errors[0]!.path).to.equal('grade');
      root.unmount();
    });
  });

  describe('Vue 3', () => {
    it('binds the assessment as a property and hears peel-error', async () => {
      const doc = ref(copy(NORTHAMPTONSHIRE));
      const errors: PeelErrorDetail[] = [];
      const app = createApp({
        setup: () => ({ doc, onError: (event: CustomEvent<PeelErrorDetail>) => errors.push(event.detail) }),
        template: `<key-facts-panel :assessment="doc" heading-level="3" @peel-error="onError"></key-facts-panel>`,
      });
      // The README's test: only the package's own tags, so that kebab-case Vue components stay Vue's.
      const peelTags = ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment', 'peel-compare'];
      app.config.compilerOptions.isCustomElement = (tag: string) => peelTags.includes(tag);
      app.mount(host);
      const panel = host.querySelector('key-facts-panel')!;
      await settle(panel);
      expect(panel.shadowRoot!.querySelector('h3')!.textContent).to.equal('Key facts – 2019/20');
      expect(deepText(panel)).to.contain('914 square miles');

      const warnings = await captureWarnings(async () => {
        doc.value = { ...copy(NORTHAMPTONSHIRE), keyFacts: { facts: [{ label: 'Bad', value: 'many' }] } } as never;
        await nextTick();
        await settle(panel);
      });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('keyFacts.facts[0].value');
      expect(errors).to.have.length(1);
      expect(errors[0]!.errors[0]!.path).to.equal('keyFacts.facts[0].value');
      app.unmount();
    });
  });

  describe('script-driven pages (single-page apps)', () => {
    it('keeps working when elements are created, moved and removed by script', async () => {
      const rating = document.createElement('peel-rating');
      rating.assessment = NORTHAMPTONSHIRE;
      rating.pillar = 'efficiency';
      host.append(rating);
      await settle(rating);
      expect(deepText(rating)).to.contain('Good').and.to.contain('same as before (Good)');

      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(rating);
      rating.pillar = 'legitimacy';
      await settle(rating);
      expect(deepText(rating)).to.contain('Requires improvement').and.to.contain('down from Good');

      rating.remove();
      rating.pillar = 'effectiveness';
      host.append(rating);
      await settle(rating);
      expect(deepText(rating)).to.equal('Requires improvement');
      elsewhere.remove();
    });

    it('reads a JSON script child added after the element', async () => {
      const summary = document.createElement('pillar-summary');
      host.append(summary);
      await settle(summary);
      expect(deepText(summary)).to.equal('No inspection data to show.');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(NORTHAMPTONSHIRE);
      summary.append(script);
      // The element hears of its new child in a microtask (a MutationObserver), and settle() waits for the render.
      await settle(summary);
      expect(deepText(summary)).to.contain('Effectiveness');
    });
  });
});
