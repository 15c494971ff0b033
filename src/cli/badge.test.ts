import { expect } from '@open-wc/testing';
import { badgeSvg } from './badge.js';

/** The browser's XML parser on the badge, as an `<img>` or a download would read it. */
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('badgeSvg', () => {
  it('is well-formed XML whatever the label holds: characters XML forbids are dropped', async () => {
    const svg = badgeSvg({ grade: 'good', label: 'Kent\u0001 \uFFFE\uD800Police\u0008\uDFFF\uFFFF' });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.equal('Kent Police: Good');
    // And it draws as an image (a broken one has no width).
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await image.decode();
    expect(image.naturalWidth).to.be.above(0);
    // Characters XML allows stay, astral ones too.
    const kept = parse(badgeSvg({ grade: 'da', lang: 'cy', label: 'Heddlu Dyfed-Powys 🚓 ŵŷ' }));
    expect(kept.querySelector('title')!.textContent).to.equal('Heddlu Dyfed-Powys 🚓 ŵŷ: Da');
  });

  it('gives each badge ids of its own, so badges inlined in one page never name each other', () => {
    const host = document.createElement('div');
    host.innerHTML = badgeSvg({ grade: 'good' }) + badgeSvg({ grade: 'inadequate' });
    document.body.append(host);
    try {
      const [good, bad] = [...host.querySelectorAll('svg[role="img"]')];
      const named = (svg: Element) =>
        svg
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => document.getElementById(id))
          .filter((node) => node && svg.contains(node)).length;
      expect(named(good!)).to.equal(2);
      expect(named(bad!)).to.equal(2);
      expect(document.getElementById(bad!.getAttribute('aria-labelledby')!.split(' ')[0]!)!.textContent).to.equal(
        'Inadequate',
      );
      expect(badgeSvg({ grade: 'good', id: 'kent' })).to.match(/aria-labelledby="kent-title kent-desc"/);
      expect(() => badgeSvg({ grade: 'good', id: '"><script>' })).to.throw(/is not an XML name/);
    } finally {
      host.remove();
    }
  });
});
