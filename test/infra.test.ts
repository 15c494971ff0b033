import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schema from '../schema/peel-assessment.schema.json' with { type: 'json' };
import { SEED } from './fast-check.js';
// Registers the elements: from the sources, or in the CDN bundle run from dist/peel-widgets.min.js.
import './helpers.js';

interface TestPage {
  seed: number;
  mode: 'sources' | 'bundle';
}
const page = (globalThis as unknown as { __PEEL_TEST__: TestPage }).__PEEL_TEST__;
const guard = (globalThis as unknown as { __peelConsoleGuard?: { installed: boolean } }).__peelConsoleGuard;
const loaded = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('test infrastructure', () => {
  it('validates against the schema in the browser', () => {
    const validator = new Validator(schema as never, '2020-12', false);
    expect(validator.validate({ force: { name: 'X' } }).valid).to.be.true;
    expect(validator.validate({ force: {} }).valid).to.be.false;
  });

  it('fails a test that leaves a console warning or error unasserted (the console guard is installed)', () => {
    expect(guard?.installed, 'test/console-guard.js ran before mocha was set up').to.equal(true);
    const rootHooks = (
      globalThis as unknown as { mocha: { suite: { _afterEach: { originalTitle?: string; title: string }[] } } }
    ).mocha.suite._afterEach;
    expect(rootHooks.some((hook) => (hook.originalTitle ?? hook.title).includes('console guard'))).to.equal(true);
  });

  it('runs fast-check with the seed the test page was given', () => {
    expect(SEED).to.equal(page.seed);
    expect(Number.isSafeInteger(SEED)).to.equal(true);
  });

  it('tests the elements from the build this run is for', () => {
    // The bundle, or with PEEL_BUNDLE=all the one-file build.
    const fromBundle = loaded().some((path) => /^\/dist\/peel-widgets(\.all)?\.min\.js$/.test(path));
    const fromSources = loaded().some((path) => path.startsWith('/src/components/'));
    expect({ fromBundle, fromSources }).to.deep.equal(
      page.mode === 'bundle' ? { fromBundle: true, fromSources: false } : { fromBundle: false, fromSources: true },
    );
  });
});
