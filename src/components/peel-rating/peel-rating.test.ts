import { html, render, deepText, NORTHAMPTONSHIRE, settle, captureWarnings } from '../../../test/helpers.js';
import type { PeelRating } from './peel-rating.js';

describe('probe', () => {
  it('data', async () => {
    const el = await render<PeelRating>(html`<peel-rating pillar="legitimacy" assessment=${JSON.stringify(NORTHAMPTONSHIRE)}></peel-rating>`);
    console.log('ATTR', deepText(el));
    el.requestUpdate(); await settle(el);
    console.log('ATTR2', deepText(el));
    const w = await captureWarnings(async () => {
      const b = await render<PeelRating>(html`<peel-rating grade="godo"></peel-rating>`);
      b.requestUpdate(); await settle(b);
      b.size = 'large'; await settle(b);
    });
    console.log('WARN', w.length);
    const c = await render<PeelRating>(html`<peel-rating grade="good"></peel-rating>`);
    console.log('SHADOW', c.shadowRoot!.innerHTML);
  });
});
