// Screenshots of the demo page at 375 px and 1280 px, light and dark, for looking at the design:
// `npm run screenshots` writes them to screenshots/ (the README's picture comes from here).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const page = process.argv[2] ?? 'demo/index.html';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port: 0 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: CHROME_ARGS,
});
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: 900 });
      await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await tab.goto(`http://127.0.0.1:${server.server.address().port}/${page}`, { waitUntil: 'networkidle0' });
      const file = `${out}/${page.replace(/\W+/g, '-').replace(/-html$/, '')}-${width}-${scheme}.png`;
      await tab.screenshot({ path: file, fullPage: true });
      console.log(file);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
