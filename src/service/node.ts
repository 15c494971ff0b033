/// <reference types="node" />
// The embed service on Node (`peel-widgets serve`): the same handler as on Workers, behind node:http. It reads
// nothing but requests, and those within limits: headers up to 16 kB and 10 seconds, no request body ever
// (a request with one is answered and its connection closed), an address up to MAX_URL characters.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createService } from './handler.js';

export { createService, MAX_URL } from './handler.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** The public origin the service writes into its pages (`https://peel.example.org`); default: the Host header's. */
  origin?: string;
  /** Where resvg's WebAssembly is (dist/resvg.wasm). */
  wasm: URL | string;
}

/** Types worth compressing, and the smallest body worth it. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;
const MIN_GZIP = 1024;
/** Compressed bodies kept by ETag (the handler keeps the answers themselves). */
const GZIP_KEPT = 512;

/** The service as a node:http listener. */
export function nodeListener(options: Omit<ServeOptions, 'port' | 'host'>) {
  const service = createService({ wasm: () => readFile(options.wasm), origin: options.origin });
  const gzipped = new Map<string, Buffer>();

  return async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const host =
        options.origin ??
        `http://${/^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(req.headers.host ?? '') ? req.headers.host : 'localhost'}`;
      // The path as sent (`//x` stays a path, never a host); anything that is not one is refused by the handler.
      const path = req.url?.startsWith('/') ? req.url : '/';
      const headers = new Headers();
      for (const name of ['if-none-match', 'accept-encoding'])
        if (typeof req.headers[name] === 'string') headers.set(name, req.headers[name] as string);
      // Every other method gets the same 405; this one is also one that Request accepts (CONNECT and TRACE are not).
      const method = /^(GET|HEAD|OPTIONS)$/.test(req.method ?? '') ? req.method : 'POST';
      const request = new Request(`${host.replace(/\/$/, '')}${path}`, { method, headers });
      const response = await service.fetch(request);
      // The service reads no body: one that was sent is left unread, and the connection is not kept.
      if (req.headers['content-length'] || req.headers['transfer-encoding']) res.setHeader('connection', 'close');
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => (out[name] = value));
      let body: Buffer | undefined = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
      const type = response.headers.get('content-type') ?? '';
      const etag = response.headers.get('etag');
      // The one thing an answer varies by: whether it is compressed.
      if (response.status === 200 || response.status === 304) out.vary = 'Accept-Encoding';
      if (response.status === 200 && COMPRESSIBLE.test(type)) {
        if (body && body.length >= MIN_GZIP && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && etag) {
          let zipped = gzipped.get(etag);
          if (!zipped) {
            zipped = gzipSync(body);
            if (gzipped.size >= GZIP_KEPT) gzipped.delete(gzipped.keys().next().value!);
            gzipped.set(etag, zipped);
          }
          out['content-encoding'] = 'gzip';
          out['content-length'] = String(zipped.length);
          body = zipped;
        }
      }
      res.writeHead(response.status, out);
      res.end(body);
    } catch (error) {
      console.error('peel-widgets serve:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('500 Internal error\n');
    }
  };
}

/** Starts the service on `host:port` (default 127.0.0.1:8787); resolves once it listens. */
export async function serve(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const server = createServer(
    { maxHeaderSize: 16 * 1024, requestTimeout: 10_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    nodeListener(options),
  );
  // A client that never finishes sending is cut off.
  server.timeout = 15_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/` };
}
