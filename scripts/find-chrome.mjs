// Finds a Chromium or Chrome for the tests: CHROME_PATH first, then the usual places.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates = [
  '/usr/lib/chromium/chromium', // Debian's binary; /usr/bin/chromium is a wrapper around it
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ...['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'].flatMap((v) =>
    process.env[v] ? [join(process.env[v], 'Google/Chrome/Application/chrome.exe')] : [],
  ),
];

export const INSTALL_HINT = process.env.CHROME_PATH
  ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist: point it at a Chromium or Chrome executable, or unset it.`
  : 'No Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to its executable.';

/** The browser's path, or undefined when there is none. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return candidates.find((path) => existsSync(path));
}

/** Flags for headless runs as root on a machine with no network but the loopback. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-component-update',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];
