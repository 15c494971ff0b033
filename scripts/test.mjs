// `npm test`, what CI runs: build, type check, lint, the size budget, the packed package and the projects
// that consume it (scripts/check-consumers.mjs), the node-side tests, every browser
// test against the sources (with coverage), the element tests again against the built CDN file, and
// the built Storybook.
// The last line of output is the verdict of all of it, alone on its line: `N passed, M failed`, where
// each test counts once and each check (type check, lint, size, coverage) counts once more.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const exec = (command, args, env = {}) =>
  spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env },
  }).status ?? 1;

if (!findChrome()) {
  console.error(INSTALL_HINT);
  totals.failed += 1;
  finish();
}

// Without a build nothing else means much: stop here, failed.
let since = performance.now();
if (!check('build', exec(npm, ['run', '--silent', 'build']) === 0, since)) finish();

// custom-elements.json was made by the build; `npm run typecheck` would make it again.
since = performance.now();
check(
  'type check (tsc --noEmit)',
  exec(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']) === 0,
  since,
);

since = performance.now();
check('lint (eslint --max-warnings 0)', exec(npm, ['run', '--silent', 'lint']) === 0, since);

since = performance.now();
check('size budget', exec(process.execPath, ['scripts/size.mjs']) === 0, since);

// The package as a user receives it: packed, judged by publint and arethetypeswrong, and installed into
// the projects in test/consumers/ (React 19, Vue 3, plain TypeScript), whose compilers must pass.
since = performance.now();
check(
  'package and consumers (publint, attw, react, vue, plain-ts)',
  exec(process.execPath, ['scripts/check-consumers.mjs']) === 0,
  since,
);

// node:test files beside the scripts (the reporter's own counting, for one).
since = performance.now();
{
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
      console.error(
        `node test failed: ${event.data.name}\n${event.data.details?.error?.stack ?? event.data.details?.error}`,
      );
    }
  }
  totals.passed += own.passed;
  totals.failed += own.failed;
  report.push(`${own.failed ? 'FAILED' : 'ok    '} node tests: ${verdict(own)} (${seconds(since)})`);
}

/** One web-test-runner run; its counts come back through the closing-line reporter's JSON file. */
function browserTests(name, args, { coverage = false } = {}) {
  const since = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'peel-test-'));
  const file = join(dir, 'results.json');
  const status = exec(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
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
  totals.passed += results.passed;
  totals.failed += results.failed;
  totals.skipped += results.skipped;
  report.push(`${results.failed ? 'FAILED' : 'ok    '} ${name}: ${verdict(results)} (${seconds(since)})`);
  for (const error of results.errors) report.push(`       ${error.split('\n')[0]}`);
  if (coverage) {
    const lines = Object.entries(results.coverage?.summary?.data ?? results.coverage?.summary ?? {})
      .map(([key, value]) => `${key} ${value.pct}%`)
      .join(', ');
    check('coverage thresholds', results.coverage?.passed === true, since, lines);
  }
  // Anything else that made the runner fail (its own errors, a threshold it checks that we did not).
  const explained = results.failed || (coverage && results.coverage?.passed === false);
  if (status !== 0 && !explained) check(`${name} (runner exit code ${status})`, false, since);
}

const extra = process.argv.slice(2);
browserTests('browser tests, sources', ['--coverage', ...extra], { coverage: true });
browserTests('browser tests, CDN bundle', ['--config', 'web-test-runner.prod.config.mjs', ...extra]);

// The designers' catalogue as it is published: the static Storybook build, then a look at it in
// Chromium (no docs page scrolls sideways, the scheme switch themes it all, loading stories hold).
since = performance.now();
check(
  'Storybook build and check (.storybook/check-build.mjs)',
  exec(npm, ['run', '--silent', 'check-storybook'], { STORYBOOK_DISABLE_TELEMETRY: '1' }) === 0,
  since,
);

finish();
