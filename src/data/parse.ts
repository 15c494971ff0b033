import { DEFAULT_SCALE, isScale, scaleGrades } from './grades.js';
import type { Grade, Scale } from './grades.js';
import { CYCLES, CYCLE_ID, isCycle, scaleOf } from './cycles.js';
import { STATUSES, gradeWithout, onScale, slugOf } from './issues.js';
import type {
  Assessment,
  AssessmentCollection,
  CauseOfConcern,
  Cycle,
  DataIssue,
  FactChange,
  Findings,
  Force,
  Inspector,
  KeyFact,
  KeyFacts,
  Monitoring,
  Pillar,
  Practice,
  QuestionGrade,
  Source,
  SourceEntry,
} from './types.js';

export type ParseResult<T> =
  { ok: true; value: T; warnings: DataIssue[] } | { ok: false; errors: DataIssue[]; warnings: DataIssue[] };

/** A `source` that names an entry of `sources`, and the lists of its assessment that it may name. */
type Ref = [out: Source & { ref?: string; id?: string }, path: string, own?: SourceEntry[]];

interface Context {
  errors: DataIssue[];
  warnings: DataIssue[];
  scale: Scale;
  /** Resolved once the whole input is read: a document's `sources` may come after the grades that name them. */
  refs: Ref[];
  /** A `sources` list had errors: a reference to an entry it lost is not reported again. */
  broken?: boolean;
}

/** Checks one value at a JSON path; records what is wrong and returns undefined for bad input. */
type Check<T> = (value: unknown, path: string, ctx: Context) => T | undefined;

const ROOT = '(root)';

/** A value as a message names it: text quoted, null, an array, a number, else its type. */
const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value === 'number'
          ? String(value)
          : typeof value;
const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function fail(ctx: Context, path: string, message: string): undefined {
  ctx.errors.push({ path: path || ROOT, message });
  return undefined;
}

const warn = (ctx: Context, path: string, message: string): undefined => void ctx.warnings.push({ path, message });

/** The warning for an unknown field: the one warning the elements keep to themselves (see `voiced`). */
export const IGNORED = 'unknown field, ignored';

/**
 * The warnings worth saying on a page's console: a repeated pillar id, a cycle this version does not
 * know. An unknown field is not, or a document written for a later version would complain on every page.
 */
export const voiced = (warnings: DataIssue[]) => warnings.filter((w) => w.message !== IGNORED);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A check that a value passes `test`, or the error "expected …, got …". */
const typed =
  <T>(expected: string, test: (v: unknown) => boolean): Check<T> =>
  (v, path, ctx) =>
    test(v) ? (v as T) : fail(ctx, path, `expected ${expected}, got ${describe(v)}`);

const text = typed<string>('text', (v) => typeof v === 'string');
const number = typed<number>('a number', Number.isFinite);
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// A real day too: 2018-02-31 matches the pattern, but Date rolls it over into March.
const date = typed<string>(
  'a date as YYYY-MM-DD',
  (v) => typeof v === 'string' && ISO_DATE.test(v) && new Date(`${v}T00:00Z`).toISOString().startsWith(v),
);
const name = typed<string>('a name', (v) => typeof v === 'string' && /\S/.test(v));
const scale = typed<Scale>('peel-2014 or peel-2021', isScale);
const schemaVersion = typed<1>('schema version 1', (v) => v === 1);
const isList = typed<unknown[]>('a list', Array.isArray);
const anObject = typed<Record<string, unknown>>('an object', isObject);

const list =
  <T>(item: Check<T>): Check<T[]> =>
  (v, path, ctx) =>
    isList(v, path, ctx)
      ?.map((entry, i) => item(entry, at(path, i), ctx))
      .filter((entry): entry is T => entry !== undefined);

const texts = list(text);

/** A check that a value is one of `values`. */
const oneOf = <T extends string>(...values: T[]): Check<T> =>
  typed(`one of ${values.join(', ')}`, (v) => values.includes(v as T));

const grade: Check<Grade> = (v, path, ctx) => {
  const expected = `expected one of ${scaleGrades(ctx.scale).join(', ')}`;
  const slug = slugOf(v);
  return (
    onScale(v, ctx.scale) ||
    fail(
      ctx,
      path,
      slug
        ? `"${slug}" is not on the ${ctx.scale} scale; ${expected}`
        : `${describe(v)} is not a PEEL grade; ${expected}`,
    )
  );
};

type Fields<T> = { [K in keyof T]-?: Check<NonNullable<T[K]>> };

/** An object with known fields; unknown fields are reported as warnings and dropped. */
const record =
  <T>(fields: Fields<T>, required: (keyof T & string)[] = []): Check<T> =>
  (input, path, ctx) => {
    const v = anObject(input, path, ctx);
    if (!v) return;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) {
      const check = Object.hasOwn(fields, key) ? (fields as Record<string, Check<unknown>>)[key] : undefined;
      if (!check) warn(ctx, at(path, key), IGNORED);
      else if (value !== undefined) {
        const checked = check(value, at(path, key), ctx);
        if (checked !== undefined) out[key] = checked;
      }
    }
    // Own fields only: a field inherited from a prototype is not copied into the result.
    for (const key of required)
      if (!Object.hasOwn(v, key) || v[key] === undefined) fail(ctx, at(path, key), 'is required');
    return out as T;
  };

const SOURCE = {
  url: text,
  title: text,
  publisher: text,
  read: date,
  // Characters as the schema's maxLength counts them: code points, not UTF-16 units.
  quote: typed<string>('at most 300 characters', (v) => typeof v === 'string' && [...v].length <= 300),
};

const sourceEntry = record<SourceEntry>(
  {
    id: typed('an id of a-z, 0-9 and -', (v) => typeof v === 'string' && /^[a-z\d-]+$/.test(v)),
    ...SOURCE,
  },
  ['id'],
);

/** The entries of `sources`, each id once: a repeated id would leave its references ambiguous. */
const sources: Check<SourceEntry[]> = (v, path, ctx) => {
  const seen = new Set<string>();
  const errors = ctx.errors.length;
  const out = list<SourceEntry>((e, where) => {
    const entry = sourceEntry(e, where, ctx);
    if (entry && seen.has(entry.id)) fail(ctx, at(where, 'id'), `expected each id once, got "${entry.id}" again`);
    else if (entry) seen.add(entry.id);
    return entry;
  })(v, path, ctx);
  ctx.broken ||= ctx.errors.length > errors;
  return out;
};

const sourceObject = record<Source & { ref?: string }>({ ref: text, ...SOURCE });

/** The id of an entry of `sources`, or a page, perhaps with `ref` to such an entry; resolved in `run`. */
const source: Check<Source> = (v, path, ctx) => {
  const out = typeof v === 'string' ? { ref: v } : sourceObject(v, path, ctx);
  if (out?.ref !== undefined) ctx.refs.push([out, typeof v === 'string' ? path : at(path, 'ref')]);
  return out;
};

const question = record<QuestionGrade>({
  title: text,
  grade,
  url: text,
  summary: texts,
  areasForImprovement: texts,
  gradedIn: text,
  source,
});

const findings: Fields<Findings> = {
  causesOfConcern: list(record<CauseOfConcern>({ text, recommendations: texts, due: date }, ['text'])),
  areasForImprovement: texts,
  practice: list(record<Practice>({ kind: oneOf('innovative', 'promising'), title: text, text }, ['kind'])),
};

const pillarFields = record<Pillar>({
  id: text,
  title: text,
  question: text,
  grade,
  previousGrade: grade,
  status: oneOf(...STATUSES),
  gradedIn: text,
  previousPeriod: text,
  updated: date,
  summary: texts,
  questions: list(question),
  url: text,
  source,
  ...findings,
});

/**
 * The pillars, warning at each id already used by an earlier pillar: picked by id (the `pillar`
 * attribute, a column of `<peel-compare>`), only the first is found.
 */
const pillars: Check<Pillar[]> = (v, path, ctx) => {
  const first = new Map<string, string>();
  return list<Pillar>((p, where) => {
    const out = pillar(p, where, ctx);
    const id = out?.id;
    // A blank id is no id: it names nothing to pick.
    if (id?.trim())
      if (first.has(id)) warn(ctx, at(where, 'id'), `repeats the id of ${first.get(id)}`);
      else first.set(id, where);
    return out;
  })(v, path, ctx);
};

/**
 * A cycle this version knows, or one it does not know yet (`peel-2027-29`), which is a warning and
 * is left out: the document is read on the scale stated, or on its year's (see `scaleOf`).
 */
const cycle: Check<Cycle> = (v, path, ctx) =>
  isCycle(v) || typeof v !== 'string' || !CYCLE_ID.test(v)
    ? oneOf(...(Object.keys(CYCLES) as Cycle[]))(v, path, ctx)
    : warn(ctx, path, `unknown cycle ${describe(v)}, ignored`);

/** A grade beside a status that has none is an error (see gradeWithout). */
const pillar: Check<Pillar> = (v, path, ctx) => {
  const out = pillarFields(v, path, ctx);
  if (gradeWithout(out?.grade, out?.status))
    fail(ctx, at(path, 'grade'), `a pillar with status ${out!.status} has no grade; expected not-graded or none`);
  return out;
};

const change = record<FactChange>({ local: number, national: number, years: number });

const fact = record<KeyFact>({
  id: text,
  label: text,
  value: number,
  unit: text,
  national: number,
  change,
  group: text,
  display: text,
  interval: number,
  source: text,
  period: text,
});

const dataVersion = typed<string>(
  'a data version as YYYY.MM.N',
  (v) => typeof v === 'string' && /^\d{4}\.\d\d\.\d+$/.test(v),
);

const assessmentFields = record<Assessment>(
  {
    schemaVersion,
    force: record<Force>({ id: text, name, url: text }, ['name']),
    period: text,
    cycle,
    scale,
    published: date,
    url: text,
    summary: texts,
    inspector: record<Inspector>({ name: text, role: text }),
    observations: texts,
    pillars,
    keyFacts: record<KeyFacts>({ period: text, facts: list(fact) }),
    context: texts,
    priorities: texts,
    monitoring: record<Monitoring>({ stage: oneOf('engage', 'ppog'), since: date }, ['stage']),
    areasGraded: typed<number>('a whole number', (v) => Number.isInteger(v) && (v as number) >= 0),
    dataVersion,
    sources,
    ...findings,
  },
  ['force'],
);

/** Grades are checked against the document's own scale (stated, or implied by its cycle), so read it first. */
const assessment: Check<Assessment> = (v, path, ctx) => {
  if (isObject(v)) {
    ctx.scale = scaleOf(v);
    // With a cycle, the scale in force is either the cycle's or a stated one that contradicts it.
    const implied = scaleOf({ cycle: v.cycle });
    if (isCycle(v.cycle) && ctx.scale !== implied)
      fail(ctx, at(path, 'scale'), `expected ${implied}, the scale of ${v.cycle}`);
  }
  const refs = ctx.refs.length;
  const out = assessmentFields(v, path, ctx);
  // Its grades may name its own sources (then the collection's).
  for (const ref of ctx.refs.slice(refs)) ref[2] = out?.sources;
  // A cycle left out (one this version does not know) leaves the scale it implied in its place.
  if (out && isObject(v) && v.cycle !== undefined && !out.cycle) out.scale = ctx.scale;
  return out;
};

const collection = record<AssessmentCollection>(
  { schemaVersion, dataVersion, sources, assessments: list(assessment) },
  ['assessments'],
);

function run<T>(check: Check<T>, input: unknown): ParseResult<T> {
  const ctx: Context = { errors: [], warnings: [], scale: DEFAULT_SCALE, refs: [] };
  let value: T | undefined;
  try {
    const data = typeof input === 'string' ? JSON.parse(input) : input;
    value = check(data, '', ctx);
    // Each reference takes its entry's fields, under its own: its assessment's entry, else its collection's.
    for (const [out, path, own = []] of ctx.refs) {
      const entry = [...own, ...((value as AssessmentCollection | undefined)?.sources ?? [])].find(
        (e) => e.id === out.ref,
      );
      if (entry) Object.assign(out, { ...entry, ...out });
      else if (!ctx.broken) fail(ctx, path, `expected the id of a source, got "${out.ref}"`);
      delete out.ref;
      delete out.id;
    }
  } catch (error) {
    // Broken JSON text (or, rarely, an object whose getters throw): an error, never an exception.
    // Not `${error}`: a thrown Symbol cannot become text, and this must not throw.
    fail(ctx, '', `could not be read: ${(error as Error)?.message}`);
  }
  return ctx.errors.length || value === undefined
    ? { ok: false, errors: ctx.errors, warnings: ctx.warnings }
    : { ok: true, value, warnings: ctx.warnings };
}

/** Turns unknown input (JSON text or an object) into one force's assessment, or a list of errors. Never throws. */
export const parseAssessment = (input: unknown) => run(assessment, input);

/** Turns unknown input into a collection of assessments, or a list of errors. Never throws. */
export const parseCollection = (input: unknown) => run(collection, input);

/** Reads either a single assessment or a collection (any object with an `assessments` field). Never throws. */
export const parseDocument = (input: unknown): ParseResult<Assessment | AssessmentCollection> =>
  run<Assessment | AssessmentCollection>(
    (v, path, ctx) => (isObject(v) && 'assessments' in v ? collection : assessment)(v, path, ctx),
    input,
  );

export { formatIssue } from './issues.js';
