import { expect } from '@open-wc/testing';
import { parseAssessment, parseCollection, parseDocument, formatIssue, voiced } from './parse.js';
import { isIssue } from './pillars.js';
import { findForce } from './find.js';
import type { ParseResult } from './parse.js';
import type { DataIssue } from './types.js';
import { northamptonshire, fictional, copy, resolved } from '../../test/helpers.js';
import { current, edit, invalid, setAt, sourced, unresolved } from '../../test/corpus.js';

const PEEL_2014 = 'expected one of outstanding, good, requires-improvement, inadequate, not-graded';
const PEEL_2021 = 'expected one of outstanding, good, adequate, requires-improvement, inadequate, not-graded';

/** The parser's errors as the contract prints them, or [] when it read the input. */
const problems = (result: ParseResult<unknown>): string[] => (result.ok ? [] : result.errors.map(formatIssue));

/** Runs every parser on `input` and returns their results; a throw fails the test. */
const parseAll = (input: unknown): ParseResult<unknown>[] => [
  parseAssessment(input),
  parseCollection(input),
  parseDocument(input),
];

const paths = (issues: DataIssue[]) => issues.map((issue) => issue.path);

describe('parseAssessment', () => {
  it('reads the Northamptonshire 2017 example with no errors or warnings', () => {
    const result = parseAssessment(northamptonshire);
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
  });

  it('reads JSON text as well as objects', () => {
    const result = parseAssessment(JSON.stringify(fictional));
    expect(result.ok && result.value.scale).to.equal('peel-2021');
    expect(result.ok && result.value).to.deep.equal(fictional);
  });

  it('names the JSON path of a bad grade and says what was expected', () => {
    const doc = setAt(northamptonshire, 'pillars[1].grade', 'godo');
    expect(problems(parseAssessment(doc))).to.deep.equal([
      `pillars[1].grade: "godo" is not a PEEL grade; ${PEEL_2014}`,
    ]);
  });

  it('never throws, even on broken JSON', () => {
    const result = parseAssessment('{"force": ');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.path).to.equal('(root)');
  });

  it('reads collections', () => {
    expect(parseCollection({ assessments: [northamptonshire, fictional] }).ok).to.equal(true);
    const doc = parseDocument({ assessments: [northamptonshire] });
    expect(doc.ok && 'assessments' in doc.value).to.equal(true);
  });
});

describe('the parser never throws', () => {
  const notAnObject: [string, unknown, string][] = [
    ['undefined', undefined, '(root): expected an object, got undefined'],
    ['null', null, '(root): expected an object, got null'],
    ['0', 0, '(root): expected an object, got 0'],
    ['true', true, '(root): expected an object, got boolean'],
    ['[]', [], '(root): expected an object, got an array'],
    ['the text "null"', 'null', '(root): expected an object, got null'],
    ['the text "[]"', '[]', '(root): expected an object, got an array'],
    ['the text "\\"x\\""', '"x"', '(root): expected an object, got "x"'],
    ['a function', () => ({ force: { name: 'X' } }), '(root): expected an object, got function'],
  ];
  for (const [name, input, message] of notAnObject)
    it(`for ${name}: one error at (root)`, () => {
      for (const result of parseAll(input)) expect(problems(result)).to.deep.equal([message]);
    });

  for (const text of [
    '',
    ' ',
    '{',
    '{"force": {"name": "X"}',
    "{'force': {}}",
    'undefined',
    'NaN',
    '{"force": {"name": "X"}} trailing',
  ])
    it(`for the broken JSON text ${JSON.stringify(text)}: one error at (root)`, () => {
      for (const result of parseAll(text)) {
        expect(result.ok).to.equal(false);
        if (result.ok) continue;
        expect(paths(result.errors)).to.deep.equal(['(root)']);
        expect(result.errors[0]!.message).to.match(/^could not be read: \S/);
      }
    });

  it('for a cyclic object: reads the known fields and warns about the loop', () => {
    const doc: Record<string, unknown> = { force: { name: 'Loopshire' } };
    doc.self = doc;
    (doc.force as Record<string, unknown>).parent = doc;
    doc.pillars = [doc];
    const result = parseAssessment(doc);
    expect(problems(result)).to.deep.equal([]);
    expect(paths(result.warnings)).to.have.members([
      'self',
      'force.parent',
      'pillars[0].force',
      'pillars[0].self',
      'pillars[0].pillars',
    ]);
    // The value holds no cycle: it can be written back out as JSON.
    expect(result.ok && JSON.parse(JSON.stringify(result.value))).to.deep.equal({
      force: { name: 'Loopshire' },
      pillars: [{}],
    });
  });

  it('for a cyclic list: an error at the item', () => {
    const loop: unknown[] = [];
    loop.push(loop);
    for (const result of [
      parseAssessment({ force: { name: 'X' }, summary: loop }),
      parseDocument({ force: { name: 'X' }, summary: loop }),
    ])
      expect(problems(result)).to.deep.equal(['summary[0]: expected text, got an array']);
  });

  it('for an object whose getter throws an Error: an error, no exception', () => {
    const doc = {
      force: { name: 'X' },
      get period(): string {
        throw new Error('boom');
      },
    };
    for (const result of parseAll(doc)) {
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors.map(formatIssue).join()).to.contain('boom');
    }
  });

  it('for a nested getter that throws: an error, no exception', () => {
    const pillar = Object.defineProperty({}, 'grade', {
      enumerable: true,
      get: () => {
        throw new TypeError('no grade');
      },
    });
    expect(parseAssessment({ force: { name: 'X' }, pillars: [pillar] }).ok).to.equal(false);
  });

  it('for a Proxy whose traps throw, or a revoked Proxy: an error, no exception', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({ force: { name: 'X' } }, {});
    revoke();
    for (const input of [trap, proxy]) for (const result of parseAll(input)) expect(result.ok).to.equal(false);
  });

  it('for a getter that throws something with no string form: an error, no exception', () => {
    const thrown: unknown[] = [Symbol('boom'), Object.create(null)];
    for (const value of thrown) {
      const doc = {
        force: { name: 'X' },
        get period(): string {
          throw value;
        },
      };
      for (const result of parseAll(doc)) expect(result.ok).to.equal(false);
    }
  });

  it('for NaN and ±Infinity: an error at each path', () => {
    const doc = {
      force: { name: 'X' },
      keyFacts: {
        facts: [{ value: NaN }, { national: Infinity }, { change: { local: -Infinity, years: NaN } }],
      },
    };
    const result = parseAssessment(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(paths(result.errors)).to.deep.equal([
      'keyFacts.facts[0].value',
      'keyFacts.facts[1].national',
      'keyFacts.facts[2].change.local',
      'keyFacts.facts[2].change.years',
    ]);
    for (const issue of result.errors) expect(issue.message).to.match(/^expected a number/);
  });

  it('for a number too big for JSON text to hold (read as Infinity): an error at its path', () => {
    const text = '{"force": {"name": "X"}, "keyFacts": {"facts": [{"value": 1}, {"value": 1e400}]}}';
    const result = parseDocument(text);
    expect(result.ok ? [] : paths(result.errors)).to.deep.equal(['keyFacts.facts[1].value']);
    expect(problems(result)[0]).to.match(/^keyFacts\.facts\[1\]\.value: expected a number/);
  });

  it('says which number was wrong: NaN or Infinity', () => {
    const result = parseAssessment({
      force: { name: 'X' },
      keyFacts: { facts: [{ value: NaN, national: Infinity }] },
    });
    expect(problems(result)).to.deep.equal([
      'keyFacts.facts[0].value: expected a number, got NaN',
      'keyFacts.facts[0].national: expected a number, got Infinity',
    ]);
  });

  it('for other values JSON cannot hold: an error at the path', () => {
    const doc = {
      force: { name: 'X' },
      period: Symbol('2017'),
      pillars: [{ updated: new Date(2018, 2, 22) }],
      keyFacts: { facts: [{ value: 10n }] },
    };
    expect(problems(parseAssessment(doc))).to.deep.equal([
      'period: expected text, got symbol',
      'pillars[0].updated: expected a date as YYYY-MM-DD, got object',
      'keyFacts.facts[0].value: expected a number, got bigint',
    ]);
  });

  it('does not accept a required field that is only inherited', () => {
    class Model {
      get force() {
        return { name: 'X' };
      }
    }
    expect(problems(parseAssessment(new Model()))).to.deep.equal(['force: is required']);
    expect(problems(parseAssessment(Object.create({ force: { name: 'X' } })))).to.deep.equal(['force: is required']);
  });
});

describe('error messages', () => {
  const message = (doc: unknown) => problems(parseDocument(doc));

  it('use the contract’s form for an unknown grade, listing the grades of the scale', () => {
    expect(message(setAt(northamptonshire, 'pillars[1].grade', 'godo'))).to.deep.equal([
      `pillars[1].grade: "godo" is not a PEEL grade; ${PEEL_2014}`,
    ]);
    expect(message(setAt(fictional, 'pillars[0].questions[1].grade', 'godo'))).to.deep.equal([
      `pillars[0].questions[1].grade: "godo" is not a PEEL grade; ${PEEL_2021}`,
    ]);
    expect(message(setAt(northamptonshire, 'pillars[2].previousGrade', 7))).to.deep.equal([
      `pillars[2].previousGrade: 7 is not a PEEL grade; ${PEEL_2014}`,
    ]);
  });

  it('say when a grade is real but not on the document’s scale, whatever its spelling', () => {
    for (const spelling of ['adequate', 'Adequate', 'Digonol'])
      expect(message(setAt(northamptonshire, 'pillars[0].grade', spelling))).to.deep.equal([
        `pillars[0].grade: "adequate" is not on the peel-2014 scale; ${PEEL_2014}`,
      ]);
    expect(message({ force: { name: 'X' }, pillars: [{ grade: 'adequate' }] })).to.deep.equal([
      `pillars[0].grade: "adequate" is not on the peel-2014 scale; ${PEEL_2014}`,
    ]);
  });

  it('name the path in a collection', () => {
    const doc = {
      schemaVersion: 1,
      assessments: [northamptonshire, setAt(fictional, 'pillars[0].grade', 'godo')],
    };
    expect(message(doc)).to.deep.equal([`assessments[1].pillars[0].grade: "godo" is not a PEEL grade; ${PEEL_2021}`]);
  });

  it('say what type was expected and what was found', () => {
    expect(message({ force: { name: 'X' }, period: 2017 })).to.deep.equal(['period: expected text, got 2017']);
    expect(message({ force: { name: 'X' }, summary: 'text' })).to.deep.equal(['summary: expected a list, got "text"']);
    expect(message({ force: { name: 'X' }, summary: {} })).to.deep.equal(['summary: expected a list, got object']);
    expect(message({ force: { name: 'X' }, inspector: [] })).to.deep.equal([
      'inspector: expected an object, got an array',
    ]);
    expect(message({ force: { name: 'X' }, inspector: { name: null } })).to.deep.equal([
      'inspector.name: expected text, got null',
    ]);
    expect(
      message({
        force: { name: 'X' },
        keyFacts: { facts: [{}, {}, { change: { local: '+4' } }] },
      }),
    ).to.deep.equal(['keyFacts.facts[2].change.local: expected a number, got "+4"']);
    expect(message({ force: { name: 'X' }, pillars: [{ updated: '22/03/2018' }] })).to.deep.equal([
      'pillars[0].updated: expected a date as YYYY-MM-DD, got "22/03/2018"',
    ]);
    expect(message({ force: { name: 'X' }, pillars: [{ updated: '2018-02-31' }] })).to.deep.equal([
      'pillars[0].updated: expected a date as YYYY-MM-DD, got "2018-02-31"',
    ]);
    expect(message({ force: { name: ' ' } })).to.deep.equal(['force.name: expected a name, got " "']);
    expect(message({ force: { name: 'X' }, scale: 'peel-2099' })).to.deep.equal([
      'scale: expected peel-2014 or peel-2021, got "peel-2099"',
    ]);
    expect(message({ schemaVersion: 2, force: { name: 'X' } })).to.deep.equal([
      'schemaVersion: expected schema version 1, got 2',
    ]);
  });

  it('list the allowed values of the new vocabularies', () => {
    const X = { name: 'X' };
    expect(message({ force: X, cycle: 'PEEL 2019' })).to.deep.equal([
      'cycle: expected one of peel-2014, peel-2015, peel-2016, peel-2017, peel-2018-19, peel-2021-22, peel-2023-25, peel-2025-27, got "PEEL 2019"',
    ]);
    expect(message({ force: X, pillars: [{ status: 'ungraded' }] })).to.deep.equal([
      'pillars[0].status: expected one of graded, pending, not-inspected, withheld, carried-over, got "ungraded"',
    ]);
    expect(message({ force: X, practice: [{ kind: 'notable' }] })).to.deep.equal([
      'practice[0].kind: expected one of innovative, promising, got "notable"',
    ]);
    expect(message({ force: X, monitoring: { stage: 'special measures' } })).to.deep.equal([
      'monitoring.stage: expected one of engage, ppog, got "special measures"',
    ]);
  });

  it('say what is wrong with the new fields', () => {
    const X = { name: 'X' };
    expect(message({ force: X, causesOfConcern: [{ recommendations: [], due: '2022-09-31' }] })).to.deep.equal([
      'causesOfConcern[0].due: expected a date as YYYY-MM-DD, got "2022-09-31"',
      'causesOfConcern[0].text: is required',
    ]);
    expect(message({ force: X, practice: [{ title: 'A' }], monitoring: {} })).to.deep.equal([
      'practice[0].kind: is required',
      'monitoring.stage: is required',
    ]);
    expect(message({ force: X, keyFacts: { facts: [{ value: 71, interval: '±2.7' }] } })).to.deep.equal([
      'keyFacts.facts[0].interval: expected a number, got "±2.7"',
    ]);
    expect(message({ force: X, published: '12 March 2025' })).to.deep.equal([
      'published: expected a date as YYYY-MM-DD, got "12 March 2025"',
    ]);
  });

  it('say which scale a cycle grades on when the stated scale contradicts it', () => {
    expect(message({ force: { name: 'X' }, cycle: 'peel-2023-25', scale: 'peel-2014' })).to.deep.equal([
      'scale: expected peel-2021, the scale of peel-2023-25',
    ]);
    expect(
      message({ assessments: [{ force: { name: 'X' }, cycle: 'peel-2018-19', scale: 'peel-2021' }] }),
    ).to.deep.equal(['assessments[0].scale: expected peel-2014, the scale of peel-2018-19']);
  });

  it('say that a pillar whose status has no grade has none, whatever its spelling', () => {
    for (const status of ['pending', 'not-inspected', 'withheld'])
      for (const grade of ['good', 'Good', 'Da'])
        expect(message({ force: { name: 'X' }, pillars: [{}, { status, grade }] })).to.deep.equal([
          `pillars[1].grade: a pillar with status ${status} has no grade; expected not-graded or none`,
        ]);
  });

  it('check grades against the scale a cycle implies', () => {
    const adequate = (cycle: string) => ({ force: { name: 'X' }, cycle, pillars: [{ grade: 'adequate' }] });
    expect(message(adequate('peel-2021-22'))).to.deep.equal([]);
    expect(message(adequate('peel-2018-19'))).to.deep.equal([
      `pillars[0].grade: "adequate" is not on the peel-2014 scale; ${PEEL_2014}`,
    ]);
    // The implied scale belongs to its own assessment, not the next one in a collection.
    expect(
      message({ assessments: [adequate('peel-2025-27'), { ...adequate('peel-2025-27'), cycle: undefined }] }),
    ).to.deep.equal([`assessments[1].pillars[0].grade: "adequate" is not on the peel-2014 scale; ${PEEL_2014}`]);
  });

  it('say which required field is missing', () => {
    expect(message({})).to.deep.equal(['force: is required']);
    expect(message({ force: {} })).to.deep.equal(['force.name: is required']);
    expect(message({ assessments: [{ force: { name: 'X' } }, {}] })).to.deep.equal([
      'assessments[1].force: is required',
    ]);
    expect(problems(parseCollection({ force: { name: 'X' } }))).to.deep.equal(['assessments: is required']);
  });

  it('all name their path first and say what was expected, across the corpus', () => {
    for (const { name, doc } of [...invalid, ...unresolved]) {
      const result = parseDocument(doc);
      expect(result.ok, name).to.equal(false);
      if (result.ok) continue;
      for (const issue of result.errors) {
        expect(formatIssue(issue), name).to.equal(`${issue.path}: ${issue.message}`);
        expect(issue.path, name).to.match(/^(\(root\)|[A-Za-z]\w*(\[\d+\])*(\.[A-Za-z]\w*(\[\d+\])*)*)$/);
        expect(issue.message, name).to.match(/expected |is required|could not be read/);
      }
    }
  });
});

describe('unknown fields', () => {
  it('are warned about at their path and left out of the value', () => {
    const doc = edit(northamptonshire, [
      ['colour', 'blue'],
      ['pillars[0].icon', 'shield'],
      ['pillars[1].questions[2].weight', 2],
      ['keyFacts.facts[1].change.baseline', 2014],
    ]);
    const result = parseAssessment(doc);
    expect(result.ok).to.equal(true);
    expect(result.warnings.map(formatIssue)).to.have.members([
      'colour: unknown field, ignored',
      'pillars[0].icon: unknown field, ignored',
      'pillars[1].questions[2].weight: unknown field, ignored',
      'keyFacts.facts[1].change.baseline: unknown field, ignored',
    ]);
    expect(result.ok && result.value).to.deep.equal(resolved(northamptonshire));
  });

  it('are warned about even when the document also has errors', () => {
    const result = parseAssessment({ colour: 'blue', force: { name: 1 } });
    expect(result.ok).to.equal(false);
    expect(paths(result.warnings)).to.deep.equal(['colour']);
  });

  it('include the other kind of document: an assessment read as a collection and back', () => {
    const single = parseCollection({ force: { name: 'X' } });
    expect(problems(single)).to.deep.equal(['assessments: is required']);
    expect(paths(single.warnings)).to.deep.equal(['force']);
    const many = parseAssessment({ assessments: [] });
    expect(problems(many)).to.deep.equal(['force: is required']);
    expect(paths(many.warnings)).to.deep.equal(['assessments']);
  });

  it('do not reach the value through names that Object.prototype has', () => {
    const doc = JSON.parse(
      '{"force": {"name": "X"}, "__proto__": {"polluted": true}, "toString": 1, "constructor": 2}',
    ) as unknown;
    const result = parseAssessment(doc);
    expect(problems(result)).to.deep.equal([]);
    expect(paths(result.warnings)).to.have.members(['__proto__', 'toString', 'constructor']);
    expect(result.ok && result.value).to.deep.equal({ force: { name: 'X' } });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('the parsed value', () => {
  it('turns grade labels into slugs', () => {
    const doc = edit(northamptonshire, [
      ['pillars[0].grade', 'Requires improvement'],
      ['pillars[1].grade', 'GOOD'],
      ['pillars[1].questions[1].grade', 'requires_improvement'],
      ['pillars[2].previousGrade', 'Da'],
      ['pillars[2].grade', 'Angen gwella'],
    ]);
    const result = parseAssessment(doc);
    expect(result.warnings).to.deep.equal([]);
    expect(result.ok && result.value).to.deep.equal(resolved(northamptonshire));
  });

  it('keeps every new field as written, and adds no scale that the cycle implies', () => {
    const result = parseAssessment(copy(current));
    expect(result.ok && result.value).to.deep.equal(current);
    expect(result.ok && result.value.scale).to.equal(undefined);
    expect(result.ok && result.value.pillars![2]).to.deep.equal({ id: 'protecting-vulnerable', status: 'pending' });
  });

  it('keeps every field of both examples', () => {
    for (const example of [northamptonshire, fictional]) {
      const result = parseAssessment(copy(example));
      expect(result.ok && result.value).to.deep.equal(resolved(example));
    }
    expect(resolved(northamptonshire).pillars![0]!.source).to.deep.include({
      url: 'https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2017/northamptonshire/',
      title: 'Northamptonshire 2017',
    });
    const both = {
      schemaVersion: 1,
      assessments: [northamptonshire, fictional],
    };
    const expected = { ...both, assessments: both.assessments.map((a) => resolved(a)) };
    for (const result of [parseCollection(both), parseDocument(both), parseDocument(JSON.stringify(both))])
      expect(result.ok && result.value).to.deep.equal(expected);
  });

  it('drops undefined fields rather than reporting them', () => {
    const result = parseAssessment({
      force: { name: 'X', id: undefined },
      period: undefined,
    });
    expect(result.ok && result.value).to.deep.equal({ force: { name: 'X' } });
  });

  it('does not change its input', () => {
    const doc = setAt(northamptonshire, 'pillars[0].grade', 'Requires improvement');
    const before = JSON.stringify(doc);
    parseAssessment(doc);
    expect(JSON.stringify(doc)).to.equal(before);
  });
});

describe('warnings that the elements say on the console (issues 16 and 19)', () => {
  it('warns at each repeated pillar id, with its path, and keeps every pillar', () => {
    const doc = {
      force: { name: 'X' },
      pillars: [{ id: 'x', grade: 'good' }, { id: 'y' }, { id: 'x', grade: 'inadequate' }, { id: 'x' }],
    };
    const result = parseAssessment(doc);
    expect(problems(result)).to.deep.equal([]);
    expect(result.warnings.map(formatIssue)).to.deep.equal([
      'pillars[2].id: repeats the id of pillars[0]',
      'pillars[3].id: repeats the id of pillars[0]',
    ]);
    expect(result.ok && result.value.pillars).to.have.length(4);
    expect(voiced(result.warnings)).to.deep.equal(result.warnings);
    // In a collection, each assessment's ids are its own.
    const collection = parseCollection({ assessments: [doc, { force: { name: 'Y' }, pillars: [{ id: 'x' }] }] });
    expect(paths(collection.warnings)).to.deep.equal(['assessments[0].pillars[2].id', 'assessments[0].pillars[3].id']);
  });

  it('says nothing of an unknown field to the console (a later version’s fields are no one’s mistake)', () => {
    const result = parseAssessment({ force: { name: 'X' }, colour: 'red' });
    expect(paths(result.warnings)).to.deep.equal(['colour']);
    expect(voiced(result.warnings)).to.deep.equal([]);
  });

  it('reads a cycle it does not know yet, with a warning naming it, on the scale of its year or the stated one', () => {
    const doc = { force: { name: 'X' }, cycle: 'peel-2027-29', pillars: [{ id: 'a', grade: 'adequate' }] };
    for (const result of [parseAssessment(doc), parseDocument(doc)]) {
      expect(problems(result)).to.deep.equal([]);
      expect(result.warnings.map(formatIssue)).to.deep.equal(['cycle: unknown cycle "peel-2027-29", ignored']);
      // Left out, so that every cycle in a value is one the elements know; the scale it was read on stays.
      expect(result.ok && result.value).to.deep.equal({
        force: { name: 'X' },
        scale: 'peel-2021',
        pillars: [{ id: 'a', grade: 'adequate' }],
      });
    }
    const stated = parseAssessment({ ...doc, scale: 'peel-2014', pillars: [{ grade: 'good' }] });
    expect(stated.ok && stated.value.scale).to.equal('peel-2014');
    expect(problems(parseAssessment({ ...doc, scale: 'peel-2014' }))).to.deep.equal([
      `pillars[0].grade: "adequate" is not on the peel-2014 scale; ${PEEL_2014}`,
    ]);
    const inCollection = parseCollection({ assessments: [doc] });
    expect(paths(inCollection.warnings)).to.deep.equal(['assessments[0].cycle']);
  });

  it('reads a document whose period names a cycle as that cycle: "2023–2025" grades on peel-2021', () => {
    const doc = { force: { name: 'X' }, period: '2023–2025', pillars: [{ id: 'leadership', grade: 'adequate' }] };
    const result = parseAssessment(doc);
    expect(problems(result)).to.deep.equal([]);
    expect(result.ok && result.value).to.deep.equal(doc);
    // A stated scale still wins, and is never called a contradiction of a period.
    expect(problems(parseAssessment({ ...doc, scale: 'peel-2014', pillars: [{ grade: 'good' }] }))).to.deep.equal([]);
  });
});

describe('findForce', () => {
  const kent = { force: { id: 'kent', name: 'Kent Police' }, pillars: [{ id: 'efficiency', grade: 'good' as const }] };
  const durham = { force: { id: 'durham', name: 'Durham Constabulary' } };
  const collection = { assessments: [durham, kent] };

  it('picks a force’s assessment from a collection by force.id', () => {
    expect(findForce(collection, 'kent')).to.equal(kent);
    expect(findForce(kent, 'kent')).to.equal(kent);
    expect(findForce(kent, undefined)).to.equal(kent);
  });

  it('reports a force the data does not hold, naming it and the forces there are, at the force attribute', () => {
    expect(findForce(collection, 'essex')).to.deep.equal({
      path: 'force',
      message: '"essex" is not a force in this data; expected one of durham, kent',
    });
    expect(findForce(durham, 'kent')).to.deep.equal({
      path: 'force',
      message: '"kent" is not a force in this data; expected one of durham',
    });
    expect(findForce(collection, undefined)).to.deep.equal({
      path: 'force',
      message: 'is required to show one force of a collection',
    });
    expect(isIssue(findForce(collection, 'constructor'))).to.equal(true);
  });
});

describe('sources (issue 25)', () => {
  it('resolves every reference into the page it names, and says which reference names nothing', () => {
    const result = parseAssessment(sourced);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const [effectiveness, efficiency] = result.value.pillars!;
    expect(effectiveness!.source).to.deep.include({ title: 'Kent 2015', publisher: 'HMICFRS', read: '2026-12-07' });
    expect(effectiveness!.source).to.not.have.any.keys('ref', 'id');
    expect(effectiveness!.questions![0]!.gradedIn).to.equal('2016');
    expect(efficiency!.source!.url, 'the grade’s own field wins').to.equal('https://example.org/other');
    expect(result.value.areasGraded).to.equal(3);
    expect(result.value.dataVersion).to.equal('2026.12.0');

    const unknown = parseAssessment(setAt(sourced, 'pillars[0].questions[0].source', 'kent-2015'));
    expect(unknown.ok ? [] : unknown.errors.map(formatIssue)).to.deep.equal([
      'pillars[0].questions[0].source: expected the id of a source, got "kent-2015"',
    ]);
    const twice = parseAssessment(setAt(sourced, 'sources[1].id', 'hmicfrs-peel-2015-kent'));
    expect(twice.ok ? [] : twice.errors.map(formatIssue)).to.deep.equal([
      'sources[1].id: expected each id once, got "hmicfrs-peel-2015-kent" again',
    ]);
  });

  it('reads JSON text as it reads the object, and a parsed value again to the same value', () => {
    const once = parseDocument(JSON.stringify(sourced));
    expect(once.ok).to.equal(true);
    if (!once.ok) return;
    expect(once.value).to.deep.equal((parseAssessment(sourced) as { value: unknown }).value);
    expect((parseDocument(once.value) as { value: unknown }).value).to.deep.equal(once.value);
  });
});
