import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './scripts/find-chrome.mjs';
import { closingLineReporter } from './scripts/closing-line-reporter.mjs';
import { mediaFeaturesPlugin, sourceModules, statusMiddleware, testServerPlugin } from './test/server-plugin.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

// fast-check's seed, fixed so that a failure can be run again: FC_SEED=<number> to replay one, FC_SEED=random
// for a new one each run. The tests print it when a property fails.
const DEFAULT_SEED = 20170322;
const seed =
  process.env.FC_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FC_SEED ?? DEFAULT_SEED);
if (!Number.isSafeInteger(seed)) {
  console.error(`FC_SEED must be a whole number or "random", not ${process.env.FC_SEED}`);
  process.exit(1);
}

/**
 * The test page. Lit's development build says it is in dev mode once per page: marked as said, so a
 * green run prints nothing. The console guard fails a test that leaves a warning unasserted.
 */
export const testRunnerHtml = (mode) => (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <script>
      globalThis.litIssuedWarnings = new Set(['dev-mode']);
      globalThis.__PEEL_TEST__ = ${JSON.stringify({ seed, mode })};
    </script>
    <script src="/test/console-guard.js"></script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // One page at a time: a second page is a background tab, which gets no animation frames, and
  // open-wc's fixture() waits for one.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  testRunnerHtml: testRunnerHtml('sources'),
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'node_modules/**'],
    threshold: { lines: 90, branches: 90, statements: 90, functions: 85 },
    report: true,
    reportDir: 'coverage',
  },
  middleware: [sourceModules, statusMiddleware],
  plugins: [
    testServerPlugin(),
    mediaFeaturesPlugin(),
    // React ships CommonJS only, and picks its build from process.env.NODE_ENV.
    replace({
      include: ['**/node_modules/react*/**', '**/node_modules/scheduler/**'],
      preventAssignment: true,
      'process.env.NODE_ENV': '"development"',
    }),
    commonjs({
      include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
      strictRequires: false,
      requireReturnsDefault: 'preferred',
    }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
  ],
  reporters: [defaultReporter(), closingLineReporter()],
};
