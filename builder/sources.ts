// The real data the package ships, as the builder offers it: a force, then one of the cycles that
// the examples hold for it. Nothing is invented: a force has only the cycles its data covers.
import { FORCES } from '../src/data/forces.js';
import { CYCLES } from '../src/data/cycles.js';
import type { Cycle } from '../src/data/cycles.js';
import all2017 from '../src/data/examples/peel-2017-all-forces.json' with { type: 'json' };
import northamptonshire from '../src/data/examples/northamptonshire-2017.json' with { type: 'json' };
import wiltshire from '../src/data/examples/wiltshire-2021-22.json' with { type: 'json' };
import dyfedPowys from '../src/data/examples/dyfed-powys-2023-25.json' with { type: 'json' };
import fictional2021 from '../src/data/examples/fictional-2021.json' with { type: 'json' };
import fictional2023 from '../src/data/examples/fictional-2023-25.json' with { type: 'json' };

export const FICTIONAL_ID = 'example-shire';

export interface ShippedSource {
  force: string;
  cycle: Cycle;
  /** The document, as JSON data (parsed again by the builder like any other input). */
  doc: unknown;
  /** Its path in the built builder folder (`data/…`), for `src` and the iframe. */
  path: string;
  /** The collection of every force in the cycle, for <peel-compare>, when there is one. */
  collection?: { doc: unknown; path: string };
}

type Doc = { force: { id?: string; name: string }; cycle?: string };

const collection2017 = { doc: all2017, path: 'data/peel-2017-all-forces.json' };

export const SHIPPED: readonly ShippedSource[] = [
  // The fuller Northamptonshire page stands in for its entry in the 2017 collection.
  ...(all2017.assessments as Doc[])
    .map((doc) => {
      const id = doc.force.id!;
      return id === 'northamptonshire'
        ? { force: id, cycle: 'peel-2017' as Cycle, doc: northamptonshire, path: 'data/northamptonshire-2017.json' }
        : { force: id, cycle: 'peel-2017' as Cycle, doc, path: `data/peel-2017/${id}.json` };
    })
    .map((source) => ({ ...source, collection: collection2017 })),
  { force: 'wiltshire', cycle: 'peel-2021-22', doc: wiltshire, path: 'data/wiltshire-2021-22.json' },
  { force: 'dyfed-powys', cycle: 'peel-2023-25', doc: dyfedPowys, path: 'data/dyfed-powys-2023-25.json' },
  { force: FICTIONAL_ID, cycle: 'peel-2021-22', doc: fictional2021, path: 'data/fictional-2021.json' },
  { force: FICTIONAL_ID, cycle: 'peel-2023-25', doc: fictional2023, path: 'data/fictional-2023-25.json' },
];

/** The forces to choose from: the register (every one has data), then the fictional example. */
export const FORCE_CHOICES: readonly { id: string; name: string }[] = [
  ...FORCES.filter((f) => SHIPPED.some((s) => s.force === f.id)).map(({ id, name }) => ({ id, name })),
  { id: FICTIONAL_ID, name: 'Exampleshire Constabulary (fictional example)' },
];

/** The cycles shipped for a force, oldest first. */
export const cyclesFor = (force: string): Cycle[] =>
  SHIPPED.filter((s) => s.force === force)
    .map((s) => s.cycle)
    .sort();

export const cycleLabel = (cycle: Cycle) => `PEEL ${CYCLES[cycle]}`;

export const findShipped = (force: string, cycle: string) =>
  SHIPPED.find((s) => s.force === force && s.cycle === cycle) ?? SHIPPED.find((s) => s.force === force) ?? SHIPPED[0];

/** Every file the built builder serves under data/ (the build step writes them). */
export const SHIPPED_FILES = (): Record<string, unknown> =>
  Object.fromEntries([...SHIPPED.map((s) => [s.path, s.doc]), [collection2017.path, collection2017.doc]]);
