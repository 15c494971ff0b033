import { unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/**
 * The styles' tag: a style sheet written out whole, as each of ours is. Lit's `css` checks what is put
 * into a sheet, at a cost of bytes in the bundle every page loads; with nothing ever put into one, there is
 * nothing to check, and the one parameter makes TypeScript refuse a `${…}` in a sheet. (The build minifies
 * every css`` literal as it did.)
 */
export const css = (sheet: TemplateStringsArray): CSSResult => unsafeCSS(sheet[0]);
