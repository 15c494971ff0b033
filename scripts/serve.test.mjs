// `npm start`'s server (scripts/serve.mjs, the build aside): the built files go out with CORS headers, so
// that the code copied from its embed builder runs in a page of another origin, as a CMS preview on this
// computer is; and the builder says, next to that code, that readers could not reach it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serve } from './serve.mjs';

test('npm start: CORS on dist/ and data/; the builder’s code runs in a CMS page on another origin', async (t) => {
  // The builder's folder, as `npm start` builds it (the bundle is `npm run build`'s, which `npm test` ran).
  const built = spawnSync(process.execPath, ['scripts/build-builder.mjs'], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const server = await serve({ port: 0 });
  t.after(() => server.stop());
  const base = `http://127.0.0.1:${server.server.address().port}`;

  for (const path of [
    '/dist/peel-widgets.min.js',
    '/dist/builder/peel-widgets.min.js',
    '/data/2017/peel-2017-all-forces.json',
  ]) {
    const answer = await fetch(`${base}${path}`, { headers: { Origin: 'https://cms.example' } });
    assert.equal(answer.status, 200, path);
    assert.equal(answer.headers.get('access-control-allow-origin'), '*', path);
  }
  const demo = await fetch(`${base}/demo/index.html`);
  assert.equal(demo.headers.get('access-control-allow-origin'), null, 'only what code loads is shared');

  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  t.after(() => browser.close());
  const tab = await browser.newPage();
  await tab.goto(`${base}/dist/builder/`, { waitUntil: 'networkidle0' });
  const { code, warning } = await tab.evaluate(async () => {
    await document.querySelector('peel-embed-builder').updateComplete;
    return {
      code: document.getElementById('code').value,
      warning: document.getElementById('code-unreachable')?.textContent.replace(/\s+/g, ' ') ?? '',
    };
  });
  assert.match(code, new RegExp(`<script type="module" src="${base}/dist/builder/peel-widgets.min.js">`));
  assert.match(warning, /127\.0\.0\.1:\d+ \(this computer\), which readers’ browsers cannot reach/);

  // A CMS's preview on another origin (another port) with the code pasted into its page.
  const cms = createServer((request, response) =>
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(`<!doctype html><html lang="en"><head><title>CMS preview</title></head><body>${code}</body></html>`),
  );
  await new Promise((resolve) => cms.listen(0, '127.0.0.1', resolve));
  t.after(() => cms.close());
  await tab.goto(`http://127.0.0.1:${cms.address().port}/`);
  const shown = await tab.waitForFunction(
    () => {
      const el = document.querySelector('peel-rating');
      return customElements.get('peel-rating') && el?.shadowRoot?.textContent.trim();
    },
    { timeout: 10000 },
  );
  assert.match(await shown.jsonValue(), /Outstanding|Good|Adequate|Requires improvement|Inadequate/);
});
