// docs/builder.png, the README's picture of the embed builder: the built page (dist/builder/, from
// `npm run build:builder`) at 1280 px, light, with a configuration chosen through its address.
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const query = '?pillar=legitimacy&heading-level=3&element=peel-rating&variant=scale&c-accent=12213a';
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
  await tab.setViewport({ width: 1280, height: 1500 });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await tab.goto(`http://127.0.0.1:${server.server.address().port}/dist/builder/${query}`, { waitUntil: 'networkidle0' });
  await tab.evaluate(() => document.fonts.ready);
  await tab.screenshot({ path: file });
  console.log(file);
} finally {
  await browser.close();
  await server.stop();
}
