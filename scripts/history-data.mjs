// `node scripts/history-data.mjs`: data/history/<force>.json, one file per force with its grades of every cycle the
// package ships, for `<peel-history src=".../data/history/kent.json">`. Made from the cycle folders (data/<cycle>/)
// alone, never edited by hand: `--check` fails when a file is not what the cycle folders make (the node test
// scripts/history-data.test.mjs runs it), and without it the files are written again.
//
// A force's entry in a cycle is its entry in the cycle's collection, or the cycle's single document of the force
// where that grades at least as many areas (as the embed builder chooses: builder/sources.ts), with the grade fields
// only (no summaries, findings or key facts) and the pages its grades name, so that the file stands alone.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const DATA = new URL('../data/', import.meta.url);
const OUT = new URL('history/', DATA);

/** The fields of an assessment and of a pillar the history keeps, in this order. */
const ASSESSMENT = ['force', 'cycle', 'period', 'scale', 'published', 'url', 'areasGraded', 'dataVersion'];
const PILLAR = ['id', 'title', 'grade', 'previousGrade', 'previousPeriod', 'status', 'gradedIn', 'url', 'source'];

const pick = (from, keys) => Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));
const read = (url) => JSON.parse(readFileSync(url, 'utf8'));

/** The areas a document gives a grade (an area the inspectorate did not grade does not count). */
const graded = (doc) => (doc.pillars ?? []).filter((p) => p.grade && p.grade !== 'not-graded').length;

/** The id of the page a grade names: `"id"` or `{ "ref": "id", … }`. */
const refOf = (source) => (typeof source === 'string' ? source : source?.ref);

/**
 * An assessment as the history keeps it: its grade fields, its cycle (from the folder where it names none), its
 * data version (its collection's where it has none of its own), and the pages its grades name, its own first.
 */
function trimmed(doc, cycle, collection) {
  const pillars = (doc.pillars ?? []).map((p) => pick(p, PILLAR));
  const named = new Set(pillars.map((p) => refOf(p.source)).filter(Boolean));
  const sources = [];
  for (const page of [...(doc.sources ?? []), ...(collection.sources ?? [])])
    if (named.has(page.id) && !sources.some((s) => s.id === page.id)) sources.push(page);
  return {
    ...pick({ cycle, dataVersion: collection.dataVersion, ...doc }, ASSESSMENT),
    pillars,
    ...(sources.length ? { sources } : {}),
  };
}

/** Every force's assessments, by force id, oldest cycle first. */
export function histories() {
  const byForce = new Map();
  const folders = readdirSync(DATA, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}(-\d\d)?$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const cycle = `peel-${folder}`;
    const collectionFile = `peel-${folder}-all-forces.json`;
    const collection = read(new URL(`${folder}/${collectionFile}`, DATA));
    const entries = new Map(collection.assessments.map((a) => [a.force.id, a]));
    // A single document stands in for the force's entry unless the entry grades more areas.
    const singles = readdirSync(new URL(`${folder}/`, DATA)).filter((f) => f.endsWith('.json') && f !== collectionFile);
    for (const file of singles) {
      const single = read(new URL(`${folder}/${file}`, DATA));
      const entry = entries.get(single.force.id);
      if (!entry || graded(single) >= graded(entry)) entries.set(single.force.id, single);
    }
    for (const [id, doc] of entries) {
      if (!byForce.has(id)) byForce.set(id, []);
      byForce.get(id).push(trimmed(doc, cycle, collection));
    }
  }
  return byForce;
}

/** Each file's path under data/history/ and its text. */
export function historyFiles() {
  return new Map(
    [...histories()].map(([id, assessments]) => [
      `${id}.json`,
      `${JSON.stringify({ schemaVersion: 1, assessments }, null, 2)}\n`,
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = historyFiles();
  const present = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.endsWith('.json')) : [];
  if (process.argv.includes('--check')) {
    const wrong = [
      ...[...files]
        .filter(([name, text]) => !existsSync(new URL(name, OUT)) || readFileSync(new URL(name, OUT), 'utf8') !== text)
        .map(([name]) => name),
      ...present.filter((name) => !files.has(name)),
    ];
    if (wrong.length) {
      console.error(`history-data: out of date: ${wrong.join(', ')}; \`node scripts/history-data.mjs\` writes them`);
      process.exit(1);
    }
    console.log(`history-data: ${files.size} files up to date`);
  } else {
    mkdirSync(OUT, { recursive: true });
    for (const name of present) if (!files.has(name)) rmSync(new URL(name, OUT));
    for (const [name, text] of files) writeFileSync(new URL(name, OUT), text);
    console.log(`history-data: ${files.size} files in data/history/`);
  }
}
