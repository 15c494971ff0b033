// The embed service's query strings, checked whole against the register of forces and the shipped data: each
// value is one the service knows, or the request is refused with a message naming the parameter. A checked
// query has one canonical form (its parameters in one order), which is also what the service caches by.
import { ORIGIN } from '../embed/height.js';
import { forceById } from '../data/forces.js';
import type { Lang } from '../data/grades.js';
import type { Assessment, AssessmentCollection } from '../data/types.js';
import { TAGS } from '../tags.js';
import type { Tag } from '../tags.js';
import { shippedCycle, shippedCycles, shippedHistory } from './data.js';
import type { ShippedCycle } from './data.js';
import { Refusal, quotable } from './http.js';

/** The one value of `name`, or undefined; a parameter given twice is refused (which one would win?). */
export function single(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1) throw new Refusal(400, `parameter "${name}" is given more than once`);
  return values[0];
}

const required = (query: URLSearchParams, name: string) => {
  const value = single(query, name);
  if (value === undefined || value === '') throw new Refusal(400, `parameter "${name}" is missing`);
  return value;
};

const named = (name: string, value: string) => (quotable(value) ? `${name} "${value}"` : name);

function oneOf<T extends string>(query: URLSearchParams, name: string, values: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value))
    throw new Refusal(400, `${named(name, value)} is not one of ${values.join(', ')}`);
  return value as T;
}

/** A flag: present (empty, `1` or `true`) or absent (or `0`, `false`). */
function flag(query: URLSearchParams, name: string): boolean {
  const value = single(query, name);
  if (value === undefined || value === '0' || value === 'false') return false;
  if (value === '' || value === '1' || value === 'true') return true;
  throw new Refusal(400, `parameter "${name}" is a flag: empty, 1 or true`);
}

export function cycleParam(query: URLSearchParams): ShippedCycle {
  const value = required(query, 'cycle');
  const cycle = shippedCycle(value);
  if (!cycle)
    throw new Refusal(
      400,
      `${named('cycle', value)} is not a cycle the service has (one of ${shippedCycles()
        .map((c) => c.id)
        .join(', ')})`,
    );
  return cycle;
}

/** A force of the register that has grades in `cycle`. */
function forceParam(query: URLSearchParams, cycle: ShippedCycle, optional = false): Assessment | undefined {
  const value = optional ? single(query, 'force') : required(query, 'force');
  if (value === undefined || value === '') return undefined;
  if (!forceById(value))
    throw new Refusal(400, `${named('force', value)} is not a force id of the register (such as "kent")`);
  const assessment = cycle.forces.get(value);
  if (!assessment) throw new Refusal(404, `no grades for force "${value}" in ${cycle.id}`);
  return assessment;
}

/** An area the force has in the data (graded or with a status). */
function areaParam(query: URLSearchParams, assessment: Assessment, cycle: ShippedCycle, isRequired = false) {
  const value = isRequired ? required(query, 'area') : single(query, 'area');
  if (value === undefined || value === '') return undefined;
  const ids = (assessment.pillars ?? []).map((p) => p.id).filter(Boolean);
  if (!ids.includes(value))
    throw new Refusal(
      quotable(value) ? 404 : 400,
      `${named('area', value)} is not an area of ${assessment.force.id} in ${cycle.id} (one of ${ids.join(', ')})`,
    );
  return value;
}

const lang = (query: URLSearchParams): Lang => oneOf(query, 'lang', ['en', 'cy'] as const) ?? 'en';

/** A force's grades of every shipped cycle, which `<peel-history>` shows. */
export interface History {
  /** The force's register id. */
  force: string;
  /** Its assessments, oldest cycle first (one at least). */
  collection: AssessmentCollection;
}

/** `/embed`'s query: one cycle's data (a force's, or every force's), or one force's `history` of every cycle. */
export type EmbedQuery = CycleQuery | HistoryQuery;

interface Shown {
  lang: Lang;
  scheme?: 'light' | 'dark';
  compact: boolean;
  /** The level of the element's top heading (the host page's: 2 by default). */
  headingLevel?: number;
  /** Where the page posts its height (the embedding page's origin), and Pym.js's child id. */
  origin?: string;
  childId?: string;
}

export interface CycleQuery extends Shown {
  element: Exclude<Tag, 'peel-history'>;
  cycle: ShippedCycle;
  /** The force shown (or, in `peel-compare`, marked). */
  assessment?: Assessment;
  area?: string;
  history?: undefined;
}

export interface HistoryQuery extends Shown {
  element: 'peel-history';
  history: History;
  cycle?: undefined;
  assessment?: undefined;
  area?: undefined;
}

/** A force of the register with grades in one shipped cycle at least, and those grades. */
function historyParam(query: URLSearchParams): History {
  // Every cycle is shown: one named would be ignored, so it is refused (as an area is), never silently dropped.
  if (single(query, 'cycle') !== undefined)
    throw new Refusal(400, 'peel-history takes no "cycle": it shows every cycle');
  if (single(query, 'area') !== undefined) throw new Refusal(400, 'peel-history takes no "area"');
  const force = required(query, 'force');
  if (!forceById(force))
    throw new Refusal(400, `${named('force', force)} is not a force id of the register (such as "kent")`);
  const collection = shippedHistory(force);
  if (!collection) throw new Refusal(404, `no grades for force "${force}" in any cycle`);
  return { force, collection };
}

/** `/embed`'s query. */
export function embedQuery(query: URLSearchParams): EmbedQuery {
  const element = oneOf(query, 'element', TAGS) ?? 'peel-rating';
  if (element === 'peel-history') return { element, history: historyParam(query), ...shown(query) };
  const cycle = cycleParam(query);
  const assessment = forceParam(query, cycle, element === 'peel-compare');
  const area = assessment && element !== 'peel-compare' ? areaParam(query, assessment, cycle) : undefined;
  if (element === 'peel-compare' && single(query, 'area')) throw new Refusal(400, 'peel-compare takes no "area"');
  return { element, cycle, assessment, area, ...shown(query) };
}

/** How an embed shows, any element's (checked after what it shows). */
function shown(query: URLSearchParams): Shown {
  const origin = single(query, 'origin');
  if (origin !== undefined && !ORIGIN.test(origin))
    throw new Refusal(400, 'parameter "origin" is not an http(s) origin (such as https://www.example.org)');
  const childId = single(query, 'childId');
  if (childId !== undefined && !/^[\w-]{1,64}$/.test(childId))
    throw new Refusal(400, 'parameter "childId" is not an id (letters, digits, "_" and "-")');
  const level = oneOf(query, 'heading-level', ['1', '2', '3', '4', '5', '6'] as const);
  return {
    lang: lang(query),
    scheme: oneOf(query, 'scheme', ['light', 'dark'] as const),
    compact: flag(query, 'compact'),
    headingLevel: level === undefined ? undefined : Number(level),
    origin: origin && new URL(origin).origin,
    childId,
  };
}

/** The canonical query of an embed: what its address, its oEmbed and its cache key are made of. */
export function embedSearch(q: EmbedQuery, withHost = false): string {
  const out = new URLSearchParams({ element: q.element });
  if (q.cycle) out.set('cycle', q.cycle.id);
  if (q.assessment?.force.id) out.set('force', q.assessment.force.id);
  if (q.history) out.set('force', q.history.force);
  if (q.area) out.set('area', q.area);
  if (q.lang !== 'en') out.set('lang', q.lang);
  if (q.scheme) out.set('scheme', q.scheme);
  if (q.headingLevel) out.set('heading-level', String(q.headingLevel));
  if (q.compact) out.set('compact', '');
  if (withHost && q.origin) out.set('origin', q.origin);
  if (withHost && q.childId) out.set('childId', q.childId);
  return out.toString().replace(/=(&|$)/g, '$1');
}

export interface GradeQuery {
  cycle: ShippedCycle;
  assessment: Assessment;
  area?: string;
  lang: Lang;
  scheme?: 'light' | 'dark';
}

/** `/badge.svg`'s query (an area and a scheme) and `/card.png`'s (an area is optional; the card is light). */
export function gradeQuery(query: URLSearchParams, badge: boolean): GradeQuery {
  const cycle = cycleParam(query);
  const assessment = forceParam(query, cycle)!;
  if (!badge && single(query, 'scheme') !== undefined) throw new Refusal(400, 'the card takes no "scheme"');
  return {
    cycle,
    assessment,
    area: areaParam(query, assessment, cycle, badge),
    lang: lang(query),
    scheme: badge ? oneOf(query, 'scheme', ['light', 'dark'] as const) : undefined,
  };
}

export const gradeSearch = (q: GradeQuery) => {
  const out = new URLSearchParams({ force: q.assessment.force.id!, cycle: q.cycle.id });
  if (q.area) out.set('area', q.area);
  if (q.lang !== 'en') out.set('lang', q.lang);
  if (q.scheme) out.set('scheme', q.scheme);
  return out.toString();
};
