// HTTP as the embed service speaks it: cacheable answers with a strong ETag and 304s, CORS for every reader,
// and errors as one line of plain text that names the bad parameter (a value is quoted only when it is a
// plain id, so nothing from a query ever comes back as markup).

/** How long browsers and caches keep an answer, and how long a cache may serve it stale while it asks again. */
export const MAX_AGE = 3600;
export const STALE = 86400;
export const CACHE_CONTROL = `public, max-age=${MAX_AGE}, stale-while-revalidate=${STALE}`;
/** Errors are kept a little, so a stampede of one bad address does not reach the service each time. */
const ERROR_CACHE_CONTROL = 'public, max-age=60';

export const ALLOW = 'GET, HEAD, OPTIONS';

/** Headers of every answer: readable from any origin (the data is public), never sniffed. */
export const COMMON_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
  'cross-origin-resource-policy': 'cross-origin',
  'x-content-type-options': 'nosniff',
};

/** An answer as the service keeps it: the bytes, their type and validator, and its own headers. */
export interface Entry {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
  headers?: Record<string, string>;
}

const encoder = new TextEncoder();

/** A strong ETag: the first 128 bits of the body's SHA-256, base64url. */
export async function etagOf(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return `"${btoa(String.fromCharCode(...digest.subarray(0, 16)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}"`;
}

/** An entry for a text or binary body. */
export async function entry(
  body: string | Uint8Array<ArrayBuffer>,
  type: string,
  headers?: Record<string, string>,
): Promise<Entry> {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return { body: bytes, type, etag: await etagOf(bytes), headers };
}

/** Whether `If-None-Match` names the entry's tag (weak comparison, as RFC 9110 has it for this header). */
export function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The answer for an entry: 200 with its body (none for HEAD), or 304 when the client has it already. */
export function respond(request: Request, e: Entry): Response {
  const headers = new Headers({ ...COMMON_HEADERS, 'cache-control': CACHE_CONTROL, etag: e.etag, ...e.headers });
  if (matches(request.headers.get('if-none-match'), e.etag)) return new Response(null, { status: 304, headers });
  headers.set('content-type', e.type);
  headers.set('content-length', String(e.body.length));
  return new Response(request.method === 'HEAD' ? null : e.body, { status: 200, headers });
}

const REASONS: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  414: 'URI too long',
  500: 'Internal error',
  501: 'Not implemented',
};

/** A refusal: one line of plain text. */
export function failure(request: Request, status: number, message: string, headers: Record<string, string> = {}) {
  const body = `${status} ${REASONS[status] ?? 'Error'}: ${message}\n`;
  return new Response(request.method === 'HEAD' ? null : body, {
    status,
    headers: {
      ...COMMON_HEADERS,
      'cache-control': status >= 500 ? 'no-store' : ERROR_CACHE_CONTROL,
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(encoder.encode(body).length),
      ...headers,
    },
  });
}

/** A value fit to quote in a message: a plain id. Anything else is named by its parameter alone. */
export const quotable = (value: string) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(value);

/** A bad request, thrown by the checks and answered with its status and message. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
