import type { Meta, StoryObj } from '@storybook/web-components';
import {
  BRAND_DOCS,
  COMMON_ARG_TYPES,
  CURRENT,
  FICTIONAL,
  LONG_TEXT,
  NORTHAMPTONSHIRE,
  NO_KEY_FACTS,
  TRENDS,
  embedDocs,
  docsScroll,
  renderIn,
  renderPeel,
  stateStories,
} from '../../../stories/support.js';
import type { PeelArgs } from '../../../stories/support.js';

const meta = {
  title: 'Elements/key-facts-panel',
  component: 'key-facts-panel',
  render: renderPeel,
  args: { assessment: NORTHAMPTONSHIRE },
  argTypes: {
    ...COMMON_ARG_TYPES,
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component: embedDocs(
          'For a page about the force’s area and resources. Key facts carry no grades and belong to no pillar, so this element has no grade or pillar stories; its “missing” state is an assessment without key facts.',
          `<key-facts-panel src="/data/northamptonshire-2017.json"></key-facts-panel>`,
        ),
      },
    },
  },
} satisfies Meta<PeelArgs>;

export default meta;
type Story = StoryObj<PeelArgs>;

/** Northamptonshire Police's key facts (2019/20): units, national levels, a group and trends up and down. */
export const Default: Story = {};

/** The fictional force on the 2021 scale: a `display` override and a group. */
export const FictionalForce2021: Story = { name: 'Fictional force, 2021', args: { assessment: FICTIONAL } };

/** Trends that rise, fall and stay level, locally and nationally (arrows and words). */
export const Trends: Story = { args: { assessment: TRENDS } };

/** An assessment without key facts: the element says so. */
export const NoKeyFacts: Story = { args: { assessment: NO_KEY_FACTS } };

/** `lang="cy"`: headings, units and trends in Welsh (labels from the data stay as written). */
export const Welsh: Story = { args: { lang: 'cy' } };

/** On a dark page (`color-scheme: dark`). */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** A force's brand through the custom properties only. */
export const CustomBrand: Story = {
  render: renderIn('force-brand'),
  parameters: { docs: { description: { story: BRAND_DOCS } } },
};

/** 320 px wide: one fact per row. */
export const Narrow: Story = { render: renderIn('width-narrow') };

/** A wide page: as many columns as fit. */
export const Wide: Story = { render: renderIn('width-wide'), parameters: docsScroll };

/** Long labels and values, and an unbroken word. */
export const LongText: Story = { args: { assessment: LONG_TEXT } };

/** A survey figure's confidence interval, each fact's source and period, and an area in square kilometres (a fictional force). */
export const IntervalAndSource: Story = { name: 'Interval, source and period', args: { assessment: CURRENT } };

/** The same in Welsh. */
export const IntervalAndSourceWelsh: Story = {
  name: 'Interval, source and period, Welsh',
  args: { assessment: CURRENT, lang: 'cy' },
};

// Bad input, the other ways in for the data, and no data: args and docs text from stories/support.ts.
const states = stateStories({
  unknownGrade: {
    docs: 'Bad input: the data has a grade that is not a PEEL grade, so the document is rejected as a whole.',
  },
});

export const ErrorBrokenJson: Story = { name: 'Error: broken JSON', ...states.brokenJson };
export const ErrorUnknownGrade: Story = { name: 'Error: unknown grade', ...states.unknownGrade };
export const ErrorFailedSrc: Story = { name: 'Error: src answers 404', ...states.failedSrc };
export const FromSrc: Story = { name: 'From src', ...states.fromSrc };
export const FromChildScript: Story = { name: 'From a child script', ...states.fromChildScript };
export const Loading: Story = { ...states.loading };
export const Empty: Story = { ...states.empty };
export const ErrorWithFallback: Story = { name: "Error: the author's own content", ...states.errorWithFallback };
export const ErrorWelsh: Story = { name: 'Error: in Welsh', ...states.errorWelsh };
