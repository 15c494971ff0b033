// The tables on the Theming page, computed so they cannot drift from the code: token names and
// defaults come from the styles the elements actually apply, descriptions and parts from
// custom-elements.json (the elements' JSDoc).
import type { CSSResultGroup } from 'lit';
import { ELEMENTS } from '../.storybook/manifest.js';
import type { Declaration } from '../.storybook/manifest.js';
import { KeyFactsPanel, PeelAssessment, PeelRating, PillarSummary } from '../src/index.js';
import { GRADE_LABELS } from '../src/data/grades.js';
import type { Grade } from '../src/data/grades.js';
import { panelStyles } from '../src/styles/panel.styles.js';
import { sharedStyles } from '../src/styles/shared.styles.js';

export interface TokenRow {
  name: string;
  /** The fallback the styles use when the token is not set (CSS text), if any. */
  fallback?: string;
  description: string;
  /** Whether an element's JSDoc (`@cssprop`) documents the token. */
  documented: boolean;
  /** The tags whose styles read it. */
  readBy: string[];
}

export interface PartRow {
  name: string;
  description: string;
}

const CLASSES: Record<string, { styles?: CSSResultGroup }> = {
  'peel-rating': PeelRating,
  'pillar-summary': PillarSummary,
  'key-facts-panel': KeyFactsPanel,
  'peel-assessment': PeelAssessment,
};

const cssText = (styles: CSSResultGroup | undefined): string =>
  Array.isArray(styles)
    ? styles.map((s) => cssText(s as CSSResultGroup)).join('\n')
    : styles && 'cssText' in styles
      ? styles.cssText
      : '';

/** Every `var(--peel-…)` in the CSS, with its fallback (up to the matching parenthesis). */
export function tokensIn(css: string): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  for (const match of css.matchAll(/var\(\s*(--peel-[\w-]+)\s*(,)?/g)) {
    let fallback: string | undefined;
    if (match[2]) {
      const start = match.index + match[0].length;
      let depth = 1;
      let end = start;
      for (; end < css.length && depth > 0; end++) depth += css[end] === '(' ? 1 : css[end] === ')' ? -1 : 0;
      fallback = css.slice(start, end - 1).trim();
    }
    if (!found.has(match[1]!) || (fallback && !found.get(match[1]!))) found.set(match[1]!, fallback);
  }
  return found;
}

const byTag = (tag: string): Declaration | undefined => ELEMENTS.find((d) => d.tagName === tag);

/**
 * What the page says about a token the JSDoc does not (yet) document. Only used when no element's
 * `@cssprop` names the token; the page marks such rows.
 */
function note(name: string): string {
  const grade = /^--peel-grade-([\w-]+)-(color|background)$/.exec(name);
  if (grade) {
    const label = GRADE_LABELS.en[grade[1] as Grade] ?? grade[1]!;
    const badge = `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} badge`;
    return grade[2] === 'color'
      ? `Text, border and icon colour of ${badge}.`
      : `Background of ${badge}; by default a tint of its colour.`;
  }
  const notes: Record<string, string> = {
    '--peel-color-text-muted':
      'Secondary text: the "Last updated" line and the steps of a scale other than the current one.',
    '--peel-color-surface-muted': 'Background of the note shown instead of content (loading, error, nothing to show).',
    '--peel-color-focus': 'Focus outline of links.',
    '--peel-panel-padding': 'Padding inside each card.',
    '--peel-radius': 'Corner radius of the cards, and of badges unless `--peel-rating-radius` is set.',
  };
  return notes[name] ?? '';
}

/** The description of a token from any element's JSDoc: the element's own first, then any other. */
function describe(name: string, tag?: string): { description: string; documented: boolean } {
  const own = tag ? byTag(tag)?.cssProperties?.find((p) => p.name === name) : undefined;
  const any = own ?? ELEMENTS.flatMap((d) => d.cssProperties ?? []).find((p) => p.name === name && p.description);
  return any?.description
    ? { description: any.description, documented: true }
    : { description: note(name), documented: false };
}

/**
 * The shared styles read each global token once into a private copy (`--_accent`); a default that
 * refers to a private copy is shown as the token it copies.
 */
const PRIVATE = new Map(
  [...cssText(sharedStyles).matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--peel-[\w-]+)/g)].map((m) => [m[1]!, m[2]!]),
);
const readable = (fallback: string | undefined) =>
  fallback
    ?.replace(/var\((--_[\w-]+)\)/g, (whole, name: string) => (PRIVATE.has(name) ? `var(${PRIVATE.get(name)})` : whole))
    .replace(/,(?=\S)/g, ', ');

const TAGS = Object.keys(CLASSES);
const elementCss = Object.fromEntries(TAGS.map((tag) => [tag, cssText(CLASSES[tag]!.styles)]));
const globalCss = tokensIn(cssText([sharedStyles, panelStyles]));

/** The global tokens: read in the shared styles every element (or every card) applies. */
export const GLOBAL_TOKENS: TokenRow[] = [...globalCss].map(([name, fallback]) => ({
  name,
  fallback: readable(fallback),
  ...describe(name),
  readBy: TAGS.filter((tag) => tokensIn(elementCss[tag]!).has(name)),
}));

const isGlobal = (name: string) => globalCss.has(name);

/** Each element's own tokens: those its styles read beyond the global ones, and any its JSDoc names. */
export const ELEMENT_TOKENS: Record<string, TokenRow[]> = Object.fromEntries(
  TAGS.map((tag) => {
    const used = tokensIn(elementCss[tag]!);
    const names = new Set([
      ...[...used.keys()].filter((n) => !isGlobal(n)),
      ...(byTag(tag)?.cssProperties ?? []).map((p) => p.name).filter((n) => !isGlobal(n)),
    ]);
    return [
      tag,
      [...names].map((name) => ({ name, fallback: readable(used.get(name)), ...describe(name, tag), readBy: [tag] })),
    ];
  }),
);

/** Tokens an element's JSDoc names that its styles never read (a documentation error). */
export const UNUSED_DOCUMENTED: { tag: string; name: string }[] = TAGS.flatMap((tag) =>
  (byTag(tag)?.cssProperties ?? [])
    .filter((p) => !tokensIn(elementCss[tag]!).has(p.name))
    .map((p) => ({ tag, name: p.name })),
);

/** Each element's CSS parts, from its JSDoc. */
export const ELEMENT_PARTS: Record<string, PartRow[]> = Object.fromEntries(
  TAGS.map((tag) => [
    tag,
    (byTag(tag)?.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
  ]),
);

export const ELEMENT_TAGS = TAGS;

/** Every token, global and per element, once. */
export const ALL_TOKEN_COUNT = new Set([...GLOBAL_TOKENS, ...Object.values(ELEMENT_TOKENS).flat()].map((t) => t.name))
  .size;
