import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { TOKENS } from '../builder/tokens.js';

// The iframe embed (dist/embed.html, from the build): its height message, its strict policy, bad `src`.

const EXAMPLE = '/src/data/examples/fictional-2023-25.json';

interface Embed {
  frame: HTMLIFrameElement;
  /** Every height the page sent, in order. */
  heights: number[];
  /** Pym.js messages, as sent. */
  pym: string[];
  element: () => HTMLElement & { updateComplete?: Promise<unknown> };
}

/** Waits until `test` holds, or fails with `what`. */
const until = (test: () => unknown, what = 'the condition') =>
  waitUntil(test, `timed out waiting for ${what}`);

const open: HTMLIFrameElement[] = [];
afterEach(() => open.splice(0).forEach((frame) => frame.remove()));

/** The embed in an iframe of a fixed size, listening to what it tells its parent. */
async function embed(
  query: Record<string, string>,
  width = 600,
  page = '/dist/embed.html?',
  { told = true } = {},
): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '150';
  const heights: number[] = [];
  const pym: string[] = [];
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    if (event.data?.type === 'peel-widgets:height') heights.push(event.data.height);
    else if (typeof event.data === 'string') pym.push(event.data);
  });
  frame.src = `${page}${new URLSearchParams(query)}`;
  open.push(frame);
  document.body.append(frame);
  const element = () =>
    frame.contentDocument?.querySelector(
      'peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare, peel-history',
    ) as ReturnType<Embed['element']>;
  await waitUntil(() => element()?.updateComplete, 'the embed page makes its element');
  // Past the loading note (its data and any module it needs in).
  await until(() => !element().matches(':state(loading)'), 'the element to load');
  await element().updateComplete;
  // And the page has told its height for what it shows now (to this page, unless it is told another's origin).
  if (told) await until(() => heights.at(-1) === contentHeight(frame), 'the height message');
  return { frame, heights, pym, element };
}

const text = (el: HTMLElement) => el.shadowRoot?.textContent ?? '';

/** The height of the embed page's content, as the page measures it (whole pixels up). */
const contentHeight = (frame: HTMLIFrameElement) =>
  Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);

/** Waits for the frame's next rendering (its next animation frame, then the one after it). */
const nextFrame = (frame: HTMLIFrameElement) =>
  new Promise((resolve) =>
    frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)),
  );

describe('iframe embed', () => {
  it('shows the element the query names, with its options, under its own strict policy', async () => {
    const { frame, element } = await embed({
      src: EXAMPLE,
      element: 'pillar-summary',
      pillar: 'public-treatment',
      lang: 'cy',
      scheme: 'dark',
      'heading-level': '3',
    });
    const el = element();
    expect(el.localName).to.equal('pillar-summary');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(frame.contentDocument!.documentElement.lang).to.equal('cy');
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const csp = frame
      .contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(csp).to.include("script-src 'self'").and.not.include('unsafe-inline');
    // The page as shipped (the test server adds a script of its own to every page it serves).
    const shipped = new DOMParser().parseFromString(await (await fetch('/dist/embed.html')).text(), 'text/html');
    expect(shipped.querySelectorAll('script:not([src]), style, [style]')).to.have.length(0);
  });

  it('tells the parent its height; the iframe at that height fits the content within 2 px', async () => {
    for (const [query, width] of [
      [{ src: EXAMPLE, element: 'pillar-summary', pillar: 'preventing-crime' }, 600],
      [{ src: EXAMPLE, element: 'peel-assessment' }, 480],
      [{ src: EXAMPLE, element: 'peel-rating', pillar: 'preventing-crime' }, 300],
    ] as const) {
      // embed() waits for the height that matches the content.
      const { frame, heights } = await embed(query, width);
      expect(heights.length, JSON.stringify(query)).to.be.above(0);
      const height = heights.at(-1)!;
      frame.height = String(height);
      await nextFrame(frame);
      const doc = frame.contentDocument!.documentElement;
      const content = doc.getBoundingClientRect().height;
      expect(Math.abs(height - content), `${query.element}: told ${height}, content ${content}`).to.be.at.most(2);
      // At the told height nothing scrolls: the whole element shows.
      expect(doc.scrollHeight - doc.clientHeight).to.be.at.most(2);
    }
  });

  it('follows a change of its content with a new height', async () => {
    const { frame, heights, element } = await embed({
      src: EXAMPLE,
      element: 'pillar-summary',
      pillar: 'preventing-crime',
    });
    const before = heights.at(-1)!;
    element().setAttribute('pillar', 'victim-service');
    await element().updateComplete;
    await until(() => heights.at(-1) !== before, 'a new height');
    const after = heights.at(-1)!;
    expect(after).to.not.equal(before);
    expect(Math.abs(after - frame.contentDocument!.documentElement.getBoundingClientRect().height)).to.be.at.most(2);
  });

  it('also speaks Pym.js when a Pym parent names the child', async () => {
    const { pym, heights } = await embed({
      src: EXAMPLE,
      element: 'peel-rating',
      childId: 'peel-1',
      initialWidth: '600',
    });
    expect(pym.at(-1)).to.equal(`pymxPYMxpeel-1xPYMxheightxPYMx${heights.at(-1)}`);
  });

  for (const src of [
    'javascript:alert(1)',
    'data:application/json,{"force":{"name":"x"}}',
    '/__peel/status/404',
    ' ',
  ]) {
    it(`shows the error note for src ${JSON.stringify(src)}`, async () => {
      const { element } = await embed({ src, element: 'peel-rating' });
      // A 404 settles after the first render.
      await until(() => text(element()).includes('Grade not available'), 'the error note');
      expect(text(element())).to.include('Grade not available');
      expect(element().hasAttribute('src') && /^(javascript|data):/.test(element().getAttribute('src')!)).to.equal(
        false,
      );
    });
  }

  it('never reads the query as HTML', async () => {
    const { frame, element } = await embed({
      src: EXAMPLE,
      element: '<img src=x onerror=alert(1)>',
      pillar: '"><img src=x>',
    });
    expect(element().localName).to.equal('peel-rating');
    expect(element().hasAttribute('pillar')).to.equal(false);
    expect(frame.contentDocument!.querySelector('img')).to.equal(null);
  });

  describe('where the data may come from', () => {
    // The same test server under another name: another origin.
    const other = `http://127.0.0.1:${location.port}`;
    const otherData = `${other}/__peel/ok/northamptonshire-2017?${Math.random()}`;
    /** Requests the iframe page made to the other origin. */
    const asked = (frame: HTMLIFrameElement) =>
      frame.contentWindow!.performance.getEntriesByType('resource').filter((e) => e.name.startsWith(other)).length;

    it('loads no data from another origin by default: the error note, and nothing asked of it', async () => {
      const { frame, element } = await embed({ src: otherData, element: 'peel-rating' });
      await until(() => text(element()).includes('Grade not available'));
      expect(text(element())).to.include('Grade not available');
      expect(asked(frame)).to.equal(0);
      expect(frame.contentDocument!.querySelector('.peel-data-host')).to.equal(null);
    });

    it('loads from an origin the site lists, and names its host under the element (English and Welsh)', async () => {
      for (const [lang, words] of [
        ['en', 'Data from'],
        ['cy', 'Ffynhonnell y data:'],
      ]) {
        const { frame, element } = await embed(
          { src: otherData, element: 'pillar-summary', pillar: 'effectiveness', lang: lang! },
          600,
          `/dist/embed.html?__allow=${encodeURIComponent(`https://data.example.org ${other}`)}&`,
        );
        await until(() => !!element().shadowRoot?.querySelector('h2'));
        expect(element().shadowRoot!.querySelector('h2'), `${lang}: the data shows`).to.exist;
        const line = frame.contentDocument!.querySelector('.peel-data-host')!;
        expect(line.textContent).to.equal(`${words} 127.0.0.1:${location.port}`);
        expect(line.getBoundingClientRect().height).to.be.above(0);
      }
    });

    it('names no host for its own data', async () => {
      const { frame, element } = await embed({ src: EXAMPLE, element: 'peel-rating', pillar: 'preventing-crime' });
      expect(text(element())).to.not.equal('');
      expect(text(element())).to.not.include('Grade not available');
      expect(frame.contentDocument!.querySelector('.peel-data-host')).to.equal(null);
    });

    it('does not follow a redirect from its own origin to another one', async () => {
      const { frame, element } = await embed({
        src: `/__peel/redirect?to=${encodeURIComponent(otherData)}`,
        element: 'peel-rating',
      });
      await until(() => text(element()).includes('Grade not available'));
      expect(text(element())).to.include('Grade not available');
      const loaded = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .filter((e) => e.name.includes('/ok/'));
      expect(loaded.every((e) => (e as PerformanceResourceTiming).responseStatus !== 200)).to.be.true;
    });
  });

  describe('what someone else’s link cannot do (issue 22)', () => {
    const other = `http://127.0.0.1:${location.port}`;

    it('shows no grade without a data file: grade and previous-grade in the query are ignored', async () => {
      const { element } = await embed({ element: 'peel-rating', grade: 'inadequate', 'previous-grade': 'outstanding' });
      await waitUntil(() => text(element()).includes('Grade not available'), 'the error note');
      expect(text(element())).not.to.match(/inadequate|outstanding/i);
      expect(element().hasAttribute('grade')).to.equal(false);
    });

    it('names the origin of the final answer when its own src redirects to an allowed origin', async () => {
      const to = `${other}/__peel/ok/northamptonshire-2017?${Math.random()}`;
      const { frame, element } = await embed(
        { src: `/__peel/redirect?to=${encodeURIComponent(to)}`, element: 'peel-rating', pillar: 'efficiency' },
        600,
        `/dist/embed.html?__allow=${encodeURIComponent(other)}&`,
      );
      await waitUntil(() => !!frame.contentDocument!.querySelector('.peel-data-host'), 'the data’s origin named');
      expect(frame.contentDocument!.querySelector('.peel-data-host')!.textContent).to.equal(
        `Data from 127.0.0.1:${location.port}`,
      );
      expect(text(element())).not.to.include('Grade not available');
    });

    it('tells its height only to the parent’s origin: the one origin= names, else the referrer’s', async () => {
      const named = await embed({ src: EXAMPLE, element: 'peel-rating', origin: location.origin });
      await waitUntil(() => named.heights.length > 0, 'the height, to this page’s origin');
      const elsewhere = await embed(
        { src: EXAMPLE, element: 'peel-rating', origin: 'https://elsewhere.example' },
        600,
        undefined,
        { told: false },
      );
      // Two frames of the embed's page later its first height has long been sent; a message this page posts
      // to itself now arrives after any the embed sent.
      const win = elsewhere.frame.contentWindow!;
      await new Promise((done) => win.requestAnimationFrame(() => win.requestAnimationFrame(done)));
      await new Promise<void>((done) => {
        const marker = `marker-${Math.random()}`;
        addEventListener('message', function seen(event) {
          if (event.data !== marker) return;
          removeEventListener('message', seen);
          done();
        });
        postMessage(marker, location.origin);
      });
      expect(elsewhere.heights, 'no height for another origin').to.deep.equal([]);
    });
  });

  describe('every element and every option the builder offers', () => {
    it('<peel-compare> with its options: grouped by region, one region, sorted, a force highlighted', async () => {
      const { element } = await embed(
        {
          src: '/data/2017/peel-2017-all-forces.json',
          element: 'peel-compare',
          'group-by': 'region',
          region: 'South West',
          sort: '-effectiveness',
          highlight: 'wiltshire',
          'heading-level': '3',
        },
        900,
      );
      const el = element();
      expect(el.localName).to.equal('peel-compare');
      await until(() => !!el.shadowRoot?.querySelector('tbody tr'));
      expect(el.getAttribute('group-by')).to.equal('region');
      expect(el.getAttribute('region')).to.equal('South West');
      expect(el.getAttribute('sort')).to.equal('-effectiveness');
      expect(el.getAttribute('highlight')).to.equal('wiltshire');
      expect(el.shadowRoot!.querySelectorAll('tbody tr[part~="row"]')).to.have.length(5);
      expect(text(el)).to.not.include('could not');
    });

    it('a large scale rating, and the options of the cards (hide-source, force)', async () => {
      const rating = (
        await embed({
          src: EXAMPLE,
          element: 'peel-rating',
          pillar: 'preventing-crime',
          variant: 'scale',
          size: 'large',
        })
      ).element();
      expect(rating.getAttribute('variant')).to.equal('scale');
      expect(rating.getAttribute('size')).to.equal('large');
      expect(rating.shadowRoot!.querySelector('[part="steps"]')).to.exist;
      const card = (
        await embed({
          src: EXAMPLE,
          element: 'pillar-summary',
          'hide-source': '1',
          force: 'kent',
          pillar: 'effectiveness',
        })
      ).element();
      expect(card.hasAttribute('hide-source')).to.be.true;
      expect(card.getAttribute('force')).to.equal('kent');
    });

    it("takes the builder's brand colours as six hex digits, and nothing else", async () => {
      const query: Record<string, string> = { src: EXAMPLE, element: 'peel-assessment' };
      TOKENS.forEach((token, i) => (query[`c-${token.key}`] = `${i}0a0b0`.slice(0, 6)));
      const el = (await embed(query)).element();
      for (const [i, token] of TOKENS.entries())
        expect(getComputedStyle(el).getPropertyValue(token.property).trim(), token.key).to.equal(
          `#${`${i}0a0b0`.slice(0, 6)}`,
        );
      for (const bad of ['red', '#112233', '1234567', 'fff', '112233;color:red', 'url(x)']) {
        const other = (await embed({ src: EXAMPLE, element: 'peel-rating', 'c-accent': bad })).element();
        expect(getComputedStyle(other).getPropertyValue('--peel-color-accent').trim(), bad).to.equal('');
      }
    });

    it('leaves out every value that does not match its pattern whole', async () => {
      const el = (
        await embed({
          src: EXAMPLE,
          element: 'peel-compare',
          region: 'Atlantis',
          sort: 'name;x',
          'group-by': 'force',
          highlight: 'Wiltshire Police',
          'heading-level': '7',
          force: '../kent',
          'hide-source': 'yes',
          variant: 'Scale',
          size: 'huge',
          pillar: 'a b',
        })
      ).element();
      for (const name of [
        'region',
        'sort',
        'group-by',
        'highlight',
        'heading-level',
        'force',
        'hide-source',
        'variant',
        'size',
        'pillar',
      ])
        expect(el.hasAttribute(name), name).to.be.false;
    });
  });
});
