import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { safeUrl } from '../security/safe-url.js';
import type { Source } from '../data/types.js';

type Heading = (part: string, text: string) => TemplateResult;

// One template per level (Lit cannot bind a tag name): the same heading node stays from one render
// to the next, and a server can render it. Cheaper than lit/static-html.js, which costs ~250 bytes.
const HEADINGS: Heading[] = [
  (part, text) => html`<h1 part=${part}>${text}</h1>`,
  (part, text) => html`<h2 part=${part}>${text}</h2>`,
  (part, text) => html`<h3 part=${part}>${text}</h3>`,
  (part, text) => html`<h4 part=${part}>${text}</h4>`,
  (part, text) => html`<h5 part=${part}>${text}</h5>`,
  (part, text) => html`<h6 part=${part}>${text}</h6>`,
];

/** A real heading at a level from `PeelElement.level` (or one below it, so at most 7: kept at 6). */
export const heading = (level: number, text: string, part: string) => HEADINGS[Math.min(6, level) - 1]!(part, text);

/** A link when the URL is safe (see safeUrl); otherwise `fallback` (by default the content as text). */
export const link = (url: string | undefined, content: unknown, part: string, fallback: unknown = content) => {
  const href = safeUrl(url);
  return href ? html`<a part=${part} href=${href}>${content}</a>` : fallback;
};

export const paragraphs = (texts: string[] | undefined, part: string) =>
  texts?.length ? html`<div part=${part}>${texts.map((t) => html`<p>${t}</p>`)}</div>` : nothing;

/** A page's name: its title (with its publisher), else its publisher, else its address's host. */
export const sourceName = ({ title, publisher, url = '' }: Source) =>
  title
    ? publisher
      ? `${title} (${publisher})`
      : title
    : (publisher ?? url.replace(/^[a-z]+:\/\/([^/?#]+).*/i, '$1'));
