// Loaded first on every test page (testRunnerHtml in web-test-runner.config.mjs), as a classic script so
// that it runs before any module. A warning, an error, an uncaught exception or an unhandled rejection
// that no test consumed fails the test it happened in: expected warnings are asserted (captureWarnings
// and observe() in test/helpers.ts take them before they reach the console), never just printed.
(() => {
  const unconsumed = [];
  const describe = (value) => (value instanceof Error ? value.stack || String(value) : String(value));
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = function (...args) {
      unconsumed.push(`console.${level}: ${args.map(describe).join(' ')}`);
      // Still printed, so the runner's browser logs show it beside the failure.
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => unconsumed.push(`uncaught: ${describe(event.error ?? event.message)}`));
  // Mocha in a browser fails a test for an uncaught exception, but not for an unhandled rejection.
  addEventListener('unhandledrejection', (event) => unconsumed.push(`unhandled rejection: ${describe(event.reason)}`));

  const failure = (what) =>
    new Error(
      `${what} logged or threw what no assertion consumed (assert it with captureWarnings() or observe()):\n` +
        unconsumed.splice(0).join('\n'),
    );

  // Root hooks, added when the runner sets mocha up, before any test file is imported.
  function afterEachTest() {
    if (!unconsumed.length) return;
    const test = this.currentTest;
    const error = failure('The test');
    // A test that already failed keeps its own error: what it left behind may only follow from it.
    if (!test || test.state !== 'passed') return;
    // Fails this test without failing the hook, so the file's other tests still run.
    test.err = error;
    this.test.error(error);
  }
  function afterAllTests() {
    if (unconsumed.length) throw failure('After the last test, the page');
  }

  let instance;
  Object.defineProperty(window, 'mocha', {
    configurable: true,
    get: () => instance,
    set(mocha) {
      instance = mocha;
      const setup = mocha.setup;
      mocha.setup = function (...args) {
        const result = setup.apply(this, args);
        this.suite.afterEach('console guard', afterEachTest);
        this.suite.afterAll('console guard', afterAllTests);
        window.__peelConsoleGuard = { installed: true, pending: () => [...unconsumed] };
        return result;
      };
    },
  });
})();
