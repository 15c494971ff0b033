import type { Meta, StoryObj } from '@storybook/web-components';
import {
  BRAND_DOCS,
  COMMON_ARG_TYPES,
  CURRENT,
  DYFED_POWYS,
  FICTIONAL,
  GRADE_CHANGES,
  LONG_TEXT,
  MISSING_PILLAR,
  NORTHAMPTONSHIRE,
  NOT_GRADED,
  PEEL_2014_ALL_GRADES,
  WILTSHIRE,
  embedDocs,
  docsScroll,
  renderIn,
  renderPeel,
  stateStories,
} from '../../../stories/support.js';
import type { PeelArgs } from '../../../stories/support.js';

const meta = {
  title: 'Elements/peel-assessment',
  component: 'peel-assessment',
  render: renderPeel,
  args: { assessment: NORTHAMPTONSHIRE },
  argTypes: {
    ...COMMON_ARG_TYPES,
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'hide-source': { control: 'boolean' },
    compact: { control: 'boolean' },
  },
  parameters: {
    // Each story is a whole assessment: in boxes of their own, which scroll, the page stays readable.
    ...docsScroll,
    docs: {
      description: {
        component: embedDocs(
          'For a force’s own page: one tag shows everything the assessment holds. Set `heading-level` so its headings fit under the page’s own (its title takes that level, its sections the next).',
          `<peel-assessment src="/data/northamptonshire-2017.json"></peel-assessment>`,
        ),
      },
    },
  },
} satisfies Meta<PeelArgs>;

export default meta;
type Story = StoryObj<PeelArgs>;

/**
 * Northamptonshire Police's 2017 assessment, as HMICFRS published it: the grades at a glance first
 * (the report itself gives them only in its prose), then each pillar.
 */
export const Default: Story = {};

/**
 * `compact`: each pillar's summary shows its first paragraph, the rest behind "Read the rest of the
 * summary". A phone's reader gets the grades and the gist first; the full text stays a click away.
 */
export const Compact: Story = { args: { compact: true } };

/** `compact` on a 320 px page, in Welsh: the grades at a glance, then short cards. */
export const CompactNarrowWelsh: Story = {
  name: 'Compact, 320 px, Welsh',
  args: { compact: true, lang: 'cy' },
  render: renderIn('width-narrow'),
};

/** Every grade on the four-grade 2014–2017 scale, and not graded (Northamptonshire regraded for the example). */
export const AllGradesPeel2014: Story = {
  name: 'All grades, PEEL 2014–2017',
  args: { assessment: PEEL_2014_ALL_GRADES },
};

/** Every grade on the five-grade 2021 scale, and a not-graded area (the fictional force). */
export const AllGradesPeel2021: Story = { name: 'All grades, PEEL 2021', args: { assessment: FICTIONAL } };

/** One area that rose (adequate to good) and one that fell (good to requires improvement). */
export const GradeChanges: Story = { args: { assessment: GRADE_CHANGES } };

/** An area inspected but not graded. */
export const NotGraded: Story = { args: { assessment: NOT_GRADED } };

/** The assessment without its legitimacy pillar: the element shows the pillars there are (it has no `pillar` attribute). */
export const MissingPillar: Story = { args: { assessment: MISSING_PILLAR } };

/** `lang="cy"`: the element’s own words in Welsh (the data’s text stays as written). */
export const Welsh: Story = { args: { lang: 'cy' } };

/** On a dark page (`color-scheme: dark`). */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** A force's brand through the custom properties only. */
export const CustomBrand: Story = {
  render: renderIn('force-brand'),
  parameters: { docs: { description: { story: BRAND_DOCS } } },
};

/** 320 px wide: the 2017 report's grades at a glance, then each pillar's card at the full width. */
export const Narrow: Story = { render: renderIn('width-narrow') };

/** A wide page: the pillars side by side once each gets a readable measure. */
export const Wide: Story = { render: renderIn('width-wide') };

/** Long names, titles, summaries and labels, and an unbroken word. */
export const LongText: Story = { args: { assessment: LONG_TEXT } };

/**
 * A fictional force's PEEL 2023–25 report: the grades at a glance, then the causes of concern (with
 * recommendations and due dates), areas for improvement, promising and innovative practice, the
 * observations and each area, every grade status, monitoring and the source line.
 */
export const Peel2023Report: Story = { name: 'A PEEL 2023–25 report (fictional)', args: { assessment: CURRENT } };

/** The same report in Welsh. */
export const Peel2023ReportWelsh: Story = {
  name: 'A PEEL 2023–25 report (fictional), Welsh',
  args: { assessment: CURRENT, lang: 'cy' },
};

/** The same report on a dark page. */
export const Peel2023ReportDark: Story = {
  name: 'A PEEL 2023–25 report (fictional), dark',
  globals: { scheme: 'dark' },
  args: { assessment: CURRENT },
};

/** `hide-source`: no source line, for a page that credits the inspectorate elsewhere. */
export const HideSource: Story = { args: { assessment: CURRENT, 'hide-source': true } };

/** Wiltshire Police's PEEL 2021/22 report, as far as the inspectorate's pages state it (data/2021-22/SOURCES.md). */
export const RealWiltshire: Story = { name: 'Real: Wiltshire Police, PEEL 2021/22', args: { assessment: WILTSHIRE } };

/** Dyfed-Powys Police's PEEL 2023–25 report, as far as the inspectorate's pages state it. */
export const RealDyfedPowys: Story = {
  name: 'Real: Dyfed-Powys Police, PEEL 2023–25',
  args: { assessment: DYFED_POWYS },
};

/** The Dyfed-Powys report with the element's own words in Welsh (the inspectorate's text stays as published). */
export const RealDyfedPowysWelsh: Story = {
  name: 'Real: Dyfed-Powys Police, PEEL 2023–25, Welsh',
  args: { assessment: DYFED_POWYS, lang: 'cy' },
};

// Bad input, the other ways in for the data, and no data: args and docs text from stories/support.ts.
const states = stateStories();

export const ErrorBrokenJson: Story = { name: 'Error: broken JSON', ...states.brokenJson };
export const ErrorUnknownGrade: Story = { name: 'Error: unknown grade', ...states.unknownGrade };
export const ErrorFailedSrc: Story = { name: 'Error: src answers 404', ...states.failedSrc };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc };
export const FromChildScript: Story = { name: 'From a child script', ...states.fromChildScript };
export const Loading: Story = { ...states.loading };
export const Empty: Story = { ...states.empty };
export const ErrorWithFallback: Story = { name: "Error: the author's own content", ...states.errorWithFallback };
export const ErrorWelsh: Story = { name: 'Error: in Welsh', ...states.errorWelsh };
