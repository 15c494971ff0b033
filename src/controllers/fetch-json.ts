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

/**
 * Whether a Content-Type names JSON, by its type and subtype (the parameters aside): application/json,
 * text/json, or a subtype ending in +json, as the Fetch standard has it. Never a match anywhere in the text:
 * `text/html; x=application/json` is HTML. (Header values come trimmed.)
 */
export const isJsonType = (type: string) => /^((application|text)\/|[^;]*\+)json *(;|$)/i.test(type);

/**
 * Fetches `url` and reads its answer as JSON text: refused unless the server answered 2xx with a JSON content
 * type, and at most MAX_BYTES once decompressed. `answered` sees the response first (its final URL).
 */
async function load(url: string, signal: AbortSignal, answered?: (response: Response) => void): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw Error(`the request failed (${error})`);
  }
  answered?.(response);
  if (!response.ok) throw Error(`the server answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!isJsonType(type)) throw Error(`expected JSON, got content type "${type}"`);
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

/**
 * One read of JSON at `url` with the elements' limits (MAX_BYTES decompressed, a JSON content type) and
 * `timeout` ms for the whole of it, for the builder, which names where the data came from: `url` is the final
 * answer's, after any redirect. Not shared with the elements' requests.
 */
export async function fetchJson(url: string, timeout: number): Promise<{ text: string; url: string }> {
  const signal = AbortSignal.timeout(timeout);
  let from = url;
  try {
    const text = await load(url, signal, (response) => (from = response.url || url));
    return { text, url: from };
  } catch (error) {
    throw signal.aborted ? Error(`no answer within ${timeout / 1000} seconds`) : error;
  }
}

/**
 * Fetches JSON text from `url`, shared with every other caller of the same URL, and gives `settle` the answer
 * (at once, when it is in hand) or why there is none, once. Each caller has its own time limit (`timeout` ms):
 * one that gives up leaves the request to the others. `fresh` asks the server again instead of taking an answer
 * in hand. Returns `release`, which says this caller no longer needs the answer: the last caller to leave aborts
 * a request still under way. Throws only for a URL that cannot be parsed.
 */
export function requestJson(
  url: string,
  timeout: number,
  fresh: boolean,
  settle: (answer?: string, error?: string) => void,
): () => void {
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
  if (current.answer !== undefined) settle(current.answer);
  else {
    // Whichever comes first, the answer or the time limit, settles; a caller that let go hears nothing more.
    timer = setTimeout(() => {
      release();
      settle(undefined, `the request failed (no answer in time: ${timeout} ms)`);
    }, timeout);
    current.promise.then(
      (text) => released || (clearTimeout(timer), settle(text)),
      (error: Error) => released || (clearTimeout(timer), settle(undefined, error.message)),
    );
  }
  return release;
}
