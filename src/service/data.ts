// The one place the embed service gets its data: the collections the package ships (data/<cycle>/), built
// into the service, parsed once. Nothing else is ever read: no file, no URL. A new cycle is its import and
// one line in SHIPPED (and a force's whole report, where one is shipped, its import and a line in REPORTS).
// A force's history (`<peel-history>`) is made from the same, not from data/history/ (the same grades again).
import c2015 from '../../data/2015/peel-2015-all-forces.json' with { type: 'json' };
import c2016 from '../../data/2016/peel-2016-all-forces.json' with { type: 'json' };
import c2017 from '../../data/2017/peel-2017-all-forces.json' with { type: 'json' };
import c2018 from '../../data/2018-19/peel-2018-19-all-forces.json' with { type: 'json' };
import c2021 from '../../data/2021-22/peel-2021-22-all-forces.json' with { type: 'json' };
import c2023 from '../../data/2023-25/peel-2023-25-all-forces.json' with { type: 'json' };
import northamptonshire2017 from '../../data/2017/northamptonshire-2017.json' with { type: 'json' };
import metropolitan2021 from '../../data/2021-22/metropolitan-2021-22.json' with { type: 'json' };
import wiltshire2021 from '../../data/2021-22/wiltshire-2021-22.json' with { type: 'json' };
import avonAndSomerset2023 from '../../data/2023-25/avon-and-somerset-2023-25.json' with { type: 'json' };
import cambridgeshire2023 from '../../data/2023-25/cambridgeshire-2023-25.json' with { type: 'json' };
import cleveland2023 from '../../data/2023-25/cleveland-2023-25.json' with { type: 'json' };
import dyfedPowys2023 from '../../data/2023-25/dyfed-powys-2023-25.json' with { type: 'json' };
import essex2023 from '../../data/2023-25/essex-2023-25.json' with { type: 'json' };
import merseyside2023 from '../../data/2023-25/merseyside-2023-25.json' with { type: 'json' };
import metropolitan2023 from '../../data/2023-25/metropolitan-2023-25.json' with { type: 'json' };
import northamptonshire2023 from '../../data/2023-25/northamptonshire-2023-25.json' with { type: 'json' };
import staffordshire2023 from '../../data/2023-25/staffordshire-2023-25.json' with { type: 'json' };
import sussex2023 from '../../data/2023-25/sussex-2023-25.json' with { type: 'json' };
import thamesValley2023 from '../../data/2023-25/thames-valley-2023-25.json' with { type: 'json' };
import westMercia2023 from '../../data/2023-25/west-mercia-2023-25.json' with { type: 'json' };
import wiltshire2023 from '../../data/2023-25/wiltshire-2023-25.json' with { type: 'json' };
import { CYCLES, cycleOf } from '../data/cycles.js';
import type { Cycle } from '../data/cycles.js';
import { parseAssessment, parseCollection } from '../data/parse.js';
import type { Assessment, AssessmentCollection } from '../data/types.js';

/** Each shipped cycle's collection: every force whose grades a page we read states. */
const SHIPPED: Partial<Record<Cycle, unknown>> = {
  'peel-2015': c2015,
  'peel-2016': c2016,
  'peel-2017': c2017,
  'peel-2018-19': c2018,
  'peel-2021-22': c2021,
  'peel-2023-25': c2023,
};

/** Forces' whole reports (summaries, key facts, findings), where the package ships one: shown instead of the grades alone. */
const REPORTS: unknown[] = [
  northamptonshire2017,
  metropolitan2021,
  wiltshire2021,
  avonAndSomerset2023,
  cambridgeshire2023,
  cleveland2023,
  dyfedPowys2023,
  essex2023,
  merseyside2023,
  metropolitan2023,
  northamptonshire2023,
  staffordshire2023,
  sussex2023,
  thamesValley2023,
  westMercia2023,
  wiltshire2023,
];

export interface ShippedCycle {
  id: Cycle;
  /** As the inspectorate writes it: "2018/19". */
  period: string;
  /** The collection, parsed: what the elements, badges and cards are made from. */
  collection: AssessmentCollection;
  /** The collection as shipped, every field kept (its sources, its data version): what /data/<cycle>.json serves. */
  shipped: unknown;
  /** Each force's assessment by id: its whole report where one is shipped, else its entry in the collection. */
  forces: Map<string, Assessment>;
  /** Each force's entry in the collection by id, for its history (see shippedHistory). */
  entries: Map<string, Assessment>;
}

let cycles: Map<Cycle, ShippedCycle> | undefined;

/** Parses the shipped data once; a document that does not parse is left out (the data tests keep them valid). */
function load(): Map<Cycle, ShippedCycle> {
  const out = new Map<Cycle, ShippedCycle>();
  for (const [id, raw] of Object.entries(SHIPPED) as [Cycle, unknown][]) {
    const parsed = parseCollection(raw);
    if (!parsed.ok) continue;
    const entries = new Map<string, Assessment>();
    for (const a of parsed.value.assessments) if (a.force.id) entries.set(a.force.id, a);
    out.set(id, { id, period: CYCLES[id], collection: parsed.value, shipped: raw, forces: new Map(entries), entries });
  }
  for (const raw of REPORTS) {
    const parsed = parseAssessment(raw);
    const cycle = parsed.ok ? out.get(cycleOf(parsed.value) as Cycle) : undefined;
    if (parsed.ok && cycle && parsed.value.force.id) cycle.forces.set(parsed.value.force.id, parsed.value);
  }
  return out;
}

/** The shipped cycles, oldest first. */
export const shippedCycles = (): ShippedCycle[] => [...(cycles ??= load()).values()];

/** A shipped cycle by its id (`peel-2018-19`) or its folder's name (`2018-19`), or undefined. */
export function shippedCycle(id: string): ShippedCycle | undefined {
  cycles ??= load();
  return cycles.get((id.startsWith('peel-') ? id : `peel-${id}`) as Cycle);
}

/** The areas an assessment gives a grade (an area the inspectorate did not grade does not count). */
const graded = (a: Assessment) => (a.pillars ?? []).filter((p) => p.grade && p.grade !== 'not-graded').length;

/**
 * One force's assessments of every shipped cycle, oldest first, as `<peel-history>` takes them; undefined for a
 * force with none. Per cycle, as data/history/<force>.json has it (scripts/history-data.mjs): the force's whole
 * report where it grades at least as many areas as the collection's entry, else that entry.
 */
export function shippedHistory(force: string): AssessmentCollection | undefined {
  const assessments: Assessment[] = [];
  for (const cycle of shippedCycles()) {
    const entry = cycle.entries.get(force);
    const report = cycle.forces.get(force);
    const chosen = entry && report && graded(entry) > graded(report) ? entry : report;
    if (chosen) assessments.push(chosen);
  }
  return assessments.length ? { schemaVersion: 1, assessments } : undefined;
}
