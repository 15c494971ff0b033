import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

interface Report {
  errors: string[];
  violations: string[];
  layoutShift: number;
  peelErrors: number;
}

type PageWindow = Window & typeof globalThis & { peelReport?: Report };

/**
 * Loads a page in an iframe of the given size. By default resolves once it has loaded; with
 * `parsed`, as soon as its HTML is parsed, before deferred (module) scripts run.
 */
async function openPage(url: string, width = 1024, height = 800, parsed = false): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  if (!parsed) await loaded;
  // The iframe starts on about:blank, which is already complete: wait for our page's own document.
  await until(
    () => frame.contentDocument?.URL.includes(url) && frame.contentDocument.readyState !== 'loading',
    `${url} to be parsed`,
  );
  return frame.contentWindow as PageWindow;
}

/** Waits until `test` holds, or fails with `what` after `timeout` ms. */
const until = (test: () => unknown, what: string, timeout = 5000) =>
  waitUntil(test, `timed out waiting for ${what}`, { timeout, interval: 20 });

/** Waits until the page has drawn what it shows now: its next animation frame, and the one after. */
const painted = (win: PageWindow) =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** A demo article whose bundle the test server holds back until release() (test/server-plugin.mjs). */
function heldArticle(query = '') {
  const key = Math.random().toString(36).slice(2);
  return { url: `/demo/article.html?hold=${key}${query}`, release: () => fetch(`/__peel/release/${key}`) };
}

/** Waits until every peel tag on the page has rendered (src requests included); fails if one never does. */
async function rendered(win: PageWindow, timeout = 5000): Promise<void> {
  const tags = ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment', 'peel-compare'].join(',');
  await until(
    () =>
      [...win.document.querySelectorAll(tags)].every(
        (el) => el.shadowRoot?.childElementCount && !el.shadowRoot.textContent?.includes('Loading'),
      ),
    'every element to render',
    timeout,
  );
}

/** The sum of the page's layout shifts so far (the buffered entries, handed over at once by takeRecords()). */
function layoutShift(win: PageWindow): number {
  const observer = new win.PerformanceObserver(() => {});
  observer.observe({ type: 'layout-shift', buffered: true });
  const shift = observer.takeRecords().reduce((sum, e) => sum + ((e as unknown as { value: number }).value ?? 0), 0);
  observer.disconnect();
  return shift;
}

const shadowText = (el: Element | null) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('host pages', () => {
  it('renders every element under a strict CSP with Trusted Types and no violation', async () => {
    const win = await openPage('/test/pages/csp.html');
    await rendered(win);
    const doc = win.document;
    expect(win.peelReport!.violations).to.deep.equal([]);
    expect(win.peelReport!.errors).to.deep.equal([]);
    expect(shadowText(doc.querySelector('peel-rating'))).to.equal('Good');
    expect(shadowText(doc.querySelector('peel-rating[variant=scale]'))).to.contain('Requires improvement');
    expect(shadowText(doc.querySelector('pillar-summary'))).to.contain('Legitimacy');
    expect(shadowText(doc.querySelector('key-facts-panel'))).to.contain('914 square miles');
    expect(doc.querySelector('peel-assessment')!.shadowRoot!.querySelectorAll('pillar-summary')).to.have.length(6);
    // The compare chunk under the same policy: its table, and its bars' widths set through the CSSOM.
    expect(doc.querySelector('peel-compare')!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(43);
    // The bad grade shows the page's own content in its place and tells the page, without breaking anything else.
    const bad = doc.querySelector('peel-rating[grade=godo]')!;
    expect(bad.shadowRoot!.querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('godo');
    expect(bad.matches(':state(error)')).to.be.true;
    expect(win.peelReport!.peelErrors).to.equal(1);
  });

  it('leaves the light-DOM fallback readable where the page allows no Trusted Types policy', async () => {
    const win = await openPage('/test/pages/csp-no-lit-policy.html');
    // A positive sign that the bundle arrived and ran: the page refused the policy it asked for.
    // (A pause alone would pass as well if the bundle had never loaded.)
    await until(() => win.peelReport!.violations.some((v) => v.startsWith('trusted-types')), 'the policy refused');
    const bundle = win.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/dist/peel-widgets.min.js');
    expect(bundle.length, 'the bundle was fetched').to.equal(1);
    // The page has loaded (openPage waits for its load event), so the bundle, a module script, has run.
    const rating = win.document.querySelector('peel-rating')!;
    // Lit cannot create its policy, so nothing upgrades: the tag's own content is what readers see.
    expect(rating.shadowRoot).to.equal(null);
    expect(rating.textContent).to.equal('Good');
    expect(rating.querySelector('a')!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(win.document.body.innerText).to.contain('Requires improvement');
  });

  it('runs on the one-file build alone: every element, no chunk asked for (they are all missing here)', async () => {
    await fetch('/__peel/chunks/fail');
    try {
      const win = await openPage('/test/pages/one-file.html');
      await rendered(win);
      const doc = win.document;
      expect(win.peelReport!.errors).to.deep.equal([]);
      expect(win.peelReport!.peelErrors).to.equal(0);
      expect(shadowText(doc.querySelector('peel-rating'))).to.equal('Good');
      expect(shadowText(doc.querySelector('pillar-summary'))).to.contain('Legitimacy');
      expect(shadowText(doc.querySelector('key-facts-panel'))).to.contain('914 square miles');
      expect(doc.querySelector('peel-assessment')!.shadowRoot!.querySelectorAll('pillar-summary')).to.have.length(6);
      expect(doc.querySelector('peel-compare')!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(43);
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'));
      expect(scripts).to.deep.equal(['/dist/peel-widgets.all.min.js']);
    } finally {
      await fetch('/__peel/chunks/ok');
    }
  });

  it('takes two copies of the bundle on one page without an error', async () => {
    const win = await openPage('/test/pages/two-copies.html');
    await rendered(win);
    expect(win.peelReport!.errors).to.deep.equal([]);
    expect(shadowText(win.document.querySelector('peel-rating'))).to.equal('Outstanding');
    expect(shadowText(win.document.querySelector('pillar-summary'))).to.contain('Effectiveness');
  });

  describe('the demo article, with its bundle arriving late', () => {
    it('shows the grades as text before the bundle arrives', async () => {
      const article = heldArticle();
      const win = await openPage(article.url, 1024, 800, true);
      const ratings = [...win.document.querySelectorAll('peel-rating')];
      expect(ratings.every((r) => !r.shadowRoot)).to.be.true;
      expect(ratings.map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Requires improvement',
        'Requires improvement',
        'Good',
        'Requires improvement ↓ down from Good',
      ]);
      await article.release();
    });

    it('does not shift the layout when the widgets replace their fallback (CLS ≤ 0.01)', async () => {
      const article = heldArticle();
      const win = await openPage(article.url, 1024, 800, true);
      // The fallback on screen, then the bundle.
      await painted(win);
      await article.release();
      await rendered(win);
      // A shift is counted as the frame that shows it is drawn.
      await painted(win);
      const cls = layoutShift(win);
      expect(win.document.querySelector('peel-rating')!.shadowRoot).to.not.equal(null);
      expect(cls).to.be.at.most(0.01);
    });

    // The control, measured where the fallback styles act: the box of each badge's tag before and
    // after the bundle arrives. With them, the words around a badge stay where they were.
    const boxes = (win: PageWindow) =>
      [...win.document.querySelectorAll('peel-rating')].map((el) =>
        [...el.getClientRects()].reduce((sum, r) => sum + r.width, 0),
      );
    for (const [query, fits] of [
      ['', true],
      ['&no-fallback-css', false],
    ] as const) {
      it(`keeps each badge's box when the widgets replace their fallback ${fits ? 'with' : 'only with'} the fallback styles${fits ? '' : ' (the control)'}`, async () => {
        const article = heldArticle(query);
        const win = await openPage(article.url, 1024, 800, true);
        const before = boxes(win);
        await article.release();
        await rendered(win);
        const moved = boxes(win).map((width, i) => Math.abs(width - before[i]!));
        expect(moved).to.have.length(4);
        if (fits) for (const px of moved) expect(px, 'px a badge grew or shrank').to.be.below(2);
        else expect(Math.max(...moved), 'px the widest change').to.be.above(10);
      });
    }
  });

  it('serves the force demo with its brand through custom properties only', async () => {
    const win = await openPage('/demo/force.html', 1280, 900);
    await rendered(win);
    const assessment = win.document.querySelector('peel-assessment')!;
    expect(assessment.getAttribute('style')).to.equal(null);
    const pillar = assessment.shadowRoot!.querySelector('pillar-summary')!;
    const base = pillar.shadowRoot!.querySelector('[part~=base]')!;
    // The brand's yellow bar, set with --peel-pillar-summary-accent on the page.
    expect(win.getComputedStyle(base).borderTopColor).to.equal('rgb(242, 182, 0)');
  });
});
