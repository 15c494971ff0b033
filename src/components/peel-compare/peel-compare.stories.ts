import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import all2017 from '../../../data/2017/peel-2017-all-forces.json' with { type: 'json' };
import {
  BROKEN_JSON,
  CURRENT,
  LONGEST_TIMEOUT,
  NEVER_ANSWERS_URL,
  embedDocs,
  holdLoading,
} from '../../../stories/support.js';
import type { PeelParameters } from '../../../stories/support.js';
import type { Decorator } from '@storybook/web-components';
import type { AssessmentCollection } from '../../data/types.js';
import { REGIONS } from '../../data/regions.js';

/** Real data: the inspectorate's PEEL 2017 grades for all 43 forces (two grades not found; see SOURCES.md). */
const ALL_2017 = all2017 as unknown as AssessmentCollection;

interface CompareArgs {
  assessment?: AssessmentCollection | string;
  src?: string;
  'src-timeout'?: number;
  highlight?: string;
  'group-by'?: string;
  region?: string;
  sort?: string;
  lang?: string;
  'heading-level'?: number;
  width?: string;
}

const render = (a: CompareArgs) => {
  const element = html`<peel-compare
    .assessment=${a.assessment}
    src=${a.src ?? nothing}
    src-timeout=${a['src-timeout'] ?? nothing}
    highlight=${a.highlight ?? nothing}
    group-by=${a['group-by'] ?? nothing}
    region=${a.region ?? nothing}
    sort=${a.sort ?? nothing}
    lang=${a.lang ?? nothing}
    heading-level=${a['heading-level'] ?? nothing}
  ></peel-compare>`;
  return a.width ? html`<div class=${a.width}>${element}</div>` : element;
};

const meta = {
  title: 'Elements/peel-compare',
  component: 'peel-compare',
  render,
  args: { assessment: ALL_2017, highlight: 'wiltshire' },
  argTypes: {
    highlight: { control: 'text' },
    'group-by': { control: 'select', options: [undefined, 'region'] },
    region: {
      control: 'select',
      options: [undefined, ...REGIONS],
    },
    sort: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'en', 'cy'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component: embedDocs(
          'Every force side by side, for the question a news site asks first: how did our force do compared with the others? Give it a collection (`{"schemaVersion": 1, "assessments": [...]}`); set `highlight` to your force’s id. Sort with the column headers; group or filter by region with the controls or the `group-by` and `region` attributes. Its table, strings and styles load beside the bundle only on a page that uses it.',
          `<peel-compare src="/data/peel-2017-all-forces.json" highlight="wiltshire"></peel-compare>`,
        ),
      },
    },
  },
} satisfies Meta<CompareArgs>;

export default meta;
type Story = StoryObj<CompareArgs>;

/** PEEL 2017, all 43 forces (real grades), Wiltshire highlighted. */
export const Default: Story = {};

/** Grouped by region, under row-group headers. */
export const GroupedByRegion: Story = { args: { 'group-by': 'region' } };

/** One region: the four Welsh forces. */
export const OneRegion: Story = { args: { region: 'Wales', highlight: 'dyfed-powys' } };

/** Sorted by effectiveness, best first; a force with no grade found goes last. */
export const SortedByArea: Story = { args: { sort: 'effectiveness' } };

/** `lang="cy"`: the element's words, the titles, the regions and the Welsh forces' names in Welsh. */
export const Welsh: Story = { args: { lang: 'cy', 'group-by': 'region', highlight: 'gwent' } };

/** On a dark page. */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** 320 px wide (a phone): a card per force, its name the heading and its grades a description list; "Sort by" sorts them. */
export const Narrow: Story = { name: 'Phone: a card per force', args: { width: 'width-narrow' } };

/** A phone, in Welsh, grouped by region: the regions' headings over the cards, Gwent marked as "eich heddlu". */
export const NarrowWelsh: Story = {
  name: 'Phone: Welsh, grouped by region',
  args: { width: 'width-narrow', lang: 'cy', 'group-by': 'region', highlight: 'gwent' },
};

/** A phone, sorted by legitimacy, worst first, on a dark page. */
export const NarrowSortedDark: Story = {
  name: 'Phone: sorted, dark',
  args: { width: 'width-narrow', sort: '-legitimacy' },
  globals: { scheme: 'dark' },
};

/**
 * A partial collection: the real 2017 grades with three forces and some grades left out of the data (as a
 * cycle still being collected would be). The element says how many of the 43 have grades, and "No grade in
 * the data" for each missing one.
 */
export const Partial: Story = {
  name: 'Partial collection',
  args: {
    assessment: {
      ...ALL_2017,
      assessments: ALL_2017.assessments
        .filter((a) => !['dorset', 'gwent', 'surrey'].includes(a.force.id ?? ''))
        .map((a) => (a.force.id === 'kent' ? { ...a, pillars: [] } : a)),
    },
  },
};

/** The fictional PEEL 2023–25 areas for a dozen fictional forces: eleven columns, wider than the frame, scroll sideways with a shadow at the cut edge; their long titles wrap between words. */
export const ManyAreas: Story = {
  name: 'Eleven areas, PEEL 2023–25 (fictional)',
  args: {
    assessment: {
      schemaVersion: 1,
      assessments: Array.from({ length: 12 }, (_, i) => ({
        ...CURRENT,
        force: { name: `Exampleshire ${i + 1} Constabulary (fictional)` },
      })),
    },
    highlight: undefined,
  },
};

/** A fictional force's PEEL 2023–25 areas: statuses in words, a change, and a change from another scale named. */
export const ChangesAndStatuses: Story = {
  name: 'Changes and statuses, PEEL 2023–25',
  // Without the fictional force's id, which the register does not know (that would be a warning).
  args: {
    assessment: { schemaVersion: 1, assessments: [{ ...CURRENT, force: { name: CURRENT.force.name } }] },
    highlight: undefined,
  },
};

/** Broken JSON: the error note, a warning and a `peel-error` event. */
export const ErrorBrokenJson: Story = { name: 'Error: broken JSON', args: { assessment: BROKEN_JSON } };

/** Waiting for `src` (this story's server never answers). */
export const Loading: Story = {
  args: { assessment: undefined, src: NEVER_ANSWERS_URL, 'src-timeout': LONGEST_TIMEOUT },
  decorators: [holdLoading as unknown as Decorator<CompareArgs>],
  parameters: { peel: { holdsLoading: true } satisfies PeelParameters['peel'] },
};

/** A collection with no assessments. */
export const Empty: Story = { args: { assessment: { schemaVersion: 1, assessments: [] } } };
