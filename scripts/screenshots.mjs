// Screenshots of the demo pages for looking at the design: at 320, 768 and 1280 px, in the light and dark
// schemes, in English and in Welsh. `npm run screenshots` writes them to screenshots/;
// `npm run screenshots -- --readme` writes only the README's picture, docs/screenshot.png (the default
// assessment at 1280 px, light, English). `npm run screenshots -- demo/article.html` shoots one page.
// The pages load dist/: build first (`npx rollup -c`).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const readme = process.argv.includes('--readme');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pages = readme
  ? ['demo/index.html']
  : args.length
    ? args
    : ['demo/index.html', 'demo/article.html', 'demo/force.html'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const shots = readme
  ? // The top of the page only: the README's picture stays a light download.
    [{ width: 1280, height: 1150, scheme: 'light', lang: 'en', file: () => 'docs/screenshot.png' }]
  : [320, 768, 1280].flatMap((width) =>
      ['light', 'dark'].flatMap((scheme) =>
        ['en', 'cy'].map((lang) => ({
          width,
          scheme,
          lang,
          file: (page) => `${out}/${page.replace(/\W+/g, '-').replace(/-html$/, '')}-${width}-${scheme}-${lang}.png`,
        })),
      ),
    );

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port: 0 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  for (const page of pages) {
    for (const { width, height, scheme, lang, file } of shots) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: height ?? 900 });
      await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      // The widgets take their language from the nearest ancestor's lang: set it once the page is
      // parsed (the markup's own lang is in place) and before the deferred bundle upgrades them.
      if (lang !== 'en')
        await tab.evaluateOnNewDocument((l) => {
          document.addEventListener('readystatechange', () => (document.documentElement.lang = l), { once: true });
        }, lang);
      await tab.goto(`http://127.0.0.1:${server.server.address().port}/${page}`, { waitUntil: 'networkidle0' });
      await tab.evaluate(() => document.fonts.ready);
      await tab.screenshot({ path: file(page), fullPage: !height });
      console.log(file(page));
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
