import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schema from '../../schema/peel-assessment.schema.json' with { type: 'json' };
import northamptonshireJson from '../../data/2017/northamptonshire-2017.json' with { type: 'json' };
import fictionalJson from './examples/fictional-2021.json' with { type: 'json' };
import { GRADES } from './grades.js';
import { cycleOf } from './cycles.js';
import { parseAssessment, parseDocument } from './parse.js';
import type { Assessment, AssessmentCollection, Pillar, QuestionGrade, Source } from './types.js';
import { carriedOverFrom, quoteOf, tableRows } from '../../test/sources-md.js';

const validator = new Validator(schema as never, '2020-12', false);
const northamptonshire = northamptonshireJson as unknown as Assessment;
const fictional = fictionalJson as unknown as Assessment;

const pillar = (doc: Assessment, id: string): Pillar => {
  const found = doc.pillars?.find((p) => p.id === id);
  if (!found) throw new Error(`no pillar ${id}`);
  return found;
};

const fact = (id: string) => northamptonshire.keyFacts?.facts?.find((f) => f.id === id);

/** Every string in the document, for checks that apply to all of its text. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

/**
 * The first sentence of each paragraph, copied verbatim (curly apostrophes and all) from the seed
 * page, /work/shared/seeds/peel-northamptonshire-2017.txt, which the test server does not serve.
 */
const SEED = {
  summary: [
    'This is HMICFRS’ fourth PEEL (police effectiveness, efficiency and legitimacy) assessment of Northamptonshire Police.',
    'The extent to which the force is effective at keeping people safe and reducing crime requires improvement.',
    'The extent to which the force is efficient at keeping people safe and reducing crime is good.',
    'The extent to which the force is legitimate at keeping people safe and reducing crime requires improvement.',
  ],
  observations: [
    'I am satisfied with some aspects of the performance of Northamptonshire Police in keeping people safe and reducing crime.',
    'I welcome the changes the force has made, laying the foundations for more effective policing, and it recognises that it needs to sustain its efforts.',
    'Northamptonshire Police has a good understanding of current demand for its services and is reshaping its operating model to ensure policing services are aligned with each other.',
    'However, the force does need to make some improvements, particularly in its understanding of the skills of its workforce and what skills it will need in the future.',
    'The workforce behaves ethically and lawfully, but the force needs to improve some aspects of the way it treats the people it serves and its workforce.',
    'I am encouraged that the force acknowledges the problems and am confident that we will see further improvement in the areas we have identified.',
  ],
  effectiveness: [
    'Northamptonshire Police requires improvement at keeping people safe and reducing crime.',
    'Many of the problems identified in this year’s inspection stem from the configuration of the workforce, which is unable to meet the demand it faces.',
    'The force’s change programme, known as the service delivery model (SDM), aims to resolve many of these problems.',
    'Northamptonshire Police has made some improvements to the way it prevents crime and tackles anti-social behaviour.',
    'The quality of the force’s investigations remains inconsistent.',
    'The force still needs to improve its approach to tackling serious and organised crime.',
    'The force has adequate arrangements in place to test its preparedness for meeting its national responsibilities under the Strategic Policing Requirement.',
  ],
  efficiency: [
    'Northamptonshire Police is judged to be good in the efficiency with which it keeps people safe and reduces crime.',
    'Northamptonshire Police has a good understanding of current demand for its services, based on sophisticated analysis of police data.',
    'The force is reshaping its operating model to ensure policing services are aligned with each other.',
    'The force could improve its understanding of the skills of its workforce and what skills it will need in the future.',
    'Northamptonshire Police’s plans for the future are innovative and will change how it operates.',
  ],
  legitimacy: [
    'Northamptonshire Police is judged to be requiring improvement in how legitimately it keeps people safe and reduces crime.',
    'Northamptonshire Police requires improvement in some aspects of the way in which it treats the people it serves with fairness and respect.',
    'The workforce understands how to use stop and search powers fairly and respectfully.',
    'Northamptonshire Police is good at ensuring its workforce behaves ethically and lawfully.',
    'The force requires improvement in some aspects of the way in which it treats its workforce with fairness and respect.',
  ],
  /** Whole paragraphs, from the middle and the end of the page. */
  whole: [
    'The force has made commendable efforts to respond positively to our previous inspection findings, but still has more to do.',
    'However, we found little evidence of partnership or preventative work aimed at deterring people from becoming organised criminals or monitoring existing offenders.',
    'The force is planning to save more than it needs to each year to provide some available funding for the future.',
    'Inconsistent first-line management in some departments is leading to deficiencies in some welfare support and individual performance management.',
  ],
  context: [
    'The force is working with partners to safeguard the vulnerable. Its primary focus is to Protect People from Harm.',
    'The area’s population has grown above the national average since 2001, with continued increases expected in both population and policing demands.',
  ],
  priorities: [
    'A PCP sets out the police and crime commissioner’s (PCC’s) priorities for policing and the resources the PCC has allocated to the chief constable for achieving these priorities.',
  ],
};

describe('the Northamptonshire 2017 example', () => {
  it('is valid against the schema', () => {
    const result = validator.validate(northamptonshireJson);
    expect(result.valid, JSON.stringify(result.errors)).to.equal(true);
  });

  it('parses with no errors or warnings', () => {
    const result = parseAssessment(northamptonshireJson);
    expect(result).to.deep.include({ ok: true, warnings: [] });
  });

  it('names the force, period, scale and inspector as the seed page does', () => {
    expect(northamptonshire.schemaVersion).to.equal(1);
    expect(northamptonshire.force.name).to.equal('Northamptonshire Police');
    expect(northamptonshire.force.id).to.equal('northamptonshire');
    expect(northamptonshire.period).to.equal('2017');
    expect(northamptonshire.scale).to.equal('peel-2014');
    expect(northamptonshire.inspector).to.deep.equal({
      name: 'Zoë Billingham',
      role: 'Her Majesty’s Inspector of Constabulary',
    });
  });

  it('holds the introduction and the six observations verbatim, in order', () => {
    expect(northamptonshire.summary).to.have.length(SEED.summary.length);
    SEED.summary.forEach((sentence, i) =>
      expect(northamptonshire.summary![i]!.startsWith(sentence), sentence).to.equal(true),
    );
    // The three lines after the first paragraph are one sentence each.
    expect(northamptonshire.summary!.slice(1)).to.deep.equal(SEED.summary.slice(1));
    expect(northamptonshire.observations).to.have.length(6);
    SEED.observations.forEach((sentence, i) =>
      expect(northamptonshire.observations![i]!.startsWith(sentence), sentence).to.equal(true),
    );
  });

  it('has the three pillars with their grades, dates and questions', () => {
    expect(northamptonshire.pillars!.map((p) => p.id)).to.deep.equal(['effectiveness', 'efficiency', 'legitimacy']);
    expect(northamptonshire.pillars!.map((p) => p.title)).to.deep.equal(['Effectiveness', 'Efficiency', 'Legitimacy']);
    expect(northamptonshire.pillars!.map((p) => p.grade)).to.deep.equal([
      'requires-improvement',
      'good',
      'requires-improvement',
    ]);
    expect(northamptonshire.pillars!.map((p) => p.updated)).to.deep.equal(['2018-03-22', '2017-11-09', '2017-12-12']);
    expect(northamptonshire.pillars!.map((p) => p.question)).to.deep.equal([
      'How effective is the force at keeping people safe and reducing crime?',
      'How efficient is the force at keeping people safe and reducing crime?',
      'How legitimate is the force at keeping people safe and reducing crime?',
    ]);
    for (const p of northamptonshire.pillars!)
      expect(p.url).to.match(new RegExp(`^https://www\\.justiceinspectorates\\.gov\\.uk/.+/${p.id}/$`));
  });

  it('records the previous grades the seed mentions', () => {
    // "our overall judgment is less positive than last year, when we judged the force to be good"
    expect(pillar(northamptonshire, 'legitimacy').previousGrade).to.equal('good');
    // "Our overall judgment this year is the same as last year."
    expect(pillar(northamptonshire, 'efficiency').previousGrade).to.equal('good');
    expect(pillar(northamptonshire, 'effectiveness').previousGrade).to.equal(undefined);
  });

  it('has 7, 5 and 5 summary paragraphs, each starting as on the seed page', () => {
    for (const id of ['effectiveness', 'efficiency', 'legitimacy'] as const) {
      const summary = pillar(northamptonshire, id).summary!;
      expect(summary, id).to.have.length(SEED[id].length);
      SEED[id].forEach((sentence, i) =>
        expect(summary[i]!.startsWith(sentence), `${id} ${i}: ${sentence}`).to.equal(true),
      );
    }
    expect(SEED.effectiveness).to.have.length(7);
    expect(SEED.efficiency).to.have.length(5);
    expect(SEED.legitimacy).to.have.length(5);
  });

  it('holds whole sentences from the middle and end of the page verbatim', () => {
    const all = strings(northamptonshire).join('\n');
    for (const sentence of SEED.whole) expect(all, sentence).to.contain(sentence);
  });

  it('grades the questions of efficiency and legitimacy', () => {
    expect(pillar(northamptonshire, 'effectiveness').questions).to.equal(undefined);
    expect(pillar(northamptonshire, 'efficiency').questions!.map((q) => q.grade)).to.deep.equal([
      'good',
      'requires-improvement',
      'good',
    ]);
    expect(pillar(northamptonshire, 'legitimacy').questions!.map((q) => q.grade)).to.deep.equal([
      'requires-improvement',
      'good',
      'requires-improvement',
    ]);
    expect(pillar(northamptonshire, 'efficiency').questions![1]!.title).to.equal(
      'How well does the force use its resources to meet demand?',
    );
  });

  it('has the seven key facts of 2019/20', () => {
    expect(northamptonshire.keyFacts!.period).to.equal('2019/20');
    expect(northamptonshire.keyFacts!.facts!.map((f) => f.id)).to.deep.equal([
      'force-area',
      'population',
      'workforce-frontline',
      'workforce-officers',
      'workforce-change',
      'victim-based-crime',
      'cost',
    ]);
    expect(fact('force-area')).to.deep.include({
      value: 914,
      unit: 'square-miles',
    });
    expect(fact('population')).to.deep.include({
      value: 757000,
      unit: 'people',
      change: { local: 10, years: 10 },
    });
    expect(fact('workforce-frontline')).to.deep.include({
      value: 88,
      unit: 'percent',
      national: 92,
      group: 'Workforce',
    });
    expect(fact('workforce-officers')).to.deep.include({
      value: 3.02,
      unit: 'per-1000-people',
      national: 3.69,
      group: 'Workforce',
    });
    expect(fact('workforce-change')).to.deep.include({
      group: 'Workforce',
      change: { local: -10, national: -5, years: 10 },
    });
    expect(fact('victim-based-crime')).to.deep.include({
      value: 0.07,
      unit: 'per-person',
      national: 0.06,
      change: { local: 14, national: 9, years: 5 },
    });
    expect(fact('cost')).to.deep.include({
      value: 0.5,
      unit: 'GBP',
      national: 0.59,
    });
    expect(fact('cost')!.group).to.equal(undefined);
  });

  it('has the two points of context and the one priorities paragraph, verbatim', () => {
    expect(northamptonshire.context).to.deep.equal(SEED.context);
    expect(northamptonshire.priorities).to.deep.equal(SEED.priorities);
  });

  it('keeps the seed’s typography: curly apostrophes, no stray white space', () => {
    for (const s of strings(northamptonshire)) {
      expect(s, s).to.equal(s.trim());
      expect(s, s).not.to.match(/\s{2}/);
    }
    const prose = [
      ...northamptonshire.summary!,
      ...northamptonshire.observations!,
      ...northamptonshire.pillars!.flatMap((p) => p.summary!),
    ];
    for (const s of prose) expect(s, s).not.to.contain("'");
  });
});

describe('the fictional 2021 example', () => {
  it('is valid against the schema and parses with no errors or warnings', () => {
    const result = validator.validate(fictionalJson);
    expect(result.valid, JSON.stringify(result.errors)).to.equal(true);
    expect(parseAssessment(fictionalJson)).to.deep.include({
      ok: true,
      warnings: [],
    });
  });

  it('is on peel-2021 and uses every grade, not-graded included', () => {
    expect(fictional.scale).to.equal('peel-2021');
    const grades = new Set(fictional.pillars!.map((p) => p.grade));
    expect([...grades]).to.have.members([...GRADES]);
    expect(grades.has('adequate')).to.equal(true);
    expect(grades.has('not-graded')).to.equal(true);
  });

  it('says it is fictional, and points at no real site', () => {
    expect(fictional.force.name).to.match(/fictional/i);
    const urls = strings(fictional).filter((s) => /^https?:/.test(s));
    expect(urls.length).to.be.greaterThan(0);
    for (const url of urls) expect(new URL(url).hostname, url).to.equal('example.org');
  });

  it('shows a change from a previous grade, a question list and key facts', () => {
    expect(fictional.pillars!.some((p) => p.previousGrade && p.previousGrade !== p.grade)).to.equal(true);
    expect(fictional.pillars!.some((p) => p.questions?.length)).to.equal(true);
    expect(fictional.keyFacts!.facts!.length).to.be.greaterThan(0);
  });
});

/** Every folder of real data and its JSON files, as the test server lists them: a new cycle is read without a test edit. */
const DATA: { folder: string; files: string[] }[] = await (await fetch('/__peel/data-files')).json();

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, `${path} answered ${response.status}`).to.equal(true);
  return response.text();
};

/** A grade of a document: an area's (question `—`) or a question's, with what the data says of it. */
interface Grade {
  force: string;
  area: string;
  question: string;
  grade: string;
  source?: Source;
  gradedIn?: string;
  cycle?: string;
}

const gradesOf = (doc: Assessment | AssessmentCollection): Grade[] =>
  ((doc as AssessmentCollection).assessments ?? [doc as Assessment]).flatMap((a) =>
    (a.pillars ?? []).flatMap((p: Pillar) => [
      { force: a.force.id!, area: p.id!, question: '—', grade: p.grade!, source: p.source, cycle: cycleOf(a) },
      ...(p.questions ?? []).map((q: QuestionGrade) => ({
        force: a.force.id!,
        area: p.id!,
        question: q.title!,
        grade: q.grade!,
        source: q.source,
        gradedIn: q.gradedIn,
        cycle: cycleOf(a),
      })),
    ]),
  );

const keyOf = (g: { force: string; area: string; question: string; grade: string }) =>
  `${g.force} | ${g.area} | ${g.question} | ${g.grade}`;

/** Issue 25's coverage: at least this many forces with a grade in the folder's documents. */
const COVERAGE: Record<string, number> = { '2015': 40, '2016': 40, '2021-22': 30, '2023-25': 31 };

describe('every document of the real data (data/<cycle>/): its sources, carried-over questions and counts', () => {
  let changelog = '';
  before(async () => (changelog = await text('/data/CHANGELOG.md')));

  it('is listed by the test server, folder by folder', () => {
    expect(DATA.map((d) => d.folder)).to.include.members(['2017', '2018-19', ...Object.keys(COVERAGE)]);
  });

  for (const { folder, files } of DATA)
    describe(`data/${folder}`, () => {
      let sources = '';
      const docs = new Map<string, Assessment | AssessmentCollection>();
      before(async () => {
        sources = await text(`/data/${folder}/SOURCES.md`);
        for (const file of files) {
          const result = parseDocument(await text(`/data/${folder}/${file}`));
          expect(result.ok ? [] : result.errors, `${file} parses`).to.deep.equal([]);
          expect(result.warnings, `${file} has no warnings`).to.deep.equal([]);
          if (result.ok) docs.set(file, result.value);
        }
      });

      if (COVERAGE[folder] !== undefined)
        it(`grades at least ${COVERAGE[folder]} forces (issue 25)`, () => {
          const graded = new Set(
            [...docs.values()].flatMap((doc) =>
              gradesOf(doc)
                .filter((g) => g.grade !== 'not-graded')
                .map((g) => g.force),
            ),
          );
          expect(graded.size).to.be.at.least(COVERAGE[folder]!);
        });

      it('carries a data version that the changelog names', () => {
        for (const [file, doc] of docs) {
          expect(doc.dataVersion, file).to.match(/^\d{4}\.\d\d\.\d+$/);
          expect(changelog, `${file}: data/CHANGELOG.md has a heading for ${doc.dataVersion}`).to.match(
            new RegExp(`^## ${doc.dataVersion!.replaceAll('.', '\\.')}$`, 'm'),
          );
        }
      });

      it('names, for every grade after 2017, the page it was read on (an http(s) address that SOURCES.md names)', () => {
        for (const [file, doc] of docs)
          for (const g of gradesOf(doc)) {
            if (!g.source && (g.cycle ?? '') <= 'peel-2017') continue;
            const url = g.source?.url ?? '';
            expect(url, `${file}: ${keyOf(g)} has a source address`).to.match(/^https?:\/\/\S+$/);
            expect(sources.includes(url), `${file}: ${keyOf(g)}: SOURCES.md names ${url}`).to.equal(true);
            if (g.source?.quote) expect(g.source.quote.length, `${file}: ${keyOf(g)}`).to.be.at.most(300);
          }
      });

      it('agrees with SOURCES.md one for one: each row’s address and words are its grade’s source and quote', () => {
        const rows = tableRows(sources, 'Values', 'force id');
        if (!rows.length) return; // a folder whose SOURCES.md names pages per force (2017): the test above
        const byKey = new Map(
          rows.map(([force, area, question, grade, address, words]) => [
            keyOf({ force: force!, area: area!, question: question!, grade: grade! }),
            { address: address!, words: words! },
          ]),
        );
        expect(byKey.size, 'each row once').to.equal(rows.length);
        const used = new Set<string>();
        const documents = tableRows(sources, 'Documents', 'document');
        for (const [file, doc] of docs)
          for (const g of gradesOf(doc)) {
            const key = keyOf(g);
            const row = byKey.get(key);
            if (!row) {
              // A not-graded area of a single document (the victim service) is named with the document's values.
              const other = documents.find(([d, field]) => d === file && field === `pillars.${g.area}.grade`);
              expect(
                g.grade === 'not-graded' && !!(other ?? sources.includes(g.source!.url!)),
                `${file}: ${key} has a row`,
              ).to.equal(true);
              if (other)
                expect([g.source?.url, g.source?.quote], `${file}: ${key}`).to.deep.equal([
                  other[3],
                  quoteOf(other[4]!),
                ]);
              continue;
            }
            used.add(key);
            expect([g.source?.url, g.source?.quote], `${file}: ${key}`).to.deep.equal([
              row.address,
              quoteOf(row.words),
            ]);
          }
        expect(
          [...byKey.keys()].filter((key) => !used.has(key)),
          'rows with no grade',
        ).to.deep.equal([]);
      });

      it('marks a question carried over, with the year its row names, exactly where the row says so', () => {
        const rows = tableRows(sources, 'Values', 'force id');
        const words = new Map(
          rows.map(([f, a, q, g, , w]) => [keyOf({ force: f!, area: a!, question: q!, grade: g! }), w!]),
        );
        for (const [file, doc] of docs)
          for (const g of gradesOf(doc).filter((g) => g.question !== '—'))
            expect(g.gradedIn, `${file}: ${keyOf(g)}`).to.equal(carriedOverFrom(words.get(keyOf(g)) ?? ''));
      });

      it('gives each force document’s count of graded areas as its SOURCES.md row says, and no other', () => {
        const rows = tableRows(sources, 'Areas graded', 'document');
        const stated = new Map(rows.map(([file, force, n, address]) => [`${file} ${force}`, [Number(n), address]]));
        const given = new Map<string, number>();
        for (const [file, doc] of docs)
          for (const a of (doc as AssessmentCollection).assessments ?? [doc as Assessment]) {
            if (a.areasGraded === undefined) continue;
            given.set(`${file} ${a.force.id}`, a.areasGraded);
            const graded = (a.pillars ?? []).filter((p) => p.grade && p.grade !== 'not-graded').length;
            expect(graded, `${file} ${a.force.id}: no more grades than the report graded`).to.be.at.most(a.areasGraded);
          }
        expect(Object.fromEntries(given)).to.deep.equal(Object.fromEntries([...stated].map(([k, [n]]) => [k, n])));
        for (const [key, [, address]] of stated) expect(address, key).to.match(/^https?:\/\/\S+$/);
      });
    });
});

describe('reading the SOURCES.md of the real data', () => {
  it('tells carried-over words from the cycle’s own, and names their year', () => {
    expect(carriedOverFrom('“In 2017, we judged the force as good at investigating crime.”')).to.equal('2017');
    expect(carriedOverFrom('“In 2016 we judged it to be good at tackling serious and organised crime.”')).to.equal(
      '2016',
    );
    expect(
      carriedOverFrom(
        '“… not subject to detailed inspection in 2018/19, and our judgment from the 2016 effectiveness inspection has been carried over.”',
      ),
    ).to.equal('2016');
    expect(carriedOverFrom('“This judgment has been carried over from our last inspection in 2017/18.”')).to.equal(
      '2017/18',
    );
    expect(carriedOverFrom('“The force is good at investigating crime.”')).to.equal(undefined);
    expect(carriedOverFrom('“… Last updated 27/09/2019 Requires improvement”')).to.equal(undefined);
  });

  it('reads a table under its heading, and none where there is none', () => {
    const md = '## Areas graded\n\n| document | force id |\n| --- | --- |\n| `a.json` | `kent` |\n\nAfter.';
    expect(tableRows(md, 'Areas graded', 'document')).to.deep.equal([['a.json', 'kent']]);
    expect(tableRows(md, 'Values', 'force id')).to.deep.equal([]);
    expect(quoteOf('“Kent is good.”')).to.equal('Kent is good.');
    expect(quoteOf('The BBC says Kent is good')).to.equal('The BBC says Kent is good');
  });
});
