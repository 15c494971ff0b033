import type { StorybookConfig } from '@storybook/web-components-vite';

// The package's `sideEffects` names the built define files (dist/), so a bundler that reads the
// sources would drop src/define.ts and every src/components/*/define.ts, and no tag would be
// registered in the built Storybook. Say they have side effects; nothing else changes.
const DEFINE_FILE = /[\\/]src[\\/](?:components[\\/][^\\/]+[\\/])?define\.ts$/;

// Set up by hand: `storybook init` needs the network. Run through `npm run storybook` or
// `npm run build-storybook`, which generate custom-elements.json first (the docs read it).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../src/components/*/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Stories load data the way a page would, from a relative URL: `data/northamptonshire-2017.json`.
  staticDirs: [
    { from: '../src/data/examples', to: '/data' },
    { from: '../data/2017', to: '/data' },
  ],
  viteFinal: (vite) => ({
    ...vite,
    plugins: [
      ...(vite.plugins ?? []),
      {
        name: 'peel-define-files-have-side-effects',
        transform: (code: string, id: string) =>
          DEFINE_FILE.test(id) ? { code, map: null, moduleSideEffects: true } : null,
      },
    ],
    // Storybook's renderer imports lit/directive-helpers.js, which the dev server would otherwise
    // serve beside the pre-bundled lit: two copies of lit-html ("Multiple versions of Lit loaded").
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    // Storybook's own chunks (axe, the docs) are large by nature; the warning says nothing about ours.
    build: { ...vite.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
