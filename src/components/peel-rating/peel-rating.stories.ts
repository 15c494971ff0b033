import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import {
  BRAND_DOCS,
  COMMON_ARG_TYPES,
  CURRENT,
  FICTIONAL,
  GRADE_OPTIONS,
  NORTHAMPTONSHIRE,
  PEEL_2014_ALL_GRADES,
  embedDocs,
  docsScroll,
  renderEach,
  renderIn,
  renderPeel,
  stateStories,
} from '../../../stories/support.js';
import type { PeelArgs } from '../../../stories/support.js';

const meta = {
  title: 'Elements/peel-rating',
  component: 'peel-rating',
  render: renderPeel,
  args: { assessment: NORTHAMPTONSHIRE },
  argTypes: {
    ...COMMON_ARG_TYPES,
    grade: { control: 'select', options: GRADE_OPTIONS },
    'previous-grade': { control: 'select', options: GRADE_OPTIONS },
    scale: { control: 'inline-radio', options: ['peel-2014', 'peel-2021'] },
    pillar: { control: 'text' },
    status: { control: 'select', options: ['graded', 'pending', 'not-inspected', 'withheld', 'carried-over'] },
    'graded-in': { control: 'text' },
    'previous-period': { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component: embedDocs(
          'A grade on its own, for a page that already says what was graded: typed into the tag, or read from a pillar of the data.',
          `<!-- A grade typed into the page: the slug or the label, in any case -->
<peel-rating grade="Requires improvement" previous-grade="good"></peel-rating>

<!-- Or the grade of one pillar of an assessment -->
<peel-rating src="/data/northamptonshire-2017.json" pillar="legitimacy"></peel-rating>`,
        ),
      },
    },
  },
} satisfies Meta<PeelArgs>;

export default meta;
type Story = StoryObj<PeelArgs>;

const pillarsOf = (assessment: typeof NORTHAMPTONSHIRE, extra: PeelArgs = {}) =>
  assessment.pillars!.map((p) => ({
    label: `${p.title ?? p.id} (${p.grade})`,
    args: { assessment, pillar: p.id, ...extra },
  }));

/** The first pillar of Northamptonshire Police's 2017 assessment: effectiveness, requires improvement. */
export const Default: Story = {};

/** The grade typed into the tag, as a label; no data needed. */
export const FromGradeAttribute: Story = {
  args: { assessment: undefined, grade: 'Requires improvement', 'previous-grade': 'good' },
};

/** Every grade on the four-grade 2014–2017 scale, and not graded (Northamptonshire regraded for the example). */
export const AllGradesPeel2014: Story = {
  name: 'All grades, PEEL 2014–2017',
  render: renderEach(pillarsOf(PEEL_2014_ALL_GRADES)),
};

/** Every grade on the five-grade 2021 scale, and not graded (the fictional force). */
export const AllGradesPeel2021: Story = { name: 'All grades, PEEL 2021', render: renderEach(pillarsOf(FICTIONAL)) };

/** `variant="scale"`: the whole scale with the grade marked, for every grade on both scales. */
export const ScaleVariant: Story = {
  args: { variant: 'scale' },
  render: renderEach([...pillarsOf(PEEL_2014_ALL_GRADES), ...pillarsOf(FICTIONAL)]),
};

/** A rise: responding to the public went from adequate to good. */
export const GradeChangeUp: Story = { args: { assessment: FICTIONAL, pillar: 'responding-to-the-public' } };

/** A fall: legitimacy went from good to requires improvement. */
export const GradeChangeDown: Story = { args: { pillar: 'legitimacy' } };

/** The same grade as before: efficiency stayed good. */
export const GradeUnchanged: Story = { args: { pillar: 'efficiency' } };

/** An area inspected but not graded. */
export const NotGraded: Story = { args: { assessment: FICTIONAL, pillar: 'strategic-planning' } };

/** `size="small"`, `"medium"` (the default) and `"large"`. */
export const Sizes: Story = {
  args: { pillar: 'legitimacy' },
  render: renderEach(
    (['small', 'medium', 'large'] as const).map((size) => ({ label: `size="${size}"`, args: { size } })),
  ),
};

/** `lang="cy"`: grade names and the change in Welsh. */
export const Welsh: Story = { args: { lang: 'cy', pillar: 'legitimacy' } };

/** On a dark page (`color-scheme: dark`): every grade, as badges and as scales. */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  render: renderEach([...pillarsOf(FICTIONAL), ...pillarsOf(FICTIONAL, { variant: 'scale' })]),
};

/** A force's brand through the custom properties: here the radius and the font (grade colours keep their meaning). */
export const CustomBrand: Story = {
  render: renderEach(pillarsOf(FICTIONAL), 'story-stack force-brand'),
  parameters: { docs: { description: { story: BRAND_DOCS } } },
};

/** 320 px wide: the scale wraps. */
export const Narrow: Story = {
  args: { assessment: FICTIONAL, pillar: 'protecting-vulnerable-people', variant: 'scale' },
  render: renderIn('width-narrow'),
};

/** A wide page: the scale on one line. */
export const Wide: Story = {
  args: { assessment: FICTIONAL, pillar: 'protecting-vulnerable-people', variant: 'scale' },
  render: renderIn('width-wide'),
  parameters: docsScroll,
};

/** The longest text a badge gets (Welsh, with a change, large) in a 10 rem box: it wraps inside the badge. */
export const LongText: Story = {
  args: {
    assessment: undefined,
    lang: 'cy',
    grade: 'requires-improvement',
    'previous-grade': 'outstanding',
    size: 'large',
  },
  render: renderIn('width-tiny'),
};

/**
 * Long badges in a news article's running text, on a phone's measure: each badge flows like a word,
 * its label one box that never breaks inside a word, and no line is taller for holding one.
 */
export const InRunningText: Story = {
  name: 'Long badges in running text',
  args: { assessment: undefined },
  render: (args, context) =>
    html`<p class="width-narrow running-text">
      In its latest assessment the force was found to
      ${renderPeel({ ...args, grade: 'requires-improvement', 'previous-grade': 'outstanding' }, context)} at keeping
      people safe, ${renderPeel({ ...args, grade: 'good', 'previous-grade': 'good' }, context)} at planning, and one
      area was ${renderPeel({ ...args, status: 'not-inspected', size: 'large' }, context)} at all.
    </p>`,
};

/** The same in Welsh, whose grade names and statuses are longer. */
export const InRunningTextWelsh: Story = {
  ...InRunningText,
  name: 'Long badges in running text, Welsh',
  args: { assessment: undefined, lang: 'cy' },
};

/**
 * The scale in forced colours (Windows High Contrast): only the current step has a border, a double
 * one, so it stands out by more than its weight. Emulate it in the browser's developer tools
 * (Rendering, "Emulate CSS media feature forced-colors: active"); the layout test checks it.
 */
export const ScaleForcedColours: Story = {
  name: 'Scale in forced colours',
  args: { assessment: undefined, variant: 'scale', scale: 'peel-2021', grade: 'requires-improvement' },
  render: renderIn('width-narrow'),
};

/** Each status typed into the tag, and a grade carried over from an earlier inspection. */
const STATUSES: { label: string; args: PeelArgs }[] = [
  { label: 'status="pending"', args: { status: 'pending' } },
  { label: 'status="not-inspected"', args: { status: 'not-inspected' } },
  { label: 'status="withheld"', args: { status: 'withheld' } },
  {
    label: 'grade="good" status="carried-over" graded-in="2016"',
    args: { grade: 'good', status: 'carried-over', 'graded-in': '2016' },
  },
];

/** Where an area has no grade, its status in words: to be graded, not inspected, not graded; and where a carried-over grade comes from. */
export const Statuses: Story = { args: { assessment: undefined }, render: renderEach(STATUSES) };

/** The statuses in Welsh. */
export const StatusesWelsh: Story = {
  name: 'Statuses, Welsh',
  args: { assessment: undefined, lang: 'cy' },
  render: renderEach(STATUSES),
};

/** Every area of a fictional PEEL 2023–25 report, grade or status read from the data (`pillar`). */
export const StatusesFromData: Story = {
  name: 'Statuses from the data, PEEL 2023–25',
  render: renderEach(
    CURRENT.pillars!.map((p) => ({
      label: `pillar="${p.id}" (${[p.grade, p.status].filter(Boolean).join(', ')})`,
      args: { assessment: CURRENT, pillar: p.id },
    })),
  ),
};

/** Changes with the period of the previous grade, within one scale and across the two. */
const PERIOD_CHANGES: { label: string; args: PeelArgs }[] = [
  {
    label: 'up, from 2021/22',
    args: { grade: 'good', 'previous-grade': 'adequate', 'previous-period': '2021/22' },
  },
  {
    label: 'the same as 2021/22',
    args: { grade: 'good', 'previous-grade': 'good', 'previous-period': '2021/22', scale: 'peel-2021' },
  },
  {
    label: 'down, from 2021/22',
    args: { grade: 'inadequate', 'previous-grade': 'adequate', 'previous-period': '2021/22' },
  },
  {
    label: 'from 2018/19, on the four-grade scale: not comparable',
    args: { grade: 'outstanding', 'previous-grade': 'good', 'previous-period': '2018/19', scale: 'peel-2021' },
  },
  {
    label: 'not comparable, variant="scale"',
    args: {
      grade: 'outstanding',
      'previous-grade': 'good',
      'previous-period': '2018/19',
      scale: 'peel-2021',
      variant: 'scale',
    },
  },
];

/**
 * `previous-period` names the period of the previous grade. Within one scale the change reads up, down
 * or the same; from a period on the other scale (four grades up to 2018/19, five after) it is never
 * compared: the earlier grade is named with its period, without an arrow.
 */
export const PeriodChanges: Story = {
  args: { assessment: undefined },
  render: renderEach(PERIOD_CHANGES),
  parameters: docsScroll,
};

/** The changes with their periods, in Welsh. */
export const PeriodChangesWelsh: Story = {
  name: 'Period changes, Welsh',
  args: { assessment: undefined, lang: 'cy' },
  render: renderEach(PERIOD_CHANGES),
  parameters: docsScroll,
};

// Bad input, the other ways in for the data, and no data: args and docs text from stories/support.ts.
const states = stateStories({
  brokenJson: {
    docs: 'Bad input: the `assessment` attribute holds JSON cut short. The element says so in place; details go to the console and a `peel-error` event.',
  },
  fromSrc: { args: { pillar: 'legitimacy' } },
  empty: { docs: 'No data and no grade yet.' },
});

export const ErrorBrokenJson: Story = { name: 'Error: broken JSON', ...states.brokenJson };

/** Bad input: `grade="godo"` is not a PEEL grade. */
export const ErrorUnknownGrade: Story = {
  name: 'Error: unknown grade',
  args: { assessment: undefined, grade: 'godo' },
};

/** Bad input: `status="nonsense"` is not a status. */
export const ErrorUnknownStatus: Story = {
  name: 'Error: unknown status',
  args: { assessment: undefined, status: 'nonsense' },
};

export const ErrorUnknownGradeInData: Story = { name: 'Error: unknown grade in the data', ...states.unknownGrade };
export const ErrorFailedSrc: Story = { name: 'Error: src answers 404', ...states.failedSrc };
export const ErrorMissingPillar: Story = { name: 'Error: missing pillar', ...states.missingPillar };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc };
export const FromChildScript: Story = { name: 'From a child script', ...states.fromChildScript };
export const Loading: Story = { ...states.loading };
export const Empty: Story = { ...states.empty };
export const ErrorWithFallback: Story = { name: "Error: the author's own content", ...states.errorWithFallback };
export const ErrorWelsh: Story = { name: 'Error: in Welsh', ...states.errorWelsh };
