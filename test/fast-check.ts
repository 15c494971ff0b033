import fc from 'fast-check';

/**
 * fast-check's seed, fixed so that a failure can be run again. The test page carries it from the
 * FC_SEED environment variable (see web-test-runner.config.mjs): `FC_SEED=<seed> npm test` replays a
 * run, `FC_SEED=random` tries a new one.
 */
const page = (globalThis as { __PEEL_TEST__?: { seed?: number; mode?: string } }).__PEEL_TEST__;
export const SEED = page?.seed ?? 20170322;

/** The most cases a property tries in one run: a new seed (FC_SEED=random) tries others. */
export const MAX_RUNS = 250;

/**
 * How many cases to try: all of them (at most MAX_RUNS) against the sources, a quarter against the CDN
 * bundle (the second run of `npm test` looks for what minifying broke, not for new inputs).
 */
export const runs = (n: number) => Math.min(MAX_RUNS, page?.mode === 'bundle' ? Math.ceil(n / 4) : n);

fc.configureGlobal({ seed: SEED });

/** fc.assert, with how to replay a failure added to its message. */
export async function assertProperty<T>(
  property: fc.IAsyncProperty<T> | fc.IProperty<T>,
  params: fc.Parameters<T> = {},
): Promise<void> {
  try {
    await fc.assert(property, { includeErrorInReport: true, ...params });
  } catch (error) {
    if (error instanceof Error)
      error.message = `fast-check seed ${SEED} (replay: FC_SEED=${SEED} npm test)\n${error.message}`;
    throw error;
  }
}

export { fc };
