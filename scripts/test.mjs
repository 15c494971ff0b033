// `npm test`: build, check the CDN bundle's size budget, then run every test in headless Chromium.
import { spawnSync } from 'node:child_process';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (run(npm, ['run', '--silent', 'build']) !== 0) process.exit(1);
const size = run(process.execPath, ['scripts/size.mjs']);
const tests = run(process.execPath, [
  'node_modules/@web/test-runner/dist/bin.js',
  '--coverage',
  ...process.argv.slice(2),
]);
process.exit(size || tests);
