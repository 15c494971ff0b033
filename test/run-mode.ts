/** Which build this test page tests (see testRunnerHtml in web-test-runner.config.mjs). */
export const MODE: 'sources' | 'bundle' =
  (globalThis as { __PEEL_TEST__?: { mode?: 'sources' | 'bundle' } }).__PEEL_TEST__?.mode ?? 'sources';

/**
 * A test of nothing but modules the CDN bundle run takes from the sources too (the URL check, the
 * tests' own generators): the same code in both runs, so it runs in the sources run only.
 */
export function itSources(title: string, fn: Mocha.Func | Mocha.AsyncFunc): void {
  if (MODE === 'sources') it(title, fn);
}
