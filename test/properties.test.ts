import { fixtureSync } from '@open-wc/testing';
import fc from 'fast-check';
import { GRADES } from '../src/data/grades.js';
import type { Lang } from '../src/data/grades.js';
import { parseAssessment } from '../src/data/parse.js';
import type { Assessment } from '../src/data/types.js';
import { STRINGS } from '../src/i18n/strings.js';
import { FICTIONAL, NORTHAMPTONSHIRE, captureWarnings, copy, deepText, expect, html, settle } from './helpers.js';
import type { PeelElement } from '../src/components/peel-element.js';

/*
 * Property-based tests: whatever document an element is given, by property or as attribute JSON
 * text, it never throws, always shows some text, and reports bad input (one console.warn and one
 * peel-error per new bad input). Documents are arbitrary JSON values, schema-shaped documents and
 * mutations of the two examples.
 */

const TAGS = ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment'] as const;
type Tag = (typeof TAGS)[number];

// ---------------------------------------------------------------------------------------------
// Documents

type Key = string | number;
type Json = fc.JsonValue;

/** Every path in a JSON value, the root (`[]`) included. */
function paths(value: unknown, at: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const GRADE_KEYS = new Set<Key>(['grade', 'previousGrade', 'scale']);
const TYPOS = [
  'godo',
  'Good ',
  'REQUIRES-IMPROVEMENT',
  'Requires improvement',
  'requires_improvement',
  'Da',
  'adequate',
  'peel-2021',
  '',
];

interface Mutation {
  op: 'replace' | 'delete' | 'grade' | 'empty' | 'duplicate' | 'retype';
  pick: number;
  value: Json;
  text: string;
}

/** Applies one mutation to `doc` (in place where it can) and returns the document. */
function mutate(doc: Json, { op, pick, value, text }: Mutation): Json {
  const all = paths(doc);
  const grades = all.filter((p) => GRADE_KEYS.has(p.at(-1)!));
  const candidates = op === 'grade' && grades.length ? grades : all;
  const path = candidates[pick % candidates.length]!;
  if (!path.length) return op === 'replace' ? value : doc;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<Key, Json>)[key]!, doc) as
    Json[] | Record<string, Json>;
  const key = path.at(-1)!;
  const current = (parent as Record<Key, Json>)[key];
  const set = (next: Json) => ((parent as Record<Key, Json>)[key] = next);
  switch (op) {
    case 'replace':
      set(value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'grade':
      set(text);
      break;
    case 'empty':
      set(Array.isArray(current) ? [] : current && typeof current === 'object' ? {} : '');
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current!));
      else set([current!, current!]);
      break;
    case 'retype':
      set(typeof current === 'number' ? String(current) : typeof current === 'string' ? current.length : null);
      break;
  }
  return doc;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'delete', 'grade', 'empty', 'duplicate', 'retype'),
  pick: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
  text: fc.oneof(fc.constantFrom(...GRADES, ...TYPOS), fc.string({ maxLength: 20 })),
});

/** One of the examples with one to four mutations. */
const mutated: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(NORTHAMPTONSHIRE, FICTIONAL), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([base, mutations]) => mutations.reduce(mutate, copy(base) as unknown as Json));

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
// Mostly names, sometimes blank (the parser rejects a blank name).
const name = fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t') });
const grade = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...GRADES) },
  { weight: 1, arbitrary: fc.constantFrom(...TYPOS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', ' JAVASCRIPT:alert(1)', '/relative', '#x', ''),
  text,
);
const isoDate = fc
  .date({
    min: new Date('1990-01-01T00:00Z'),
    max: new Date('2040-12-31T00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(
  { weight: 12, arbitrary: isoDate },
  { weight: 1, arbitrary: fc.constantFrom('2018-02-31', '2018-13-01', '22 March 2018', '') },
  { weight: 1, arbitrary: text },
);
// Mostly finite numbers; fc.double() adds NaN, ±Infinity and -0 now and then.
const number = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: -1e7, max: 1e7 }) },
  { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() },
);
const texts = fc.array(text, { maxLength: 3 });
const optional = { requiredKeys: [] as [] };

const pillar = fc.record(
  {
    id: fc.oneof(fc.constantFrom('effectiveness', 'efficiency', 'legitimacy', 'preventing-crime'), text),
    title: text,
    question: text,
    grade,
    previousGrade: grade,
    updated: date,
    summary: texts,
    questions: fc.array(fc.record({ title: text, grade, url }, optional), {
      maxLength: 3,
    }),
    url,
  },
  optional,
);

const fact = fc.record(
  {
    id: text,
    label: text,
    value: number,
    unit: fc.oneof(fc.constantFrom('people', 'percent', 'GBP', 'square-miles', 'per-1000-people', 'per-person'), text),
    national: number,
    change: fc.record(
      {
        local: number,
        national: number,
        years: fc.oneof(fc.integer({ min: -2, max: 30 }), number),
      },
      optional,
    ),
    group: fc.constantFrom('Workforce', 'Crime'),
    display: text,
  },
  optional,
);

/** Documents shaped like the schema, with every field optional but the force's name. */
const shaped = fc.record(
  {
    schemaVersion: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }),
    force: fc.record({ id: text, name, url }, { requiredKeys: ['name'] }),
    period: text,
    scale: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom('peel-2014', 'peel-2021', 'peel-2021') },
      { weight: 1, arbitrary: fc.constant('peel-2030') },
    ),
    url,
    summary: texts,
    inspector: fc.record({ name: text, role: text }, optional),
    observations: texts,
    pillars: fc.array(pillar, { maxLength: 4 }),
    keyFacts: fc.record({ period: text, facts: fc.array(fact, { maxLength: 5 }) }, optional),
    context: texts,
    priorities: texts,
  },
  { requiredKeys: ['force'] },
);

/** JSON text of a document cut short, or text that is not JSON at all. */
const brokenText = fc.oneof(
  fc.tuple(fc.constantFrom(NORTHAMPTONSHIRE, FICTIONAL), fc.nat()).map(([doc, n]) => {
    const json = JSON.stringify(doc);
    return json.slice(0, n % json.length);
  }),
  fc.string({ maxLength: 30 }),
);

type Channel = 'property' | 'attribute' | 'text';

interface Case {
  input: unknown;
  channel: Channel;
  lang: Lang;
  level: number;
}

const cases: fc.Arbitrary<Case> = fc.record({
  input: fc.oneof(
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 5, arbitrary: shaped },
    { weight: 4, arbitrary: mutated },
    { weight: 1, arbitrary: brokenText },
  ),
  channel: fc.constantFrom<Channel>('property', 'property', 'attribute', 'text'),
  lang: fc.constantFrom<Lang>('en', 'en', 'cy'),
  level: fc.integer({ min: 1, max: 6 }),
});

// ---------------------------------------------------------------------------------------------
// What an element is expected to report, modelled on the contract

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** What an element last had, to tell a new input from the same one given again. */
interface Seen {
  /** The `assessment` property's value. */
  value: unknown;
}

/**
 * How many reports (console.warn + peel-error) the element makes for `value`: one for each new bad
 * input, even when its errors read the same as the last one's, and an input given again after no
 * data counts as new.
 */
function expectedReports(seen: Seen, value: unknown): number {
  if (value === seen.value) return 0; // Lit does not update for the same value.
  seen.value = value;
  return isEmpty(value) || parseAssessment(value).ok ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------

/** Folds white space as deepText does. */
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('properties', function () {
  this.timeout(120000);

  let wrapper: HTMLDivElement;
  let elements: Record<Tag, PeelElement>;
  const own: Record<Tag, number> = {
    'peel-rating': 0,
    'pillar-summary': 0,
    'key-facts-panel': 0,
    'peel-assessment': 0,
  };
  let allEvents = 0;
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);

  beforeEach(async () => {
    // fixtureSync: fixture would wait for an animation frame, which a background page never gets.
    wrapper = fixtureSync<HTMLDivElement>(
      html`<div lang="en">
        <peel-rating></peel-rating>
        <pillar-summary></pillar-summary>
        <key-facts-panel></key-facts-panel>
        <peel-assessment></peel-assessment>
      </div>`,
    );
    elements = Object.fromEntries(TAGS.map((tag): [Tag, PeelElement] => [tag, wrapper.querySelector(tag)!])) as Record<
      Tag,
      PeelElement
    >;
    for (const tag of TAGS) {
      own[tag] = 0;
      // Only the element's own reports: nested elements' events reach the host retargeted to it.
      elements[tag].addEventListener('peel-error', (event) => {
        if (event.composedPath()[0] === elements[tag]) own[tag] += 1;
      });
    }
    allEvents = 0;
    wrapper.addEventListener('peel-error', () => (allEvents += 1));
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  /** Gives every element the case's input through its channel and waits for them all. */
  async function give({ input, channel, lang, level }: Case): Promise<unknown> {
    const value =
      channel === 'property'
        ? input
        : typeof input === 'string' && channel === 'attribute'
          ? input
          : JSON.stringify(input);
    if (wrapper.lang !== lang) wrapper.lang = lang;
    for (const tag of TAGS) {
      const el = elements[tag];
      el.headingLevel = level;
      if (channel === 'attribute') el.setAttribute('assessment', value as string);
      // Any value at all, as a page might give it.
      else el.assessment = value as Assessment;
    }
    for (const tag of TAGS) await settle(elements[tag]);
    return value;
  }

  it('never throws, always shows text and reports each new bad input, for 1,000 generated documents', async () => {
    const seen = Object.fromEntries(TAGS.map((tag) => [tag, { value: undefined }])) as Record<Tag, Seen>;
    let bad = 0;
    let runs = 0;
    const started = performance.now();
    // Silence console.warn for the run, but count the calls.
    const calls: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      await fc.assert(
        fc.asyncProperty(cases, async (c) => {
          const before = { ...own };
          const eventsBefore = allEvents;
          const warningsBefore = calls.length;
          runs += 1;
          let value: unknown;
          try {
            value = await give(c);
          } catch (error) {
            thrown.push(error);
          }
          expect(thrown, 'thrown').to.deep.equal([]);
          const s = STRINGS[c.lang];
          const result = isEmpty(value) ? undefined : parseAssessment(value);
          const invalid = result?.ok === false;
          const doc = result?.ok ? result.value : undefined;
          if (invalid) bad += 1;
          for (const tag of TAGS) {
            const el = elements[tag];
            const shown = deepText(el);
            expect(shown.length, `${tag} shows some text`).to.be.greaterThan(0);
            const expected = expectedReports(seen[tag], value);
            const reports = own[tag] - before[tag];
            expect(reports, `${tag} reports`).to.equal(expected);
            if (invalid && expected === 1) expect(shown, `${tag} shows the error`).to.equal(s.error);
          }
          // Every report is logged once and sent once.
          const logged = calls.slice(warningsBefore).map(String);
          expect(logged.length, `console.warn calls: ${logged.join(' | ')}`).to.equal(allEvents - eventsBefore);
          if (doc) {
            const el = elements['peel-assessment'];
            const title = el.shadowRoot!.querySelector('[part="title"]');
            expect(fold(title?.textContent)).to.equal(fold([doc.force.name, doc.period].filter(Boolean).join(' ')));
            expect(el.shadowRoot!.querySelectorAll('pillar-summary')).to.have.length(doc.pillars?.length ?? 0);
          }
        }),
        { numRuns: 1000, includeErrorInReport: true },
      );
    } finally {
      console.warn = original;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`properties: ${runs} documents × 4 elements in ${seconds} s; ${bad} bad, ${calls.length} warnings`);
    // The generators produce a fair share of bad input, and bad input was logged.
    expect(bad).to.be.greaterThan(200);
    expect(calls.length).to.be.greaterThan(200);
  });

  // Elements that read their data in willUpdate() once saw the previous document (fixed in 70370a4).
  it('shows the grade of the first pillar of each good document, and reports nothing for it', async () => {
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(
          fc.oneof(shaped, mutated),
          fc.constantFrom<Channel>('property', 'attribute'),
          async (input, channel) => {
            const eventsBefore = allEvents;
            const value = await give({ input, channel, lang: 'en', level: 2 });
            const result = parseAssessment(value);
            fc.pre(result.ok);
            const doc = (result.ok ? result.value : undefined) as Assessment;
            const first = doc.pillars?.[0];
            const rating = elements['peel-rating'].shadowRoot!;
            const shown = fold(
              (rating.querySelector('[part="label"]') ?? rating.querySelector('[part="message"]'))?.textContent,
            );
            expect(shown, 'peel-rating').to.equal(first?.grade ? STRINGS.en.grades[first.grade] : STRINGS.en.noPillar);
            expect(allEvents - eventsBefore, 'peel-error events for good data').to.equal(0);
          },
        ),
        { numRuns: 150, includeErrorInReport: true },
      ),
    );
  });

  it('never renders an empty pillar heading', async () => {
    const untitled = fc.record(
      { grade, question: text, summary: texts, id: fc.constantFrom('', ' ') },
      { requiredKeys: [] },
    );
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(
          fc.record({ force: fc.record({ name }), pillars: fc.array(untitled, { minLength: 1 }) }),
          async (input) => {
            await give({ input, channel: 'property', lang: 'en', level: 2 });
            fc.pre(parseAssessment(input).ok);
            const heading = elements['pillar-summary'].shadowRoot!.querySelector('[part="title"]');
            expect(heading !== null, 'pillar title').to.be.true;
            expect(fold(heading?.textContent), 'pillar title').not.to.equal('');
            // With no title and no id, the heading is the force's name.
            expect(fold(heading?.textContent), 'pillar title').to.equal(fold(input.force.name));
            expect(deepText(elements['pillar-summary'])).not.to.equal('');
          },
        ),
        { numRuns: 100, includeErrorInReport: true },
      ),
    );
  });
});
