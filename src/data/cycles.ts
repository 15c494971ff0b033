import { DEFAULT_SCALE, isScale, scaleOfPeriod } from './grades.js';
import type { Scale } from './grades.js';

// Not in the bundle: the data chunk has it (see rollup.config.mjs), for the parser and for the chunks that
// show data, which load with it. The badge compares periods with what grades.ts has.
export { comparable, scaleOfPeriod } from './grades.js';

export type Cycle =
  | 'peel-2014'
  | 'peel-2015'
  | 'peel-2016'
  | 'peel-2017'
  | 'peel-2018-19'
  | 'peel-2021-22'
  | 'peel-2023-25'
  | 'peel-2025-27';

/**
 * The PEEL inspection cycles, oldest first: id → the period as the inspectorate writes it. Each id is
 * `peel-` and its period with `-` for the separator, so the ids are built from the periods (fewer bytes).
 */
export const CYCLES = Object.fromEntries(
  '2014 2015 2016 2017 2018/19 2021/22 2023–25 2025–27'
    .split(' ')
    .map((period) => [`peel-${period.replace(/\D/, '-')}`, period]),
) as Record<Cycle, string>;

export const isCycle = (value: unknown): value is Cycle => typeof value === 'string' && Object.hasOwn(CYCLES, value);

/** The scale a cycle grades on. */
export const cycleScale = (cycle: Cycle) => scaleOfPeriod(cycle)!;

/** What a cycle id looks like, known or not (`peel-2017`, `peel-2027-29`): one this version does not know is no error. */
export const CYCLE_ID = /^peel-\d{4}(-\d\d)?$/;

/**
 * The cycle a document reports: its `cycle`, else the one whose first year its `period` names
 * ("2023–2025", "2023–25": peel-2023-25). Undefined for neither. Takes unchecked input too.
 */
export const cycleOf = (doc: { cycle?: unknown; period?: unknown }): Cycle | undefined =>
  isCycle(doc.cycle)
    ? doc.cycle
    : (Object.keys(CYCLES) as Cycle[]).find(
        (cycle) => typeof doc.period === 'string' && cycle.slice(5, 9) === /\d{4}/.exec(doc.period)?.[0],
      );

/**
 * A document's scale: as stated, else the one its cycle implies (a cycle id this version does not know
 * by its year, as `previousPeriod` is), else its period's cycle's, else the default. Takes unchecked input too.
 */
export const scaleOf = (doc: { scale?: unknown; cycle?: unknown; period?: unknown }): Scale =>
  isScale(doc.scale)
    ? doc.scale
    : (scaleOfPeriod(typeof doc.cycle === 'string' && CYCLE_ID.test(doc.cycle) ? doc.cycle : (cycleOf(doc) ?? '')) ??
      DEFAULT_SCALE);
