// `npm start`: builds the CDN bundle and the embed builder, then serves the demo pages (which load the
// bundle exactly as the README tells page authors to) on 127.0.0.1 and prints the addresses.
// The built files (dist/) and the data (data/) go out with CORS headers, as a CDN sends them: code copied
// from the builder runs in a page of another origin too (a module script from elsewhere needs them), such
// as a CMS preview on this computer.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';

/** The paths that any origin may load: what the builder's code points at. */
const SHARED = /^\/(dist|data|src\/data\/examples)\//;

/** Koa middleware: CORS headers on the shared paths (and an answer to a preflight there). */
export async function cors(ctx, next) {
  if (!SHARED.test(ctx.path)) return next();
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Methods', 'GET, HEAD');
    ctx.status = 204;
    return undefined;
  }
  return next();
}

/** The server `npm start` runs (the build aside): the repository's folder, with CORS on the shared paths. */
export const serve = ({ port = 8000, hostname = '127.0.0.1' } = {}) =>
  startDevServer({
    config: { rootDir: '.', hostname, port, appIndex: undefined, watch: false, middleware: [cors] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // The embed builder's static folder (dist/builder/), from the bundle just built.
  const builder = spawnSync(process.execPath, ['scripts/build-builder.mjs'], { stdio: 'inherit' });
  if (builder.status !== 0) process.exit(builder.status ?? 1);

  const server = await serve({ port: Number(process.env.PORT ?? 8000) });
  const base = `http://127.0.0.1:${server.config.port}`;
  console.log(`peel-widgets demo: ${base}/demo/`);
  console.log(`embed builder: ${base}/dist/builder/`);
}
