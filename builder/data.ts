// The data sources: the shipped examples, a pasted JSON document and a document at an address. Each
// read gives the data to show (when it works) and what was wrong with it, in the parser's words.
import { parseDocument } from '../src/data/parse.js';
import type { Assessment, DataIssue } from '../src/data/types.js';
import { safeUrl } from '../src/security/safe-url.js';
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
}

/** One read: the data when it can be shown, else only the problems. */
export interface DataResult {
  loaded?: Loaded;
  problems: DataIssue[];
  warnings: DataIssue[];
}

const problem = (message: string, path = '(root)'): DataIssue => ({ path, message });

/** JSON data checked by the parser; a collection shows its first assessment for the one-force elements. */
export function parseData(raw: unknown, src?: string): DataResult {
  const result = parseDocument(raw);
  const { warnings } = result;
  if (!result.ok) return { problems: result.errors, warnings };
  const value = result.value;
  if (!('assessments' in value)) return { loaded: { raw, assessment: value, src }, problems: [], warnings };
  if (!value.assessments.length)
    return { problems: [problem('The collection has no assessments to show.', 'assessments')], warnings };
  const first = (raw as { assessments: unknown[] }).assessments[0];
  return {
    loaded: { raw: first, rawCollection: raw, assessment: value.assessments[0], collectionSrc: src },
    problems: [],
    warnings,
  };
}

/** The shipped document for a force and cycle (its address made absolute by `base`). */
export function shippedData(force: string, cycle: string, base: (path: string) => string): DataResult {
  const source = findShipped(force, cycle);
  const result = parseData(source.doc, base(source.path));
  const loaded = result.loaded ?? { raw: source.doc };
  return {
    ...result,
    loaded: source.collection
      ? { ...loaded, rawCollection: source.collection.doc, collectionSrc: base(source.collection.path) }
      : loaded,
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

/** A document at an address (checked with checkDataUrl first). */
export async function fetchData(url: string): Promise<DataResult> {
  const href = url.trim();
  let message: string | undefined;
  let raw: unknown;
  try {
    const response = await fetch(new URL(href, document.baseURI));
    if (!response.ok) message = `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.');
    else raw = await response.json();
  } catch (error) {
    message =
      error instanceof SyntaxError
        ? `The address did not give valid JSON (${error.message}).`
        : 'The data could not be fetched (no answer, or the server does not allow other sites to read it).';
  }
  return message ? { problems: [problem(message)], warnings: [] } : parseData(raw, href);
}
