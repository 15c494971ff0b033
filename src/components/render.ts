import { html, nothing } from 'lit';

/**
 * A real heading at a level from `PeelElement.level` (or one below it, so at most 7: kept at 6).
 * Lit cannot bind a tag name, and six near-identical templates cost more than this.
 */
export function heading(level: number, text: string, part: string): HTMLHeadingElement {
  const h = document.createElement(`h${Math.min(6, level)}`) as HTMLHeadingElement;
  h.setAttribute('part', part);
  h.textContent = text;
  return h;
}

/** Only http(s) and relative URLs may become links; `javascript:` and other schemes may not. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  // Browsers ignore control characters and spaces around and inside a scheme: so must this check.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped
  const bare = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? url.trim() : undefined;
}

/** A link when the URL is safe; otherwise `fallback` (by default the content as text). */
export const link = (url: string | undefined, content: unknown, part: string, fallback: unknown = content) => {
  const href = safeUrl(url);
  return href ? html`<a part=${part} href=${href}>${content}</a>` : fallback;
};

export const paragraphs = (texts: string[] | undefined, part: string) =>
  texts?.length ? html`<div part=${part}>${texts.map((t) => html`<p>${t}</p>`)}</div>` : nothing;
