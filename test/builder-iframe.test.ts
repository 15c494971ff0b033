// The builder's iframe code (issue 18): for each element and every option the iframe page takes, the
// code, loaded as it is (dist/embed.html with the generated query), shows exactly the text the preview shows.
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { deepText } from './helpers.js';
import { ORIGINAL_URL, code, mount, previewText, previews, previewsReady, set } from './builder-helpers.js';
import type { PeelEmbedBuilder } from '../builder/peel-embed-builder.js';

afterEach(() => history.replaceState(null, '', ORIGINAL_URL));

/** The iframe element the code describes. */
const iframeOf = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').querySelector('iframe')!;

/**
 * The iframe code loaded as a page would load it. The test server serves the shipped examples at
 * /data/<name>.json (the built builder has them under its own data/ folder).
 */
async function embedText(markup: string, expected: string, width = 1000) {
  const described = iframeOf(markup);
  const url = new URL(described.getAttribute('src')!);
  const src = url.searchParams.get('src')!;
  url.searchParams.set('src', src.replace(/^.*\/dist\/data\/(?:peel-2017\/)?/, '/data/'));
  const frame = document.createElement('iframe');
  frame.title = described.title;
  // At the preview's element's width when given: compare's layout follows its own width.
  frame.width = String(width);
  frame.height = described.height;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${url.pathname}${url.search}`;
  document.body.append(frame);
  await loaded;
  try {
    const el = () =>
      frame.contentDocument!.body.querySelector(
        'peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare, peel-history',
      );
    await waitUntil(() => el()?.shadowRoot, 'the embed draws its element');
    const text = () => deepText(el()!.shadowRoot!);
    await waitUntil(() => text() === expected, undefined).catch(() => undefined);
    return {
      text: text(),
      tag: el()!.localName,
      height: Number(described.height),
      drawn: frame.contentDocument!.documentElement.scrollHeight,
    };
  } finally {
    frame.remove();
  }
}

async function asIframe(builder: PeelEmbedBuilder) {
  builder.querySelector<HTMLInputElement>('#code-kind-iframe')!.click();
  // The preview may draw afresh (a new frame page, empty at first): until it shows the element again.
  await previewsReady(builder);
  // The code's height is the preview's, measured a frame after it draws.
  const body = () => builder.querySelector<HTMLIFrameElement>('.preview iframe')!.contentDocument!.body;
  await waitUntil(
    () => builder.previewHeight === Math.ceil(body().getBoundingClientRect().height),
    'the preview is measured',
  );
  await builder.updateComplete;
  return code(builder);
}

const CASES: [string, [string, string | boolean][]][] = [
  [
    'peel-rating',
    [
      ['Area', 'legitimacy'],
      ['Variant', 'scale'],
      ['Size', 'large'],
      ['Language', 'cy'],
      ['Colour scheme', 'dark'],
    ],
  ],
  [
    'peel-rating',
    [
      ['Area', 'efficiency'],
      ['Size', 'small'],
      ['Accent colour', '#12213a'],
    ],
  ],
  [
    'pillar-summary',
    [
      ['Area', 'efficiency'],
      ['Heading level', '3'],
      ['Show the source line (the inspectorate, cycle and date)', false],
    ],
  ],
  [
    'key-facts-panel',
    [
      ['Heading level', '4'],
      ['Colour scheme', 'light'],
    ],
  ],
  [
    'peel-assessment',
    [
      ['Heading level', '3'],
      ['Language', 'cy'],
      ['Show the source line (the inspectorate, cycle and date)', false],
    ],
  ],
  [
    'peel-compare',
    [
      ['Force', 'gwent'],
      ['Inspection cycle', 'peel-2017'],
      ['Group the forces by region', true],
      ['Region', 'Wales'],
      ['Sort by', '-effectiveness'],
      ['Heading level', '3'],
    ],
  ],
  // The force's every cycle from the builder's history file; the page reads the package's data/history/ file.
  ['peel-history', [['Force', 'wiltshire']]],
  [
    'peel-history',
    [
      ['Force', 'gwent'],
      ['Language', 'cy'],
      ['Heading level', '3'],
    ],
  ],
  [
    'peel-compare',
    [
      ['Mark the chosen force\'s row as "your force"', false],
      ['Sort by', 'legitimacy'],
      ['Language', 'cy'],
    ],
  ],
];

describe('embed builder iframe code', () => {
  for (const [tag, settings] of CASES)
    it(`${tag} (${settings.map(([label, value]) => `${label}: ${value}`).join(', ')}): the preview's text`, async () => {
      const builder = await mount();
      await set(builder, 'Element', tag);
      for (const [label, value] of settings) await set(builder, label, value);
      const want = previewText(builder);
      const markup = await asIframe(builder);
      const query = new URL(iframeOf(markup).getAttribute('src')!).searchParams;
      expect(query.get('element')).to.equal(tag);
      // The element as wide as in the preview (the embed page pads its body 4 px each side).
      const got = await embedText(markup, want, Math.round(previews(builder)[0]!.getBoundingClientRect().width) + 8);
      expect(got.tag).to.equal(tag);
      expect(got.text).to.equal(want);
      expect(got.height, 'the frame is as tall as what it shows').to.be.at.least(got.drawn);
    });

  it('a collection from an address: the iframe names the force to pick from it', async () => {
    const builder = await mount();
    builder.querySelector<HTMLInputElement>('#data-mode-url')!.click();
    await builder.updateComplete;
    await set(builder, 'Data URL', '/data/peel-2017-all-forces.json');
    await waitUntil(() => code(builder).includes('peel-2017-all-forces'), 'the fetched collection');
    await set(builder, 'Element', 'pillar-summary');
    const want = previewText(builder);
    const markup = await asIframe(builder);
    const query = new URL(iframeOf(markup).getAttribute('src')!).searchParams;
    expect(query.get('force')).to.equal(previews(builder)[0] && 'avon-and-somerset');
    expect((await embedText(markup, want)).text).to.equal(want);
  });

  it('the element code for one force can point at the shared collection (src and force)', async () => {
    const builder = await mount();
    await set(builder, 'Element', 'pillar-summary');
    await set(builder, 'Force', 'kent');
    await set(builder, 'Inspection cycle', 'peel-2017');
    builder.querySelector<HTMLInputElement>('#delivery-collection')!.click();
    await builder.updateComplete;
    const el = new DOMParser().parseFromString(code(builder), 'text/html').querySelector('pillar-summary')!;
    expect(el.getAttribute('src')).to.match(/\/dist\/data\/peel-2017-all-forces\.json$/);
    expect(el.getAttribute('force')).to.equal('kent');
    expect(el.querySelector('script')).to.equal(null);
    expect(el.textContent).to.contain('Kent Police');
    builder.querySelector<HTMLInputElement>('#code-kind-iframe')!.click();
    await builder.updateComplete;
    // The iframe takes Kent's own file.
    expect(new URL(iframeOf(code(builder)).getAttribute('src')!).searchParams.get('src')).to.match(
      /\/dist\/data\/peel-2017\/kent\.json$/,
    );
  });
});
