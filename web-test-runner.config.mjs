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
      // Which browser of the pool this is, for the test server's chunk controls (test/server-plugin.mjs).
      document.cookie = 'peel-browser=' + Math.random().toString(36).slice(2) + '; path=/';
    </script>
    <script src="/test/console-guard.js"></script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/**
 * Two browsers behind one launcher, each with one page: wtr runs two test files at once, each in the
 * only page, so the foreground tab, of its own browser. (Two pages in one browser would make one a
 * background tab, which gets no animation frames; open-wc's fixture() waits for one.) Whichever
 * browser is free takes the next file, so the split follows the files' times without a list of them.
 */
export function chromePool(size, options) {
  const browsers = Array.from({ length: size }, () => chromeLauncher(options));
  /** Which browser runs each session. */
  const owner = new Map();
  const of = (id) => {
    const browser = owner.get(id);
    if (!browser) throw new Error(`No browser for session ${id}`);
    return browser;
  };
  return {
    name: 'Chrome',
    type: 'puppeteer',
    concurrency: size,
    async initialize(config, testFiles) {
      // `--concurrency 1` runs one browser.
      this.concurrency = Math.min(size, config.concurrency);
      await Promise.all(browsers.map((browser) => browser.initialize(config, testFiles)));
    },
    async stop() {
      await Promise.all(browsers.map((browser) => browser.stop()));
    },
    async startSession(id, url) {
      const busy = new Set(owner.values());
      const browser = browsers.find((b) => !busy.has(b)) ?? browsers[0];
      owner.set(id, browser);
      try {
        await browser.startSession(id, url);
      } catch (error) {
        // A page that never opened holds no browser (the runner will not stop a session that is not active).
        if (!browser.isActive(id)) owner.delete(id);
        throw error;
      }
    },
    isActive: (id) => owner.get(id)?.isActive(id) ?? false,
    getBrowserUrl: (id) => of(id).getBrowserUrl(id),
    // For the commands that drive the page (emulate-media-features, sendKeys, setViewport…).
    getPage: (id) => of(id).getPage(id),
    async stopSession(id) {
      try {
        return await of(id).stopSession(id);
      } finally {
        owner.delete(id);
      }
    },
    startDebugSession: (id, url) => {
      owner.set(id, browsers[0]);
      return browsers[0].startDebugSession(id, url);
    },
  };
}

const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

/**
 * The slowest files (as measured), started first so that the two browsers finish together; every other
 * file follows, in whichever browser is free. A name here that no longer exists matches nothing.
 */
export const SLOW_FIRST = [
  'test/stories.test.ts',
  'src/components/peel-compare/peel-compare.test.ts',
  'test/compare-layout.test.ts',
  'test/layout.test.ts',
  'test/builder.test.ts',
];

export default {
  files: [...SLOW_FIRST, 'src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // Two files at a time, each in a browser of its own (see chromePool).
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  testRunnerHtml: testRunnerHtml('sources'),
  browsers: [chromePool(2, { launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
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
