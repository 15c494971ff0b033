import { html, render, captureWarnings, NORTHAMPTONSHIRE } from '../../../test/helpers.js';

describe('probe', () => {
  it('dumps', async () => {
    console.log(Intl.DateTimeFormat.supportedLocalesOf(['cy', 'cy-GB', 'en-GB']), Intl.NumberFormat.supportedLocalesOf(['cy']), navigator.language, new Intl.NumberFormat().resolvedOptions().locale);
    const w = await captureWarnings(async () => {
      const r = await render(html`<peel-rating .assessment=${NORTHAMPTONSHIRE} pillar="efficiency"></peel-rating>`);
      console.log(r.shadowRoot!.textContent);
      const r2 = await render(html`<peel-rating .assessment=${NORTHAMPTONSHIRE} pillar="nope"></peel-rating>`);
      console.log(r2.shadowRoot!.textContent);
    });
    console.log(JSON.stringify(w));
  });
});
