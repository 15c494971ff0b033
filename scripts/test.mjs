// `npm test`, what CI runs: build, type check, lint, the size budget, the packed package and the projects
// that consume it (scripts/check-consumers.mjs), the node-side tests, every browser
// test against the sources (with coverage), the element tests again against the built CDN file, and
// the built Storybook.
// After the build, the stages run side by side: the browser tests on the sources (two browsers) in one
// lane, the other stages two at a time beside it, the longest first (and three at a time once the browser
// tests on the sources are done). Each stage's output is held back and
// printed whole when it ends; the report lists the stages in the order below, each with its time.
// The last line of output is the verdict of all of it, alone on its line: `N passed, M failed`, where
// each test counts once and each check (type check, lint, size, coverage) counts once more.
// `node scripts/test.mjs --files test/foo.test.ts` hands its arguments to both browser runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { setPriority, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { run as runNodeTests } from 'node:test';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { verdict } from './closing-line-reporter.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
/** Each stage's report lines, in the order the stages are declared (not the order they end in). */
const report = [];
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function finish() {
  console.log(`\n${report.flat().join('\n')}\ntotal ${seconds(started)}`);
  console.log(verdict(totals));
  process.exit(totals.failed ? 1 : 0);
}

/** A step that passes or fails as a whole. */
function check(lines, name, ok, since, detail = '') {
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok    ' : 'FAILED'} ${name}${detail ? `: ${detail}` : ''} (${seconds(since)})`);
  return ok;
}

/** Adds a run's counts to the verdict, with a line for the report. */
function counted(lines, name, counts, since) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  lines.push(`${counts.failed ? 'FAILED' : 'ok    '} ${name}: ${verdict(counts)} (${seconds(since)})`);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs a command with its output (stdout and stderr, in the order they came) kept in `out`, so that
 * two stages running at once do not mix their lines; `yielding`, at a lower priority, which the
 * command's own processes inherit (a browser's, a compiler's). Resolves with the exit status.
 */
const exec = (out, yielding, command, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      env: { ...process.env, ...env },
    });
    if (yielding && child.pid)
      try {
        setPriority(child.pid, 10);
      } catch {
        // Not allowed here: the same priority, then.
      }
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => out.push(chunk));
    child.on('error', (error) => {
      out.push(`${error.message}\n`);
      resolve(1);
    });
    child.on('close', (status) => resolve(status ?? 1));
  });

/**
 * A stage: `body(run, lines, since)` runs commands with `run(command, args, env)`, their output kept
 * to be printed under the stage's name when it ends, and adds its report lines, which keep the stage's
 * place in the report. A stage beside the browser tests on the sources (`yielding`) runs its commands
 * at a lower priority: those take the longest, and the others fill the time their browsers wait.
 */
function stage(name, body, { yielding = true } = {}) {
  const lines = [];
  report.push(lines);
  return async () => {
    const out = [];
    const since = performance.now();
    const run = (command, args, env) => exec(out, yielding, command, args, env);
    try {
      await body(run, lines, since, out);
    } catch (error) {
      out.push(`${error?.stack ?? error}\n`);
      check(lines, `${name} (it threw)`, false, since);
    }
    const text = out.map(String).join('');
    process.stdout.write(`\n━━ ${name} (${seconds(since)})\n${text}${text.endsWith('\n') || !text ? '' : '\n'}`);
  };
}

/** One command that passes or fails as a whole. */
const commandStage = (name, command, args, options) =>
  stage(name, async (run, lines, since) => check(lines, name, (await run(command, args)) === 0, since), options);

if (!findChrome()) {
  console.error(INSTALL_HINT);
  totals.failed += 1;
  finish();
}

// fast-check's seed, one for both browser runs, so that the one printed replays either.
if (process.env.FC_SEED === 'random') process.env.FC_SEED = String(Math.floor(Math.random() * 2 ** 31));

// Without a build nothing else means much: stop here, failed.
await commandStage('build', npm, ['run', '--silent', 'build'], { yielding: false })();
if (totals.failed) finish();

const extra = process.argv.slice(2);

/**
 * A port the system has just handed out: each run gets its own, where two runs starting at once would
 * both find web-test-runner's default 8000 free and one would fail to listen.
 */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(String(port)));
    });
    server.on('error', reject);
  });

/** One web-test-runner run; its counts come back through the closing-line reporter's JSON file. */
const browserTests = (name, args, { coverage = false, yielding = true } = {}) =>
  stage(
    name,
    async (run, lines, since) => {
      const dir = mkdtempSync(join(tmpdir(), 'peel-test-'));
      const file = join(dir, 'results.json');
      const status = await run(
        process.execPath,
        ['node_modules/@web/test-runner/dist/bin.js', '--port', await freePort(), ...args],
        {
          PEEL_TEST_RESULTS: file,
        },
      );
      let results;
      try {
        results = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // The runner stopped before its reporters did: nothing counted, so count the run as one failure.
        totals.failed += 1;
        lines.push(`FAILED ${name}: the runner exited with ${status} before reporting (${seconds(since)})`);
        return;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      counted(lines, name, results, since);
      // What failed, by name: CI may show only the end of the output, where this report is.
      for (const failure of [...(results.failures ?? []), ...results.errors])
        lines.push(`       ${failure.split('\n')[0].replace(`${process.cwd()}/`, '')}`);
      // The slowest files, to know where the time goes.
      const slowest = Object.entries(results.files ?? {}).slice(0, 3);
      if (slowest.length)
        lines.push(
          `       slowest: ${slowest.map(([f, s]) => `${relative(process.cwd(), f)} ${s.toFixed(1)} s`).join(', ')}`,
        );
      if (coverage) {
        const summary = Object.entries(results.coverage?.summary?.data ?? results.coverage?.summary ?? {})
          .filter(([, value]) => typeof value.pct === 'number')
          .map(([key, value]) => `${key} ${value.pct}%`)
          .join(', ');
        check(lines, 'coverage thresholds', results.coverage?.passed === true, since, summary);
      }
      // Anything else that made the runner fail (its own errors, a threshold it checks that we did not).
      const explained = results.failed || (coverage && results.coverage?.passed === false);
      if (status !== 0 && !explained) check(lines, `${name} (runner exit code ${status})`, false, since);
    },
    { yielding },
  );

const sources = browserTests('browser tests, sources', ['--coverage', ...extra], { coverage: true, yielding: false });

// The other stages, longest first.
const others = [
  // The designers' catalogue as it is published: the static Storybook build (not through `npm run
  // build-storybook`, which would write custom-elements.json again under the other stages' feet), then a
  // look at it in Chromium (no docs page scrolls sideways, the scheme switch themes it all, loading
  // stories hold).
  // Then the site (scripts/build-site.mjs) with that Storybook, served as a static host would and every link
  // followed (scripts/check-site.mjs).
  stage('Storybook build and check (.storybook/check-build.mjs), the site', async (run, lines, since) => {
    const storybook = 'node_modules/storybook/dist/bin/dispatcher.js';
    const build = [storybook, 'build', '--output-dir', 'storybook-static', '--disable-telemetry', '--quiet'];
    const built = (await run(process.execPath, build, { STORYBOOK_DISABLE_TELEMETRY: '1' })) === 0;
    const ok = built && (await run(process.execPath, ['.storybook/check-build.mjs'])) === 0;
    check(lines, 'Storybook build and check (.storybook/check-build.mjs)', ok, since);
    const site = mkdtempSync(join(tmpdir(), 'peel-site-'));
    const siteSince = performance.now();
    try {
      const siteOk =
        built &&
        (await run(process.execPath, ['scripts/build-site.mjs', '--out', site])) === 0 &&
        (await run(process.execPath, ['scripts/check-site.mjs', site])) === 0;
      check(lines, 'site: built, served, every link followed (scripts/check-site.mjs)', siteOk, siteSince);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }),
  // The package as a user receives it: packed, judged by publint and arethetypeswrong, and installed into
  // the projects in test/consumers/ (React 19, Vue 3, plain TypeScript), whose compilers must pass.
  commandStage('package and consumers (publint, attw, react, vue, plain-ts)', process.execPath, [
    'scripts/check-consumers.mjs',
  ]),
  // node:test files beside the scripts (the reporter's own counting, for one).
  stage('node tests (scripts/*.test.mjs)', async (run, lines, since, out) => {
    const files = readdirSync('scripts')
      .filter((f) => f.endsWith('.test.mjs'))
      .map((f) => join('scripts', f));
    const own = { passed: 0, failed: 0 };
    for await (const event of runNodeTests({ files })) {
      if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
      if (event.data.details?.type === 'suite') continue;
      if (event.type === 'test:pass') own.passed += 1;
      else {
        own.failed += 1;
        out.push(
          `node test failed: ${event.data.name}\n${event.data.details?.error?.stack ?? event.data.details?.error}\n`,
        );
      }
    }
    counted(lines, 'node tests', own, since);
  }),
  browserTests('browser tests, CDN bundle', ['--config', 'web-test-runner.prod.config.mjs', ...extra]),
  // custom-elements.json was made by the build; `npm run typecheck` would make it again.
  commandStage('type check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']),
  commandStage('lint (eslint --max-warnings 0)', npm, ['run', '--silent', 'lint']),
  commandStage('size budget', process.execPath, ['scripts/size.mjs']),
];

// Two lanes take the other stages, each the next in the queue when it is free; the browser tests on the sources
// hold the third lane, which then joins the others for what is left.
const queue = [...others];
const lane = async () => {
  for (let next; (next = queue.shift());) await next();
};
await Promise.all([sources().then(lane), lane(), lane()]);

if (process.env.FC_SEED) report.push(`fast-check seed ${process.env.FC_SEED} (replay: FC_SEED=${process.env.FC_SEED})`);
finish();
