// Counts a web-test-runner run and hands the counts to scripts/test.mjs, which prints the one verdict
// line of the whole `npm test` (tests, type check, lint, size, coverage). Run on its own (`npx
// web-test-runner …`), it prints `N passed, M failed` alone on the last line itself.
import { writeFileSync } from 'node:fs';

/**
 * Adds up one suite's tests and those of the suites inside it; each failed test's name (and the first
 * line of its error) goes into `failures`, since CI may keep only the end of the output.
 */
function countSuite(suite, totals, failures, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const reason = String(test.error?.message ?? '').split('\n')[0];
      failures.push([...path, test.name].join(' › ') + (reason ? `: ${reason}` : ''));
    }
  }
  for (const child of suite?.suites ?? []) countSuite(child, totals, failures, [...path, child.name]);
}

/**
 * The counts of a run. A session's `errors` are failures too: a failing hook (a root `afterEach`
 * after the last test passed, say), a test file that could not be loaded, a browser that gave up.
 * Each counts once, on top of the tests, so a run with any of them never reads "0 failed".
 */
export function tally(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0, errors: [], failures: [] };
  for (const session of sessions) {
    const own = { passed: 0, failed: 0, skipped: 0 };
    const failures = [];
    countSuite(session.testResults, own, failures);
    const errors = (session.errors ?? []).map((error) => `${session.testFile}: ${error.message ?? error}`);
    // A session that failed with neither a failed test nor an error to show for it still failed.
    if (session.passed === false && !errors.length && !own.failed) errors.push(`${session.testFile}: failed`);
    totals.passed += own.passed;
    totals.skipped += own.skipped;
    totals.failed += own.failed + errors.length;
    totals.errors.push(...errors);
    totals.failures.push(...failures.map((failure) => `${session.testFile}: ${failure}`));
  }
  return totals;
}

/** The slowest tests of a run, slowest first: `[file, title, ms]`. */
export function slowTests(sessions, count = 20) {
  const all = [];
  const walk = (file, suite, path) => {
    for (const test of suite?.tests ?? []) all.push([file, [...path, test.name].join(' › '), test.duration ?? 0]);
    for (const child of suite?.suites ?? []) walk(file, child, [...path, child.name]);
  };
  for (const session of sessions) walk(session.testFile, session.testResults, []);
  return all.sort((a, b) => b[2] - a[2]).slice(0, count);
}

/** `12 passed, 0 failed` (`, 3 skipped` when any were). */
export const verdict = ({ passed, failed, skipped = 0 }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

/**
 * With PEEL_TEST_RESULTS set (scripts/test.mjs sets it), writes the counts and whether coverage met
 * its thresholds to that JSON file; without it, prints the verdict last.
 */
export function closingLineReporter({ resultsFile = process.env.PEEL_TEST_RESULTS } = {}) {
  // How long each test file's page took, from its start to its end, so the slow ones can be named.
  const started = new Map();
  const seconds = new Map();
  return {
    start({ sessions }) {
      // The first pages may be opening already: they count from here.
      const begun = performance.now();
      sessions.on('session-status-updated', ({ testFile, status }) => {
        if (status === 'INITIALIZING') started.set(testFile, performance.now());
        else if (status === 'FINISHED')
          seconds.set(testFile, (performance.now() - (started.get(testFile) ?? begun)) / 1000);
      });
    },
    stop({ sessions, testCoverage }) {
      const totals = tally(sessions);
      if (resultsFile) {
        const coverage = testCoverage ? { passed: testCoverage.passed, summary: testCoverage.summary } : undefined;
        const files = Object.fromEntries([...seconds].sort((a, b) => b[1] - a[1]));
        writeFileSync(resultsFile, JSON.stringify({ ...totals, coverage, files, slowTests: slowTests(sessions) }));
        return;
      }
      const coverageFailed = testCoverage && !testCoverage.passed ? 1 : 0;
      // The default reporter redraws its progress after stop(): print once the process is done with it.
      process.once('exit', () =>
        process.stdout.write(`\n${verdict({ ...totals, failed: totals.failed + coverageFailed })}\n`),
      );
    },
  };
}
