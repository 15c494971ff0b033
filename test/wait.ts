import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/**
 * @open-wc/testing's waitUntil with a bound of 15 s (below mocha's 20 s per test) instead of 1 s. It
 * waits for the condition, so a quiet run is no slower; the bound is only how long a busy machine
 * (CI's two cores with the Storybook build beside the browsers) may take before the test fails.
 */
export const waitUntil = (
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
) => waitUntilOpenWc(predicate, message, { timeout: 15000, ...options });
