import { parseAssessment, parseCollection, parseDocument, voiced } from '../data/parse.js';
import { findForce, findHistory, findPillar } from '../data/find.js';
import { isIssue } from '../data/pillars.js';
import type { Assessment, AssessmentCollection, DataIssue } from '../data/types.js';
import { asParsed, timeoutOf } from './assessment-controller.js';
import type { AssessmentController, DataHost, DataReader, DataSource } from './assessment-controller.js';
import { requestJson } from './fetch-json.js';

export { scaleOf } from '../data/cycles.js';

// The data chunk: the parser, the `src` loader and its cache, and what reads the data channels with them,
// loaded beside the bundle the first time an element is given data (a badge set by attributes never is).

const ATTRIBUTE_PATHS: Record<string, string> = {
  'pillars[0].grade': 'grade',
  'pillars[0].previousGrade': 'previous-grade',
  'pillars[0].status': 'status',
};

/**
 * What is wrong with a badge's attributes (grade, previous grade, status, scale), in the parser's words, at
 * the attributes' names: the parser knows every rule, so it is given them as a one-pillar document. (The
 * badge checks them itself, by the same rules in issues.ts, and asks here only for the words.)
 */
export function attributeIssues(grade: unknown, previousGrade: unknown, status: unknown, scale: unknown): DataIssue[] {
  const result = parseAssessment({ force: { name: '-' }, scale, pillars: [{ grade, previousGrade, status }] });
  return result.ok ? [] : result.errors.map((e) => ({ ...e, path: ATTRIBUTE_PATHS[e.path] ?? e.path }));
}

/** A `src` request and, once it has settled, its answer or why there is none. */
interface SrcRequest {
  url: string;
  release(): void;
  answer?: string;
  error?: string;
}

/**
 * Reads an element's data from whichever channel it was given (the `assessment` attribute or property,
 * a `src` URL, or a child JSON script, in that order), parses it and picks the force, and tells its
 * AssessmentController what to show and what to report.
 */
export class Reader implements DataReader {
  #host: DataHost;
  #data: AssessmentController;
  #input: unknown;
  #request?: SrcRequest;
  #fresh = false;
  /** The force the shown assessment was picked for. */
  #force?: string;

  constructor(host: DataHost, data: AssessmentController) {
    this.#host = host;
    this.#data = data;
  }

  /** The pillar `id` of `assessment`, its first without an id, or an issue that names the ids there are. */
  pillar(assessment: Assessment, id?: string) {
    return findPillar(assessment, id);
  }

  /** The next read asks the server again for `src`, and reads the other channels again. */
  reload() {
    this.#fresh = true;
    this.#input = undefined;
  }

  /** Drops the `src` request (its answer stays in the page's cache for others) and forgets the input. */
  stop() {
    this.#request?.release();
    this.#request = undefined;
    this.#input = undefined;
  }

  /** Reads the data the host was given (`script`: its JSON script child, if any). */
  read(script: Element | null) {
    const { assessment, src } = this.#host;
    const fresh = this.#fresh;
    this.#fresh = false;
    const given = assessment != null && assessment !== '';
    if (!given && src) {
      if (fresh || this.#request?.url !== src) this.#startRequest(src, fresh);
      const { answer, error } = this.#request!;
      if (answer !== undefined) this.#read(answer, 'src');
      else if (error) this.#data.fail([{ path: 'src', message: error }], 'src');
      else this.#data.state = { status: 'loading' };
      return;
    }
    this.#request?.release();
    this.#request = undefined;
    if (given) this.#read(assessment, 'assessment');
    else this.#read(script!.textContent, 'script');
  }

  #read(input: unknown, source: DataSource) {
    const data = this.#data;
    // Only an assessment is taken as parsed: a collection element reads even a parsed one as a collection.
    const own = !data.collection;
    const history = data.collection === 'force';
    const force = own || history ? this.#host.force || undefined : undefined;
    if (input === this.#input && force === this.#force) return;
    this.#input = input;
    this.#force = force;
    // A new input (or force) is reported even when its errors read the same as the last one's.
    data.clearDataReports();
    const doc =
      own && data.isParsed(input)
        ? { ok: true as const, value: input as Assessment, warnings: [] }
        : (own ? parseDocument : parseCollection)(input);
    // Warnings that do not stop the data (a repeated id, a cycle not known yet): said once, with no event.
    const said = voiced(doc.warnings);
    if (said.length) data.warn(said, source);
    if (!doc.ok) return data.fail(doc.errors, source);
    // One force is picked here, once, for every element, and for the server renderer (which calls willUpdate) too.
    const found = own
      ? findForce(doc.value as Assessment | AssessmentCollection, force)
      : history
        ? findHistory(doc.value as AssessmentCollection, force)
        : doc.value;
    if (isIssue(found)) {
      data.state = { status: 'error', errors: [found], force };
      data.report([found], 'attribute');
    } else {
      // A force the data holds: the same mistake made again is reported again.
      if (force) data.clearReport('attribute');
      data.show({ status: 'ready', assessment: (own ? asParsed(found as Assessment) : found) as Assessment });
    }
  }

  #startRequest(url: string, fresh: boolean) {
    this.stop();
    const request: SrcRequest = { url, release() {} };
    this.#request = request;
    try {
      // An answer for a request this element has since dropped does no further work.
      request.release = requestJson(url, timeoutOf(this.#host.srcTimeout), fresh, (answer, error) => {
        if (this.#request !== request) return;
        request.answer = answer;
        request.error = error && `${url}: ${error}`;
        this.#host.requestUpdate();
      });
    } catch {
      request.error = `${url}: not a URL that can be requested`;
    }
  }
}
