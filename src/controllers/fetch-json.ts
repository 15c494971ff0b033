interface Entry {
  promise: Promise<string>;
  abort: AbortController;
  users: number;
  settled: boolean;
}

/** One request per URL for the whole page, however many elements ask for it. */
const requests = new Map<string, Entry>();

async function load(url: string, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    // A time-out aborts with a TimeoutError; anything else is the network's own error.
    throw Error(`the request failed (${signal.aborted ? `no answer in time: ${signal.reason}` : error})`);
  }
  if (!response.ok) throw Error(`the server answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!/[/+]json\b/i.test(type)) throw Error(`expected JSON, got content type "${type}"`);
  return response.text();
}

export interface JsonRequest {
  promise: Promise<string>;
  /** Says this caller no longer needs the answer; the last caller to leave aborts a request still under way. */
  release(): void;
}

/** Fetches JSON text from `url`, shared with every other caller of the same URL. */
export function requestJson(url: string, timeout: number): JsonRequest {
  const key = new URL(url, document.baseURI).href;
  let entry = requests.get(key);
  if (!entry) {
    const abort = new AbortController();
    const created: Entry = {
      abort,
      users: 0,
      settled: false,
      promise: load(key, AbortSignal.any([abort.signal, AbortSignal.timeout(timeout)])),
    };
    const settle = () => (created.settled = true);
    // A failure is not kept: the next request for the URL tries again.
    created.promise.then(settle, () => settle() && requests.get(key) === created && requests.delete(key));
    requests.set(key, (entry = created));
  }
  const current = entry;
  current.users += 1;
  return {
    promise: current.promise,
    // Each caller releases once (the controller forgets a request as it releases it).
    release() {
      if (--current.users === 0 && !current.settled) {
        current.abort.abort();
        requests.delete(key);
      }
    },
  };
}
