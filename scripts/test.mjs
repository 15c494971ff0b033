// `npm test`, what CI runs: build, type check, lint, the size budget, the packed package and the projects
// that consume it (scripts/check-consumers.mjs), the node-side tests, every browser
// test against the sources (with coverage), the element tests again against the built CDN file, and
// the built Storybook.
// After the build, the stages run in two lanes side by side (the browser tests on the sources in one,
// everything else in the other), each stage's output held back and printed whole when it ends.
// The last line of output is the verdict of all of it, alone on its line: `N passed, M failed`, where
// each test counts once and each check (type check, lint, size, coverage) counts once more.
// `node scripts/test.mjs --files test/foo.test.ts` hands its arguments to both browser runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { run as runNodeTests } from 'node:test';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { verdict } from './closing-line-reporter.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const report = []; // one line per step, printed above the verdict
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function finish() {
  console.log(`\n${report.join('\n')}\ntotal ${seconds(started)}`);
  console.log(verdict(totals));
  process.exit(totals.failed ? 1 : 0);
}

/** A step that passes or fails as a whole. */
function check(name, ok, since, detail = '') {
  totals[ok ? 'passed' : 'failed'] += 1;
  report.push(`${ok ? 'ok    ' : 'FAILED'} ${name}${detail ? `: ${detail}` : ''} (${seconds(since)})`);
  return ok;
}

/** Adds a run's counts to the verdict, with a line for the report. */
function counted(name, counts, since) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  report.push(`${counts.failed ? 'FAILED' : 'ok    '} ${name}: ${verdict(counts)} (${seconds(since)})`);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs a command with its output (stdout and stderr, in the order they came) kept in `out`, so that
 * two stages running at once do not mix their lines. Resolves with the exit status.
 */
const exec = (out, command, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      env: { ...process.env, ...env },
    });
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => out.push(chunk));
    child.on('error', (error) => {
      out.push(`${error.message}\n`);
      resolve(1);
    });
    child.on('close', (status) => resolve(status ?? 1));
  });

/** Runs `body` with an output buffer of its own, printed under the stage's name when it ends. */
async function stage(name, body) {
  const out = [];
  const since = performance.now();
  try {
    await body(out, since);
  } catch (error) {
    out.push(`${error?.stack ?? error}\n`);
    check(`${name} (it threw)`, false, since);
  }
  const text = out.map(String).join('');
  process.stdout.write(`\n━━ ${name} (${seconds(since)})\n${text}${text.endsWith('\n') || !text ? '' : '\n'}`);
}

/** One command that passes or fails as a whole. */
const commandStage = (name, command, args, env) =>
  stage(name, async (out, since) => check(name, (await exec(out, command, args, env)) === 0, since));

if (!findChrome()) {
  console.error(INSTALL_HINT);
  totals.failed += 1;
  finish();
}

// fast-check's seed, one for both browser runs, so that the one printed replays either.
if (process.env.FC_SEED === 'random') process.env.FC_SEED = String(Math.floor(Math.random() * 2 ** 31));

// Without a build nothing else means much: stop here, failed.
await commandStage('build', npm, ['run', '--silent', 'build']);
if (totals.failed) finish();

/** node:test files beside the scripts (the reporter's own counting, for one). */
const nodeTests = () =>
  stage('node tests (scripts/*.test.mjs)', async (out, since) => {
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
    counted('node tests', own, since);
  });

const extra = process.argv.slice(2);

/** One web-test-runner run; its counts come back through the closing-line reporter's JSON file. */
const browserTests = (name, args, { coverage = false } = {}) =>
  stage(name, async (out, since) => {
    const dir = mkdtempSync(join(tmpdir(), 'peel-test-'));
    const file = join(dir, 'results.json');
    const status = await exec(out, process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
      PEEL_TEST_RESULTS: file,
    });
    let results;
    try {
      results = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // The runner stopped before its reporters did: nothing counted, so count the run as one failure.
      totals.failed += 1;
      report.push(`FAILED ${name}: the runner exited with ${status} before reporting (${seconds(since)})`);
      return;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    counted(name, results, since);
    for (const error of results.errors) report.push(`       ${error.split('\n')[0]}`);
    // The slowest files, to know where the time goes.
    const slowest = Object.entries(results.files ?? {}).slice(0, 3);
    if (slowest.length)
      report.push(
        `       slowest: ${slowest.map(([f, s]) => `${relative(process.cwd(), f)} ${s.toFixed(1)} s`).join(', ')}`,
      );
    if (coverage) {
      const lines = Object.entries(results.coverage?.summary?.data ?? results.coverage?.summary ?? {})
        .map(([key, value]) => `${key} ${value.pct}%`)
        .join(', ');
      check('coverage thresholds', results.coverage?.passed === true, since, lines);
    }
    // Anything else that made the runner fail (its own errors, a threshold it checks that we did not).
    const explained = results.failed || (coverage && results.coverage?.passed === false);
    if (status !== 0 && !explained) check(`${name} (runner exit code ${status})`, false, since);
  });

/** Stages one after another. */
const lane = async (...stages) => {
  for (const next of stages) await next();
};

await Promise.all([
  // The longest stage, alone in its lane (it runs two browsers).
  lane(() => browserTests('browser tests, sources', ['--coverage', ...extra], { coverage: true })),
  lane(
    // custom-elements.json was made by the build; `npm run typecheck` would make it again.
    () => commandStage('type check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']),
    () => commandStage('lint (eslint --max-warnings 0)', npm, ['run', '--silent', 'lint']),
    () => commandStage('size budget', process.execPath, ['scripts/size.mjs']),
    // The package as a user receives it: packed, judged by publint and arethetypeswrong, and installed into
    // the projects in test/consumers/ (React 19, Vue 3, plain TypeScript), whose compilers must pass.
    () =>
      commandStage('package and consumers (publint, attw, react, vue, plain-ts)', process.execPath, [
        'scripts/check-consumers.mjs',
      ]),
    nodeTests,
    () => browserTests('browser tests, CDN bundle', ['--config', 'web-test-runner.prod.config.mjs', ...extra]),
    // The designers' catalogue as it is published: the static Storybook build (not through `npm run
    // build-storybook`, which would write custom-elements.json again under the other lane's feet), then a
    // look at it in Chromium (no docs page scrolls sideways, the scheme switch themes it all, loading
    // stories hold).
    () =>
      stage('Storybook build and check (.storybook/check-build.mjs)', async (out, since) => {
        const env = { STORYBOOK_DISABLE_TELEMETRY: '1' };
        const built =
          (await exec(
            out,
            process.execPath,
            [
              'node_modules/storybook/dist/bin/dispatcher.js',
              'build',
              '--output-dir',
              'storybook-static',
              '--disable-telemetry',
              '--quiet',
            ],
            env,
          )) === 0;
        const ok = built && (await exec(out, process.execPath, ['.storybook/check-build.mjs'])) === 0;
        check('Storybook build and check (.storybook/check-build.mjs)', ok, since);
      }),
  ),
]);

if (process.env.FC_SEED) report.push(`fast-check seed ${process.env.FC_SEED} (replay: FC_SEED=${process.env.FC_SEED})`);
finish();
