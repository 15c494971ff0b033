// The catalogue's own frame (sidebar, toolbar, panels) follows the toolbar's scheme switch too,
// like the docs pages (docs-container.tsx) and the canvas (preview.ts): the whole catalogue is
// light or dark, not a dark story inside a white frame.
import { addons } from 'storybook/manager-api';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { themes } from 'storybook/theming';

interface GlobalsPayload {
  globals?: Record<string, unknown>;
  userGlobals?: Record<string, unknown>;
}

addons.register('peel-widgets/scheme', (api) => {
  let shown: string | undefined;
  // From the event itself: the manager's own copy of the globals is updated after this listener runs.
  const follow = ({ userGlobals, globals }: GlobalsPayload) => {
    const scheme = (userGlobals ?? globals)?.scheme === 'dark' ? 'dark' : 'light';
    if (scheme === shown) return;
    shown = scheme;
    api.setOptions({ theme: scheme === 'dark' ? themes.dark : themes.light });
  };
  api.on(SET_GLOBALS, follow);
  api.on(GLOBALS_UPDATED, follow);
});
