import { expect, html, render, fixture, settle, deepText, NORTHAMPTONSHIRE, captureWarnings } from './helpers.js';
import type { PillarSummary } from '../src/components/pillar-summary/pillar-summary.js';

describe('scratch', () => {
  it('pillar unknown', async () => {
    let events = 0;
    document.addEventListener('peel-error', () => events++);
    let el!: PillarSummary;
    const w = await captureWarnings(async () => {
      el = await render<PillarSummary>(html`<pillar-summary pillar="nope" .assessment=${NORTHAMPTONSHIRE}></pillar-summary>`);
      await new Promise((r) => setTimeout(r, 50));
    });
    console.log('PILLAR:', deepText(el), w.length, events);
  });
  it('reattach', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('key-facts-panel');
    el.setAttribute('src', `/__peel/ok/northamptonshire-2017?delay=300&x=${Math.random()}`);
    box.append(el);
    await settle(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    box.append(el);
    await new Promise((r) => setTimeout(r, 1000));
    await settle(el);
    console.log('REATTACH:', deepText(el).slice(0, 50));
    expect(1).to.equal(1);
  });
});
