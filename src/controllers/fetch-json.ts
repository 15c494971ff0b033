interface Entry {
  promise: Promise<string>;
  abort: AbortController;
  users: number;
  /** The answer, once it has come: a caller that arrives later takes it at once. */
  answer?: string;
}

/** One request per URL for the whole page, however many elements ask for it. */
const requests = new Map<string, Entry>();

async function load(url: string, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw Error(`the request failed (${error})`);
  }
  if (!response.ok) throw Error(`the server answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!/[/+]json\b/i.test(type)) throw Error(`expected JSON, got content type "${type}"`);
  return response.text();
}

export interface JsonRequest {
  promise: Promise<string>;
  /** The answer when it was already in hand, so that it can be shown without a loading state. */
  answer?: string;
  /** Says this caller no longer needs the answer; the last caller to leave aborts a request still under way. */
  release(): void;
}

/**
 * Fetches JSON text from `url`, shared with every other caller of the same URL. Each caller has
 * its own time limit (`timeout` ms): one that gives up leaves the request to the others. `fresh`
 * asks the server again instead of taking an answer in hand. Throws only for a URL that cannot be parsed.
 */
export function requestJson(url: string, timeout: number, fresh = false): JsonRequest {
  const key = new URL(url, document.baseURI).href;
  let entry = requests.get(key);
  if (!entry || (fresh && entry.answer !== undefined)) {
    const abort = new AbortController();
    const created: Entry = { abort, users: 0, promise: load(key, abort.signal) };
    created.promise.then(
      (text) => (created.answer = text),
      // A failure is not kept: the next request for the URL tries again.
      () => requests.get(key) === created && requests.delete(key),
    );
    requests.set(key, (entry = created));
  }
  const current = entry;
  current.users += 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let released = false;
  const release = () => {
    clearTimeout(timer);
    if (released) return;
    released = true;
    if (--current.users === 0 && current.answer === undefined) {
      current.abort.abort();
      if (requests.get(key) === current) requests.delete(key);
    }
  };
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      release();
      reject(Error(`the request failed (no answer in time: ${timeout} ms)`));
    }, timeout);
  });
  const promise = Promise.race([current.promise, expired]);
  promise.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  return { promise, answer: current.answer, release };
}
