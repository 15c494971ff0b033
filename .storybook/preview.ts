import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components';
import { html } from 'lit';
import { applyBrandStyles, previewFrame } from '../stories/support.js';
import type { PeelParameters } from '../stories/support.js';
import { SchemeDocsContainer } from './docs-container.js';
import { ElementDocsPage } from './element-docs-page.js';
import { MANIFEST, peelArgTypes } from './manifest.js';
import { schemeOf, setPageScheme } from './scheme.js';

// Autodocs read attributes, properties, parts, CSS custom properties and events from here.
setCustomElementsManifest(MANIFEST);
applyBrandStyles();

const preview: Preview = {
  tags: ['autodocs'],

  // The host page's language and colour scheme, for every story, from the toolbar.
  globalTypes: {
    lang: {
      description: 'Language of the page around the element (the elements inherit it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (en)', right: 'en' },
          { value: 'cy', title: 'Cymraeg (cy)', right: 'cy' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the element',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page', icon: 'sun' },
          { value: 'dark', title: 'Dark page', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light' },

  // Wraps every story in the host page: lang plus the scheme's class (styles in preview-head.html).
  // test/stories.test.ts applies the same previewFrame in its light and dark passes. On a story's
  // own canvas the whole page takes the scheme too; on a docs page the docs container sets it,
  // since a docs page shows stories of both schemes (the Dark stories) side by side.
  // A story marked docsScroll scrolls in a box of its own on a docs page (stories/support.ts): a
  // group, not a region, since a docs page shows its first story twice and landmarks must differ.
  decorators: [
    (story, { globals, viewMode, parameters, name }) => {
      if (viewMode === 'story') setPageScheme(schemeOf(globals));
      const scrolls = viewMode === 'docs' && (parameters as PeelParameters).peel?.docsScroll;
      return previewFrame(
        scrolls
          ? html`<div class="docs-scroll" role="group" aria-label=${name} tabindex="0">${story()}</div>`
          : story(),
        globals,
      );
    },
  ],

  parameters: {
    // The frame pads itself and fills the canvas, so a dark page is dark to the edges.
    layout: 'fullscreen',
    // The scheme switch sets the page background; a second background picker would fight it.
    backgrounds: { disable: true },
    controls: { expanded: true },
    // A story shows a widget, not a page: the rules about a page's own landmarks and h1 do not apply.
    a11y: {
      config: {
        rules: ['region', 'landmark-one-main', 'page-has-heading-one'].map((id) => ({ id, enabled: false })),
      },
    },
    docs: {
      page: ElementDocsPage,
      // The docs page follows the toolbar's scheme switch, as the stories on it do.
      container: SchemeDocsContainer,
      extractArgTypes: peelArgTypes,
      // "Show code" gives the element as a page author writes it, without the story frame, and
      // says so when the story sets the one thing markup cannot show: the assessment property.
      source: {
        excludeDecorators: true,
        transform: (code: string, { args, component }: { args: { assessment?: unknown }; component?: unknown }) =>
          args.assessment && typeof args.assessment === 'object'
            ? `${code}\n\n<!-- The data is given as an object, through the property, which markup cannot show:\n` +
              `     document.querySelector('${String(component)}').assessment = { "force": { "name": … }, … }; -->`
            : code,
      },
      // The table of contents lists the sections and each story (not the subtitle, not inside stories).
      toc: { headingSelector: 'h2, h3', ignoreSelector: '.docs-story *, .skip-toc, .sbdocs-subtitle' },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Theming',
          'Elements',
          ['peel-rating', 'pillar-summary', 'key-facts-panel', 'peel-assessment'],
        ],
      },
    },
  },
};

export default preview;
