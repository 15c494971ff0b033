// `npm start`: builds the CDN bundle, then serves the demo pages (which load it exactly as the
// README tells page authors to) on 127.0.0.1 and prints the address.
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
// The embed builder's static folder (dist/builder/), from the bundle just built.
const builder = spawnSync(process.execPath, ['scripts/build-builder.mjs'], { stdio: 'inherit' });
if (builder.status !== 0) process.exit(builder.status ?? 1);

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port, appIndex: undefined, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://127.0.0.1:${server.config.port}/demo/`;
console.log(`peel-widgets demo: ${address}`);
console.log(`embed builder: http://127.0.0.1:${server.config.port}/dist/builder/`);
