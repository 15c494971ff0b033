import type { Meta, StoryObj } from '@storybook/web-components';
import {
  BRAND_DOCS,
  COMMON_ARG_TYPES,
  CURRENT,
  FICTIONAL,
  LONG_TEXT,
  NORTHAMPTONSHIRE,
  PEEL_2014_ALL_GRADES,
  WILTSHIRE,
  DYFED_POWYS,
  NORTH_WALES_2018,
  embedDocs,
  docsScroll,
  renderEach,
  renderIn,
  renderPeel,
  stateStories,
} from '../../../stories/support.js';
import type { PeelArgs } from '../../../stories/support.js';

const meta = {
  title: 'Elements/pillar-summary',
  component: 'pillar-summary',
  render: renderPeel,
  args: { assessment: NORTHAMPTONSHIRE },
  argTypes: {
    ...COMMON_ARG_TYPES,
    pillar: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'hide-source': { control: 'boolean' },
    compact: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component: embedDocs(
          'For a page about one pillar (or, from 2021, one area): set `pillar` to its id, such as `legitimacy` or `investigating-crime`, and `heading-level` to fit the page’s outline.',
          `<pillar-summary src="/data/northamptonshire-2017.json" pillar="legitimacy" heading-level="3"></pillar-summary>`,
        ),
      },
    },
  },
} satisfies Meta<PeelArgs>;

export default meta;
type Story = StoryObj<PeelArgs>;

const pillarsOf = (assessment: typeof NORTHAMPTONSHIRE) =>
  assessment.pillars!.map((p) => ({ label: `pillar="${p.id}"`, args: { assessment, pillar: p.id } }));

/** Northamptonshire Police, 2017: the first pillar, effectiveness (requires improvement). */
export const Default: Story = {};

/** Every grade on the four-grade 2014–2017 scale, and not graded (Northamptonshire regraded for the example). */
export const AllGradesPeel2014: Story = {
  name: 'All grades, PEEL 2014–2017',
  render: renderEach(pillarsOf(PEEL_2014_ALL_GRADES)),
};

/** Every grade on the five-grade 2021 scale, and a not-graded area (the fictional force). */
export const AllGradesPeel2021: Story = { name: 'All grades, PEEL 2021', render: renderEach(pillarsOf(FICTIONAL)) };

/** A rise: responding to the public went from adequate to good. */
export const GradeChangeUp: Story = { args: { assessment: FICTIONAL, pillar: 'responding-to-the-public' } };

/** A fall: legitimacy went from good to requires improvement; its questions are graded too. */
export const GradeChangeDown: Story = { args: { pillar: 'legitimacy' } };

/** An area inspected but not graded. */
export const NotGraded: Story = { args: { assessment: FICTIONAL, pillar: 'strategic-planning' } };

/** `lang="cy"`: the element’s own words in Welsh (the data’s text stays as written). */
export const Welsh: Story = { args: { lang: 'cy', pillar: 'legitimacy' } };

/** On a dark page (`color-scheme: dark`). */
export const Dark: Story = { globals: { scheme: 'dark' }, args: { pillar: 'legitimacy' } };

/** A force's brand through the custom properties only. */
export const CustomBrand: Story = {
  args: { pillar: 'legitimacy' },
  render: renderIn('force-brand'),
  parameters: { docs: { description: { story: BRAND_DOCS } } },
};

/** 320 px wide. */
export const Narrow: Story = { args: { pillar: 'legitimacy' }, render: renderIn('width-narrow') };

/** A wide page. */
export const Wide: Story = {
  args: { pillar: 'legitimacy' },
  render: renderIn('width-wide'),
  parameters: docsScroll,
};

/** Long titles, questions and summaries, an unbroken word and a long link. */
export const LongText: Story = { args: { assessment: LONG_TEXT } };

/**
 * An area of a fictional PEEL 2023–25 report with a cause of concern (its recommendation and due
 * date), a fall from 2021/22, and a question whose findings open on demand (a native `<details>`).
 */
export const Findings: Story = {
  name: 'Findings, PEEL 2023–25',
  args: { assessment: CURRENT, pillar: 'responding-to-public' },
};

/** The same area in Welsh. */
export const FindingsWelsh: Story = {
  name: 'Findings, PEEL 2023–25, Welsh',
  args: { assessment: CURRENT, pillar: 'responding-to-public', lang: 'cy' },
};

/** The same area on a dark page. */
export const FindingsDark: Story = {
  name: 'Findings, PEEL 2023–25, dark',
  globals: { scheme: 'dark' },
  args: { assessment: CURRENT, pillar: 'responding-to-public' },
};

/** An area with an area for improvement. */
export const AreaForImprovement: Story = { args: { assessment: CURRENT, pillar: 'investigating-crime' } };

/** An area with promising practice, and a change from 2018/19 that is not comparable (four grades then, five now). */
export const PracticeNotComparable: Story = {
  name: 'Practice, and a change not comparable',
  args: { assessment: CURRENT, pillar: 'preventing-crime' },
};

/** Every area of the fictional PEEL 2023–25 report, with the 2023–25 titles: every grade and every status. */
export const AllAreasPeel2023: Story = {
  name: 'All areas, PEEL 2023–25',
  render: renderEach(
    CURRENT.pillars!.map((p) => ({ label: `pillar="${p.id}"`, args: { assessment: CURRENT, pillar: p.id } })),
  ),
};

/** `compact`: the summary's first paragraph, the rest behind "Read the rest of the summary". */
export const Compact: Story = { args: { compact: true } };

/** `hide-source`: no source line, for a page that credits the inspectorate elsewhere. */
export const HideSource: Story = {
  args: { assessment: CURRENT, pillar: 'investigating-crime', 'hide-source': true },
};

/** The real Wiltshire Police PEEL 2021/22 report: each area as published (grades only). */
export const RealWiltshire: Story = {
  name: 'Real: Wiltshire Police, PEEL 2021/22',
  render: renderEach(
    WILTSHIRE.pillars!.map((p) => ({ label: `pillar="${p.id}"`, args: { assessment: WILTSHIRE, pillar: p.id } })),
  ),
};

/** The real Dyfed-Powys Police PEEL 2023–25 report's one area, in Welsh. */
export const RealDyfedPowysWelsh: Story = {
  name: 'Real: Dyfed-Powys Police, PEEL 2023–25, Welsh',
  args: { assessment: DYFED_POWYS, lang: 'cy' },
};

// Bad input, the other ways in for the data, and no data: args and docs text from stories/support.ts.
const states = stateStories({ fromSrc: { args: { pillar: 'efficiency' } } });

/** Real: North Wales Police, PEEL 2018/19: question grades carried over from 2016 and 2017, and the pages read. */
export const CarriedOverAndSources: Story = {
  name: 'Real: carried-over questions and sources (North Wales 2018/19)',
  args: { assessment: NORTH_WALES_2018, pillar: 'effectiveness' },
};

/** The same in Welsh. */
export const CarriedOverWelsh: Story = {
  name: 'Real: carried-over questions, in Welsh',
  args: { assessment: NORTH_WALES_2018, pillar: 'effectiveness', lang: 'cy' },
};

export const ErrorBrokenJson: Story = { name: 'Error: broken JSON', ...states.brokenJson };
export const ErrorUnknownGrade: Story = { name: 'Error: unknown grade', ...states.unknownGrade };
export const ErrorFailedSrc: Story = { name: 'Error: src answers 404', ...states.failedSrc };
export const ErrorMissingPillar: Story = { name: 'Error: missing pillar', ...states.missingPillar };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc };
export const FromChildScript: Story = { name: 'From a child script', ...states.fromChildScript };
export const Loading: Story = { ...states.loading };
export const Empty: Story = { ...states.empty };
export const ErrorWithFallback: Story = { name: "Error: the author's own content", ...states.errorWithFallback };
export const ErrorWelsh: Story = { name: 'Error: in Welsh', ...states.errorWelsh };
