import { expect } from '@open-wc/testing';

// The iframe embed (dist/embed.html, from the build): its height message, its strict policy, bad `src`.

const EXAMPLE = '/src/data/examples/fictional-2023-25.json';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Embed {
  frame: HTMLIFrameElement;
  /** Every height the page sent, in order. */
  heights: number[];
  /** Pym.js messages, as sent. */
  pym: string[];
  element: () => HTMLElement & { updateComplete?: Promise<unknown> };
}

const open: HTMLIFrameElement[] = [];
afterEach(() => open.splice(0).forEach((frame) => frame.remove()));

/** The embed in an iframe of a fixed size, listening to what it tells its parent. */
async function embed(query: Record<string, string>, width = 600): Promise<Embed> {
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
  frame.src = `/dist/embed.html?${new URLSearchParams(query)}`;
  open.push(frame);
  document.body.append(frame);
  const element = () =>
    frame.contentDocument?.querySelector('peel-rating, pillar-summary, key-facts-panel, peel-assessment') as ReturnType<
      Embed['element']
    >;
  for (let i = 0; i < 200 && !element()?.updateComplete; i++) await pause(20);
  await element().updateComplete;
  await pause(100);
  return { frame, heights, pym, element };
}

const text = (el: HTMLElement) => el.shadowRoot?.textContent ?? '';

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
      const { frame, heights } = await embed(query, width);
      expect(heights.length, JSON.stringify(query)).to.be.above(0);
      const height = heights.at(-1)!;
      frame.height = String(height);
      await pause(100);
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
    await pause(150);
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
      for (let i = 0; i < 100 && !text(element()).includes('could not'); i++) await pause(20);
      expect(text(element())).to.include('This inspection rating could not be shown.');
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
});
