import {
  Controls,
  Description,
  Markdown,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { ScrollX } from '../stories/scroll-x.js';
import { declaration } from './manifest.js';

/**
 * Storybook's autodocs page with the element's summary and description from custom-elements.json
 * (its JSDoc) above the meta's own description, which holds the embed snippet for page authors.
 */
export function ElementDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const element = declaration(preparedMeta.component);
  return (
    <>
      <Title />
      {element?.summary ? <Subtitle>{element.summary}</Subtitle> : <Subtitle />}
      {element?.description ? <Markdown>{element.description}</Markdown> : null}
      <Description of="meta" />
      <Primary />
      {/* The table is wider than a phone: it scrolls in its own region, never the page. */}
      <ScrollX label="Attributes, properties, events, tokens and parts">
        <Controls />
      </ScrollX>
      <Stories />
    </>
  );
}
