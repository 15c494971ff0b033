// Prints `N passed, M failed` alone on the last line, where CI reads it.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function closingLineReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no test results: count it as one failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // The default reporter redraws its progress after stop(): print once the process is done with it.
      process.once('exit', () =>
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`),
      );
    },
  };
}
