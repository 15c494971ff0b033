import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { safeUrl } from '../security/safe-url.js';

const TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/**
 * A real heading at a level from `PeelElement.level` (or one below it, so at most 7: kept at 6).
 * A static tag keeps the same heading node from one render to the next, and renders on a server.
 */
export const heading = (level: number, text: string, part: string) => {
  const tag = TAGS[Math.min(6, level) - 1];
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag from lit/static-html.js, not a binding
  return html`<${tag} part=${part}>${text}</${tag}>`;
};

/** A link when the URL is safe (see safeUrl); otherwise `fallback` (by default the content as text). */
export const link = (url: string | undefined, content: unknown, part: string, fallback: unknown = content) => {
  const href = safeUrl(url);
  return href ? html`<a part=${part} href=${href}>${content}</a>` : fallback;
};

export const paragraphs = (texts: string[] | undefined, part: string) =>
  texts?.length ? html`<div part=${part}>${texts.map((t) => html`<p>${t}</p>`)}</div>` : nothing;
