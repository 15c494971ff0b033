import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schema from '../../schema/peel-assessment.schema.json' with { type: 'json' };
import all2122 from '../../data/2021-22/peel-2021-22-all-forces.json' with { type: 'json' };
import metropolitan2122 from '../../data/2021-22/metropolitan-2021-22.json' with { type: 'json' };
import wiltshire2122 from '../../data/2021-22/wiltshire-2021-22.json' with { type: 'json' };
import all2325 from '../../data/2023-25/peel-2023-25-all-forces.json' with { type: 'json' };
import avon2325 from '../../data/2023-25/avon-and-somerset-2023-25.json' with { type: 'json' };
import cambridgeshire2325 from '../../data/2023-25/cambridgeshire-2023-25.json' with { type: 'json' };
import cleveland2325 from '../../data/2023-25/cleveland-2023-25.json' with { type: 'json' };
import essex2325 from '../../data/2023-25/essex-2023-25.json' with { type: 'json' };
import merseyside2325 from '../../data/2023-25/merseyside-2023-25.json' with { type: 'json' };
import metropolitan2325 from '../../data/2023-25/metropolitan-2023-25.json' with { type: 'json' };
import northamptonshire2325 from '../../data/2023-25/northamptonshire-2023-25.json' with { type: 'json' };
import staffordshire2325 from '../../data/2023-25/staffordshire-2023-25.json' with { type: 'json' };
import sussex2325 from '../../data/2023-25/sussex-2023-25.json' with { type: 'json' };
import thamesValley2325 from '../../data/2023-25/thames-valley-2023-25.json' with { type: 'json' };
import westMercia2325 from '../../data/2023-25/west-mercia-2023-25.json' with { type: 'json' };
import wiltshire2325 from '../../data/2023-25/wiltshire-2023-25.json' with { type: 'json' };
import { forceById } from './forces.js';
import { parseAssessment, parseCollection } from './parse.js';
import type { Assessment, AssessmentCollection } from './types.js';

// The PEEL 2021/22 and 2023–25 example data, and the SOURCES.md beside each: every value shipped has its row
// (the page's address and the words that state it), and every row its value.

const validator = new Validator(schema as never, '2020-12', false);
const valid = (doc: unknown) => {
  const result = validator.validate(doc);
  expect(result.valid, JSON.stringify(result.errors)).to.equal(true);
};

const FIVE_GRADES = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate'];
/** Pages of the inspectorate, or its press releases republished under its name: their words may be quoted. */
const INSPECTORATE = [
  'hmicfrs.justiceinspectorates.gov.uk',
  'www.justiceinspectorates.gov.uk',
  'www.wired-gov.net',
  'www.parliamenttoday.com',
];

interface Cycle {
  folder: string;
  cycle: string;
  period: string;
  collection: AssessmentCollection;
  /** file name → single assessment, with its force's full set of graded areas. */
  singles: Record<string, Assessment>;
}

const CYCLES: Cycle[] = [
  {
    folder: '2021-22',
    cycle: 'peel-2021-22',
    period: '2021/22',
    collection: all2122 as unknown as AssessmentCollection,
    singles: {
      'metropolitan-2021-22.json': metropolitan2122 as unknown as Assessment,
    },
  },
  {
    folder: '2023-25',
    cycle: 'peel-2023-25',
    period: '2023–25',
    collection: all2325 as unknown as AssessmentCollection,
    singles: Object.fromEntries(
      [
        avon2325,
        cambridgeshire2325,
        cleveland2325,
        essex2325,
        merseyside2325,
        metropolitan2325,
        northamptonshire2325,
        staffordshire2325,
        sussex2325,
        thamesValley2325,
        westMercia2325,
        wiltshire2325,
      ].map((doc) => [`${doc.force.id}-2023-25.json`, doc as unknown as Assessment]),
    ),
  },
];

/** The cells of a markdown table row: split on unescaped `|`, trimmed, backticks stripped. */
const cells = (line: string) =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) =>
      c
        .trim()
        .replace(/\\\|/g, '|')
        .replace(/^`(.*)`$/, '$1'),
    );

/** The rows of the table under a `## heading` whose header row starts with `first`. */
function table(markdown: string, heading: string, first: string): string[][] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`no section ${heading}`);
  const lines = section.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  if (start < 0) throw new Error(`no table in ${heading}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(cells(line));
  }
  return rows;
}

/** The values of a single assessment that are not its graded areas, as `field` → value, the fields as SOURCES.md names them. */
function otherValues(doc: Assessment): Map<string, string> {
  const values = new Map<string, string>();
  for (const field of ['url', 'published'] as const) if (doc[field] !== undefined) values.set(field, doc[field]!);
  if (doc.monitoring) {
    values.set('monitoring.stage', doc.monitoring.stage);
    if (doc.monitoring.since) values.set('monitoring.since', doc.monitoring.since);
  }
  doc.causesOfConcern?.forEach((c, i) => values.set(`causesOfConcern.${i}.text`, c.text));
  for (const p of doc.pillars ?? []) {
    if (p.id === 'victim-service') values.set('pillars.victim-service.grade', p.grade!);
    if (p.updated) values.set(`pillars.${p.id}.updated`, p.updated);
  }
  return values;
}

const url = (address: string) => {
  const parsed = new URL(address);
  expect(parsed.protocol, address).to.match(/^https?:$/);
  return parsed;
};

for (const c of CYCLES) {
  describe(`PEEL ${c.period}: the collection, the single assessments and their SOURCES.md`, () => {
    let sources = '';
    before(async () => {
      const response = await fetch(new URL(`../../data/${c.folder}/SOURCES.md`, import.meta.url));
      expect(response.ok, 'SOURCES.md is served').to.equal(true);
      sources = await response.text();
    });

    const grades = new Map<string, string>(); // "force/area" → grade
    for (const a of c.collection.assessments)
      for (const p of a.pillars ?? []) grades.set(`${a.force.id}/${p.id}`, p.grade!);

    it('parses as a collection with no errors and no warnings, and is valid against the JSON Schema', () => {
      expect(parseCollection(c.collection)).to.deep.include({ ok: true, warnings: [] });
      valid(c.collection);
    });

    it('names each force once, by its register id and name, with the cycle and period', () => {
      const ids = c.collection.assessments.map((a) => a.force.id!);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const a of c.collection.assessments) {
        expect(a.force.name, a.force.id).to.equal(forceById(a.force.id!)?.name);
        expect([a.cycle, a.period], a.force.id).to.deep.equal([c.cycle, c.period]);
        expect(a.pillars?.length, `${a.force.id} has a grade`).to.be.greaterThan(0);
        const areas = a.pillars!.map((p) => p.id);
        expect(new Set(areas).size, `${a.force.id}: each area once`).to.equal(areas.length);
      }
    });

    it('has every grade on the five-grade scale, and no "not graded" passed off as a grade', () => {
      for (const [key, grade] of grades) expect(FIVE_GRADES, key).to.include(grade);
      expect([...grades.values()]).to.include('adequate');
    });

    it('has a row in SOURCES.md for every grade, and a grade for every row', () => {
      const rows = table(sources, 'Values', 'force id');
      const fromRows = new Map<string, string>();
      for (const [force, area, question, grade, address, words] of rows) {
        expect(question, `${force}/${area}`).to.equal('—');
        expect(fromRows.has(`${force}/${area}`), `one row for ${force}/${area}`).to.equal(false);
        fromRows.set(`${force}/${area}`, grade!);
        url(address!);
        expect(words, `${force}/${area} names its words`).to.match(/\S{3}/);
      }
      expect(Object.fromEntries(fromRows)).to.deep.equal(Object.fromEntries(grades));
    });

    it('quotes words only from the inspectorate’s pages; other pages are reported in our own words', () => {
      const rows = [
        ...table(sources, 'Values', 'force id').map((r) => [r[4]!, r[5]!]),
        ...table(sources, 'Documents', 'document').map((r) => [r[3]!, r[4]!]),
      ];
      for (const [address, words] of rows) {
        if (!INSPECTORATE.includes(url(address).hostname)) expect(words, address).to.not.match(/^[“"]/);
      }
    });

    it('states the collection’s true size in its opening and in its Count section', () => {
      const areas = c.collection.assessments.reduce((n, a) => n + a.pillars!.length, 0);
      const stated = [...sources.matchAll(/\*\*(\d+)\s+forces, (\d+) area grades\.?\*\*/g)].map((m) => [
        +m[1]!,
        +m[2]!,
      ]);
      expect(stated.length, 'the opening and the Count section').to.equal(2);
      for (const s of stated) expect(s).to.deep.equal([c.collection.assessments.length, areas]);
    });

    it('says where its words come from: the Open Government Licence and a section on gaps and conflicts', () => {
      expect(sources).to.include('Contains public sector information licensed under the Open Government Licence v3.0.');
      expect(sources).to.match(/^## Gaps and conflicts$/m);
    });

    for (const [file, doc] of Object.entries(c.singles)) {
      describe(file, () => {
        it('parses with no errors and no warnings, is valid against the JSON Schema, in the cycle', () => {
          expect(parseAssessment(doc)).to.deep.include({ ok: true, warnings: [] });
          valid(doc);
          expect([doc.cycle, doc.period]).to.deep.equal([c.cycle, c.period]);
          expect(doc.force.name).to.equal(forceById(doc.force.id!)?.name);
        });

        it('has exactly its force’s graded areas of the collection, with the same grades', () => {
          const graded = doc.pillars!.filter((p) => p.id !== 'victim-service');
          const own = [...grades].filter(([key]) => key.startsWith(`${doc.force.id}/`));
          expect(Object.fromEntries(graded.map((p) => [`${doc.force.id}/${p.id}`, p.grade]))).to.deep.equal(
            Object.fromEntries(own),
          );
        });

        it('has a row in SOURCES.md for every other value, and a value for every row', () => {
          const rows = table(sources, 'Documents', 'document').filter(([d]) => d === file);
          for (const [, field, , address, words] of rows) {
            url(address!);
            expect(words, `${file} ${field}`).to.match(/\S{3}/);
          }
          expect(Object.fromEntries(rows.map(([, field, value]) => [field, value]))).to.deep.equal(
            Object.fromEntries(otherValues(doc)),
          );
          expect(rows.length, 'one row per field').to.equal(otherValues(doc).size);
        });
      });
    }

    it('has a single assessment for each row of its Documents table', () => {
      const files = new Set(table(sources, 'Documents', 'document').map(([d]) => d));
      expect([...files].sort()).to.deep.equal(Object.keys(c.singles).sort());
    });
  });
}

describe('PEEL 2021/22 and 2023–25: what the pages disagree on is left out, what was revised ships revised', () => {
  const grade = (collection: unknown, force: string, area: string) =>
    (collection as AssessmentCollection).assessments
      .find((a) => a.force.id === force)
      ?.pillars?.find((p) => p.id === area)?.grade;

  it('leaves out Avon and Somerset’s 2021/22 treatment of the public and West Yorkshire’s response to the public', () => {
    expect(grade(all2122, 'avon-and-somerset', 'public-treatment')).to.equal(undefined);
    expect(grade(all2122, 'west-yorkshire', 'responding-to-public')).to.equal(undefined);
  });

  it('leaves out what only a copy or hedged words state: Essex’s and Warwickshire’s 2021/22 investigating crime', () => {
    expect(grade(all2122, 'essex', 'responding-to-public')).to.equal('requires-improvement');
    expect(grade(all2122, 'essex', 'investigating-crime')).to.equal(undefined);
    expect(grade(all2122, 'warwickshire', 'public-treatment')).to.equal('adequate');
    for (const area of ['investigating-crime', 'responding-to-public', 'managing-offenders'])
      expect(grade(all2122, 'warwickshire', area), area).to.equal(undefined);
  });

  it('ships Northamptonshire’s 2023–25 response to the public as revised on 8 August 2024', () => {
    expect(grade(all2325, 'northamptonshire', 'responding-to-public')).to.equal('requires-improvement');
    const pillar = northamptonshire2325.pillars.find((p) => p.id === 'responding-to-public');
    expect(pillar).to.deep.include({
      id: 'responding-to-public',
      grade: 'requires-improvement',
      updated: '2024-08-08',
    });
    expect(Object.keys(pillar!).sort()).to.deep.equal(['grade', 'id', 'source', 'updated']);
  });

  it('keeps the package’s Wiltshire 2021/22 document in step with the collection', () => {
    expect(parseAssessment(wiltshire2122)).to.deep.include({ ok: true, warnings: [] });
    valid(wiltshire2122);
    const graded = wiltshire2122.pillars.filter((p) => p.id !== 'victim-service');
    const own = (all2122 as unknown as AssessmentCollection).assessments.find((a) => a.force.id === 'wiltshire')!;
    expect(graded).to.deep.equal(own.pillars);
  });
});
