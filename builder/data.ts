// The data sources: the shipped examples, a pasted JSON document and a document at an address. Each
// read gives the data to show (when it works) and what was wrong with it, in the parser's words.
import { parseDocument } from '../src/data/parse.js';
import { exportRows, toCsv } from '../src/data/export.js';
import type { Assessment, DataIssue } from '../src/data/types.js';
import { safeUrl } from '../src/security/safe-url.js';
import { fetchJson } from '../src/controllers/fetch-json.js';
import { DEFAULT_TIMEOUT } from '../src/controllers/assessment-controller.js';
import { findShipped } from './sources.js';

/** The data as the builder last read it: what the preview and the code use. */
export interface Loaded {
  /** One force's document (JSON data) as given, before trimming. */
  raw: unknown;
  /** The collection it belongs to, when there is one (for <peel-compare>). */
  rawCollection?: unknown;
  /** Parsed, for the area list and the fallback content. */
  assessment?: Assessment;
  /** The addresses of the document and of the collection, when the code can point `src` at them. */
  src?: string;
  collectionSrc?: string;
  /** The address the data finally came from (after any redirect), when a person gave one: the builder names its host. */
  fetchedFrom?: string;
  /** Whether the document came in the link that opened the builder (`doc=`, `json=`): the builder says so. */
  fromLink?: boolean;
  /**
   * For the shipped data, the files behind `src` and `collectionSrc`: their paths in the builder's folder
   * and in the npm package (when it has them), so that the code can name them where the script lives.
   */
  files?: { path: string; pkg?: string; collection?: { path: string; pkg?: string } };
}

/** One read: the data when it can be shown, else only the problems. */
export interface DataResult {
  loaded?: Loaded;
  problems: DataIssue[];
  warnings: DataIssue[];
  /** How many more problems there were than `problems` holds (a reader that keeps only the first few). */
  more?: number;
}

const problem = (message: string, path = '(root)'): DataIssue => ({ path, message });

/** Deeper than any PEEL document (a collection's findings are about 8 levels down). */
export const MAX_DEPTH = 64;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Where a text holds half of a character pair (which no encoder can write), in words; else undefined. */
export function brokenCharacter(text: string): string | undefined {
  const found = LONE_SURROGATE.exec(text);
  return found
    ? `has a broken character (an unpaired surrogate, \\u${found[0].charCodeAt(0).toString(16)}) at character ${found.index + 1}: type that character again`
    : undefined;
}

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * What no part of the builder could carry: nesting deeper than MAX_DEPTH (JSON.stringify and the
 * parser recurse) and unpaired surrogates (encodeURIComponent throws on them). Walked without
 * recursion, so the check itself cannot overflow; the first few problems, by JSON path.
 */
export function checkShape(raw: unknown): DataIssue[] {
  const out: DataIssue[] = [];
  const stack: [unknown, string, number][] = [[raw, '', 0]];
  while (stack.length && out.length < 5) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const broken = brokenCharacter(value);
      if (broken) out.push(problem(broken, path || '(root)'));
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) {
        return [
          problem(`The document is nested more than ${MAX_DEPTH} levels deep; PEEL data is never nested that far.`),
        ];
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
      for (const [key, v] of entries.reverse()) {
        if (typeof key === 'string' && brokenCharacter(key))
          out.push(problem(`A name ${brokenCharacter(key)!}`, at(path, key)));
        stack.push([v, at(path, key), depth + 1]);
      }
    }
  }
  return out;
}

/** JSON data checked by the parser; a collection shows one force's assessment (`force`, else the first) for the one-force elements. */
export function parseData(raw: unknown, src?: string, force?: string): DataResult {
  const shape = checkShape(raw);
  if (shape.length) return { problems: shape, warnings: [] };
  const result = parseDocument(raw);
  const { warnings } = result;
  if (!result.ok) return { problems: result.errors, warnings };
  const value = result.value;
  if (!('assessments' in value)) return { loaded: { raw, assessment: value, src }, problems: [], warnings };
  if (!value.assessments.length)
    return { problems: [problem('The collection has no assessments to show.', 'assessments')], warnings };
  // The chosen force's entry, or the first.
  const at = Math.max(
    0,
    value.assessments.findIndex((a) => a.force.id === force),
  );
  const entry = withSources((raw as { assessments: unknown[] }).assessments[at], raw);
  return {
    loaded: { raw: entry, rawCollection: raw, assessment: value.assessments[at], collectionSrc: src },
    problems: [],
    warnings,
  };
}

/** The shipped document for a force and cycle (its address made absolute by `base`). */
export function shippedData(force: string, cycle: string, base: (path: string) => string): DataResult {
  const source = findShipped(force, cycle);
  const result = parseData(source.doc, base(source.path));
  const { path, pkg, collection } = source;
  const files = { path, pkg, collection: collection && { path: collection.path, pkg: collection.pkg } };
  const loaded = { ...(result.loaded ?? { raw: source.doc }), files };
  return {
    ...result,
    loaded: collection ? { ...loaded, rawCollection: collection.doc, collectionSrc: base(collection.path) } : loaded,
  };
}

/** A pasted JSON document. */
export function readJson(text: string): DataResult {
  if (!text.trim()) return { problems: [problem('Paste a JSON document here.')], warnings: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problems: [problem(`This is not valid JSON (${(error as Error).message}).`)], warnings: [] };
  }
  return parseData(raw);
}

/** Whether an address can be fetched at all (http(s) or a path); the message when it cannot. */
export const checkDataUrl = (url: string): DataIssue | undefined =>
  safeUrl(url.trim()) ? undefined : problem('Give the address of a JSON document, starting with https:// or a path.');

/**
 * The time limit of a read from an address; the elements' own default. A property of the module, so that a
 * test can shorten it.
 */
export const reading = { timeout: DEFAULT_TIMEOUT };

/**
 * A document at an address (checked with checkDataUrl first), read with the elements' limits: at most
 * 5,000,000 bytes once decompressed, a JSON content type, and reading.timeout ms. `fetchedFrom` is the
 * final answer's address, after any redirect.
 */
export async function fetchData(url: string): Promise<DataResult> {
  const href = url.trim();
  let message: string | undefined;
  let raw: unknown;
  let from = href;
  try {
    const answer = await fetchJson(new URL(href, document.baseURI).href, reading.timeout);
    from = answer.url;
    raw = JSON.parse(answer.text);
  } catch (error) {
    message =
      error instanceof SyntaxError
        ? `The address did not give valid JSON (${error.message}).`
        : /^the request failed/.test((error as Error).message)
          ? 'The data could not be fetched (no answer, or the server does not allow other sites to read it).'
          : `${String((error as Error).message).replace(/^./, (c) => c.toUpperCase())}.`;
  }
  if (message) return { problems: [problem(message)], warnings: [] };
  const result = parseData(raw, href);
  return result.loaded ? { ...result, loaded: { ...result.loaded, fetchedFrom: from } } : result;
}

/** The host an address names (resolved as the builder fetched it), for "Data from …" and "loads the script from …". */
export const hostOf = (url: string) => new URL(url, document.baseURI).host;

/**
 * An address typed for the code's script or stylesheet: the code carries it only when it is a whole http(s)
 * address, `//` and all (a path, or `https:host/x.js`, would be read against the page the code lands in), and
 * as the browser will read it (`url`, normalised), so that the host the builder names is the one it loads from.
 */
export function checkCodeAddress(value: string): { url?: string; problem?: string } {
  const typed = value.trim();
  if (!typed) return {};
  let url: URL | undefined;
  try {
    url = /^https?:\/\//i.test(typed) ? new URL(typed) : undefined;
  } catch {
    url = undefined;
  }
  return url && /^https?:$/.test(url.protocol) && url.host
    ? { url: url.href }
    : {
        problem:
          'Give a whole address starting with https:// (or http://). Until then the code uses this builder’s copy.',
      };
}

/**
 * A document's grades as a spreadsheet's CSV file (a row per grade, with the page each was read on), as a
 * `data:` address for a download link; undefined when the document cannot be read or has no grade.
 */
export function csvHref(doc: unknown, lang: string): string | undefined {
  const parsed = parseDocument(doc);
  const rows = parsed.ok ? exportRows(parsed.value, lang === 'cy' ? 'cy' : 'en') : [];
  return rows.length
    ? `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(rows, lang === 'cy' ? 'cy' : 'en'))}`
    : undefined;
}

type Listed = { sources?: { id?: unknown }[]; pillars?: Graded[] };
type Graded = { source?: unknown; questions?: Graded[] };

/** The ids of `sources` entries that an assessment's grades name (`"source": "id"` or `{ "ref": "id" }`). */
const named = (entry: Listed) =>
  new Set(
    (Array.isArray(entry.pillars) ? entry.pillars : [])
      .flatMap((p) => [p, ...(Array.isArray(p?.questions) ? p.questions : [])])
      .map((g) => (typeof g?.source === 'string' ? g.source : (g?.source as { ref?: unknown } | undefined)?.ref)),
  );

/**
 * A collection's entry with the collection's sources that its grades name beside its own (its own first, an id
 * once), so that those grades still find their pages once the entry stands alone.
 */
function withSources(entry: unknown, collection: unknown): unknown {
  const shared = (collection as Listed).sources;
  if (!Array.isArray(shared) || typeof entry !== 'object' || entry === null) return entry;
  const own = Array.isArray((entry as Listed).sources) ? (entry as Listed).sources! : [];
  const ids = new Set(own.map((s) => s?.id));
  const wanted = named(entry as Listed);
  const more = shared.filter((s) => wanted.has(s?.id) && !ids.has(s?.id));
  return more.length ? { ...entry, sources: [...own, ...more] } : entry;
}
