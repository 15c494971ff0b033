import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import wiltshire from '../../../data/history/wiltshire.json' with { type: 'json' };
import bedfordshire from '../../../data/history/bedfordshire.json' with { type: 'json' };
import gwent from '../../../data/history/gwent.json' with { type: 'json' };
import { BROKEN_JSON, LONGEST_TIMEOUT, NEVER_ANSWERS_URL, embedDocs, holdLoading } from '../../../stories/support.js';
import type { PeelParameters } from '../../../stories/support.js';
import type { Decorator } from '@storybook/web-components';
import type { AssessmentCollection } from '../../data/types.js';

/** Real data: every PEEL grade the package ships for a force, 2015 to 2023–25 (data/history/, made from data/<cycle>/). */
const WILTSHIRE = wiltshire as unknown as AssessmentCollection;

interface HistoryArgs {
  assessment?: AssessmentCollection | string;
  src?: string;
  'src-timeout'?: number;
  force?: string;
  compact?: boolean;
  lang?: string;
  'heading-level'?: number;
  width?: string;
}

const render = (a: HistoryArgs) => {
  const element = html`<peel-history
    .assessment=${a.assessment}
    src=${a.src ?? nothing}
    src-timeout=${a['src-timeout'] ?? nothing}
    force=${a.force ?? nothing}
    ?compact=${a.compact}
    lang=${a.lang ?? nothing}
    heading-level=${a['heading-level'] ?? nothing}
  ></peel-history>`;
  return a.width ? html`<div class=${a.width}>${element}</div>` : element;
};

const meta = {
  title: 'Elements/peel-history',
  component: 'peel-history',
  render,
  args: { assessment: WILTSHIRE },
  argTypes: {
    force: { control: 'text' },
    compact: { control: 'boolean' },
    lang: { control: 'select', options: [undefined, 'en', 'cy'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component: embedDocs(
          'How a force’s PEEL grades changed across the inspections: a column per cycle, oldest first, a row per pillar or area, every grade in words with its badge, and a picture of each row beside the table. The change from three pillars on four grades to some ten areas on five grades (2021/22) is stated, never compared across. Give it a collection of one force’s assessments (data/history/<force>.json), or of many with `force`.',
          `<peel-history src="/data/history/wiltshire.json"></peel-history>`,
        ),
      },
    },
  },
} satisfies Meta<HistoryArgs>;

export default meta;
type Story = StoryObj<HistoryArgs>;

/** Wiltshire Police, every cycle from 2015 to 2023–25 (real grades). */
export const Default: Story = { name: 'Full history' };

/** Bedfordshire Police: no 2021/22 grades in the data, and only two areas of 2023–25; each gap is said, not closed. */
export const Gaps: Story = {
  name: 'A force with gaps',
  args: { assessment: bedfordshire as unknown as AssessmentCollection },
};

/** `lang="cy"`: Gwent Police, the element's words, the titles and the force's name in Welsh. */
export const Welsh: Story = { args: { assessment: gwent as unknown as AssessmentCollection, lang: 'cy' } };

/** On a dark page. */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** 320 px wide (a phone): the newest cycle in view beside the pinned areas, the older ones scrolled to; the picture under the table. */
export const Narrow: Story = { name: 'Phone', args: { width: 'width-narrow' } };

/** Broken JSON: the error note, a warning and a `peel-error` event. */
export const ErrorBrokenJson: Story = { name: 'Error: broken JSON', args: { assessment: BROKEN_JSON } };

/** Waiting for `src` (this story's server never answers). */
export const Loading: Story = {
  args: { assessment: undefined, src: NEVER_ANSWERS_URL, 'src-timeout': LONGEST_TIMEOUT },
  decorators: [holdLoading as unknown as Decorator<HistoryArgs>],
  parameters: { peel: { holdsLoading: true } satisfies PeelParameters['peel'] },
};
