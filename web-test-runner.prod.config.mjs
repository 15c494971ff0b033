// The element tests again, against the CDN file pages load (dist/peel-widgets.min.js: Lit's production
// build, minified with terser's unsafe options), not the sources with Lit's development build.
// `npm test` runs it after the build; on its own: `npx rollup -c && npx web-test-runner --config
// web-test-runner.prod.config.mjs`. With PEEL_BUNDLE=all, the same tests against the one-file build
// (dist/peel-widgets.all.min.js), but for the chunk tests (missing, on their way): it has no chunk.
import { existsSync } from 'node:fs';
import base, { testRunnerHtml } from './web-test-runner.config.mjs';

const ALL = process.env.PEEL_BUNDLE === 'all';
const BUNDLE = ALL ? '/dist/peel-widgets.all.min.js' : '/dist/peel-widgets.min.js';
if (!existsSync(`.${BUNDLE}`)) {
  console.error(`${BUNDLE.slice(1)} is missing: build it first (npx rollup -c).`);
  process.exit(1);
}

/**
 * Tests register the tags with `import '…/src/define.js'` (through test/helpers.ts): here that import
 * loads the CDN file instead. Element classes are imported for their types only; a test that imports an
 * element's or controller's source at run time would test the sources beside the bundle, so that
 * import fails the test file rather than pass unnoticed. Data, grade and string modules have no Lit
 * in them and stay importable (tests use them to build their inputs).
 */
function cdnBundle() {
  return {
    name: 'peel-cdn-bundle',
    resolveImport({ source, context }) {
      if (!source.startsWith('.') && !source.startsWith('/')) return undefined;
      const path = new URL(source, `http://localhost${context.path}`).pathname;
      if (/^\/src\/define\.(js|ts)$/.test(path)) return BUNDLE;
      if (/^\/src\/(components|controllers)\/.*\.(js|ts)$/.test(path) && !/\.(test|stories)\.(js|ts)$/.test(path))
        throw new Error(`${context.path} imports ${path}: in the CDN bundle run, elements come from ${BUNDLE} only`);
      return undefined;
    },
  };
}

export default {
  ...base,
  files: [
    // The slowest first (see SLOW_FIRST in web-test-runner.config.mjs).
    'src/components/peel-compare/peel-compare.test.ts',
    'src/components/**/*.test.ts',
    'test/properties.test.ts',
    'test/src-loading.test.ts',
    'test/robustness.test.ts',
    'test/frameworks.test.ts',
    'test/infra.test.ts',
    'test/states.test.ts',
    ...(ALL ? [] : ['test/chunk-failure.test.ts', 'test/chunk-loading.test.ts']),
  ],
  testRunnerHtml: testRunnerHtml('bundle'),
  coverage: false,
  plugins: [cdnBundle(), ...base.plugins],
};
