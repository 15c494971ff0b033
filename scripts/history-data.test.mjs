// data/history/ is made from the cycle folders by scripts/history-data.mjs: each file is exactly what the script
// makes of the data now, and every force of every cycle collection has one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { historyFiles } from './history-data.mjs';

const OUT = new URL('../data/history/', import.meta.url);

test('data/history/ is up to date with the cycle folders (`node scripts/history-data.mjs` writes it)', () => {
  const files = historyFiles();
  assert.deepEqual(
    readdirSync(OUT)
      .filter((f) => f.endsWith('.json'))
      .sort(),
    [...files.keys()].sort(),
  );
  for (const [name, text] of files) assert.equal(readFileSync(new URL(name, OUT), 'utf8'), text, name);
});

test('a history holds every cycle the collections have of its force, oldest first, each grade with its page', () => {
  const kent = JSON.parse(readFileSync(new URL('kent.json', OUT), 'utf8'));
  assert.deepEqual(
    kent.assessments.map((a) => a.cycle),
    ['peel-2015', 'peel-2016', 'peel-2017', 'peel-2018-19', 'peel-2021-22'],
  );
  for (const a of kent.assessments) {
    const ids = new Set(a.sources.map((s) => s.id));
    for (const p of a.pillars) {
      const ref = typeof p.source === 'string' ? p.source : p.source?.ref;
      assert.ok(ids.has(ref), `${a.cycle} ${p.id}: its page (${ref}) is in the file`);
    }
  }
  // Wiltshire's single 2023–25 document (ten areas, victim service not graded) stands in for its collection entry.
  const wiltshire = JSON.parse(readFileSync(new URL('wiltshire.json', OUT), 'utf8'));
  const latest = wiltshire.assessments.at(-1);
  assert.equal(latest.cycle, 'peel-2023-25');
  assert.deepEqual(latest.pillars[0], {
    id: 'victim-service',
    grade: 'not-graded',
    source: latest.pillars[0].source,
  });
  assert.equal(latest.summary, undefined, 'grade fields only');
});
