/// <reference types="node" />
// What the server renderer reads for `src`, and only that: what a browser would fetch (http(s), no
// redirect to another origin unless allowed), files only inside a root directory the caller names, and
// never more than a size cap nor longer than a time limit. Errors say what was refused, never what was read.
import { constants, realpath, open } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isJsonType } from '../controllers/fetch-json.js';

export interface SourceLimits {
  /** The directory files may be read from (after symlinks are resolved); without it no file is read. */
  root?: string;
  /** Where relative paths start (default `root`). */
  base?: string;
  /** Origins (`https://cdn.example.org`) an http(s) `src` may redirect to, besides its own. */
  redirectOrigins?: readonly string[];
  /** Most bytes read. */
  maxBytes: number;
  /** Milliseconds the whole read may take. */
  timeout: number;
}

/** Redirects followed at most (within the origin or to an allowed one), as browsers cap them too. */
const MAX_REDIRECTS = 5;
/** A scheme (two letters or more, so that a drive letter stays a path). */
const SCHEME = /^[a-z][a-z\d+.-]+:/i;

/**
 * The user name and password of a URL (what lies between `scheme:` and the last `@` before its host), never
 * quoted in errors: the whole text's when it is a URL (spaces and all), then any URL's within a text (a file
 * path may hold one). Linear: no part of the text is scanned past the next `:` more than twice.
 */
const CREDENTIALS = /^([a-z][a-z\d+.-]*:[/\\]*)[^/\\?#]*@/i;
const INNER_CREDENTIALS = /(:[/\\]*)[^/\\?#:]*(:[^/\\?#:]*)?@/g;

/** `text` with the user name and password of any URL in it left out, to be quoted in a message. */
export const withoutCredentials = (text: string) =>
  String(text).replace(CREDENTIALS, '$1').replace(INNER_CREDENTIALS, '$1');

/**
 * How a `src` is read: as a URL when it names a scheme, else as a file path. Taken as the URL parser takes
 * it (C0 controls and spaces around it, tabs and newlines in it, ignored), so that " http://…" is never
 * mistaken for a file. `file:` URLs are files.
 */
export function sourceOf(src: string): { url: string } | { path: string } {
  const trimmed = String(src).replace(/^[\0- ]+|[\0- ]+$/g, '');
  const url = trimmed.replace(/[\t\n\r]/g, '');
  return SCHEME.test(url) && !/^file:/i.test(url) ? { url } : { path: /^file:/i.test(url) ? url : trimmed };
}

/** `src` as messages quote it: as it is read (see sourceOf), without a user name or password. */
export function shownSource(src: string): string {
  const source = sourceOf(src);
  return withoutCredentials('url' in source ? source.url : source.path);
}

/**
 * The one answer for every path that is refused or missing (outside the root, a link out of it, no such
 * file, not a regular file, a path the system cannot take), so that errors never tell what lies outside.
 */
const NOT_A_FILE = 'not a file inside the root directory';

/** Whether `path` is strictly inside `root` (a name such as `..x.json` is). */
const within = (root: string, path: string) => {
  const inside = relative(root, path);
  return !!inside && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
};

const tooLarge = (bytes: number) =>
  `larger than ${bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`} (the maxBytes option)`;

/** Reads `src` within `limits`, as text. Throws an Error whose message starts with `src`. */
export async function readSource(src: string, limits: SourceLimits): Promise<string> {
  const source = sourceOf(src);
  const shown = shownSource(src);
  // NaN (an unset environment variable through Number()) would compare false with every size: no cap at all.
  if (!(limits.maxBytes >= 0)) throw Error(`${shown}: maxBytes: ${limits.maxBytes} is not a number of bytes`);
  if (!(limits.timeout >= 0)) throw Error(`${shown}: timeout: ${limits.timeout} is not a number of milliseconds`);
  const signal = AbortSignal.timeout(limits.timeout);
  // Also settles a read that never answers (a file on a stalled mount), however the read itself ends.
  const timedOut = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(Error(`no answer within ${limits.timeout} ms`)), { once: true }),
  );
  timedOut.catch(() => {});
  try {
    const read =
      'path' in source
        ? readFileText(source.path, limits, signal)
        : /^https?:/i.test(source.url)
          ? fetchText(source.url, limits, signal)
          : Promise.reject(Error('only http(s) URLs and file paths can be read'));
    return await Promise.race([read, timedOut]);
  } catch (error) {
    const message = signal.aborted ? `no answer within ${limits.timeout} ms` : (error as Error).message;
    throw Error(`${shown}: ${message}`);
  }
}

/** Reads at most `maxBytes` from a stream, then stops it. */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw Error(tooLarge(maxBytes));
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchText(src: string, limits: SourceLimits, signal: AbortSignal): Promise<string> {
  let url = new URL(src);
  // fetch() refuses them too, but quoting the whole URL, password included, in its message.
  if (url.username || url.password) throw Error('a URL with a user name or password is not read');
  const allowed = new Set([url.origin]);
  for (const origin of limits.redirectOrigins ?? []) {
    try {
      allowed.add(new URL(origin).origin);
    } catch {
      throw Error(`redirectOrigins: "${origin}" is not an origin`);
    }
  }
  let response: Response;
  for (let hops = 0; ; hops++) {
    try {
      response = await fetch(url, { signal, redirect: 'manual' });
    } catch (error) {
      throw Error(`the request failed (${(error as Error).message})`);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) break;
    await response.body?.cancel().catch(() => {});
    const next = new URL(location, url);
    if (!/^https?:$/.test(next.protocol)) throw Error(`redirected to a ${next.protocol} URL, which is not read`);
    if (next.username || next.password) throw Error('redirected to a URL with a user name or password, not read');
    if (!allowed.has(next.origin))
      throw Error(`redirected to another origin (${next.origin}), which is not followed unless in redirectOrigins`);
    if (hops === MAX_REDIRECTS) throw Error(`more than ${MAX_REDIRECTS} redirects`);
    url = next;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw Error(`the server answered ${response.status}`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!isJsonType(type)) {
    await response.body?.cancel().catch(() => {});
    throw Error(`expected JSON, got content type "${type}"`);
  }
  if (Number(response.headers.get('content-length')) > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw Error(tooLarge(limits.maxBytes));
  }
  return response.body ? readCapped(response.body, limits.maxBytes) : '';
}

async function readFileText(src: string, limits: SourceLimits, signal: AbortSignal): Promise<string> {
  if (!limits.root) throw Error('files are read only with the root option (a directory they must be in)');
  const root = await realpath(limits.root).catch(() => {
    throw Error(`the root directory ${withoutCredentials(limits.root!)} does not exist`);
  });
  let path: string;
  try {
    path = /^file:/i.test(src) ? fileURLToPath(src) : resolve(limits.base ?? limits.root, src);
  } catch {
    throw Error(NOT_A_FILE);
  }
  // Refused before the file system is asked, so that errors never tell whether a path outside exists (nor is a
  // network path or an automount touched). The root as named or as resolved, so that a symlinked root works.
  if (!within(resolve(limits.root), path) && !within(root, path)) throw Error(NOT_A_FILE);
  // Symlinks resolved, so that a link inside the root cannot lead out of it. Whatever the system says (no such
  // file, not a directory, a loop, a NUL byte) is the same answer: its messages name the absolute path.
  const real = await realpath(path).catch(() => {
    throw Error(NOT_A_FILE);
  });
  if (!within(root, real)) throw Error(NOT_A_FILE);
  // Non-blocking, so that opening a FIFO returns at once (then refused below) instead of waiting for a writer;
  // no following a symlink swapped in since the check.
  const file = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)).catch(
    () => {
      throw Error(NOT_A_FILE);
    },
  );
  try {
    const stat = await file.stat();
    if (!stat.isFile()) throw Error(NOT_A_FILE);
    if (stat.size > limits.maxBytes) throw Error(tooLarge(limits.maxBytes));
    // Read in pieces up to the cap (a file may grow while read, a device may report no size), in time.
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      if (signal.aborted) throw Error('timed out');
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      if (!bytesRead) break;
      size += bytesRead;
      if (size > limits.maxBytes) throw Error(tooLarge(limits.maxBytes));
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await file.close();
  }
}
