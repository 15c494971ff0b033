// The axe sweep: every story of every *.stories.ts file, rendered as Storybook renders it (meta
// args + story args, the story's render or the meta's, the decorators, and the preview's frame for
// the page's language and scheme), on a light page and on a dark one. A story fails on any axe
// violation or any console.error while it renders. Bad-input stories warn; that is expected.
// A story that holds the loading state must show the loading note, and still show it a while later.
import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { Meta, StoryObj } from '@storybook/web-components';
import type { TemplateResult } from 'lit';
import { NEVER_ANSWERS_URL, applyBrandStyles, heldRequests, previewFrame } from '../stories/support.js';
import { timeoutOf } from '../src/controllers/assessment-controller.js';
import type { PillarSummary } from '../src/index.js';
import { setPageScheme } from '../.storybook/scheme.js';
import type { PeelArgs, PeelParameters, Scheme } from '../stories/support.js';
import {
  LOADING,
  NORTHAMPTONSHIRE,
  captureWarnings,
  deepQueryAll,
  html,
  message,
  render,
  settle,
  text,
} from './helpers.js';

/** Stories written when the sweep was set up: a file that stops being found makes the count fall below this. */
const MIN_STORIES = 105;
const MIN_FILES = 4;

/**
 * Stories skipped because of a bug in an element, not in the story, by `<story id> <scheme>`, each
 * under a `// BUG:` line that says what is wrong. Remove the entry when the element is fixed.
 * The form (a made-up example, not a real finding):
 *   // BUG: <pillar-summary> dark: "Last updated" is 3.9:1 on the card; needs 4.5:1 (--_muted)
 *   'elements-pillar-summary--default dark': 'muted text contrast',
 */
const KNOWN_COMPONENT_BUGS: Record<string, string> = {
  // None at present: every story passes axe in both schemes.
};

type StoryModule = { default: Meta<PeelArgs> } & Record<string, unknown>;
type Story = StoryObj<PeelArgs>;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryContext {
  id: string;
  name: string;
  title: string;
  component?: string;
  args: PeelArgs;
  globals: { lang: string; scheme: Scheme };
}

// The canvas's own styles (the scheme classes, widths, the brand), exactly as Storybook's preview has them.
const previewHead = await (await fetch('/.storybook/preview-head.html')).text();
const head = document.createElement('template');
head.innerHTML = previewHead;
document.head.append(...head.content.querySelectorAll('style'));
applyBrandStyles();

const files: string[] = await (await fetch('/__peel/stories')).json();
const modules = await Promise.all(
  files.map(async (file) => ({ file, module: (await import(`/${file}`)) as StoryModule })),
);

/** Storybook's id for a story: the title and the export name, kebab-cased. */
const toId = (title: string, name: string) =>
  `${title}--${name}`
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/[^\w-]+/g, '-')
    .replace(/_/g, '-')
    .toLowerCase();

/** CSF: every named export except those `includeStories`/`excludeStories` leave out. */
function storiesOf({ default: meta, ...exports }: StoryModule): [string, Story][] {
  const listed = (rule: unknown, name: string) =>
    Array.isArray(rule) ? rule.includes(name) : rule instanceof RegExp ? rule.test(name) : false;
  return Object.entries(exports)
    .filter(([name]) => name !== '__namedExportsOrder')
    .filter(
      ([name]) =>
        (meta.includeStories === undefined || listed(meta.includeStories, name)) && !listed(meta.excludeStories, name),
    )
    .map(([name, story]) => [name, story as Story]);
}

const PEEL_TAGS = 'peel-rating, pillar-summary, key-facts-panel, peel-assessment, peel-compare, peel-history';

/** Whether the story (or its meta) says it holds the loading state. */
const holdsLoading = (meta: Meta<PeelArgs>, story: Story) =>
  Boolean(
    (story.parameters as PeelParameters | undefined)?.peel?.holdsLoading ??
    (meta.parameters as PeelParameters | undefined)?.peel?.holdsLoading,
  );

/**
 * Every peel element in the story shows the loading note while its request is held by the story's stub
 * (stories/support.ts), which never answers it (the test server would, in a few milliseconds), and
 * gives the request time enough (Storybook's check looks again after 3 s).
 */
async function expectStillLoading(root: Element) {
  const elements = [...root.querySelectorAll(PEEL_TAGS)] as (Element & { srcTimeout?: number | null })[];
  expect(elements.length, 'peel elements in the story').to.be.at.least(1);
  await waitUntil(() => heldRequests() > 0, 'the story’s request is held by the stub, not sent');
  for (const el of elements) {
    await settle(el);
    expect(text(message(el)), `<${el.localName}>'s note`).to.equal(LOADING(el));
    expect(timeoutOf(el.srcTimeout), `<${el.localName}>'s time limit`).to.be.at.least(3000);
  }
}

/** Every peel element has rendered and none is still waiting for its `src`. */
async function whenSettled(root: Element) {
  const elements = () => [...root.querySelectorAll(PEEL_TAGS)];
  const loading = () =>
    [...elements(), ...elements().flatMap((el) => deepQueryAll(el, '*'))].some(
      (el) => (el as unknown as { data?: { state?: { status?: string } } }).data?.state?.status === 'loading',
    );
  for (const el of elements()) await settle(el);
  await waitUntil(() => !loading(), 'an element was still loading its src', { interval: 20 });
  for (const el of elements()) await settle(el);
}

/** Renders a story the way Storybook does, framed as the preview's decorator frames it. */
function renderStory(meta: Meta<PeelArgs>, name: string, story: Story, scheme: Scheme): TemplateResult {
  const args = { ...meta.args, ...story.args } as PeelArgs;
  const render = (story.render ?? meta.render) as ((args: PeelArgs, context: StoryContext) => unknown) | undefined;
  if (!render) throw new Error(`${name}: no render (the sweep needs one on the story or the meta)`);
  const globals = { lang: String(story.globals?.lang ?? meta.globals?.lang ?? 'en'), scheme };
  const context: StoryContext = {
    id: toId(meta.title!, name),
    name,
    title: meta.title!,
    component: meta.component,
    args,
    globals,
  };
  const decorators = [...asArray(story.decorators), ...asArray(meta.decorators)] as unknown as Decorator[];
  const decorated = decorators.reduce<() => unknown>(
    (inner, decorate) => () => decorate(inner, context),
    () => render(args, context),
  );
  return previewFrame(decorated(), globals);
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

let storyCount = 0;

describe('stories: axe, light and dark, no console.error', () => {
  it(`finds every story file (at least ${MIN_FILES}) and every story (at least ${MIN_STORIES})`, () => {
    expect(files.length, files.join(', ')).to.be.at.least(MIN_FILES);
    expect(storyCount).to.be.at.least(MIN_STORIES);
  });

  it('applies the brand rule that the brand stories’ docs show', async () => {
    const el = await render<PillarSummary>(
      html`<div class="force-brand"><pillar-summary .assessment=${NORTHAMPTONSHIRE}></pillar-summary></div>`,
    );
    const summary = el.querySelector('pillar-summary')!;
    await summary.updateComplete;
    const base = summary.shadowRoot!.querySelector('[part~=base]')!;
    // BRAND_CSS sets --peel-pillar-summary-accent: #ffcc00 and --peel-radius: 0.
    expect(getComputedStyle(base).borderTopColor).to.equal('rgb(255, 204, 0)');
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('0px');
  });

  for (const { file, module } of modules) {
    const meta = module.default;
    describe(`${meta.title} (${file})`, () => {
      it('names its element and renders it', () => {
        expect(meta.component, 'meta.component').to.be.a('string');
        expect(customElements.get(meta.component!), `<${meta.component}> is defined`).to.exist;
      });

      it('has a story that holds the loading state, from a src that never answers', () => {
        const loading = storiesOf(module).filter(([, story]) => holdsLoading(meta, story));
        expect(loading.map(([name]) => name)).to.have.lengthOf.at.least(1);
        for (const [name, story] of loading)
          expect({ ...meta.args, ...story.args }.src, `${name}'s src`).to.equal(NEVER_ANSWERS_URL);
      });

      for (const [name, story] of storiesOf(module)) {
        storyCount += 1;
        for (const scheme of ['light', 'dark'] as const) {
          const key = `${toId(meta.title!, name)} ${scheme}`;
          const test = KNOWN_COMPONENT_BUGS[key] ? it.skip : it;
          test(`${name} (${scheme})`, async () => {
            const errors: unknown[][] = [];
            const original = console.error;
            const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
              errors.push(['uncaught', 'reason' in event ? event.reason : (event.error ?? event.message)]);
            console.error = (...args: unknown[]) => errors.push(args);
            window.addEventListener('error', onError);
            window.addEventListener('unhandledrejection', onError);
            let warnings: unknown[][] = [];
            try {
              warnings = await captureWarnings(async () => {
                // The whole page in the scheme, as Storybook's canvas is: a wide story reaches past its frame.
                setPageScheme(scheme);
                const frame = await fixture(renderStory(meta, name, story, scheme));
                if (holdsLoading(meta, story)) await expectStillLoading(frame);
                else await whenSettled(frame);
                await expect(frame).to.be.accessible();
              });
            } finally {
              console.error = original;
              window.removeEventListener('error', onError);
              window.removeEventListener('unhandledrejection', onError);
            }
            expect(errors, 'console.error during the render').to.deep.equal([]);
            // The error stories report their bad input (one peel-error warning each); no other story warns.
            const reports = warnings.map((args) => String(args[0]).split('\n')[0]);
            if (/^Error/.test(story.name ?? name)) {
              expect(reports, 'warnings of an error story').to.have.length.at.least(1);
              for (const report of reports) expect(report).to.match(/^<[a-z-]+> peel-error \(/);
            } else expect(reports, 'warnings').to.deep.equal([]);
          });
        }
      }
    });
  }
});
