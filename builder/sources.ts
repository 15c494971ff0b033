// The real data the package ships, as the builder offers it: a force, then one of the cycles that
// the examples hold for it. Nothing is invented: a force has only the cycles its data covers. Every
// collection is named once, in COLLECTIONS; the menu, the files the build writes and <peel-compare>'s
// data all come from that list.
import { FORCES } from '../src/data/forces.js';
import { CYCLES } from '../src/data/cycles.js';
import type { Cycle } from '../src/data/cycles.js';
import { parseCollection } from '../src/data/parse.js';
import all2015 from '../data/2015/peel-2015-all-forces.json' with { type: 'json' };
import all2016 from '../data/2016/peel-2016-all-forces.json' with { type: 'json' };
import all2017 from '../data/2017/peel-2017-all-forces.json' with { type: 'json' };
import northamptonshire2017 from '../data/2017/northamptonshire-2017.json' with { type: 'json' };
import all2018 from '../data/2018-19/peel-2018-19-all-forces.json' with { type: 'json' };
import all2021 from '../data/2021-22/peel-2021-22-all-forces.json' with { type: 'json' };
import wiltshire2021 from '../data/2021-22/wiltshire-2021-22.json' with { type: 'json' };
import metropolitan2021 from '../data/2021-22/metropolitan-2021-22.json' with { type: 'json' };
import all2023 from '../data/2023-25/peel-2023-25-all-forces.json' with { type: 'json' };
import dyfedPowys2023 from '../data/2023-25/dyfed-powys-2023-25.json' with { type: 'json' };
import avon2023 from '../data/2023-25/avon-and-somerset-2023-25.json' with { type: 'json' };
import cleveland2023 from '../data/2023-25/cleveland-2023-25.json' with { type: 'json' };
import merseyside2023 from '../data/2023-25/merseyside-2023-25.json' with { type: 'json' };
import northamptonshire2023 from '../data/2023-25/northamptonshire-2023-25.json' with { type: 'json' };
import sussex2023 from '../data/2023-25/sussex-2023-25.json' with { type: 'json' };
import westMercia2023 from '../data/2023-25/west-mercia-2023-25.json' with { type: 'json' };
import wiltshire2023 from '../data/2023-25/wiltshire-2023-25.json' with { type: 'json' };
import cambridgeshire2023 from '../data/2023-25/cambridgeshire-2023-25.json' with { type: 'json' };
import essex2023 from '../data/2023-25/essex-2023-25.json' with { type: 'json' };
import metropolitan2023 from '../data/2023-25/metropolitan-2023-25.json' with { type: 'json' };
import staffordshire2023 from '../data/2023-25/staffordshire-2023-25.json' with { type: 'json' };
import thamesValley2023 from '../data/2023-25/thames-valley-2023-25.json' with { type: 'json' };
import fictional2021 from '../src/data/examples/fictional-2021.json' with { type: 'json' };
import fictional2023 from '../src/data/examples/fictional-2023-25.json' with { type: 'json' };

export const FICTIONAL_ID = 'example-shire';

type Doc = {
  force: { id?: string; name: string };
  cycle?: string;
  areasGraded?: number;
  pillars?: { grade?: string; status?: string }[];
};

/**
 * A shipped file: the document, its path in the built builder folder (`data/…`), and its path in the npm
 * package when the package has it (so that the CDN serves it), from the folder the package's files sit in.
 */
interface File {
  doc: unknown;
  path: string;
  pkg?: string;
}

/** A cycle's collection, and the single documents (fuller, with findings) that stand in for its entries. */
interface Collection extends File {
  cycle: Cycle;
  singles: File[];
}

/** A file's paths: in the builder's folder, and in the package (the same unless given). */
const at = (path: string, pkg = path) => ({ path, pkg });

/** Every collection the package ships: a new one is one more line here. */
export const COLLECTIONS: readonly Collection[] = [
  { cycle: 'peel-2015', doc: all2015, ...at('data/2015/peel-2015-all-forces.json'), singles: [] },
  { cycle: 'peel-2016', doc: all2016, ...at('data/2016/peel-2016-all-forces.json'), singles: [] },
  {
    cycle: 'peel-2017',
    doc: all2017,
    ...at('data/peel-2017-all-forces.json', 'data/2017/peel-2017-all-forces.json'),
    singles: [
      { doc: northamptonshire2017, ...at('data/northamptonshire-2017.json', 'data/2017/northamptonshire-2017.json') },
    ],
  },
  { cycle: 'peel-2018-19', doc: all2018, ...at('data/2018-19/peel-2018-19-all-forces.json'), singles: [] },
  {
    cycle: 'peel-2021-22',
    doc: all2021,
    ...at('data/2021-22/peel-2021-22-all-forces.json'),
    singles: [
      { doc: wiltshire2021, ...at('data/wiltshire-2021-22.json', 'data/2021-22/wiltshire-2021-22.json') },
      { doc: metropolitan2021, ...at('data/2021-22/metropolitan-2021-22.json') },
    ],
  },
  {
    cycle: 'peel-2023-25',
    doc: all2023,
    ...at('data/2023-25/peel-2023-25-all-forces.json'),
    singles: [
      { doc: dyfedPowys2023, ...at('data/dyfed-powys-2023-25.json', 'data/2023-25/dyfed-powys-2023-25.json') },
      { doc: avon2023, ...at('data/2023-25/avon-and-somerset-2023-25.json') },
      { doc: cleveland2023, ...at('data/2023-25/cleveland-2023-25.json') },
      { doc: merseyside2023, ...at('data/2023-25/merseyside-2023-25.json') },
      { doc: northamptonshire2023, ...at('data/2023-25/northamptonshire-2023-25.json') },
      { doc: sussex2023, ...at('data/2023-25/sussex-2023-25.json') },
      { doc: westMercia2023, ...at('data/2023-25/west-mercia-2023-25.json') },
      { doc: wiltshire2023, ...at('data/2023-25/wiltshire-2023-25.json') },
      { doc: cambridgeshire2023, ...at('data/2023-25/cambridgeshire-2023-25.json') },
      { doc: essex2023, ...at('data/2023-25/essex-2023-25.json') },
      { doc: metropolitan2023, ...at('data/2023-25/metropolitan-2023-25.json') },
      { doc: staffordshire2023, ...at('data/2023-25/staffordshire-2023-25.json') },
      { doc: thamesValley2023, ...at('data/2023-25/thames-valley-2023-25.json') },
    ],
  },
];

export interface ShippedSource {
  force: string;
  cycle: Cycle;
  /** The document, as JSON data (parsed again by the builder like any other input). */
  doc: unknown;
  /** Its path in the built builder folder (`data/…`), for `src` and the iframe. */
  path: string;
  /** Its path in the npm package, when the package has this very file (the CDN serves it there). */
  pkg?: string;
  /** The collection of every force in the cycle, for <peel-compare>, when there is one. */
  collection?: File;
  /** How many areas it gives a grade, and how many the report graded, when a page states it (`areasGraded`). */
  areas: number;
  of?: number;
}

/** The areas a document gives a grade (an area the inspectorate did not grade does not count). */
const areasOf = (doc: Doc) => (doc.pillars ?? []).filter((p) => p.grade && p.grade !== 'not-graded').length;

function fromCollection(c: Collection): ShippedSource[] {
  // Parsed, so that each force's entry names its pages itself: its grades may refer to the collection's sources.
  const parsed = parseCollection(c.doc);
  const entries = (parsed.ok ? parsed.value.assessments : []) as Doc[];
  const byForce = new Map<string, File>();
  for (const doc of entries) byForce.set(doc.force.id!, { doc, path: `data/${c.cycle}/${doc.force.id}.json` });
  // A single document stands in for the force's entry unless the entry names more areas.
  for (const single of c.singles) {
    const id = (single.doc as Doc).force.id!;
    const entry = byForce.get(id);
    if (!entry || areasOf(single.doc as Doc) >= areasOf(entry.doc as Doc)) byForce.set(id, single);
  }
  return [...byForce.entries()].map(([force, file]) => ({
    force,
    cycle: c.cycle,
    ...file,
    collection: { doc: c.doc, path: c.path, pkg: c.pkg },
    areas: areasOf(file.doc as Doc),
    of: (file.doc as Doc).areasGraded,
  }));
}

const fictional = (doc: Doc, cycle: Cycle, name: string): ShippedSource => ({
  force: FICTIONAL_ID,
  cycle,
  doc,
  ...at(`data/${name}`, `src/data/examples/${name}`),
  areas: areasOf(doc),
});

export const SHIPPED: readonly ShippedSource[] = [
  ...COLLECTIONS.flatMap(fromCollection),
  fictional(fictional2021 as Doc, 'peel-2021-22', 'fictional-2021.json'),
  fictional(fictional2023 as Doc, 'peel-2023-25', 'fictional-2023-25.json'),
];

/** The forces to choose from: the register's forces with data, then the fictional example. */
export const FORCE_CHOICES: readonly { id: string; name: string }[] = [
  ...FORCES.filter((f) => SHIPPED.some((s) => s.force === f.id)).map(({ id, name }) => ({ id, name })),
  { id: FICTIONAL_ID, name: 'Exampleshire Constabulary (fictional example)' },
];

/** The cycles shipped for a force, oldest first. */
export const cyclesFor = (force: string): Cycle[] =>
  SHIPPED.filter((s) => s.force === force)
    .map((s) => s.cycle)
    .sort();

/**
 * The cycle the builder shows first for a force: its newest that grades an area (a report may grade none
 * yet, as Dyfed-Powys's 2023–25 page did), else its newest.
 */
export const newestCycle = (force: string): Cycle | undefined => {
  const cycles = cyclesFor(force);
  const graded = (cycle: Cycle) => SHIPPED.some((s) => s.force === force && s.cycle === cycle && s.areas > 0);
  return cycles.findLast(graded) ?? cycles.at(-1);
};

export const cycleLabel = (cycle: Cycle) => `PEEL ${CYCLES[cycle]}`;

/** The force's document for the cycle, else its newest (else the first force's). */
export const findShipped = (force: string, cycle: string) =>
  SHIPPED.find((s) => s.force === force && s.cycle === cycle) ??
  SHIPPED.findLast((s) => s.force === force && s.cycle === newestCycle(force)) ??
  SHIPPED[0];

/**
 * A cycle in the menu: its name, and whether the force's data there is full ("full (8 of 8 areas)") or partial
 * ("partial (5 of 9 areas)") against how many areas the report graded. Where no page states that count, only
 * how many grades the data has ("3 pillars"): never "full".
 */
export function shippedLabel(force: string, cycle: Cycle): string {
  const source = SHIPPED.find((s) => s.force === force && s.cycle === cycle);
  if (!source) return cycleLabel(cycle);
  const unit = cycle < 'peel-2021-22' ? 'pillars' : 'areas';
  const { areas, of } = source;
  const count = areas ? `${areas} ${areas === 1 ? unit.slice(0, -1) : unit}` : `no ${unit.slice(0, -1)} graded yet`;
  return source.force === FICTIONAL_ID
    ? `${cycleLabel(cycle)} (fictional)`
    : of === undefined
      ? `${cycleLabel(cycle)}: ${count}`
      : areas >= of
        ? `${cycleLabel(cycle)}: full (${areas} of ${of} ${unit})`
        : `${cycleLabel(cycle)}: partial (${areas ? `${areas} of ${of} ${unit}` : `no ${unit.slice(0, -1)} graded yet, of ${of}`})`;
}

/**
 * A force's history, for `<peel-history>`: its document of every cycle shipped, oldest first (the ones the
 * menu offers), as one collection at `data/history/<force>.json` (as the package's data/history/ has it).
 */
export const historyOf = (force: string): File => ({
  // The package has every register force's (data/history/, made by scripts/history-data.mjs), not the example's.
  ...at(`data/history/${force}.json`),
  ...(force === FICTIONAL_ID ? { pkg: undefined } : {}),
  doc: { schemaVersion: 1, assessments: cyclesFor(force).map((cycle) => findShipped(force, cycle).doc) },
});

/** Every file the built builder serves under data/ (the build step writes them). */
export const SHIPPED_FILES = (): Record<string, unknown> =>
  Object.fromEntries([
    ...SHIPPED.map((s) => [s.path, s.doc]),
    ...COLLECTIONS.map((c) => [c.path, c.doc]),
    ...FORCE_CHOICES.map(({ id }) => historyOf(id)).map((h) => [h.path, h.doc]),
  ]);
