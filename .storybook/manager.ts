// The catalogue's own frame (sidebar, toolbar, panels) follows the toolbar's scheme switch too,
// like the docs pages (docs-container.tsx) and the canvas (preview.ts): the whole catalogue is
// light or dark, not a dark story inside a white frame.
import { addons } from 'storybook/manager-api';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { themes } from 'storybook/theming';

addons.register('peel-widgets/scheme', (api) => {
  let shown: string | undefined;
  const follow = () => {
    const scheme = api.getUserGlobals()?.scheme === 'dark' ? 'dark' : 'light';
    if (scheme === shown) return;
    shown = scheme;
    api.setOptions({ theme: scheme === 'dark' ? themes.dark : themes.light });
  };
  api.on(SET_GLOBALS, follow);
  api.on(GLOBALS_UPDATED, follow);
});
