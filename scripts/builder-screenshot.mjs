// docs/builder.png, the README's picture of the embed builder: the built page (dist/builder/, from
// `npm run build:builder`) at 1280 px, light, with a configuration chosen through its address: the form
// beside the preview, as the first screen shows them.
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const query = '?heading-level=3&element=peel-rating&variant=scale&c-accent=12213a';
const file = 'docs/builder.png';

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port: 0 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await tab.goto(`http://127.0.0.1:${server.server.address().port}/dist/builder/${query}`, {
    waitUntil: 'networkidle0',
  });
  await tab.evaluate(async () => {
    await document.fonts.ready;
    // The preview is a page of its own: wait until its element has drawn and been measured.
    const builder = document.querySelector('peel-embed-builder');
    await builder.previewDone;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await tab.screenshot({ path: file });
  console.log(file);
} finally {
  await browser.close();
  await server.stop();
}
