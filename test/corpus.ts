/**
 * One list of assessment documents that feeds both the JSON Schema tests and the parser tests,
 * so the two definitions of "a valid document" cannot drift apart unnoticed.
 *
 * - `valid`: the schema accepts the document and the parser reads it with no errors. Fields the
 *   schema allows but the parser does not know are listed in `warnings` (the parser warns about
 *   them and drops them from its value); otherwise the parser's value equals the document.
 * - `invalid`: the schema rejects the document and the parser returns errors at exactly `errors`.
 * - `lenient`: the schema rejects the document but the parser accepts it by design (a grade
 *   written as a label, in any case or language); its value equals `normalised`, which the schema
 *   accepts.
 *
 * Paths use the parser's notation: `pillars[1].grade`, `(root)` for the document itself.
 * Grade lists are written out here rather than taken from grades.ts, so that a change there shows.
 */
import northamptonshireJson from '../data/2017/northamptonshire-2017.json' with { type: 'json' };
import fictionalJson from '../src/data/examples/fictional-2021.json' with { type: 'json' };

export interface ValidCase {
  name: string;
  doc: unknown;
  /** Paths of fields the parser warns about (unknown fields) and leaves out of its value. */
  warnings?: string[];
  /** What the parser returns, where it is not the document less `warnings`: its sources' references resolved. */
  value?: unknown;
}

export interface InvalidCase {
  name: string;
  doc: unknown;
  /** Paths of every error the parser must report. */
  errors: string[];
}

export interface LenientCase {
  name: string;
  doc: unknown;
  /** What the parser must return: the document with every grade as a slug. */
  normalised: unknown;
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** `pillars[1].grade` → `['pillars', 1, 'grade']`; `(root)` → `[]`. */
export function pathKeys(path: string): (string | number)[] {
  if (path === '(root)') return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? key! : Number(index),
  );
}

/** `pillars[1].grade` → `#/pillars/1/grade`, the JSON Schema instance location. */
export const pointer = (path: string): string =>
  ['#', ...pathKeys(path).map((key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1'))].join('/');

/** A deep copy of `doc` with the value at `path` replaced (or, for `undefined`, removed). */
export function setAt(doc: unknown, path: string, value: unknown): unknown {
  const keys = pathKeys(path);
  if (!keys.length) return value;
  // A JSON round trip, not structuredClone: that keeps shared references, so editing
  // `assessments[0]` of `[minimal, minimal]` would edit both.
  const out: unknown = JSON.parse(JSON.stringify(doc));
  let node: unknown = out;
  for (const [i, key] of keys.entries()) {
    if (!isContainer(node)) throw new Error(`corpus: ${path} goes through a non-container`);
    const slot = node as Record<string | number, unknown>;
    if (i === keys.length - 1) {
      if (value === undefined) delete slot[key];
      else slot[key] = value;
    } else {
      // Create missing objects on the way so a case can add a nested field.
      if (slot[key] === undefined) slot[key] = typeof keys[i + 1] === 'number' ? [] : {};
      node = slot[key];
    }
  }
  return out;
}

/** A deep copy of `doc` without the fields at `paths`. */
export const without = (doc: unknown, paths: readonly string[]): unknown =>
  paths.reduce<unknown>((out, path) => setAt(out, path, undefined), doc);

export const northamptonshire: unknown = northamptonshireJson;
export const fictional: unknown = fictionalJson;

const force = { name: 'Testshire Police' };
const minimal = { force };

/** A one-pillar document on `scale` (none: the default) whose pillar, previous and question grades are `grade`. */
const graded = (grade: string, scale?: string): Record<string, unknown> => ({
  force,
  ...(scale ? { scale } : {}),
  pillars: [
    {
      id: 'effectiveness',
      grade,
      previousGrade: grade,
      questions: [{ title: 'Q', grade }],
    },
  ],
});

/** A full document with one field changed. */
const changed = (base: unknown, path: string, value: unknown, errors = [path]): InvalidCase => ({
  name: `${isCollection(base) ? 'collection: ' : ''}${path} = ${value === undefined ? '(missing)' : JSON.stringify(value)}`,
  doc: setAt(base, path, value),
  errors,
});

const isCollection = (doc: unknown) => isContainer(doc) && 'assessments' in doc;

const PEEL_2014 = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-graded'];
const PEEL_2021 = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate', 'not-graded'];

/** A deep copy of `base` with several values replaced, in order (see `setAt`). */
export const edit = (base: unknown, edits: [path: string, value: unknown][]): unknown =>
  edits.reduce<unknown>((out, [path, value]) => setAt(out, path, value), base);

/** Every field added for the 2021 and later reports, on an invented force (the real examples live in src/data/examples). */
export const current: unknown = {
  schemaVersion: 1,
  force,
  period: '2023–25',
  cycle: 'peel-2023-25',
  published: '2025-03-12',
  causesOfConcern: [
    {
      text: 'The force does not answer emergency calls quickly enough.',
      recommendations: ['Within three months, the force should answer emergency calls within ten seconds.'],
      due: '2025-06-30',
    },
    { text: 'A cause of concern with nothing else.' },
  ],
  areasForImprovement: ['The force should record crime more accurately.'],
  practice: [
    { kind: 'innovative', title: 'A new idea', text: 'The force tried something no other force has.' },
    { kind: 'promising', text: 'Untitled practice.' },
    { kind: 'promising' },
  ],
  monitoring: { stage: 'engage', since: '2024-02-29' },
  pillars: [
    {
      id: 'responding-to-public',
      grade: 'adequate',
      status: 'graded',
      previousGrade: 'requires-improvement',
      previousPeriod: '2021/22',
      causesOfConcern: [{ text: 'Calls wait too long.', recommendations: [], due: '2025-09-30' }],
      areasForImprovement: ['The force should tell callers how long they will wait.'],
      practice: [{ kind: 'innovative', title: 'Call-back', text: 'Callers can ask to be called back.' }],
      questions: [
        {
          title: 'How well does the force answer calls?',
          grade: 'adequate',
          summary: ['The first paragraph.', 'The second.'],
          areasForImprovement: ['Answer calls faster.'],
        },
      ],
    },
    { id: 'investigating-crime', status: 'carried-over', grade: 'good', gradedIn: '2021/22' },
    { id: 'protecting-vulnerable', status: 'pending' },
    { id: 'managing-offenders', status: 'not-inspected', grade: 'not-graded' },
    { id: 'recording-data', status: 'withheld' },
    { id: 'leadership', grade: 'good', previousGrade: 'good', previousPeriod: '2018/19' },
  ],
  keyFacts: {
    period: '2022/23',
    facts: [
      {
        id: 'force-area',
        label: 'Force area',
        value: 2367,
        unit: 'square-km',
        source: 'Office for National Statistics',
        period: '2021',
      },
      { id: 'satisfaction', value: 71.2, unit: 'percent', interval: 2.7, national: 68, source: 'A survey' },
      { value: 3, interval: 0 },
    ],
  },
};

/** The same, with its scale stated as well, so that a bad cycle does not change how its grades are checked. */
const stated = setAt(current, 'scale', 'peel-2021');

const CYCLES_BY_SCALE = {
  'peel-2014': ['peel-2014', 'peel-2015', 'peel-2016', 'peel-2017', 'peel-2018-19'],
  'peel-2021': ['peel-2021-22', 'peel-2023-25', 'peel-2025-27'],
};
const cycles = Object.entries(CYCLES_BY_SCALE).flatMap(([scale, ids]) => ids.map((cycle) => ({ cycle, scale })));

const withUnknownFields = edit(northamptonshire, [
  ['colour', 'blue'],
  ['force.motto', 'Protect'],
  ['inspector.email', 'x@example.org'],
  ['pillars[1].icon', 'scales'],
  ['pillars[1].questions[0].weight', 2],
  ['keyFacts.source', 'ONS'],
  ['keyFacts.facts[5].colour', 'red'],
  ['keyFacts.facts[5].change.baseline', 2014],
]);

/** A page as a document names it once, and the same page as a grade that refers to it reads it. */
const KENT_PAGE = {
  url: 'https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2015/kent/',
  title: 'Kent 2015',
  publisher: 'HMICFRS',
  read: '2026-12-07',
};
const KENT = { id: 'hmicfrs-peel-2015-kent', ...KENT_PAGE };
const QUOTE = 'The extent to which Kent Police is effective at keeping people safe and reducing crime is good.';

/** Every field of issue 25 on one document: sources, a page per grade, a carried-over question, counts. */
export const sourced: unknown = {
  schemaVersion: 1,
  dataVersion: '2026.12.0',
  force: { id: 'kent', name: 'Kent Police' },
  cycle: 'peel-2018-19',
  areasGraded: 3,
  pillars: [
    {
      id: 'effectiveness',
      grade: 'good',
      source: { ref: KENT.id, quote: QUOTE },
      questions: [
        { title: 'How effective is the force at preventing crime?', grade: 'good', gradedIn: '2016', source: KENT.id },
        { title: 'How effective is the force at investigating crime?', grade: 'good', source: { url: '/q2' } },
      ],
    },
    // The entry's fields fill only what the grade's own object leaves out.
    { id: 'efficiency', grade: 'good', source: { ref: KENT.id, url: 'https://example.org/other', read: '2027-01-02' } },
    { id: 'legitimacy', grade: 'good', source: { publisher: 'Kent Online', quote: 'Our own words about the page.' } },
  ],
  // After the grades that name it: the order of fields does not matter.
  sources: [KENT, { id: 'x-1', url: 'https://example.org/x' }],
};

/** `sourced` as the parser returns it: every reference replaced by its page. */
const sourcedValue = edit(sourced, [
  ['pillars[0].source', { ...KENT_PAGE, quote: QUOTE }],
  ['pillars[0].questions[0].source', KENT_PAGE],
  ['pillars[1].source', { ...KENT_PAGE, url: 'https://example.org/other', read: '2027-01-02' }],
]);

/** A collection's sources serve its assessments; an assessment's own entry with the same id wins for its grades. */
const sharedSources = {
  schemaVersion: 1,
  dataVersion: '2026.12.0',
  sources: [KENT],
  assessments: [
    { force: { id: 'kent', name: 'Kent Police' }, pillars: [{ id: 'effectiveness', grade: 'good', source: KENT.id }] },
    {
      force: { id: 'essex', name: 'Essex Police' },
      sources: [{ id: KENT.id, url: 'https://example.org/essex' }],
      pillars: [{ id: 'effectiveness', grade: 'good', source: { ref: KENT.id } }],
    },
  ],
};

export const valid: ValidCase[] = [
  { name: 'the minimal document: a force name only', doc: minimal },
  {
    name: 'schemaVersion 1 and a force id and url',
    doc: {
      schemaVersion: 1,
      force: { id: 't', name: 'T', url: 'https://example.org' },
    },
  },
  { name: 'the Northamptonshire 2017 example', doc: northamptonshire },
  { name: 'the fictional 2021 example', doc: fictional },
  {
    name: 'a collection of both examples',
    doc: { schemaVersion: 1, assessments: [northamptonshire, fictional] },
  },
  {
    name: 'a collection without schemaVersion',
    doc: { assessments: [minimal] },
  },
  { name: 'an empty collection', doc: { schemaVersion: 1, assessments: [] } },
  ...PEEL_2014.map((grade) => ({
    name: `"${grade}" on peel-2014, stated`,
    doc: graded(grade, 'peel-2014'),
  })),
  ...PEEL_2014.map((grade) => ({
    name: `"${grade}" on the default scale`,
    doc: graded(grade),
  })),
  ...PEEL_2021.map((grade) => ({
    name: `"${grade}" on peel-2021`,
    doc: graded(grade, 'peel-2021'),
  })),
  {
    name: 'a collection whose peel-2021 assessment uses adequate next to a peel-2014 one',
    doc: {
      assessments: [graded('good'), graded('adequate', 'peel-2021'), graded('inadequate', 'peel-2014')],
    },
  },
  {
    name: 'empty lists and objects everywhere',
    doc: {
      force,
      summary: [],
      inspector: {},
      observations: [],
      pillars: [{}, { questions: [{}] }],
      keyFacts: { facts: [{}, { change: {} }] },
      context: [],
      priorities: [],
    },
  },
  {
    name: 'any other area id, free-text unit, display, group, signed and fractional numbers',
    doc: {
      force,
      pillars: [
        {
          id: 'investigating-crime',
          title: 'Investigating crime',
          updated: '2020-02-29',
        },
      ],
      keyFacts: {
        facts: [
          {
            id: 'x',
            label: 'Calls',
            value: 0,
            unit: 'calls a day',
            display: 'none',
            group: 'Demand',
          },
          {
            value: -3.5,
            national: 1e6,
            change: { local: -0.25, national: 0, years: 1 },
          },
          ...['people', 'percent', 'GBP', 'square-miles', 'per-1000-people', 'per-person'].map((unit) => ({
            value: 1,
            unit,
          })),
        ],
      },
    },
  },
  {
    name: 'empty strings and non-Latin text',
    doc: {
      force: { name: 'Heddlu Dyfed-Powys' },
      period: '',
      summary: ['', 'Heddlu Dyfed-Powys — “ansawdd” 🚓'],
    },
  },
  {
    name: 'unknown fields at the root',
    doc: { force, colour: 'blue', extra: { nested: [1] } },
    warnings: ['colour', 'extra'],
  },
  {
    name: 'unknown fields at every level of the Northamptonshire example',
    doc: withUnknownFields,
    warnings: [
      'colour',
      'force.motto',
      'inspector.email',
      'pillars[1].icon',
      'pillars[1].questions[0].weight',
      'keyFacts.source',
      'keyFacts.facts[5].colour',
      'keyFacts.facts[5].change.baseline',
    ],
  },
  {
    name: 'unknown fields in a collection and in its assessments',
    doc: {
      schemaVersion: 1,
      publisher: 'HMICFRS',
      assessments: [minimal, { force, note: null }],
    },
    warnings: ['publisher', 'assessments[1].note'],
  },
  { name: 'a 2023–25 document with every new field', doc: current },
  {
    name: 'the 2023–25 document in a collection beside the 2017 example',
    doc: { assessments: [northamptonshire, current] },
  },
  ...cycles.map(({ cycle, scale }) => ({
    name: `cycle ${cycle} with its own scale, ${scale}, stated`,
    doc: { ...graded(scale === 'peel-2021' ? 'adequate' : 'good', scale), cycle },
  })),
  // The cycle alone says which scale: adequate needs no stated scale from 2021/22 on.
  ...CYCLES_BY_SCALE['peel-2021'].map((cycle) => ({
    name: `adequate under cycle ${cycle} with no scale`,
    doc: { ...graded('adequate'), cycle },
  })),
  ...CYCLES_BY_SCALE['peel-2014'].map((cycle) => ({
    name: `requires-improvement under cycle ${cycle} with no scale`,
    doc: { ...graded('requires-improvement'), cycle },
  })),
  ...['graded', 'pending', 'not-inspected', 'carried-over', 'withheld'].map((status) => ({
    name: `status ${status} with the grade not-graded`,
    doc: { force, pillars: [{ status, grade: 'not-graded' }] },
  })),
  ...['graded', 'pending', 'not-inspected', 'carried-over', 'withheld'].map((status) => ({
    name: `status ${status} with no grade`,
    doc: { force, pillars: [{ status }] },
  })),
  {
    name: 'grades beside status graded and carried-over, and a previous grade beside pending',
    doc: {
      force,
      scale: 'peel-2021',
      pillars: [
        { status: 'graded', grade: 'inadequate' },
        { status: 'carried-over', grade: 'adequate', gradedIn: '2016', previousGrade: 'good' },
        { status: 'pending', previousGrade: 'good', previousPeriod: '2021/22' },
      ],
    },
  },
  {
    name: 'monitoring at the second stage, with no date',
    doc: { force, monitoring: { stage: 'ppog' } },
  },
  {
    name: 'empty findings everywhere',
    doc: {
      force,
      causesOfConcern: [],
      areasForImprovement: [],
      practice: [],
      pillars: [
        { causesOfConcern: [{ text: '', recommendations: [] }], areasForImprovement: [], practice: [] },
        { questions: [{ summary: [], areasForImprovement: [] }] },
      ],
    },
  },
  {
    name: 'unknown fields in the new objects',
    doc: edit(current, [
      ['causesOfConcern[0].owner', 'Chief constable'],
      ['practice[0].url', 'https://example.org'],
      ['monitoring.level', 2],
      ['pillars[0].causesOfConcern[0].status', 'open'],
      ['pillars[0].questions[0].status', 'graded'],
    ]),
    warnings: [
      'causesOfConcern[0].owner',
      'practice[0].url',
      'monitoring.level',
      'pillars[0].causesOfConcern[0].status',
      'pillars[0].questions[0].status',
    ],
  },
  {
    name: 'a collection with a stray force at its root (the force is unknown there)',
    doc: { force, assessments: [minimal] },
    warnings: ['force'],
  },

  // Sources, carried-over questions, counts and the data version (issue 25).
  {
    name: 'sources named once, referred to by id and by ref, and pages given inline',
    doc: sourced,
    value: sourcedValue,
  },
  {
    name: 'a collection’s sources, and an assessment’s own that shadow them',
    doc: sharedSources,
    value: edit(sharedSources, [
      ['assessments[0].pillars[0].source', KENT_PAGE],
      ['assessments[1].pillars[0].source', { url: 'https://example.org/essex' }],
    ]),
  },
  {
    name: 'a source with every field inline, no sources list, and a question carried over',
    doc: {
      force,
      areasGraded: 0,
      pillars: [{ grade: 'good', source: KENT_PAGE, questions: [{ gradedIn: '2017', source: {} }] }],
    },
  },
  {
    name: 'a quote of exactly 300 characters (code points: an emoji counts once)',
    doc: { force, pillars: [{ source: { quote: `${'x'.repeat(299)}😀` } }] },
  },
  {
    name: 'unknown fields in sources and in a source',
    doc: edit(sourced, [
      ['sources[0].colour', 'red'],
      ['pillars[2].source.id', 'kent'],
    ]),
    warnings: ['sources[0].colour', 'pillars[2].source.id'],
    value: sourcedValue,
  },
];

export const invalid: InvalidCase[] = [
  // Not an assessment at all.
  { name: 'null', doc: null, errors: ['(root)'] },
  { name: 'a list', doc: [], errors: ['(root)'] },
  { name: 'a list holding an assessment', doc: [minimal], errors: ['(root)'] },
  { name: 'a string', doc: 'Northamptonshire Police', errors: ['(root)'] },
  { name: 'a number', doc: 2017, errors: ['(root)'] },
  { name: 'a boolean', doc: true, errors: ['(root)'] },
  { name: 'an empty object (missing force)', doc: {}, errors: ['force'] },

  // The force.
  changed(northamptonshire, 'force', undefined),
  changed(northamptonshire, 'force', null),
  changed(northamptonshire, 'force', 'Northamptonshire Police'),
  changed(northamptonshire, 'force', ['Northamptonshire Police']),
  changed(northamptonshire, 'force.name', undefined),
  changed(northamptonshire, 'force.name', null),
  changed(northamptonshire, 'force.name', 42),
  changed(northamptonshire, 'force.name', ['Northamptonshire Police']),
  changed(northamptonshire, 'force.name', { en: 'Northamptonshire Police' }),
  // A blank name would leave the element with an empty heading.
  changed(northamptonshire, 'force.name', ''),
  changed(northamptonshire, 'force.name', ' '),
  changed(northamptonshire, 'force.id', 7),
  changed(northamptonshire, 'force.url', false),
  { name: 'an empty force', doc: { force: {} }, errors: ['force.name'] },
  {
    name: 'a force with a bad url and no name',
    doc: { force: { url: 1 } },
    errors: ['force.url', 'force.name'],
  },

  // Top-level fields.
  changed(minimal, 'schemaVersion', 2),
  changed(minimal, 'schemaVersion', '1'),
  changed(minimal, 'schemaVersion', 0),
  changed(minimal, 'schemaVersion', null),
  changed(minimal, 'scale', 'peel-2099'),
  changed(minimal, 'scale', 'PEEL-2021'),
  changed(minimal, 'scale', 2014),
  changed(minimal, 'scale', null),
  changed(northamptonshire, 'period', 2017),
  changed(northamptonshire, 'url', 1),
  changed(northamptonshire, 'summary', 'One paragraph'),
  changed(northamptonshire, 'summary', { 0: 'One paragraph' }),
  changed(northamptonshire, 'summary', null),
  changed(northamptonshire, 'summary[1]', 1),
  changed(northamptonshire, 'summary[3]', null),
  changed(northamptonshire, 'inspector', 'Zoë Billingham'),
  changed(northamptonshire, 'inspector', ['Zoë Billingham']),
  changed(northamptonshire, 'inspector.name', 1),
  changed(northamptonshire, 'inspector.role', null),
  changed(northamptonshire, 'observations', 'I am satisfied'),
  changed(northamptonshire, 'observations[3]', true),
  changed(northamptonshire, 'observations[5]', ['nested']),
  changed(northamptonshire, 'context', 'One point'),
  changed(northamptonshire, 'context[1]', {}),
  changed(northamptonshire, 'priorities', null),
  changed(northamptonshire, 'priorities[0]', 0),

  // Pillars.
  changed(northamptonshire, 'pillars', {}),
  changed(northamptonshire, 'pillars', 'effectiveness'),
  changed(northamptonshire, 'pillars[0]', null),
  changed(northamptonshire, 'pillars[2]', 'legitimacy'),
  changed(northamptonshire, 'pillars[0]', ['effectiveness']),
  changed(northamptonshire, 'pillars[0].id', 1),
  changed(northamptonshire, 'pillars[0].title', null),
  changed(northamptonshire, 'pillars[0].question', ['How effective?']),
  changed(northamptonshire, 'pillars[0].url', {}),
  changed(northamptonshire, 'pillars[1].grade', 'godo'),
  changed(northamptonshire, 'pillars[1].grade', ''),
  changed(northamptonshire, 'pillars[1].grade', 'good!'),
  changed(northamptonshire, 'pillars[1].grade', 3),
  changed(northamptonshire, 'pillars[1].grade', null),
  changed(northamptonshire, 'pillars[1].grade', ['good']),
  changed(northamptonshire, 'pillars[1].grade', { slug: 'good' }),
  changed(northamptonshire, 'pillars[1].grade', 'adequate'),
  changed(northamptonshire, 'pillars[1].grade', 'Adequate'),
  changed(northamptonshire, 'pillars[1].grade', 'Digonol'),
  changed(northamptonshire, 'pillars[2].previousGrade', 'adequate'),
  changed(northamptonshire, 'pillars[2].previousGrade', 'godo'),
  changed(northamptonshire, 'pillars[1].questions[1].grade', 'adequate'),
  changed(northamptonshire, 'pillars[1].questions[1].grade', 'godo'),
  changed(fictional, 'pillars[0].questions[1].grade', 'godo'),
  changed(fictional, 'pillars[0].questions[1].grade', false),
  changed(fictional, 'pillars[0].questions[1].title', 1),
  changed(fictional, 'pillars[0].questions[0].url', null),
  changed(fictional, 'pillars[0].questions', {}),
  changed(fictional, 'pillars[0].questions[0]', 'How well?'),
  ...['peel-2014', undefined].map((scale) => ({
    name: `adequate everywhere on ${scale ?? 'the default scale'}`,
    doc: graded('adequate', scale),
    errors: ['pillars[0].grade', 'pillars[0].previousGrade', 'pillars[0].questions[0].grade'],
  })),
  {
    name: 'an unknown scale, with adequate (checked against the default scale)',
    doc: { ...graded('adequate'), scale: 'peel-2099' },
    errors: ['scale', 'pillars[0].grade', 'pillars[0].previousGrade', 'pillars[0].questions[0].grade'],
  },
  changed(northamptonshire, 'pillars[0].summary', 'One paragraph'),
  changed(northamptonshire, 'pillars[0].summary[6]', 7),

  // Dates.
  changed(northamptonshire, 'pillars[0].updated', '22/03/2018'),
  changed(northamptonshire, 'pillars[0].updated', '2018-13-01'),
  changed(northamptonshire, 'pillars[0].updated', '2018-00-10'),
  changed(northamptonshire, 'pillars[0].updated', '2018-03-32'),
  changed(northamptonshire, 'pillars[0].updated', '2018-03-00'),
  // The pattern allows these, but there is no such day.
  changed(northamptonshire, 'pillars[0].updated', '2018-02-31'),
  changed(northamptonshire, 'pillars[0].updated', '2019-02-29'),
  changed(northamptonshire, 'pillars[0].updated', '2018-04-31'),
  changed(northamptonshire, 'pillars[0].updated', '2018-3-22'),
  changed(northamptonshire, 'pillars[0].updated', '18-03-22'),
  changed(northamptonshire, 'pillars[0].updated', '2018-03-22T10:00:00Z'),
  changed(northamptonshire, 'pillars[0].updated', ' 2018-03-22'),
  changed(northamptonshire, 'pillars[0].updated', '2018-03-22\n'),
  changed(northamptonshire, 'pillars[0].updated', '22 March 2018'),
  changed(northamptonshire, 'pillars[0].updated', ''),
  changed(northamptonshire, 'pillars[0].updated', 20180322),
  changed(northamptonshire, 'pillars[0].updated', null),

  // Key facts.
  changed(northamptonshire, 'keyFacts', []),
  changed(northamptonshire, 'keyFacts', 'none'),
  changed(northamptonshire, 'keyFacts.period', 2019),
  changed(northamptonshire, 'keyFacts.facts', {}),
  changed(northamptonshire, 'keyFacts.facts', null),
  changed(northamptonshire, 'keyFacts.facts[0]', 'Force area'),
  changed(northamptonshire, 'keyFacts.facts[0].value', '914'),
  changed(northamptonshire, 'keyFacts.facts[0].value', null),
  changed(northamptonshire, 'keyFacts.facts[0].value', [914]),
  changed(northamptonshire, 'keyFacts.facts[0].unit', 1),
  changed(northamptonshire, 'keyFacts.facts[0].id', 5),
  changed(northamptonshire, 'keyFacts.facts[0].label', null),
  changed(northamptonshire, 'keyFacts.facts[1].display', 0.757),
  changed(northamptonshire, 'keyFacts.facts[2].national', '92%'),
  changed(northamptonshire, 'keyFacts.facts[2].group', true),
  changed(northamptonshire, 'keyFacts.facts[2].change.local', '+4%'),
  changed(northamptonshire, 'keyFacts.facts[5].change', 14),
  changed(northamptonshire, 'keyFacts.facts[5].change', [14, 9, 5]),
  changed(northamptonshire, 'keyFacts.facts[5].change.national', null),
  changed(northamptonshire, 'keyFacts.facts[5].change.years', 'five'),
  // The cycle and its scale.
  // Not a cycle id at all (an id this version does not know, `peel-2027-29`, is only a warning).
  changed(stated, 'cycle', 'peel-2019-2020'),
  changed(stated, 'cycle', 'PEEL-2023-25'),
  changed(stated, 'cycle', '2023–25'),
  changed(stated, 'cycle', 2023),
  changed(stated, 'cycle', null),
  ...cycles.map(({ cycle, scale }) => {
    const other = scale === 'peel-2021' ? 'peel-2014' : 'peel-2021';
    return {
      name: `cycle ${cycle} with the scale ${other}, which contradicts it`,
      doc: { ...graded('good', other), cycle },
      errors: ['scale'],
    };
  }),
  changed(current, 'scale', 'peel-2014', ['scale', 'pillars[0].grade', 'pillars[0].questions[0].grade']),
  ...CYCLES_BY_SCALE['peel-2014'].map((cycle) => ({
    name: `adequate under cycle ${cycle} with no scale`,
    doc: { ...graded('adequate'), cycle },
    errors: ['pillars[0].grade', 'pillars[0].previousGrade', 'pillars[0].questions[0].grade'],
  })),
  {
    // A cycle id this version does not know is read by its year: up to 2019, the four-grade scale.
    name: 'adequate under an unknown cycle of 2019 with no scale',
    doc: { ...graded('adequate'), cycle: 'peel-2019' },
    errors: ['pillars[0].grade', 'pillars[0].previousGrade', 'pillars[0].questions[0].grade'],
  },
  {
    name: 'an unknown scale under a 2021 cycle (the cycle’s scale is used for the grades)',
    doc: { ...graded('adequate'), scale: 'peel-2099', cycle: 'peel-2021-22' },
    errors: ['scale'],
  },
  changed(current, 'published', '12 March 2025'),
  changed(current, 'published', '2025-02-29'),
  changed(current, 'published', 20250312),

  // Findings at the top level.
  changed(current, 'causesOfConcern', 'The force is slow.'),
  changed(current, 'causesOfConcern', null),
  changed(current, 'causesOfConcern[1]', 'The force is slow.'),
  changed(current, 'causesOfConcern[0].text', undefined),
  {
    name: 'a cause of concern that is an empty object',
    doc: { force, causesOfConcern: [{}] },
    errors: ['causesOfConcern[0].text'],
  },
  {
    name: 'a cause of concern with recommendations and a due date but no text',
    doc: { force, causesOfConcern: [{ recommendations: ['Do it.'], due: '2025-06-30' }] },
    errors: ['causesOfConcern[0].text'],
  },
  changed(current, 'causesOfConcern[0].text', 1),
  changed(current, 'causesOfConcern[0].text', null),
  changed(current, 'causesOfConcern[0].recommendations', 'Answer calls faster.'),
  changed(current, 'causesOfConcern[0].recommendations[0]', 7),
  changed(current, 'causesOfConcern[0].due', '30/06/2025'),
  changed(current, 'causesOfConcern[0].due', '2025-06-31'),
  changed(current, 'causesOfConcern[0].due', 'June 2025'),
  changed(current, 'causesOfConcern[0].due', '2025-06'),
  changed(current, 'causesOfConcern[0].due', null),
  changed(current, 'areasForImprovement', 'Record crime better.'),
  changed(current, 'areasForImprovement[0]', { text: 'Record crime better.' }),
  changed(current, 'practice', { kind: 'innovative' }),
  changed(current, 'practice[0]', 'innovative'),
  changed(current, 'practice[0].kind', 'notable'),
  changed(current, 'practice[0].kind', 'Innovative'),
  changed(current, 'practice[0].kind', ''),
  changed(current, 'practice[0].kind', null),
  changed(current, 'practice[0].kind', undefined),
  {
    name: 'practice without kind',
    doc: { force, practice: [{ title: 'A', text: 'B' }] },
    errors: ['practice[0].kind'],
  },
  changed(current, 'practice[1].title', 2),
  changed(current, 'practice[1].text', ['Untitled practice.']),

  // Monitoring.
  changed(current, 'monitoring', 'engage'),
  changed(current, 'monitoring', true),
  changed(current, 'monitoring.stage', 'special-measures'),
  changed(current, 'monitoring.stage', 'Engage'),
  changed(current, 'monitoring.stage', 'PPOG'),
  changed(current, 'monitoring.stage', undefined),
  changed(current, 'monitoring.stage', null),
  {
    name: 'monitoring with a date but no stage',
    doc: { force, monitoring: { since: '2024-02-29' } },
    errors: ['monitoring.stage'],
  },
  { name: 'empty monitoring', doc: { force, monitoring: {} }, errors: ['monitoring.stage'] },
  changed(current, 'monitoring.since', '2023-02-29'),
  changed(current, 'monitoring.since', 'March 2022'),

  // A pillar's status and findings.
  changed(current, 'pillars[1].status', 'carried over'),
  changed(current, 'pillars[1].status', 'Carried-over'),
  changed(current, 'pillars[0].status', 'ungraded'),
  changed(current, 'pillars[0].status', 'not-graded'),
  changed(current, 'pillars[0].status', ''),
  changed(current, 'pillars[0].status', 1),
  changed(current, 'pillars[0].status', null),
  ...['pending', 'not-inspected', 'withheld'].flatMap((status) =>
    ['outstanding', 'adequate', 'inadequate'].map((grade) => ({
      name: `status ${status} with the grade ${grade}`,
      doc: { force, scale: 'peel-2021', pillars: [{ status, grade }] },
      errors: ['pillars[0].grade'],
    })),
  ),
  changed(current, 'pillars[2].grade', 'good'),
  changed(current, 'pillars[3].grade', 'requires-improvement'),
  changed(current, 'pillars[4].grade', 'inadequate'),
  {
    // Off the scale and withheld: one error, about the scale.
    name: 'status withheld with a grade off the scale',
    doc: { force, pillars: [{ status: 'withheld', grade: 'adequate' }] },
    errors: ['pillars[0].grade'],
  },
  changed(current, 'pillars[1].gradedIn', 2016),
  changed(current, 'pillars[1].gradedIn', null),
  changed(current, 'pillars[0].previousPeriod', 2021),
  changed(current, 'pillars[0].previousPeriod', ['2021/22']),
  changed(current, 'pillars[0].causesOfConcern', 'Calls wait too long.'),
  changed(current, 'pillars[0].causesOfConcern[0].text', undefined),
  changed(current, 'pillars[0].causesOfConcern[0].due', '2025-13-01'),
  changed(
    current,
    'pillars[0].causesOfConcern[0].recommendations',
    [null],
    ['pillars[0].causesOfConcern[0].recommendations[0]'],
  ),
  changed(current, 'pillars[0].areasForImprovement', 'Tell callers.'),
  changed(current, 'pillars[0].areasForImprovement[0]', 1),
  changed(current, 'pillars[0].practice[0].kind', 'good'),
  changed(current, 'pillars[0].practice[0].kind', undefined),
  changed(current, 'pillars[0].practice[0].title', false),
  changed(current, 'pillars[0].questions[0].summary', 'The first paragraph.'),
  changed(current, 'pillars[0].questions[0].summary[1]', 2),
  changed(current, 'pillars[0].questions[0].areasForImprovement', 'Answer calls faster.'),
  changed(current, 'pillars[0].questions[0].areasForImprovement[0]', null),

  // New key fact fields.
  changed(current, 'keyFacts.facts[1].interval', '2.7'),
  changed(current, 'keyFacts.facts[1].interval', '±2.7'),
  changed(current, 'keyFacts.facts[1].interval', null),
  changed(current, 'keyFacts.facts[1].interval', [2.7]),
  changed(current, 'keyFacts.facts[0].source', 1),
  changed(current, 'keyFacts.facts[0].period', 2021),

  {
    name: 'many new errors at once, each at its own path',
    doc: edit(stated, [
      ['cycle', 'peel-2017'],
      ['published', '2025-3-12'],
      ['causesOfConcern[1].text', undefined],
      ['practice[2].kind', 'excellent'],
      ['monitoring.stage', 'watch'],
      ['pillars[2].status', 'graded-later'],
      ['pillars[4].grade', 'good'],
      ['keyFacts.facts[1].interval', 'wide'],
    ]),
    errors: [
      'scale',
      'published',
      'causesOfConcern[1].text',
      'practice[2].kind',
      'monitoring.stage',
      'pillars[2].status',
      'pillars[4].grade',
      'keyFacts.facts[1].interval',
    ],
  },
  {
    name: 'many errors at once, each at its own path',
    doc: edit(northamptonshire, [
      ['period', 2017],
      ['pillars[0].grade', 'godo'],
      ['pillars[2].updated', '12/12/2017'],
      ['keyFacts.facts[6].value', '50p'],
      ['force.name', undefined],
    ]),
    errors: ['force.name', 'period', 'pillars[0].grade', 'pillars[2].updated', 'keyFacts.facts[6].value'],
  },

  // Sources, carried-over questions, counts and the data version (issue 25).
  // A broken list is its own error; the references that may have named its entries say nothing more.
  changed(sourced, 'sources', KENT),
  changed(sourced, 'sources[1]', 'x-1'),
  changed(sourced, 'sources[1].id', undefined),
  changed(sourced, 'sources[1].id', 'X-1'),
  changed(sourced, 'sources[1].id', 'x 1'),
  changed(sourced, 'sources[1].id', 1),
  changed(sourced, 'sources[1].url', 1),
  changed(sourced, 'sources[1].read', '7 December 2026'),
  changed(sourced, 'sources[1].read', '2026-02-30'),
  changed(sourced, 'sources[1].title', null),
  changed(sourced, 'pillars[0].source', 5),
  changed(sourced, 'pillars[0].source', null),
  changed(sourced, 'pillars[0].source', [KENT.id]),
  changed(sourced, 'pillars[0].source.ref', 5),
  changed(sourced, 'pillars[0].source.quote', 'x'.repeat(301)),
  changed(sourced, 'pillars[0].source.quote', ['a quote']),
  changed(sourced, 'pillars[0].source.publisher', { name: 'HMICFRS' }),
  changed(sourced, 'pillars[1].source.read', 'yesterday'),
  changed(sourced, 'pillars[0].questions[1].source.url', false),
  changed(sourced, 'pillars[0].questions[0].gradedIn', 2016),
  changed(sourced, 'pillars[0].questions[0].gradedIn', null),
  changed(sourced, 'areasGraded', '3'),
  changed(sourced, 'areasGraded', -1),
  changed(sourced, 'areasGraded', 2.5),
  changed(sourced, 'areasGraded', null),
  changed(sourced, 'dataVersion', '1.0.0'),
  changed(sourced, 'dataVersion', '2026.12'),
  changed(sourced, 'dataVersion', 2026),
  changed(sharedSources, 'dataVersion', 'v1'),
  changed(sharedSources, 'sources[0].id', 'Kent'),
  changed(sharedSources, 'sources', {}),

  // Collections.
  changed({ schemaVersion: 1, assessments: [minimal] }, 'schemaVersion', 2),
  changed({ schemaVersion: 1, assessments: [minimal] }, 'assessments', null),
  changed({ schemaVersion: 1, assessments: [minimal] }, 'assessments', {}),
  changed({ schemaVersion: 1, assessments: [minimal] }, 'assessments', 'Northamptonshire'),
  changed({ schemaVersion: 1, assessments: [minimal, minimal] }, 'assessments[1]', 'Northamptonshire'),
  changed({ schemaVersion: 1, assessments: [minimal, minimal] }, 'assessments[0]', null),
  changed({ schemaVersion: 1, assessments: [minimal, minimal] }, 'assessments[0].force', undefined),
  changed({ schemaVersion: 1, assessments: [northamptonshire, fictional] }, 'assessments[1].pillars[0].grade', 'godo'),
  changed(
    { schemaVersion: 1, assessments: [northamptonshire, fictional] },
    'assessments[0].pillars[0].grade',
    'adequate',
  ),
  changed({ schemaVersion: 1, assessments: [northamptonshire, fictional] }, 'assessments[0].schemaVersion', 2),
  // Without a known scale, grades are checked against the one of the cycle its period names (2021/22).
  changed({ schemaVersion: 1, assessments: [northamptonshire, fictional] }, 'assessments[1].scale', 'peel-2022'),
  // With a period that names no cycle, against the default one, where adequate is not.
  {
    ...changed(
      setAt({ schemaVersion: 1, assessments: [northamptonshire, fictional] }, 'assessments[1].period', 'the last one'),
      'assessments[1].scale',
      'peel-2022',
      [
        'assessments[1].scale',
        'assessments[1].pillars[1].previousGrade',
        'assessments[1].pillars[2].grade',
        'assessments[1].pillars[3].questions[1].grade',
      ],
    ),
    name: 'collection: assessments[1].scale = "peel-2022" with a period that names no cycle',
  },
  changed(
    { schemaVersion: 1, assessments: [northamptonshire, fictional] },
    'assessments[1].keyFacts.facts[2].change.local',
    '6',
  ),
  {
    // The scale belongs on each assessment; at the root of a collection it is an unknown field.
    name: 'a scale at the root of a collection does not apply to its assessments',
    doc: { scale: 'peel-2021', assessments: [graded('adequate')] },
    errors: [
      'assessments[0].pillars[0].grade',
      'assessments[0].pillars[0].previousGrade',
      'assessments[0].pillars[0].questions[0].grade',
    ],
  },
  {
    name: 'a collection inside a collection',
    doc: { assessments: [{ assessments: [minimal] }] },
    errors: ['assessments[0].force'],
  },
  {
    name: 'an assessment with assessments: null is a broken collection',
    doc: { force, assessments: null },
    errors: ['assessments'],
  },
  {
    // The scale of one assessment must not leak into the next.
    name: 'adequate after a peel-2021 assessment in a collection',
    doc: { assessments: [graded('adequate', 'peel-2021'), graded('adequate')] },
    errors: [
      'assessments[1].pillars[0].grade',
      'assessments[1].pillars[0].previousGrade',
      'assessments[1].pillars[0].questions[0].grade',
    ],
  },
];

/** A document where `path` holds a label, with the slug the parser must put in its place. */
const labelled = (base: unknown, path: string, label: string, slug: string): LenientCase => ({
  name: `${path} = ${JSON.stringify(label)} reads as "${slug}"`,
  doc: setAt(base, path, label),
  normalised: setAt(base, path, slug),
});

export const lenient: LenientCase[] = [
  labelled(northamptonshire, 'pillars[0].grade', 'Requires improvement', 'requires-improvement'),
  labelled(northamptonshire, 'pillars[0].grade', 'requires improvement', 'requires-improvement'),
  labelled(northamptonshire, 'pillars[0].grade', 'REQUIRES-IMPROVEMENT', 'requires-improvement'),
  labelled(northamptonshire, 'pillars[0].grade', 'Requires_Improvement', 'requires-improvement'),
  labelled(northamptonshire, 'pillars[0].grade', '  requires   improvement ', 'requires-improvement'),
  labelled(northamptonshire, 'pillars[1].grade', 'Good', 'good'),
  labelled(northamptonshire, 'pillars[1].grade', 'GOOD', 'good'),
  labelled(northamptonshire, 'pillars[1].grade', 'Da', 'good'),
  labelled(northamptonshire, 'pillars[1].grade', 'Outstanding', 'outstanding'),
  labelled(northamptonshire, 'pillars[1].grade', 'Rhagorol', 'outstanding'),
  labelled(northamptonshire, 'pillars[1].grade', 'Inadequate', 'inadequate'),
  labelled(northamptonshire, 'pillars[1].grade', 'annigonol', 'inadequate'),
  labelled(northamptonshire, 'pillars[1].grade', 'Not graded', 'not-graded'),
  labelled(northamptonshire, 'pillars[1].grade', 'NOT_GRADED', 'not-graded'),
  labelled(northamptonshire, 'pillars[1].grade', 'Heb ei raddio', 'not-graded'),
  labelled(northamptonshire, 'pillars[0].grade', 'Angen gwella', 'requires-improvement'),
  labelled(northamptonshire, 'pillars[2].previousGrade', 'Good', 'good'),
  labelled(northamptonshire, 'pillars[2].questions[0].grade', 'Requires Improvement', 'requires-improvement'),
  labelled(fictional, 'pillars[2].grade', 'Adequate', 'adequate'),
  labelled(current, 'pillars[2].grade', 'Not graded', 'not-graded'),
  labelled(current, 'pillars[4].grade', 'Heb ei raddio', 'not-graded'),
  labelled(current, 'pillars[1].grade', 'Adequate', 'adequate'),
  labelled(current, 'pillars[0].questions[0].grade', 'Digonol', 'adequate'),
  labelled(fictional, 'pillars[2].grade', 'Digonol', 'adequate'),
  labelled(fictional, 'pillars[3].questions[1].grade', 'ADEQUATE', 'adequate'),
  labelled(fictional, 'pillars[1].previousGrade', 'digonol', 'adequate'),
  labelled(
    { schemaVersion: 1, assessments: [northamptonshire, fictional] },
    'assessments[1].pillars[0].grade',
    'Outstanding',
    'outstanding',
  ),
  labelled(
    { schemaVersion: 1, assessments: [northamptonshire, fictional] },
    'assessments[0].pillars[1].questions[1].grade',
    'Requires improvement',
    'requires-improvement',
  ),
];

/**
 * Documents the schema cannot judge, because a reference is checked against the rest of the document: the
 * schema accepts them, the parser reports each error at its path.
 */
export const unresolved: InvalidCase[] = [
  changed(sourced, 'pillars[0].questions[0].source', 'kent-2015'),
  changed(sourced, 'pillars[0].source.ref', 'kent-2015'),
  changed(sourced, 'sources[1].id', KENT.id),
  {
    name: 'a reference that names no entry anywhere, in a collection',
    doc: edit(sharedSources, [['assessments[0].pillars[0].source', 'x-2']]),
    errors: ['assessments[0].pillars[0].source'],
  },
  {
    name: 'one assessment’s own sources are not another’s',
    doc: edit(sharedSources, [
      ['assessments[1].sources[0].id', 'essex-own'],
      ['assessments[0].pillars[0].source', 'essex-own'],
    ]),
    errors: ['assessments[0].pillars[0].source'],
  },
];
