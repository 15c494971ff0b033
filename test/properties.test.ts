import { fixtureSync } from '@open-wc/testing';
import type { Assessment, KeyFact } from '../src/data/types.js';
import { STRINGS } from './strings.js';
import { parseAssessment } from '../src/data/parse.js';
import { PREFIX_CHARS } from './hostile-urls.js';
import {
  FICTIONAL,
  NORTHAMPTONSHIRE,
  captureWarnings,
  deepQueryAll,
  deepText,
  expect,
  html,
  settle,
} from './helpers.js';
import { SEED, assertProperty, fc, runs } from './fast-check.js';
import { itSources } from './run-mode.js';
import type { PeelElement } from '../src/components/peel-element.js';

/*
 * Property-based tests: whatever document an element is given, by property or as attribute JSON
 * text, it never throws, always shows some text, renders no link that is not http(s), reports each
 * new bad input (one console.warn and one peel-error), and shows what a good document holds.
 *
 * The oracle is the generator, not the parser: documents are built from a model of the contract
 * (docs/data-format.md), valid by construction, and then either left alone or broken in one way the
 * contract forbids. So each document's validity, and what each element must show for it, are known
 * without asking the code under test.
 */

const TAGS = ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment'] as const;
type Tag = (typeof TAGS)[number];
type Lang = 'en' | 'cy';
type Json = unknown;

// ---------------------------------------------------------------------------------------------
// The model: grades as the contract spells them, written out here rather than read from src.

type Slug = 'outstanding' | 'good' | 'adequate' | 'requires-improvement' | 'inadequate' | 'not-graded';
const LABELS: Record<Slug, Record<Lang, string>> = {
  outstanding: { en: 'Outstanding', cy: 'Rhagorol' },
  good: { en: 'Good', cy: 'Da' },
  adequate: { en: 'Adequate', cy: 'Digonol' },
  'requires-improvement': { en: 'Requires improvement', cy: 'Angen gwella' },
  inadequate: { en: 'Inadequate', cy: 'Annigonol' },
  'not-graded': { en: 'Not graded', cy: 'Heb ei raddio' },
};
type ScaleName = 'peel-2014' | 'peel-2021';
const SLUGS = Object.keys(LABELS) as Slug[];
/** Values that are no grade on any scale. */
const NOT_GRADES = ['godo', 'Goodish', 'excellent', 'peel-2021', '', 'Requires improvements', 'Da iawn', 'good!'];

interface GradeModel {
  slug: Slug;
  written: string;
}
/**
 * A grade written as the contract allows: slug or English or Welsh label, any case, spaces, hyphens
 * or underscores between words. (Built without chain(): fast-check then shrinks a failure to a
 * smaller case that is still what the model says it is.)
 */
const gradeModel: fc.Arbitrary<GradeModel> = fc
  .tuple(
    fc.constantFrom(...SLUGS),
    fc.constantFrom('slug', 'en', 'cy'),
    fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.toLowerCase(),
      (s) => s.replace(/[\s-]/g, '_'),
      (s) => s.replace(/[\s_]/g, '-'),
      (s) => ` ${s} `,
    ),
  )
  .map(([slug, form, spell]) => ({ slug, written: spell(form === 'slug' ? slug : LABELS[slug][form as Lang]) }));
/** On the four-grade scale, the default: every grade but Adequate. */
const grade2014 = gradeModel.filter((g) => g.slug !== 'adequate');

// ---------------------------------------------------------------------------------------------
// URLs: well-formed ones, and hostile ones the URL parser reads as another scheme.

/** U+0000–U+0020, U+007F–U+009F and every Unicode space: what a URL may start with. */
const SCHEMES = ['javascript', 'JaVaScRiPt', 'JAVASCRIPT', 'data', 'DATA', 'vbscript', 'VBScript', 'jAvAsCrIpT'];
const PAYLOADS = ['alert(1)', 'text/html,<script>alert(1)</script>', '//%0aalert(1)', 'msgbox(1)'];

const hostileUrl = fc
  .tuple(
    fc.array(fc.constantFrom(...PREFIX_CHARS), { maxLength: 3 }),
    fc.constantFrom(...SCHEMES),
    fc.nat(),
    fc.constantFrom('', '', '\t', '\n', '\r', '\t\n', '\u0000'),
    fc.constantFrom(...PAYLOADS),
  )
  .map(([prefix, scheme, at, inside, payload]) => {
    const cut = at % (scheme.length + 1);
    return `${prefix.join('')}${scheme.slice(0, cut)}${inside}${scheme.slice(cut)}:${payload}`;
  });
const url = fc.oneof(
  { weight: 3, arbitrary: hostileUrl },
  { weight: 2, arbitrary: fc.webUrl() },
  {
    weight: 1,
    arbitrary: fc.constantFrom('/relative', '#x', '', 'mailto:a@example.org', 'http://[::1', ' https://example.org/'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

// ---------------------------------------------------------------------------------------------
// Valid documents, and what each element must show for one

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const texts = fc.array(text, { maxLength: 3 });
const name = text.filter((s) => s.trim() !== '');
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00Z'), max: new Date('2040-12-31T00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Finite numbers only: the contract's numbers are JSON numbers.
const number = fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const optional = { requiredKeys: [] as [] };

interface PillarModel {
  id?: string;
  title?: string;
  grade?: GradeModel;
  summary?: string[];
}
interface Model {
  name: string;
  period?: string;
  pillars: PillarModel[];
  /** Facts with something to show beside their name. */
  facts: { label: string }[];
  /** Whether the observations section has anything in it. */
  observations: boolean;
}
interface Generated {
  doc: Json;
  /** The model of a valid document; undefined when the document was broken. */
  model?: Model;
  /** How it was broken. */
  broken?: string;
}

const pillar = fc.record(
  {
    id: fc.oneof(fc.constantFrom('effectiveness', 'efficiency', 'legitimacy', 'preventing-crime'), text),
    title: text,
    question: text,
    grade: gradeModel,
    previousGrade: gradeModel,
    updated: isoDate,
    summary: texts,
    questions: fc.array(fc.record({ title: text, grade: gradeModel, url }, optional), { maxLength: 3 }),
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
    change: fc.record({ local: number, national: number, years: fc.integer({ min: 0, max: 30 }) }, optional),
    group: fc.constantFrom('Workforce', 'Crime'),
    display: text,
  },
  optional,
);

/** The facts with something to show beside their name (a name alone is no fact), by name. */
const shownFacts = (facts: KeyFact[] = []) =>
  facts
    .filter((f) => [f.display, f.value, f.national, f.change?.local, f.change?.national].some((v) => v !== undefined))
    .map((f) => ({ label: f.label ?? f.id ?? '' }));

const valid: fc.Arbitrary<Generated> = fc
  .record(
    {
      schemaVersion: fc.constant(1),
      force: fc.record({ id: text, name, url }, { requiredKeys: ['name'] }),
      period: text,
      scale: fc.constantFrom<ScaleName>('peel-2014', 'peel-2021'),
      url,
      summary: texts,
      inspector: fc.record({ name: text, role: text }, optional),
      observations: texts,
      // Each id once: a repeated id is worth a warning (see test/robustness.test.ts), and valid data warns of nothing.
      pillars: fc.uniqueArray(pillar, { maxLength: 4, selector: (p) => p.id?.trim() || p }),
      keyFacts: fc.record(
        {
          period: text,
          // Now and then a fact with a name and nothing to show for it.
          facts: fc.array(
            fc.oneof({ weight: 4, arbitrary: fact }, { weight: 1, arbitrary: fc.record({ label: text }) }),
            {
              maxLength: 5,
            },
          ),
        },
        optional,
      ),
      context: texts,
      priorities: texts,
      // Unknown fields are ignored (a warning for the parser's caller, not an error).
      comment: text,
    },
    { requiredKeys: ['force'] },
  )
  .map((d) => {
    // Adequate is on the five-grade scale only; without a scale the document is on the four-grade one.
    const grades = (d.pillars ?? []).flatMap((p) => [
      p.grade,
      p.previousGrade,
      ...(p.questions ?? []).map((q) => q.grade),
    ]);
    if (grades.some((g) => g?.slug === 'adequate')) d.scale = 'peel-2021';
    return d;
  })
  .map((d) => {
    const model: Model = {
      name: d.force.name,
      period: d.period,
      pillars: (d.pillars ?? []).map((p) => ({ id: p.id, title: p.title, grade: p.grade, summary: p.summary })),
      facts: shownFacts(d.keyFacts?.facts),
      observations: !!d.observations?.length || !!`${d.inspector?.name ?? ''}${d.inspector?.role ?? ''}`.trim(),
    };
    // The documents carry grades as written; the model keeps the slug.
    const doc = {
      ...d,
      pillars: d.pillars?.map((p) => ({
        ...p,
        grade: p.grade?.written,
        previousGrade: p.previousGrade?.written,
        questions: p.questions?.map((q) => ({ ...q, grade: q.grade?.written })),
      })),
    };
    for (const key of Object.keys(doc) as (keyof typeof doc)[]) if (doc[key] === undefined) delete doc[key];
    return { doc, model };
  });

// ---------------------------------------------------------------------------------------------
// Broken documents: a valid one with one thing the contract forbids

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const aPillar = (doc: Doc, pick: number): Doc => {
  if (!doc.pillars?.length) doc.pillars = [{ id: 'effectiveness' }];
  return doc.pillars[pick % doc.pillars.length];
};
const aFact = (doc: Doc, pick: number): Doc => {
  doc.keyFacts = { ...doc.keyFacts };
  if (!doc.keyFacts.facts?.length) doc.keyFacts.facts = [{ label: 'Officers', value: 1 }];
  return doc.keyFacts.facts[pick % doc.keyFacts.facts.length];
};

const BREAKS: Record<string, (doc: Doc, pick: number, bad: Json) => Json> = {
  'blank force name': (doc, pick) => ((doc.force.name = ['', ' ', '\n\t', '\u00a0', '\u3000'][pick % 5]), doc),
  'no force': (doc) => (delete doc.force, doc),
  'force not an object': (doc, _, bad) => ((doc.force = bad), doc),
  'a pillar grade that is no grade': (doc, pick) => (
    (aPillar(doc, pick).grade = NOT_GRADES[pick % NOT_GRADES.length]),
    doc
  ),
  'a previous grade that is no grade': (doc, pick) => (
    (aPillar(doc, pick).previousGrade = NOT_GRADES[pick % NOT_GRADES.length]),
    doc
  ),
  'a question grade that is no grade': (doc, pick) => (
    (aPillar(doc, pick).questions = [{ title: 'Q', grade: NOT_GRADES[pick % NOT_GRADES.length] }]),
    doc
  ),
  'adequate on the four-grade scale': (doc, pick) => (
    (doc.scale = 'peel-2014'),
    (aPillar(doc, pick).grade = 'adequate'),
    doc
  ),
  'a date that is no day': (doc, pick) => (
    (aPillar(doc, pick).updated = ['2018-02-31', '2018-13-01', '22 March 2018', '2018-3-22'][pick % 4]),
    doc
  ),
  'a fact value that is no number': (doc, pick) => (
    (aFact(doc, pick).value = ['many', null, true, '12'][pick % 4]),
    doc
  ),
  'a trend over years that are text': (doc, pick) => ((aFact(doc, pick).change = { local: 3, years: '5' }), doc),
  'schema version 2': (doc) => ((doc.schemaVersion = 2), doc),
  'an unknown scale': (doc) => ((doc.scale = 'peel-2030'), doc),
  'pillars not a list': (doc, pick) => ((doc.pillars = [{}, 'all', 3][pick % 3]), doc),
  'a summary with a number in it': (doc) => ((doc.summary = ['fine', 5]), doc),
  'an inspector that is text': (doc) => ((doc.inspector = 'A. Inspector'), doc),
  'key facts not a list': (doc) => ((doc.keyFacts = { facts: 'none' }), doc),
  'a root that is no object': (_doc, pick) => [5, true, [], 'text', [{ force: { name: 'X' } }]][pick % 5],
  'JSON text cut short': (doc, pick) => {
    const json = JSON.stringify(doc);
    return json.slice(0, 1 + (pick % (json.length - 1)));
  },
};

const broken: fc.Arbitrary<Generated> = fc
  .tuple(valid, fc.constantFrom(...Object.keys(BREAKS)), fc.nat(), fc.constantFrom<Json>('Exampleshire', [], null, 7))
  .map(([{ doc }, how, pick, bad]) => ({
    doc: BREAKS[how]!(structuredClone(doc) as Doc, pick, bad),
    broken: how,
  }));

/** The two examples, as they are. */
const examples: fc.Arbitrary<Generated> = fc.constantFrom(NORTHAMPTONSHIRE, FICTIONAL).map((a) => ({
  doc: a,
  model: {
    name: a.force.name,
    period: a.period,
    pillars: (a.pillars ?? []).map((p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      grade: p.grade && { slug: p.grade as Slug, written: p.grade },
    })),
    facts: shownFacts(a.keyFacts?.facts),
    observations: true,
  },
}));

type Channel = 'property' | 'attribute' | 'text';
interface Case {
  generated: Generated;
  channel: Channel;
  lang: Lang;
  level: number;
}

const cases: fc.Arbitrary<Case> = fc.record({
  generated: fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 5, arbitrary: broken },
    { weight: 1, arbitrary: examples },
  ),
  channel: fc.constantFrom<Channel>('property', 'property', 'attribute', 'text'),
  lang: fc.constantFrom<Lang>('en', 'en', 'cy'),
  level: fc.integer({ min: 1, max: 6 }),
});

// ---------------------------------------------------------------------------------------------

/** Folds white space as deepText does. */
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Every rendered link's href, in the element's shadow root and every shadow root below it. */
function hrefs(el: Element): string[] {
  const roots = [el, ...deepQueryAll(el, '*')].flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []));
  return roots.flatMap((root) => [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
}
const scheme = (href: string) => {
  try {
    return new URL(href, document.baseURI).protocol;
  } catch {
    return 'unparsable';
  }
};
/** Shows control characters and Unicode spaces as \uXXXX, so a failure says what the href was. */
const visible = (s: string) => s.replace(/[^\x21-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Expects every link the element renders to lead to an http(s) URL; returns how many there are. */
function expectSafeLinks(el: Element): number {
  const all = hrefs(el);
  for (const href of all) expect(scheme(href), `${el.localName} renders href="${visible(href)}"`).to.match(/^https?:$/);
  return all.length;
}

/** Expects what each element shows for a valid document, from its model. */
function expectShown(elements: Record<Tag, PeelElement>, model: Model, lang: Lang) {
  const s = STRINGS[lang];
  const grade = (p: PillarModel | undefined) => (p?.grade ? LABELS[p.grade.slug][lang] : undefined);
  const first = model.pillars[0];
  const root = (tag: Tag) => elements[tag].shadowRoot!;

  // peel-rating: the first pillar's grade, or the note that there is none.
  const rating = root('peel-rating');
  if (grade(first))
    expect(fold(rating.querySelector('[part="label"]')?.textContent), 'peel-rating').to.equal(grade(first));
  else expect(fold(rating.querySelector('[part="message"]')?.textContent), 'peel-rating').to.equal(s.noPillar);

  // pillar-summary: the first pillar, its title never blank, its grade and summary shown.
  const summary = elements['pillar-summary'];
  if (!first) expect(fold(root('pillar-summary').querySelector('[part="message"]')?.textContent)).to.equal(s.noPillar);
  else {
    const title = fold(root('pillar-summary').querySelector('[part="title"]')?.textContent);
    expect(title, 'pillar-summary title').not.to.equal('');
    const own = fold(first.title);
    // In English a title is shown as written (a Welsh page may show the library's own title instead).
    if (own && lang === 'en') expect(title, 'pillar-summary title').to.equal(own);
    const shown = deepText(summary);
    if (grade(first)) expect(shown, 'pillar-summary grade').to.include(grade(first));
    for (const paragraph of first.summary ?? []) expect(shown, 'pillar-summary summary').to.include(fold(paragraph));
  }

  // key-facts-panel: one entry per fact with something to show, under its name.
  const facts = [...root('key-facts-panel').querySelectorAll('[part="fact"]')];
  expect(facts.length, 'key-facts-panel facts').to.equal(model.facts.length);
  facts.forEach((f, i) =>
    expect(fold(f.querySelector('dt')?.textContent), `fact ${i}`).to.equal(fold(model.facts[i]!.label)),
  );
  if (!model.facts.length)
    expect(fold(root('key-facts-panel').querySelector('[part="message"]')?.textContent)).to.equal(s.noKeyFacts);

  // peel-assessment: the force and period, each pillar once and in order with its grade, the
  // observations only when there are some, the key facts only when there are some.
  const assessment = root('peel-assessment');
  expect(fold(assessment.querySelector('[part="title"]')?.textContent), 'peel-assessment title').to.equal(
    fold([model.name, model.period].filter(Boolean).join(' ')),
  );
  const cards = [...assessment.querySelectorAll('pillar-summary')];
  expect(cards.length, 'peel-assessment pillars').to.equal(model.pillars.length);
  cards.forEach((card, i) => {
    const label = card.shadowRoot
      ?.querySelector('peel-rating[part="rating"]')
      ?.shadowRoot?.querySelector('[part="label"]');
    expect(fold(label?.textContent) || undefined, `peel-assessment pillar ${i} grade`).to.equal(
      grade(model.pillars[i]),
    );
  });
  expect(assessment.querySelector('[part="observations"]') !== null, 'observations section').to.equal(
    model.observations,
  );
  expect(assessment.querySelector('key-facts-panel') !== null, 'key facts').to.equal(model.facts.length > 0);
}

describe('properties', function () {
  this.timeout(180000);

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

  /** Gives every element the input through the channel and waits for them all; returns what was given. */
  async function give(input: Json, { channel, lang, level }: Omit<Case, 'generated'>): Promise<unknown> {
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

  itSources('draws every kind of document: valid ones, each way of breaking one, and the examples', () => {
    // A check of the generator alone (no element renders), so a large sample costs little: the property
    // below tries far fewer documents, and each kind must be among them more than by luck.
    const kinds = new Map<string, number>();
    for (const { generated } of fc.sample(cases, { numRuns: 1000, seed: SEED }))
      kinds.set(generated.broken ?? 'valid', (kinds.get(generated.broken ?? 'valid') ?? 0) + 1);
    // About 25 of each way of breaking a document are expected.
    for (const kind of ['valid', ...Object.keys(BREAKS)]) expect(kinds.get(kind) ?? 0, kind).to.be.greaterThan(5);
  });

  it('never throws, shows what a valid document holds, links only to http(s), and reports each new bad input, for 250 documents (63 against the bundle)', async () => {
    // The value each element last had: Lit does not update for the same value, so it is no new input.
    const last: Record<Tag, unknown> = Object.fromEntries(TAGS.map((tag) => [tag, undefined])) as Record<Tag, unknown>;
    let bad = 0;
    let links = 0;
    const calls: unknown[][] = [];
    const original = console.warn;
    // Every warning is counted against the reports below, so none is left unasserted.
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      await assertProperty(
        fc.asyncProperty(cases, async ({ generated, ...how }) => {
          const before = { ...own };
          const eventsBefore = allEvents;
          const warningsBefore = calls.length;
          let value: unknown;
          try {
            value = await give(generated.doc, how);
          } catch (error) {
            thrown.push(error);
          }
          expect(thrown, 'thrown').to.deep.equal([]);
          const invalid = !generated.model && !isEmpty(value);
          if (invalid) bad += 1;
          const s = STRINGS[how.lang];
          for (const tag of TAGS) {
            const el = elements[tag];
            const shown = deepText(el);
            expect(shown.length, `${tag} shows some text`).to.be.greaterThan(0);
            const fresh = value !== last[tag];
            last[tag] = value;
            expect(own[tag] - before[tag], `${tag} reports (${generated.broken ?? 'valid'})`).to.equal(
              invalid && fresh ? 1 : 0,
            );
            if (invalid) expect(shown, `${tag} shows the error (${generated.broken})`).to.equal(s.error(tag));
            links += expectSafeLinks(el);
          }
          // Every report is logged once and sent once.
          const logged = calls.slice(warningsBefore).map(String);
          expect(logged.length, `console.warn calls: ${logged.join(' | ')}`).to.equal(allEvents - eventsBefore);
          if (generated.model) expectShown(elements, generated.model, how.lang);
        }),
        { numRuns: runs(250) },
      );
    } finally {
      console.warn = original;
    }
    // The generators produce a fair share of bad input (of every kind: the test above), and links to check.
    const total = runs(250);
    expect(bad).to.be.greaterThan(total * 0.3);
    expect(calls.length).to.be.greaterThan(total * 0.3);
    expect(links).to.be.greaterThan(total * 0.2);
  });

  it('renders no link but http(s) for any URL field, whatever it starts with', async () => {
    const doc = fc.record({
      force: fc.record({ name: fc.constant('Exampleshire Police'), url: hostileUrl }),
      url: hostileUrl,
      pillars: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('effectiveness', 'efficiency'),
          grade: fc.constant('good'),
          url: hostileUrl,
          questions: fc.array(fc.record({ title: fc.constant('Q'), grade: fc.constant('good'), url: hostileUrl }), {
            minLength: 1,
            maxLength: 2,
          }),
        }),
        { minLength: 1, maxLength: 2, selector: (p) => p.id },
      ),
    });
    await assertProperty(
      fc.asyncProperty(doc, fc.constantFrom<Channel>('property', 'attribute'), async (input, channel) => {
        await give(input, { channel, lang: 'en', level: 2 });
        for (const tag of TAGS) expectSafeLinks(elements[tag]);
      }),
      { numRuns: runs(150) },
    );
  });

  // Elements that read their data in willUpdate() once saw the previous document (fixed in 70370a4).
  it('shows the grade of the first pillar of each valid document, and reports nothing for it', async () => {
    await assertProperty(
      fc.asyncProperty(
        fc.oneof(valid, examples),
        fc.constantFrom<Channel>('property', 'attribute'),
        async (g, channel) => {
          const eventsBefore = allEvents;
          await give(g.doc, { channel, lang: 'en', level: 2 });
          const first = g.model!.pillars[0];
          const rating = elements['peel-rating'].shadowRoot!;
          const shown = fold(
            (rating.querySelector('[part="label"]') ?? rating.querySelector('[part="message"]'))?.textContent,
          );
          expect(shown, 'peel-rating').to.equal(first?.grade ? LABELS[first.grade.slug].en : STRINGS.en.noPillar);
          expect(allEvents - eventsBefore, 'peel-error events for valid data').to.equal(0);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('never renders an empty pillar heading', async () => {
    const untitled = fc.record(
      { grade: grade2014, question: text, summary: texts, id: fc.constantFrom('', ' ') },
      optional,
    );
    await assertProperty(
      fc.asyncProperty(
        fc.record({ name, pillars: fc.array(untitled, { minLength: 1 }) }),
        async ({ name, pillars }) => {
          const input = { force: { name }, pillars: pillars.map((p) => ({ ...p, grade: p.grade?.written })) };
          const seen = await captureWarnings(() =>
            give(input, { channel: 'property', lang: 'en', level: 2 }).then(() => {}),
          );
          expect(seen, 'warnings for valid data').to.deep.equal([]);
          const heading = elements['pillar-summary'].shadowRoot!.querySelector('[part="title"]');
          expect(heading !== null, 'pillar title').to.be.true;
          // With no title and no id, the heading is the force's name.
          expect(fold(heading?.textContent), 'pillar title').to.equal(fold(name));
        },
      ),
      { numRuns: runs(100) },
    );
  });

  // The badge checks its attributes itself (the rules in src/data/issues.ts), and asks the parser only for
  // the words of a mistake: the two agree, so that no error goes unreported and no valid grade is refused.
  it("takes a badge's attributes exactly when the parser takes them as a pillar, and reports each refusal once", async () => {
    const gradeOrNot = fc.oneof(
      { weight: 3, arbitrary: gradeModel.map((g) => g.written) },
      { weight: 1, arbitrary: fc.constantFrom(...NOT_GRADES.filter(Boolean)) },
    );
    const attributes = fc.record(
      {
        grade: gradeOrNot,
        previousGrade: gradeOrNot,
        status: fc.constantFrom('graded', 'pending', 'not-inspected', 'withheld', 'carried-over', 'ungraded'),
        scale: fc.constantFrom('peel-2014', 'peel-2021', 'peel-2000'),
      },
      { requiredKeys: ['grade'] },
    );
    await assertProperty(
      fc.asyncProperty(attributes, async (given) => {
        // The scale the badge reads the grades on when none is given: five grades for "Adequate" (or "Digonol").
        const scale =
          given.scale ??
          (/\b(adequate|digonol)/i.test(`${given.grade} ${given.previousGrade}`) ? 'peel-2021' : 'peel-2014');
        const { grade, previousGrade, status } = given;
        const valid = parseAssessment({ force: { name: '-' }, scale, pillars: [{ grade, previousGrade, status }] }).ok;
        const el = fixtureSync<PeelElement>(html`<peel-rating></peel-rating>`);
        let events = 0;
        el.addEventListener('peel-error', () => (events += 1));
        const warnings = await captureWarnings(async () => {
          for (const [name, value] of Object.entries(given))
            el.setAttribute(name === 'previousGrade' ? 'previous-grade' : name, value);
          await settle(el);
        });
        const note = fold(el.shadowRoot!.querySelector('[part="message"]')?.textContent);
        expect(note, `the error note (${JSON.stringify(given)})`).to.equal(
          valid ? '' : STRINGS.en.error('peel-rating'),
        );
        expect([events, warnings.length], `reports (${JSON.stringify(given)})`).to.deep.equal(valid ? [0, 0] : [1, 1]);
      }),
      { numRuns: runs(200) },
    );
  });
});
