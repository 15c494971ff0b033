// The embed service on Cloudflare Workers (dist/worker.js, with resvg.wasm beside it; wrangler.jsonc): the
// renderer's WebAssembly comes as a compiled module, since Workers compile no code at run time. Answers are
// also kept in the data centre's cache (the Cache API), so a card is drawn once per place, not once per isolate.
import resvg from './resvg.wasm';
import { createService } from './handler.js';
import type { Env } from './handler.js';
import { matches } from './http.js';
import { welshCollation } from './welsh-collation.js';

welshCollation();

const service = createService({ wasm: () => resvg });

/** What Workers pass besides the request and env, as far as the service uses it. */
interface Context {
  waitUntil(promise: Promise<unknown>): void;
}
/** Workers' default cache, where there is one (Workers and workerd have it; the API's own type is not in the DOM's). */
const edge = () => (globalThis as { caches?: { default?: Cache } }).caches?.default;

export default {
  async fetch(request: Request, env?: Env, context?: Context): Promise<Response> {
    const cache = edge();
    if (request.method !== 'GET' || !cache || !context) return service.fetch(request, env);
    // Kept by address alone (the answer depends on nothing else); the client's validator is checked here.
    const key = new Request(request.url);
    let response = await cache.match(key);
    if (!response) {
      response = await service.fetch(key, env);
      if (response.status === 200) context.waitUntil(cache.put(key, response.clone()));
    }
    const etag = response.headers.get('etag');
    if (etag && response.status === 200 && matches(request.headers.get('if-none-match'), etag)) {
      const headers = new Headers(response.headers);
      for (const name of ['content-type', 'content-length']) headers.delete(name);
      return new Response(null, { status: 304, headers });
    }
    return response;
  },
};
