import { contrast, mix, parseHex } from './contrast.js';
import type { Rgb } from './contrast.js';

export type Scheme = 'light' | 'dark';

/** A brand token the builder offers, with the built-in value in each scheme (src/styles, peel-rating.styles). */
export interface Token {
  /** Short key, used in the URL (`c-accent=…`). */
  key: string;
  property: string;
  label: string;
  light: string;
  dark: string;
  /** For a grade colour: how much of it the badge's background mixes into the surface. */
  badgeMix?: number;
}

const grade = (key: string, label: string, light: string, dark: string, badgeMix = 0.22): Token => ({
  key,
  property: `--peel-grade-${key}-color`,
  label: `${label} grade colour`,
  light,
  dark,
  badgeMix,
});

export const TOKENS: readonly Token[] = [
  { key: 'accent', property: '--peel-color-accent', label: 'Accent colour', light: '#1d70b8', dark: '#8ec5ff' },
  { key: 'link', property: '--peel-color-link', label: 'Link colour', light: '#1d70b8', dark: '#8ec5ff' },
  { key: 'text', property: '--peel-color-text', label: 'Text colour', light: '#0b0c0c', dark: '#f3f2f1' },
  { key: 'surface', property: '--peel-color-surface', label: 'Surface colour', light: '#ffffff', dark: '#141414' },
  grade('outstanding', 'Outstanding', '#4b2d9a', '#cdb4ff'),
  grade('good', 'Good', '#006637', '#7ddc9f'),
  grade('adequate', 'Adequate', '#665500', '#f2d94e', 0.26),
  grade('requires-improvement', 'Requires improvement', '#9c3900', '#ffa861'),
  grade('inadequate', 'Inadequate', '#a8002b', '#ff8fa3'),
  grade('not-graded', 'Not graded', '#505a5f', '#c5cbce', 0.14),
];

// Built-in colours the builder does not offer, but which a new surface can spoil.
const MUTED = { light: '#484949', dark: '#c4c4c4' };
const FOCUS = { light: '#0b0c0c', dark: '#ffdd00' };

/** Chosen colours by token key; a key that is absent keeps the built-in value (both schemes). */
export type Brand = Readonly<Record<string, string>>;

/** The colour a token has in a scheme: the chosen one (which applies to both schemes), or the built-in. */
export const effective = (token: Token, brand: Brand, scheme: Scheme): Rgb =>
  parseHex(brand[token.key] ?? '') ?? parseHex(token[scheme])!;

export interface PairCheck {
  /** What is checked, in words ("Link colour on the surface"). */
  pair: string;
  scheme: Scheme;
  ratio: number;
  /** 4.5 for text, 3 for non-text (WCAG 2.2 SC 1.4.3 and 1.4.11). */
  needed: number;
  kind: 'text' | 'non-text';
  /** Whether a chosen colour takes part (pairs of built-in colours alone are the library's to keep). */
  chosen: boolean;
}

const byKey = (key: string) => TOKENS.find((t) => t.key === key)!;

/** Every pair that a chosen colour touches, in each scheme the element can be seen in. */
export function checkBrand(brand: Brand, schemes: readonly Scheme[]): PairCheck[] {
  const out: PairCheck[] = [];
  const surfaceChosen = 'surface' in brand;
  for (const scheme of schemes) {
    const surface = effective(byKey('surface'), brand, scheme);
    const add = (pair: string, fg: Rgb, bg: Rgb, kind: PairCheck['kind'], chosen: boolean) =>
      out.push({ pair, scheme, ratio: contrast(fg, bg), needed: kind === 'text' ? 4.5 : 3, kind, chosen });
    for (const token of TOKENS) {
      if (token.key === 'surface') continue;
      const chosen = token.key in brand || surfaceChosen;
      const fg = effective(token, brand, scheme);
      if (token.badgeMix) add(`${token.label} on its badge`, fg, mix(fg, surface, token.badgeMix), 'text', chosen);
      else if (token.key === 'accent') add(`${token.label} on the surface`, fg, surface, 'non-text', chosen);
      else add(`${token.label} on the surface`, fg, surface, 'text', chosen);
    }
    if (surfaceChosen) {
      add('Secondary text (built in) on the surface', parseHex(MUTED[scheme])!, surface, 'text', true);
      add('Focus outline (built in) on the surface', parseHex(FOCUS[scheme])!, surface, 'non-text', true);
    }
  }
  return out.filter((check) => check.chosen);
}
