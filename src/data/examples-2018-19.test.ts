import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schema from '../../schema/peel-assessment.schema.json' with { type: 'json' };
import collectionJson from '../../data/2018-19/peel-2018-19-all-forces.json' with { type: 'json' };
import { FORCES, forceById } from './forces.js';
import { SCALES } from './grades.js';
import { parseCollection } from './parse.js';
import type { AssessmentCollection } from './types.js';
import { cellsOf, tableRows } from '../../test/sources-md.js';

const SOURCES = '/data/2018-19/SOURCES.md';
const collection = collectionJson as unknown as AssessmentCollection;
const PILLARS = ['effectiveness', 'efficiency', 'legitimacy'];

/** The graded questions of PEEL 2018/19, as the inspectorate's overview titles them, in its order. */
const QUESTIONS: Record<string, string[]> = {
  effectiveness: [
    'How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?',
    'How effective is the force at investigating crime and reducing re-offending?',
    'How effective is the force at protecting those who are vulnerable from harm, and supporting victims?',
    'How effective is the force at tackling serious and organised crime?',
  ],
  efficiency: [
    'How well does the force use its resources to meet the demand it faces?',
    'How well does the force plan for the future?',
  ],
  legitimacy: [
    'To what extent does the force treat all of the people it serves with fairness and respect?',
    'How well does the force ensure that its workforce behaves ethically and lawfully?',
    'To what extent does the force treat its workforce with fairness and respect?',
  ],
};

/** One value of the collection: a pillar's grade (question `—`) or a question's grade. */
interface Value {
  force: string;
  area: string;
  question: string;
  grade: string;
}

interface Row extends Value {
  address: string;
  words: string;
}

const key = (v: Value) => `${v.force} | ${v.area} | ${v.question} | ${v.grade}`;

/** The rows of the `## Values` table of a SOURCES.md, in the format data/README.md describes. */
function valueRows(markdown: string): Row[] {
  const header = markdown
    .split(/^## Values\s*$/m)[1]
    ?.split('\n')
    .find((l) => l.startsWith('| force id |'));
  expect(header, 'a "## Values" table').to.not.equal(undefined);
  // Column padding (as prettier writes tables) is allowed; the column names and their order are fixed.
  expect(cellsOf(header!)).to.deep.equal(['force id', 'area', 'question', 'grade', 'address', 'words']);
  return tableRows(markdown, 'Values', 'force id').map((cells) => {
    expect(cells, cells.join(' | ')).to.have.length(6);
    const [force, area, question, grade, address, words] = cells as [string, string, string, string, string, string];
    return { force, area, question, grade, address, words };
  });
}

/** Every value in the collection, in the terms of the SOURCES.md table. */
const valuesOf = (doc: AssessmentCollection): Value[] =>
  doc.assessments.flatMap((a) =>
    (a.pillars ?? []).flatMap((p) => [
      { force: a.force.id!, area: p.id!, question: '—', grade: p.grade! },
      ...(p.questions ?? []).map((q) => ({ force: a.force.id!, area: p.id!, question: q.title!, grade: q.grade! })),
    ]),
  );

async function sources(): Promise<string> {
  const response = await fetch(SOURCES);
  expect(response.ok, `${SOURCES} answered ${response.status}`).to.equal(true);
  return response.text();
}

describe('the PEEL 2018/19 collection of all forces', () => {
  it('parses with no errors and no warnings, and is valid against the JSON Schema', () => {
    const result = parseCollection(collectionJson);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
    const checked = new Validator(schema as never, '2020-12', false).validate(collectionJson);
    expect(checked.errors).to.deep.equal([]);
  });

  it('has one assessment per registered force, named as the register names it, for cycle peel-2018-19', () => {
    const ids = collection.assessments.map((a) => a.force.id!);
    expect(new Set(ids).size, 'each force once').to.equal(ids.length);
    expect(ids.sort()).to.deep.equal(FORCES.map((f) => f.id).sort());
    for (const a of collection.assessments) {
      expect(a.force.name, a.force.id).to.equal(forceById(a.force.id!)?.name);
      expect([a.cycle, a.period, a.scale], a.force.id).to.deep.equal(['peel-2018-19', '2018/19', 'peel-2014']);
    }
  });

  it('grades only on the four-grade scale of 2014–2018/19, pillars and questions alike', () => {
    const values = valuesOf(collection);
    expect(values.length).to.be.greaterThan(0);
    for (const v of values) expect(SCALES['peel-2014'], key(v)).to.include(v.grade);
  });

  it('names only the three pillars, each once, and only their graded 2018/19 questions, in order', () => {
    for (const a of collection.assessments) {
      const ids = (a.pillars ?? []).map((p) => p.id!);
      expect(ids, a.force.id).to.deep.equal(PILLARS.filter((id) => ids.includes(id)));
      for (const p of a.pillars ?? []) {
        const titles = (p.questions ?? []).map((q) => q.title!);
        expect(titles, `${a.force.id} ${p.id}`).to.deep.equal(QUESTIONS[p.id!]!.filter((t) => titles.includes(t)));
      }
    }
  });

  it('names every value in SOURCES.md with an inspectorate address and the words that state it, and no other', async () => {
    const rows = valueRows(await sources());
    const shipped = valuesOf(collection).map(key).sort();
    const named = rows.map(key).sort();
    expect(named, 'each value has exactly one row, and each row a value').to.deep.equal(shipped);
    for (const row of rows) {
      expect(row.address, key(row)).to.match(/^https:\/\/(hmicfrs|www)\.justiceinspectorates\.gov\.uk\/\S+$/);
      expect(row.words, key(row)).to.match(/^“.+”$/);
    }
  });

  it('links each assessment and pillar only to a page its values were read on', async () => {
    const rows = valueRows(await sources());
    for (const a of collection.assessments) {
      const read = rows.filter((r) => r.force === a.force.id).map((r) => r.address);
      if (a.url) expect(read, `${a.force.id} url`).to.include(a.url);
      for (const p of a.pillars ?? []) {
        if (!p.url) continue;
        const questionPages = rows.filter((r) => r.force === a.force.id && r.area === p.id && r.question !== '—');
        expect(
          questionPages.map((r) => r.address),
          `${a.force.id} ${p.id} url`,
        ).to.include(p.url);
      }
    }
  });

  it('says which pillar grades are missing, and carries the Open Government Licence attribution', async () => {
    const text = await sources();
    expect(text).to.include('Contains public sector information licensed under the Open Government Licence v3.0.');
    const gaps = text.split(/^## Gaps and conflicts\s*$/m)[1]?.split(/^## /m)[0];
    expect(gaps, 'a "Gaps and conflicts" section').to.be.a('string');
    const shipped = new Set(valuesOf(collection).map((v) => `${v.force} ${v.area} ${v.question}`));
    for (const force of FORCES)
      for (const pillar of PILLARS)
        if (!shipped.has(`${force.id} ${pillar} —`)) {
          // The list item that starts with the force's id, with its indented continuation lines.
          const entry = new RegExp(`^- \`${force.id}\`.*(?:\n  .*)*`, 'm').exec(gaps!)?.[0];
          expect(entry, `${force.id} is listed under the gaps`).to.be.a('string');
          expect(entry, `${force.id} ${pillar} is named as missing`).to.include(`\`${pillar}\``);
        }
  });

  it('ships in the package with its SOURCES.md (package.json "files")', async () => {
    const response = await fetch('/package.json');
    const { files } = (await response.json()) as { files: string[] };
    expect(files).to.include.members(['data/**/*.json', 'data/**/SOURCES.md', 'data/CHANGELOG.md']);
  });

  it('reads the shared table format: escaped pipes, backticks, and a row that does not match is caught', () => {
    const table = [
      '## Values',
      '',
      '| force id | area | question | grade | address | words |',
      '| --- | --- | --- | --- | --- | --- |',
      '| `kent` | `efficiency` | — | `outstanding` | https://example.org/a | “x \\| y” |',
      '',
      'After the table.',
    ].join('\n');
    expect(valueRows(table)).to.deep.equal([
      {
        force: 'kent',
        area: 'efficiency',
        question: '—',
        grade: 'outstanding',
        address: 'https://example.org/a',
        words: '“x | y”',
      },
    ]);
    const kent = { assessments: [{ force: { id: 'kent' }, pillars: [{ id: 'efficiency', grade: 'good' }] }] };
    expect(valueRows(table).map(key)).to.not.deep.equal(valuesOf(kent as AssessmentCollection).map(key));
  });
});
