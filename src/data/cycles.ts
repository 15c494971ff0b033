import { DEFAULT_SCALE, isScale } from './grades.js';
import type { Scale } from './grades.js';

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

/**
 * The scale of a period written in any of the usual ways ("2016", "2018/19", "2023–25", or a cycle
 * id): four grades up to the 2018/19 cycle, five from 2021/22 on. Undefined when it holds no year.
 */
export function scaleOfPeriod(period: string): Scale | undefined {
  const year = /\d{4}/.exec(period)?.[0];
  return year ? (+year < 2020 ? 'peel-2014' : 'peel-2021') : undefined;
}

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

/**
 * Whether a grade on `scale` can be compared with one from `previousPeriod` (up, down, the same):
 * only on the same scale. Without a period, or with one that names no year, there is nothing to say
 * otherwise, so the grades compare as version 1 documents always have.
 */
export const comparable = (scale: Scale, previousPeriod = '') => (scaleOfPeriod(previousPeriod) ?? scale) === scale;
