// What the stories share: the example data and its variants, one render for all four elements,
// the frame the toolbar's language and scheme switches put around every story, and the docs
// snippets. The axe sweep (test/stories.test.ts) imports this too, so nothing here may need
// Storybook or Vite at run time.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ArgTypes, Decorator, StoryObj } from '@storybook/web-components';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import northamptonshire from '../data/2017/northamptonshire-2017.json' with { type: 'json' };
import fictional from '../src/data/examples/fictional-2021.json' with { type: 'json' };
import fictional2023 from '../src/data/examples/fictional-2023-25.json' with { type: 'json' };
import wiltshire from '../data/2021-22/wiltshire-2021-22.json' with { type: 'json' };
import dyfedPowys from '../data/2023-25/dyfed-powys-2023-25.json' with { type: 'json' };
import all2018 from '../data/2018-19/peel-2018-19-all-forces.json' with { type: 'json' };
import { GRADES } from '../src/data/grades.js';
import { parseCollection } from '../src/data/parse.js';
import type { Assessment, AssessmentCollection, Pillar } from '../src/data/types.js';
import '../src/define.js';

// ---------------------------------------------------------------------------------------------
// Data

/** The real page: Northamptonshire Police, PEEL 2017 (four-grade scale). */
export const NORTHAMPTONSHIRE = northamptonshire as unknown as Assessment;
/** A fictional force on the five-grade 2021 scale: every grade, a rise, a fall, a not-graded area. */
export const FICTIONAL = fictional as unknown as Assessment;

/**
 * A fictional force's PEEL 2023–25 report: every kind of finding (causes of concern with
 * recommendations and a due date, areas for improvement, practice), every grade status,
 * monitoring, question findings and the new key fact fields. Not real findings.
 */
export const CURRENT = fictional2023 as unknown as Assessment;
/** The real page: Wiltshire Police, PEEL 2021/22 (data/2021-22/SOURCES.md). */
export const WILTSHIRE = wiltshire as unknown as Assessment;
/** The real page: Dyfed-Powys Police, PEEL 2023–25, a Welsh force (data/2023-25/SOURCES.md). */
export const DYFED_POWYS = dyfedPowys as unknown as Assessment;

/**
 * The real pages: North Wales Police, PEEL 2018/19 (data/2018-19/SOURCES.md), from the parsed collection, so its
 * grades hold the pages they were read on; three of its question grades are judgments of 2016 and 2017 carried over.
 */
export const NORTH_WALES_2018 = (parseCollection(all2018) as { value: AssessmentCollection }).value.assessments.find(
  (a) => a.force.id === 'north-wales',
)!;

/** Relative URLs, served by Storybook from src/data/examples (staticDirs) and by the test server. */
export const DATA_URL = 'data/northamptonshire-2017.json';
export const FICTIONAL_URL = 'data/fictional-2021.json';
/** A URL that answers 404. */
export const MISSING_URL = 'data/no-such-force.json';
/** A URL whose server never answers (see holdLoading): the loading state, held still for a designer. */
export const NEVER_ANSWERS_URL = 'data/never-answers.json';
/** The longest `src-timeout` the elements accept, so that the loading story holds its note as long as it can. */
export const LONGEST_TIMEOUT = 60000;

const copy = <T>(value: T): T => structuredClone(value);

const pillar = (id: string) => copy(NORTHAMPTONSHIRE.pillars!.find((p) => p.id === id)!);

/**
 * Northamptonshire 2017 regraded so every grade on the 2014 scale appears, with a rise and a fall,
 * plus the not-graded leadership element those years' assessments had. Not real findings.
 */
export const PEEL_2014_ALL_GRADES: Assessment = {
  ...copy(NORTHAMPTONSHIRE),
  force: { name: 'Northamptonshire Police (regraded for this example)' },
  pillars: [
    { ...pillar('effectiveness'), grade: 'outstanding', previousGrade: 'good' },
    { ...pillar('efficiency'), grade: 'good' },
    { ...pillar('legitimacy'), grade: 'requires-improvement', previousGrade: 'good' },
    {
      id: 'leadership',
      title: 'Leadership',
      question: 'How well led is the force?',
      grade: 'inadequate',
      previousGrade: 'requires-improvement',
      updated: '2018-03-22',
      summary: ['An invented grade, to show inadequate on the four-grade scale.'],
    },
    {
      id: 'specialist-capabilities',
      title: 'Specialist capabilities',
      question: 'How well does the force provide specialist capabilities?',
      grade: 'not-graded',
      updated: '2018-03-22',
      summary: ['Inspected but not graded.'],
    },
  ],
};

/** The five-grade document's pillar ids, in order, with their grades. */
export const FICTIONAL_PILLARS = FICTIONAL.pillars!.map((p) => ({ id: p.id!, grade: p.grade! }));

const LONG_WORD = 'Supercalifragilisticexpialidociousneighbourhoodpolicingpartnershipboard';
const long = (text: string, times = 3) => Array.from({ length: times }, () => text).join(' ');

/** Every text field made long, with one unbroken word, to show wrapping. */
export const LONG_TEXT: Assessment = {
  ...copy(FICTIONAL),
  force: {
    name: 'The Constabulary of the Very Long Named Combined Authority of Exampleshire and Neighbouring Counties',
  },
  period: '2021/22 (revised following the second round of inspections)',
  summary: [long(FICTIONAL.summary![0]!, 2), `A long word: ${LONG_WORD}.`],
  pillars: FICTIONAL.pillars!.slice(0, 3).map((p): Pillar => ({
    ...copy(p),
    title: `${p.title} across every district, borough and unitary authority in the force area`,
    question: long(p.question!, 2),
    summary: [long(p.summary![0]!, 4), LONG_WORD],
    questions: [
      {
        title: long('How well does the force make sure that its work is planned, recorded and reviewed?', 2),
        grade: p.grade,
        url: 'https://example.org/peel/exampleshire-2021/a-very-long-address/that-goes-on-and-on',
      },
    ],
  })),
  keyFacts: {
    period: '2021/22 financial year',
    facts: [
      ...FICTIONAL.keyFacts!.facts!.map((f) => ({
        ...copy(f),
        label: `${f.label} (as published in the force’s annual statement of accounts)`,
      })),
      { id: 'long', label: LONG_WORD, value: 123456789, unit: 'people', national: 987654321 },
    ],
  },
  observations: [long(FICTIONAL.observations![0]!, 3)],
  inspector: {
    name: 'A. N. Example-Longname-Hyphenated',
    role: long('His Majesty’s Inspector of Constabulary and Fire & Rescue Services', 2),
  },
};

/** Key facts whose trends rise, fall and stay level. */
export const TRENDS: Assessment = {
  force: { name: 'Exampleshire Constabulary (fictional)' },
  keyFacts: {
    period: '2021/22',
    facts: [
      {
        id: 'up',
        label: 'Victim-based crimes',
        value: 0.07,
        unit: 'per-person',
        national: 0.06,
        change: { local: 14, national: 9, years: 5 },
      },
      {
        id: 'down',
        label: 'Change in workforce',
        value: -10,
        unit: 'percent',
        change: { local: -10, national: -5, years: 10 },
      },
      {
        id: 'same',
        label: 'Police officers per 1,000 population',
        value: 2.4,
        unit: 'per-1000-people',
        change: { local: 0, national: 0, years: 1 },
      },
    ],
  },
};

/** A document with a grade that is not a PEEL grade. */
export const UNKNOWN_GRADE: Assessment = {
  ...copy(NORTHAMPTONSHIRE),
  pillars: NORTHAMPTONSHIRE.pillars!.map((p, i) =>
    i === 0 ? { ...copy(p), grade: 'godo' as Pillar['grade'] } : copy(p),
  ),
};

/** One area that rose (adequate to good) and one that fell (good to requires improvement). */
export const GRADE_CHANGES: Assessment = {
  ...copy(FICTIONAL),
  pillars: FICTIONAL.pillars!.filter((p) => p.previousGrade).map(copy),
};

/** One area, inspected but not graded. */
export const NOT_GRADED: Assessment = {
  ...copy(FICTIONAL),
  pillars: FICTIONAL.pillars!.filter((p) => p.grade === 'not-graded').map(copy),
};

/** JSON text cut short. */
export const BROKEN_JSON = '{"force": {"name": "Broken"';

/** The assessment without key facts. */
export const NO_KEY_FACTS: Assessment = { ...copy(NORTHAMPTONSHIRE), keyFacts: undefined };

/** The assessment without its legitimacy pillar (as an assessment is while an inspection is under way). */
export const MISSING_PILLAR: Assessment = {
  ...copy(NORTHAMPTONSHIRE),
  pillars: NORTHAMPTONSHIRE.pillars!.filter((p) => p.id !== 'legitimacy').map(copy),
};

/** A small document for the child-script story, so its source stays readable. */
export const SMALL_JSON = JSON.stringify(
  {
    schemaVersion: 1,
    force: { name: 'Northamptonshire Police' },
    period: '2017',
    pillars: [{ id: 'legitimacy', grade: 'requires-improvement', previousGrade: 'good', updated: '2018-03-22' }],
    keyFacts: { facts: [{ id: 'population', label: 'Population', value: 757000, unit: 'people' }] },
  },
  null,
  2,
);

export const GRADE_OPTIONS = [...GRADES];

// ---------------------------------------------------------------------------------------------
// Rendering

export type PeelTag = 'peel-rating' | 'pillar-summary' | 'key-facts-panel' | 'peel-assessment';

/**
 * A story's args. Keys are the attribute names, except `assessment`, which is the property
 * (an object), and `assessment-attribute`, which is the `assessment` attribute (JSON text).
 */
export interface PeelArgs {
  assessment?: unknown;
  'assessment-attribute'?: string;
  src?: string;
  'src-timeout'?: number;
  'heading-level'?: number;
  lang?: string;
  grade?: string;
  'previous-grade'?: string;
  pillar?: string;
  scale?: string;
  variant?: string;
  size?: string;
  status?: string;
  'graded-in'?: string;
  'previous-period'?: string;
  /** A boolean attribute: present when true. */
  'hide-source'?: boolean;
  /** A boolean attribute (peel-assessment, pillar-summary): each summary folded after its first paragraph. */
  compact?: boolean;
  /** JSON for a child `<script type="application/json">` (not an attribute: the fourth data channel). */
  script?: string;
  /** The author's own content inside the tag: a link to the report with this text (not an attribute). */
  fallback?: string;
  /** Set by Storybook's actions from the `peel-error` event's arg type; given the event's detail. */
  onPeelError?: (detail: unknown) => void;
}

/** Arg types every element's stories share, on top of those read from custom-elements.json. */
export const COMMON_ARG_TYPES: Partial<ArgTypes<PeelArgs>> = {
  lang: {
    control: 'inline-radio',
    options: ['en', 'cy'],
    description:
      'Language of the element’s own text (`en` or `cy`). Without it the element follows the nearest ancestor with `lang`.',
  },
  script: {
    name: '<script type="application/json">',
    control: 'text',
    description: 'JSON in a child script element: the fourth way to give the element its data.',
    table: { category: 'content' },
  },
};

/** Story-only args that are not attributes. */
const NOT_ATTRIBUTES = new Set(['assessment', 'script', 'fallback']);

/** Sets the args as attributes (and `assessment` as the property), removing any it set before. */
class PeelAttributes extends Directive {
  #attributes = new Set<string>();
  #property = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('peelAttributes() goes on an element');
  }

  render(_args: PeelArgs) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [PeelArgs]) {
    const el = part.element as HTMLElement & { assessment?: unknown };
    const wanted = new Map<string, string>();
    for (const [key, value] of Object.entries(args)) {
      if (
        NOT_ATTRIBUTES.has(key) ||
        typeof value === 'function' ||
        value === undefined ||
        value === null ||
        value === false ||
        value === ''
      )
        continue;
      wanted.set(key === 'assessment-attribute' ? 'assessment' : key, String(value));
    }
    for (const name of this.#attributes) if (!wanted.has(name)) el.removeAttribute(name);
    for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    this.#attributes = new Set(wanted.keys());
    if (args.assessment !== undefined) {
      el.assessment = args.assessment;
      this.#property = true;
    } else if (this.#property) {
      el.assessment = undefined;
      this.#property = false;
    }
    return nothing;
  }
}
const peelAttributes = directive(PeelAttributes);

const TAGS = {
  'peel-rating': literal`peel-rating`,
  'pillar-summary': literal`pillar-summary`,
  'key-facts-panel': literal`key-facts-panel`,
  'peel-assessment': literal`peel-assessment`,
};

const isTag = (tag: unknown): tag is PeelTag => typeof tag === 'string' && Object.hasOwn(TAGS, tag);

/** A `<script type="application/json">`, built in the DOM because templates cannot bind inside a script. */
function jsonScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** The element named by the story's `component`, with the args as its attributes. */
export function renderPeel(args: PeelArgs, { component }: { component?: unknown }): TemplateResult {
  if (!isTag(component)) throw new Error(`Not a peel-widgets tag: ${String(component)}`);
  const tag = TAGS[component];
  // The Actions panel shows what a page's listener gets: the detail (a bare CustomEvent shows nothing).
  const onError = args.onPeelError && ((event: CustomEvent) => args.onPeelError!(event.detail));
  return staticHtml`<${tag} ${peelAttributes(args)} @peel-error=${onError}
    >${args.script === undefined ? nothing : jsonScript(args.script)}${
      args.fallback === undefined ? nothing : html`<a href=${REPORT_URL}>${args.fallback}</a>`
    }</${tag}
  >`;
}

/** A render that puts the element in a box with the given class (a width from preview-head.html). */
export const renderIn =
  (className: string) =>
  (args: PeelArgs, context: { component?: unknown }): TemplateResult =>
    html`<div class=${className}>${renderPeel(args, context)}</div>`;

/** A render that shows one element per entry of `variants`, each with its own args and a caption. */
export const renderEach =
  (variants: { label: string; args: PeelArgs }[], className = 'story-stack') =>
  (args: PeelArgs, context: { component?: unknown }): TemplateResult =>
    html`<div class=${className}>
      ${variants.map(
        (v) =>
          html`<div>
            <p class="story-label">${v.label}</p>
            ${renderPeel({ ...args, ...v.args }, context)}
          </div>`,
      )}
    </div>`;

/**
 * Parameters for a story wider than the docs column or very tall: on a docs page it scrolls in a
 * box of its own, at most 40rem tall (.docs-scroll in preview-head.html), so the page stays
 * readable and never scrolls sideways. Inline rather than in an iframe of its own, which would
 * not get the toolbar's language and scheme: it would show a light story on a dark page.
 */
export const docsScroll = { peel: { docsScroll: true } } satisfies PeelParameters;

// ---------------------------------------------------------------------------------------------
// The states every element has

/** A state every element shows: bad input, each other way in for the data, waiting for it, and no data at all. */
export type StateStory =
  | 'brokenJson'
  | 'unknownGrade'
  | 'failedSrc'
  | 'missingPillar'
  | 'fromSrc'
  | 'fromChildScript'
  | 'loading'
  | 'empty'
  | 'errorWithFallback'
  | 'errorWelsh';

/** The Northamptonshire 2017 report, as its data (data/2017/northamptonshire-2017.json) links it. */
const REPORT_URL = NORTHAMPTONSHIRE.url!;

let neverAnswering = false;
let held = 0;

/** How many requests for NEVER_ANSWERS_URL the stub holds now (the axe sweep waits for a story's). */
export const heldRequests = () => held;

/**
 * Makes a request for NEVER_ANSWERS_URL hang, as a server that never answers does, until the
 * request is aborted; every other request goes to the real `fetch`. A stub rather than a slow
 * URL, so that the loading state is the same in the static build, on any server and in the tests.
 */
export function stubNeverAnsweringFetch(): void {
  if (neverAnswering) return;
  neverAnswering = true;
  const realFetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.endsWith(`/${NEVER_ANSWERS_URL}`)) return realFetch.call(this, input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise((_resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      held += 1;
      signal?.addEventListener(
        'abort',
        () => {
          held -= 1;
          reject(signal.reason);
        },
        { once: true },
      );
    });
  };
}

/** The loading story's decorator: the stub is in place before the element asks for its `src`. */
export const holdLoading: Decorator<PeelArgs> = (story) => {
  stubNeverAnsweringFetch();
  return story();
};

/** This project's own story parameters. */
export interface PeelParameters {
  peel?: {
    /** The story holds the loading state (the axe sweep checks its note). */
    holdsLoading?: boolean;
    /** On a docs page the story scrolls in a box of its own (see docsScroll). */
    docsScroll?: boolean;
  };
}

/** Each state's args and docs text, as most elements have them. */
const STATES: Record<StateStory, { args: PeelArgs; docs: string }> = {
  brokenJson: {
    args: { assessment: undefined, 'assessment-attribute': BROKEN_JSON },
    docs: 'Bad input: the `assessment` attribute holds JSON cut short.',
  },
  unknownGrade: {
    args: { assessment: UNKNOWN_GRADE },
    docs: 'Bad input: the data has a grade that is not a PEEL grade.',
  },
  failedSrc: { args: { assessment: undefined, src: MISSING_URL }, docs: 'Bad input: `src` answers 404.' },
  missingPillar: {
    args: { pillar: 'leadership' },
    docs: 'Bad input: `pillar="leadership"` is not a pillar of this assessment.',
  },
  fromSrc: {
    args: { assessment: undefined, src: DATA_URL },
    docs: 'The data from a URL (`src`), relative to the page.',
  },
  fromChildScript: {
    args: { assessment: undefined, script: SMALL_JSON },
    docs: 'The data from a child `<script type="application/json">`.',
  },
  loading: {
    args: { assessment: undefined, src: NEVER_ANSWERS_URL, 'src-timeout': LONGEST_TIMEOUT },
    docs:
      'Waiting for `src`: the note a reader sees until the data arrives. This story’s server never ' +
      'answers, so the note stays for a minute (`src-timeout` at its longest, 60000 ms; the default is ' +
      '10000); then, as on a real page, the error note takes its place. Open the story again to see the wait again.',
  },
  empty: { args: { assessment: undefined }, docs: 'No data yet.' },
  errorWithFallback: {
    args: { assessment: undefined, src: MISSING_URL, fallback: 'Northamptonshire Police: read the PEEL 2017 report' },
    docs:
      'Bad input (`src` answers 404) where the author put content of their own inside the tag (here a link to ' +
      'the report): the element shows that instead of its error note, and still fires `peel-error`.',
  },
  errorWelsh: {
    args: { assessment: undefined, 'assessment-attribute': BROKEN_JSON, lang: 'cy' },
    docs: 'The error note in Welsh: what went wrong, and what a reader can do next.',
  },
};

/**
 * One element's state stories: each state's args (with `changes[state].args` added) and its docs
 * text (or `changes[state].docs` instead). A story file spreads each into an export of its own that
 * sets the story's `name`: Storybook's indexer reads a name only from a string literal in the
 * export's own object, and would otherwise list the story by its export name ("Error Broken Json").
 */
export function stateStories(
  changes: Partial<Record<StateStory, { args?: PeelArgs; docs?: string }>> = {},
): Record<StateStory, StoryObj<PeelArgs>> {
  const stories = {} as Record<StateStory, StoryObj<PeelArgs>>;
  for (const [state, { args, docs }] of Object.entries(STATES) as [StateStory, (typeof STATES)[StateStory]][]) {
    const change = changes[state] ?? {};
    stories[state] = {
      args: { ...args, ...change.args },
      parameters: { docs: { description: { story: change.docs ?? docs } } },
    };
    if (state === 'loading') {
      stories[state].decorators = [holdLoading];
      stories[state].parameters!.peel = { holdsLoading: true } satisfies PeelParameters['peel'];
    }
  }
  return stories;
}

// ---------------------------------------------------------------------------------------------
// The frame around every story (the toolbar's switches; .storybook/preview.ts)

export type Scheme = 'light' | 'dark';
export type PreviewLang = 'en' | 'cy';

export interface FrameGlobals {
  lang?: unknown;
  scheme?: unknown;
}

/** The host page a story sits on: its language and its colour scheme (classes in preview-head.html). */
export function previewFrame(content: unknown, globals: FrameGlobals): TemplateResult {
  const lang: PreviewLang = globals.lang === 'cy' ? 'cy' : 'en';
  const scheme: Scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  return html`<div class="story-frame scheme-${scheme}" lang=${lang}>${content}</div>`;
}

// ---------------------------------------------------------------------------------------------
// Docs

export const CDN_SCRIPT =
  '<script type="module" src="https://unpkg.com/peel-widgets/dist/peel-widgets.min.js"></script>';

/** The docs page's description: how a page author puts the element on a page, ready to copy. */
export const embedDocs = (lead: string, snippet: string) => `${lead}

**Put it on a page.** Load the script once (anywhere on the page), then write the tag where the
element should appear. Nothing else is needed: no build step, no CSS file.

\`\`\`html
${CDN_SCRIPT}

${snippet.trim()}
\`\`\`

The data can also come from the \`assessment\` attribute (JSON text), the \`assessment\` property
(an object) or a child \`<script type="application/json">\`; see the Introduction.`;

/** The force brand of the Custom brand stories: shown in their docs and applied by applyBrandStyles(). */
export const BRAND_CSS = `.force-brand {
  --peel-font-family: Georgia, 'Times New Roman', serif;
  --peel-color-accent: light-dark(#00305e, #9cc7ff);
  --peel-color-link: light-dark(#00305e, #9cc7ff);
  --peel-color-border: light-dark(#7b8ba1, #56657a);
  --peel-color-surface: light-dark(#f4f7fb, #0f1a2a);
  --peel-color-surface-muted: light-dark(#e3ebf5, #1b2a40);
  --peel-color-focus: light-dark(#00305e, #ffcc00);
  --peel-radius: 0;
  --peel-panel-padding: 1.25rem 1.5rem;
  --peel-pillar-summary-accent: #ffcc00;
  --peel-key-facts-rule: light-dark(#00305e, #9cc7ff);
  --peel-key-facts-value-size: 2em;
  --peel-rating-radius: 1em;
}`;

export const BRAND_DOCS = `A force's own colours and type, set through CSS custom properties only (no parts, no
\`style=""\`), on any ancestor of the element. \`light-dark()\` gives each colour a value for light
and for dark pages, so the brand keeps its contrast in both schemes. The colours are an example,
not any force's official palette.

\`\`\`css
${BRAND_CSS}
\`\`\`

\`\`\`html
<div class="force-brand">
  <!-- the element -->
</div>
\`\`\``;

/** Puts BRAND_CSS on the page once, so the rule the docs show is the rule that applies. */
export function applyBrandStyles(): void {
  if (document.getElementById('peel-force-brand')) return;
  const style = document.createElement('style');
  style.id = 'peel-force-brand';
  style.textContent = BRAND_CSS;
  document.head.append(style);
}
