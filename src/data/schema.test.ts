import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import type { OutputUnit } from '@cfworker/json-schema';
import schema from '../../schema/peel-assessment.schema.json' with { type: 'json' };
import { GRADES, SCALES, scaleGrades } from './grades.js';
import type { Scale } from './grades.js';
import { CYCLES, CYCLE_ID, cycleScale } from './cycles.js';
import type { Cycle } from './cycles.js';
import { formatIssue, parseAssessment, parseCollection, parseDocument } from './parse.js';
import type { ParseResult } from './parse.js';
import type { DataIssue } from './types.js';
import { invalid, lenient, pathKeys, pointer, unresolved, valid, without } from '../../test/corpus.js';
import { resolved } from '../../test/helpers.js';

const validator = new Validator(schema as never, '2020-12', false);
const check = (doc: unknown) => validator.validate(doc);

/** Keywords that explain a failure themselves, rather than pass on a failure found below them. */
const LEAF_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'required',
  'pattern',
  'format',
  'not',
  'maxLength',
  'minimum',
]);

const isCollection = (doc: unknown) =>
  typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'assessments' in doc;

/** A readable list of the schema's complaints, for assertion messages. */
const explain = (errors: OutputUnit[]) =>
  errors.map((e) => `${e.instanceLocation} ${e.keyword}: ${e.error}`).join('\n');

const cyclesOn = (scale: Scale) => (Object.keys(CYCLES) as Cycle[]).filter((c) => cycleScale(c) === scale);

const paths = (issues: DataIssue[]) => issues.map((issue) => issue.path).sort();

/** The same document read by the parser a host would pick for it. */
const specificParse = (doc: unknown): ParseResult<unknown> =>
  isCollection(doc) ? parseCollection(doc) : parseAssessment(doc);

describe('schema and parser agree on the corpus', () => {
  describe('valid documents: the schema accepts them and the parser reads them', () => {
    for (const { name, doc, warnings = [], value } of valid) {
      it(name, () => {
        const verdict = check(doc);
        expect(verdict.valid, explain(verdict.errors)).to.equal(true);

        for (const result of [parseDocument(doc), specificParse(doc)]) {
          expect(result.ok ? [] : result.errors.map(formatIssue), 'parser errors').to.deep.equal([]);
          expect(paths(result.warnings), 'parser warnings').to.deep.equal([...warnings].sort());
          for (const warning of result.warnings) expect(warning.message).to.contain('unknown field');
          if (result.ok) expect(result.value).to.deep.equal(value ?? resolved(without(doc, warnings)));
        }
      });
    }
  });

  describe('invalid documents: the schema rejects them and the parser reports each error at its path', () => {
    for (const { name, doc, errors } of invalid) {
      it(name, () => {
        const verdict = check(doc);
        expect(verdict.valid, 'schema verdict').to.equal(false);

        const result = parseDocument(doc);
        expect(result.ok, 'parser verdict').to.equal(false);
        if (result.ok) return;
        expect(paths(result.errors), result.errors.map(formatIssue).join('\n')).to.deep.equal([...errors].sort());
        expect(specificParse(doc)).to.deep.equal(result);

        // The schema finds a problem at the same place: the value itself, or for a missing
        // field, the object that should hold it.
        const located = verdict.errors
          .filter((e) => LEAF_KEYWORDS.has(e.keyword))
          .map((e) => `${e.instanceLocation} ${e.keyword}`);
        for (const issue of result.errors) {
          const wanted =
            issue.message === 'is required'
              ? `${pointer(issue.path).replace(/\/[^/]*$/, '')} required`
              : pointer(issue.path);
          expect(
            located.some((where) => where === wanted || where.startsWith(`${wanted} `)),
            `schema has no error at ${wanted} for ${formatIssue(issue)}; it has:\n${explain(verdict.errors)}`,
          ).to.equal(true);
        }
      });
    }
  });

  describe('references the schema cannot follow: it accepts the document, the parser reports each at its path', () => {
    for (const { name, doc, errors } of unresolved) {
      it(name, () => {
        const verdict = check(doc);
        expect(verdict.valid, explain(verdict.errors)).to.equal(true);
        const result = parseDocument(doc);
        expect(result.ok ? [] : paths(result.errors)).to.deep.equal([...errors].sort());
        expect(specificParse(doc)).to.deep.equal(result);
      });
    }
  });

  describe('lenient documents: the schema wants slugs, the parser also takes labels', () => {
    for (const { name, doc, normalised } of lenient) {
      it(name, () => {
        expect(check(doc).valid, 'schema verdict on the label').to.equal(false);
        const verdict = check(normalised);
        expect(verdict.valid, explain(verdict.errors)).to.equal(true);

        for (const result of [parseDocument(doc), specificParse(doc)]) {
          expect(result.ok ? [] : result.errors.map(formatIssue)).to.deep.equal([]);
          expect(result.warnings).to.deep.equal([]);
          if (result.ok) expect(result.value).to.deep.equal(resolved(normalised));
        }
      });
    }
  });

  it('check adequate against the same scale, for every mix of stated scale and cycle', () => {
    for (const scale of [undefined, 'peel-2014', 'peel-2021', 'peel-2099'])
      for (const cycle of [undefined, 'peel-2017', 'peel-2018-19', 'peel-2021-22', 'peel-2025-27', 'peel-2099']) {
        const doc: unknown = JSON.parse(
          JSON.stringify({ force: { name: 'X' }, scale, cycle, pillars: [{ grade: 'adequate' }] }),
        );
        const result = parseDocument(doc);
        const byParser = !result.ok && result.errors.some((e) => e.path === 'pillars[0].grade');
        const bySchema = check(doc).errors.some((e) => e.instanceLocation === '#/pillars/0/grade');
        expect(bySchema, `scale ${scale}, cycle ${cycle}`).to.equal(byParser);
      }
  });

  it('has a case for every way in', () => {
    expect(valid.length).to.be.greaterThan(20);
    expect(invalid.length).to.be.greaterThan(100);
    expect(lenient.length).to.be.greaterThan(20);
    const names = [...valid, ...invalid, ...lenient, ...unresolved].map((c) => c.name);
    expect(
      names.filter((n, i) => names.indexOf(n) !== i),
      'duplicate case names',
    ).to.deep.equal([]);
  });

  it('reads paths the way the parser writes them', () => {
    expect(pathKeys('(root)')).to.deep.equal([]);
    expect(pathKeys('assessments[1].pillars[0].questions[12].grade')).to.deep.equal([
      'assessments',
      1,
      'pillars',
      0,
      'questions',
      12,
      'grade',
    ]);
    expect(pointer('keyFacts.facts[2].change.local')).to.equal('#/keyFacts/facts/2/change/local');
    expect(pointer('(root)')).to.equal('#');
  });
});

describe('schema drift guard', () => {
  it('lists exactly the grades of grades.ts, in order', () => {
    expect(schema.$defs.grade.enum).to.deep.equal([...GRADES]);
  });

  it('lists exactly the scales of grades.ts', () => {
    expect(schema.$defs.scale.enum).to.deep.equal(Object.keys(SCALES));
  });

  it('keeps off peel-2014 exactly the grades that scale lacks', () => {
    const offPeel2014 = GRADES.filter((g) => !scaleGrades('peel-2014').includes(g));
    expect(offPeel2014).to.deep.equal(['adequate']);
    const pillar = schema.$defs.assessment.else.properties.pillars.items.properties;
    expect(pillar.grade.not.const).to.equal('adequate');
    expect(pillar.previousGrade.not.const).to.equal('adequate');
    expect(pillar.questions.items.properties.grade.not.const).to.equal('adequate');
    // The only other scale allows every grade.
    expect(Object.keys(SCALES).filter((s) => s !== 'peel-2014')).to.deep.equal(['peel-2021']);
    expect(scaleGrades('peel-2021')).to.have.members([...GRADES]);
    const [stated, implied] = schema.$defs.assessment.if.anyOf;
    expect(stated!.properties.scale!.const).to.equal('peel-2021');
    expect(implied!.properties.cycle!.enum).to.deep.equal(cyclesOn('peel-2021'));
  });

  it('lists exactly the cycles of cycles.ts, and which scale each implies', () => {
    expect(schema.$defs.knownCycle.enum).to.deep.equal(Object.keys(CYCLES));
    // Any other cycle id is a warning to the parser, so the schema lets it through.
    expect(schema.$defs.cycle.anyOf[1].pattern).to.equal(CYCLE_ID.source);
    const [old, recent] = schema.$defs.assessment.allOf;
    expect(old!.if.properties.cycle.enum).to.deep.equal(cyclesOn('peel-2014'));
    expect(old!.then.properties.scale.const).to.equal('peel-2014');
    expect(recent!.if.properties.cycle.enum).to.deep.equal(cyclesOn('peel-2021'));
    expect(recent!.then.properties.scale.const).to.equal('peel-2021');
  });

  it('uses one date pattern, the parser’s, for every date', () => {
    const pattern = JSON.stringify(schema.$defs.date.pattern);
    expect(JSON.stringify(schema).split(pattern)).to.have.length(2);
    for (const where of [
      schema.$defs.pillar.properties.updated,
      schema.$defs.assessment.properties.published,
      schema.$defs.assessment.properties.monitoring.properties.since,
      schema.$defs.causeOfConcern.properties.due,
    ])
      expect(where.$ref).to.equal('#/$defs/date');
  });

  it('requires force.name and nothing else of an assessment', () => {
    expect(schema.$defs.assessment.required).to.deep.equal(['force']);
    expect(schema.$defs.assessment.properties.force.required).to.deep.equal(['name']);
    expect(schema.$defs.collection.required).to.deep.equal(['assessments']);
  });
});
