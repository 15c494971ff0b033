interface Entry {
  promise: Promise<string>;
  abort: AbortController;
  users: number;
  /** The answer, once it has come: a caller that arrives later takes it at once. */
  answer?: string;
}

/**
 * One request per URL for the whole page, however many elements ask for it. Kept in the order of
 * last use: answers no element uses any more are dropped beyond the last few (MAX_UNUSED), so a
 * page that shows many different documents over time does not keep them all.
 */
const requests = new Map<string, Entry>();

/** The largest `src` answer read, in bytes (documented in the README): a larger one is refused unread. */
export const MAX_BYTES = 5e6;
/** How many answers no element uses are kept, for an element that comes back to the page. */
export const MAX_UNUSED = 4;

/** Drops the answers nothing uses, beyond the MAX_UNUSED used last. */
function prune() {
  let unused = 0;
  for (const [key, entry] of [...requests].reverse())
    if (!entry.users && entry.answer !== undefined && ++unused > MAX_UNUSED) requests.delete(key);
}

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
  // Counted as it comes (a length header may be missing or wrong), and given up past the cap, unparsed.
  const reader = response.body!.getReader();
  const parts: BlobPart[] = [];
  for (let size = 0, chunk; !(chunk = await reader.read()).done; parts.push(chunk.value))
    if ((size += chunk.value.length) > MAX_BYTES) {
      reader.cancel();
      throw Error(`the answer is over ${MAX_BYTES} bytes`);
    }
  return new Blob(parts).text();
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
  // Last used last: moved to the end of the map.
  requests.delete(key);
  if (!entry || (fresh && entry.answer !== undefined)) {
    const abort = new AbortController();
    const created: Entry = { abort, users: 0, promise: load(key, abort.signal) };
    created.promise.then(
      (text) => {
        created.answer = text;
        prune();
      },
      // A failure is not kept: the next request for the URL tries again.
      () => requests.get(key) === created && requests.delete(key),
    );
    entry = created;
  }
  requests.set(key, entry);
  const current = entry;
  current.users += 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let released = false;
  const release = () => {
    clearTimeout(timer);
    if (released) return;
    released = true;
    if (--current.users) return;
    if (current.answer === undefined) {
      current.abort.abort();
      if (requests.get(key) === current) requests.delete(key);
    } else prune();
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
