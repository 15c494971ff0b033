import { useEffect, useState } from 'react';
import type { PropsWithChildren } from 'react';
import { DocsContainer } from '@storybook/addon-docs/blocks';
import type { DocsContainerProps } from '@storybook/addon-docs/blocks';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { themes } from 'storybook/theming';
import { schemeOf, setPageScheme } from './scheme.js';

interface GlobalsPayload {
  globals?: Record<string, unknown>;
  userGlobals?: Record<string, unknown>;
}

/** The globals the toolbar (or the URL's `globals=`) set, read once when the page opens. */
function userGlobals(context: DocsContainerProps['context']): Record<string, unknown> | undefined {
  // Not public API: the docs context keeps the story store, which holds the toolbar's globals.
  // Without it the page starts light and still follows every later change of the switch.
  const store = (context as unknown as { store?: { userGlobals?: { get?: () => Record<string, unknown> } } }).store;
  return store?.userGlobals?.get?.();
}

/**
 * Storybook's docs container in the scheme the toolbar's switch chooses. Without it the docs page
 * stays white and only the story boxes on it turn dark: the catalogue would show a dark page
 * author's widgets on a page no dark page looks like.
 */
export function SchemeDocsContainer({ context, children }: PropsWithChildren<DocsContainerProps>) {
  const [scheme, setScheme] = useState(() => schemeOf(userGlobals(context)));

  useEffect(() => {
    // The store first: a story in an iframe of its own on the page posts its own globals to this
    // window, and they are not the toolbar's. The event's own globals only when there is no store.
    const update = ({ userGlobals: chosen, globals }: GlobalsPayload) =>
      setScheme(schemeOf(userGlobals(context) ?? chosen ?? globals));
    context.channel.on(GLOBALS_UPDATED, update);
    return () => context.channel.off(GLOBALS_UPDATED, update);
  }, [context]);

  useEffect(() => setPageScheme(scheme), [scheme]);

  return (
    <DocsContainer context={context} theme={scheme === 'dark' ? themes.dark : themes.light}>
      {children}
    </DocsContainer>
  );
}
