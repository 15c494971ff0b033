/// <reference types="node" />
// What the server renderer reads for `src`, and only that: what a browser would fetch (http(s), no
// redirect to another origin unless allowed), files only inside a root directory the caller names, and
// never more than a size cap nor longer than a time limit. Errors say what was refused, never what was read.
import { constants, realpath, open } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const tooLarge = (bytes: number) =>
  `larger than ${bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`} (the maxBytes option)`;

/** Reads `src` within `limits`, as text. Throws an Error whose message starts with `src`. */
export async function readSource(src: string, limits: SourceLimits): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeout);
  // Also settles a read that never answers (a file on a stalled mount), however the read itself ends.
  const timedOut = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(Error(`no answer within ${limits.timeout} ms`)), { once: true }),
  );
  timedOut.catch(() => {});
  try {
    const read = /^https?:/i.test(src)
      ? fetchText(src, limits, signal)
      : SCHEME.test(src) && !/^file:/i.test(src)
        ? Promise.reject(Error('only http(s) URLs and file paths can be read'))
        : readFileText(src, limits, signal);
    return await Promise.race([read, timedOut]);
  } catch (error) {
    const message = signal.aborted ? `no answer within ${limits.timeout} ms` : (error as Error).message;
    throw Error(`${src}: ${message}`);
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
  if (!/[/+]json\b/i.test(type)) {
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
    throw Error(`the root directory ${limits.root} does not exist`);
  });
  const path = /^file:/i.test(src) ? fileURLToPath(src) : resolve(limits.base ?? limits.root, src);
  // Symlinks resolved first, so that a link inside the root cannot lead out of it.
  const real = await realpath(path).catch((error: NodeJS.ErrnoException) => {
    throw Error(error.code === 'ENOENT' ? 'no such file' : error.message);
  });
  const inside = relative(root, real);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) throw Error('not inside the root directory');
  // Non-blocking, so that opening a FIFO returns at once (then refused below) instead of waiting for a writer;
  // no following a symlink swapped in since the check.
  const file = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  try {
    const stat = await file.stat();
    if (!stat.isFile()) throw Error('not a regular file');
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
