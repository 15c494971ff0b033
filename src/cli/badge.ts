// A static SVG badge for places no script reaches (e-mail, social cards, print): the element's colours,
// read from its own styles so there is one source of truth, its shapes, and the grade as real text.
import { GRADES, SCALES, normaliseGrade } from '../data/grades.js';
import type { Grade, Lang } from '../data/grades.js';
import { ratingStyles } from '../components/peel-rating/peel-rating.styles.js';
import { PATHS } from '../components/peel-rating/icons.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { ARROWS, STRINGS } from '../i18n/strings.js';
import type { Direction } from '../i18n/strings.js';
import { SCALE_POSITION } from '../i18n/scale-position.js';

export type Scheme = 'light' | 'dark';
type Pair = Record<Scheme, string>;

export interface Palette {
  /** Per grade: the text, border and icon colour, and the background mixed from it on the surface. */
  grades: Record<Grade, { fg: Pair; bg: Pair }>;
  surface: Pair;
  text: Pair;
  muted: Pair;
}

const hex = (value: string) =>
  value.length === 4 ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value.toLowerCase();
const rgb = (value: string) => [1, 3, 5].map((i) => parseInt(hex(value).slice(i, i + 2), 16));

/** `color-mix(in srgb, fg p%, surface)`, as the element's stylesheet mixes its backgrounds. */
const mix = (fg: string, p: number, surface: string) => {
  const [a, b] = [rgb(fg), rgb(surface)];
  return `#${a
    .map((c, i) =>
      Math.round(c * p + b[i]! * (1 - p))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
};

/** The light and dark colours of a custom property in `css` (`--_x: var(--peel-…, light-dark(#l, #d))`). */
function lightDark(css: string, property: string): Pair {
  const found = new RegExp(
    `${property}\\s*:\\s*var\\([^,]+,\\s*light-dark\\((#[\\da-f]+),\\s*(#[\\da-f]+)\\)`,
    'i',
  ).exec(css);
  if (!found) throw Error(`peel-widgets: ${property} not found in the element's styles`);
  return { light: hex(found[1]!), dark: hex(found[2]!) };
}

/** The element's palette, parsed from its stylesheets (so a change there changes the badge). */
export function palette(): Palette {
  const shared = sharedStyles.cssText;
  const rating = ratingStyles.cssText;
  const surface = lightDark(shared, '--_surface');
  const grades = {} as Palette['grades'];
  for (const grade of GRADES) {
    const block = new RegExp(`\\.${grade}\\s*\\{([^}]*)\\}`).exec(rating)?.[1] ?? '';
    const fg = lightDark(block, '--_fg');
    const p = Number(/--_mix\s*:\s*([\d.]+)%/.exec(block)?.[1] ?? /--_mix,\s*([\d.]+)%/.exec(rating)?.[1] ?? 22) / 100;
    grades[grade] = { fg, bg: { light: mix(fg.light, p, surface.light), dark: mix(fg.dark, p, surface.dark) } };
  }
  return { grades, surface, text: lightDark(shared, '--_text'), muted: lightDark(shared, '--_muted') };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const luminance = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

// Widths (em) of Arial's characters, roughly: enough to size the boxes, and `textLength` makes any font fit them.
const NARROW = /[ijlI.,:;'’!|]/;
const SLIM = /[ftr()\- ]/;
const WIDE = /[mwMW@]/;
function textWidth(text: string, size: number, bold: boolean) {
  let em = 0;
  for (const c of text)
    em += NARROW.test(c)
      ? 0.28
      : SLIM.test(c)
        ? 0.34
        : WIDE.test(c)
          ? 0.86
          : /[A-Z]/.test(c)
            ? 0.7
            : /[↑↓→]/.test(c)
              ? 1
              : 0.56;
  return em * size * (bold ? 1.06 : 1);
}

/** What XML forbids outright: C0 controls but tab and newlines, U+FFFE and U+FFFF, lone surrogates. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes markup and drops the characters XML forbids (one would make the whole SVG unreadable). */
const escapeXml = (text: string) =>
  text
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface BadgeOptions {
  /** The grade: a slug or its English or Welsh name, in any case. */
  grade: string;
  /** The grade before, to show the change. */
  previousGrade?: string;
  /** Words before the badge ("Preventing crime"); also leads the title. */
  label?: string;
  /** Words that end the description, such as whose grade it is and when ("Kent Police, PEEL 2017"). */
  note?: string;
  lang?: Lang;
  scheme?: Scheme;
  size?: 'small' | 'medium' | 'large';
  /**
   * Prefix of the ids the title and description take (`<id>-title`, `<id>-desc`); by default `peel-badge-`
   * and a random part, so that badges inlined in one page never name each other.
   */
  id?: string;
}

export const SIZES = { small: 14, medium: 16, large: 20 } as const;

/** Thrown for options that make no badge; its message says what would. */
export class BadgeError extends Error {}

/** A static SVG badge: the same colours, shape and words as `<peel-rating>`, with a title and description. */
export function badgeSvg(options: BadgeOptions): string {
  const grade = normaliseGrade(options.grade ?? '');
  const known = GRADES.join(', ');
  if (!grade) throw new BadgeError(`unknown grade "${options.grade ?? ''}" (one of ${known}, or their names)`);
  const previous = options.previousGrade ? normaliseGrade(options.previousGrade) : undefined;
  if (options.previousGrade && !previous)
    throw new BadgeError(`unknown previous grade "${options.previousGrade}" (one of ${known})`);
  const lang = options.lang ?? 'en';
  if (lang !== 'en' && lang !== 'cy') throw new BadgeError(`unknown language "${lang}" (en or cy)`);
  const scheme = options.scheme ?? 'light';
  if (scheme !== 'light' && scheme !== 'dark') throw new BadgeError(`unknown scheme "${scheme}" (light or dark)`);
  const sizeName = options.size ?? 'medium';
  if (!Object.hasOwn(SIZES, sizeName)) throw new BadgeError(`unknown size "${sizeName}" (small, medium or large)`);
  const id = options.id ?? `peel-badge-${Math.random().toString(36).slice(2, 10)}`;
  if (!/^[A-Za-z_][\w.-]*$/.test(id))
    throw new BadgeError(`id "${id}" is not an XML name (a letter, then letters, digits, "-", "_" or ".")`);
  const label = options.label?.replace(NOT_XML, '').trim() || undefined;
  const s = STRINGS[lang];
  const colours = palette();
  const { fg, bg } = colours.grades[grade];

  // Grades keep one order on both scales, so either scale's order tells better from worse.
  const order = SCALES['peel-2021'] as readonly Grade[];
  const rank = (g: Grade) => order.indexOf(g);
  let change: string | undefined;
  let direction: Direction | undefined;
  if (previous) {
    const [now, before] = [rank(grade), rank(previous)];
    direction = now < 0 || before < 0 ? undefined : now < before ? 'up' : now > before ? 'down' : 'same';
    change = s.gradeChange(direction, s.grades[previous]);
  }
  const name = s.grades[grade];
  const scale = grade === 'adequate' || previous === 'adequate' ? SCALES['peel-2021'] : SCALES['peel-2014'];
  const at = scale.indexOf(grade);
  const title = label ? `${label}: ${name}` : name;
  const note = options.note?.replace(NOT_XML, '').trim() || undefined;
  const desc = [at < 0 ? name : SCALE_POSITION[s.lang](name, at + 1, scale.length), change, note]
    .filter(Boolean)
    .join('; ');

  const f = SIZES[sizeName as keyof typeof SIZES];
  const small = f * 0.875;
  const height = Math.round(f * 1.5 + 4);
  const baseline = (height + f * 0.7) / 2;
  let x = 0;
  const parts: string[] = [];
  const text = (content: string, at: number, size: number, fill: string, bold = false) => {
    const width = textWidth(content, size, bold);
    parts.push(
      `<text x="${at.toFixed(1)}" y="${baseline.toFixed(1)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}" textLength="${width.toFixed(1)}" lengthAdjust="spacingAndGlyphs">${escapeXml(content)}</text>`,
    );
    return width;
  };
  if (label) x += text(label, x, f, colours.text[scheme]) + f * 0.5;
  // The badge: a 2px border in the grade's colour, the mixed background, the shape, then the name.
  const pad = f * 0.45;
  const nameWidth = textWidth(name, f, true);
  const badgeWidth = 4 + pad + f + f * 0.35 + nameWidth + pad;
  parts.push(
    `<rect x="${(x + 1).toFixed(1)}" y="1" width="${(badgeWidth - 2).toFixed(1)}" height="${height - 2}" rx="4" fill="${bg[scheme]}" stroke="${fg[scheme]}" stroke-width="2"/>`,
    `<svg x="${(x + 2 + pad).toFixed(1)}" y="${((height - f) / 2).toFixed(1)}" width="${f}" height="${f}" viewBox="0 0 16 16" aria-hidden="true"><path d="${PATHS[grade]}" fill="none" stroke="${fg[scheme]}" stroke-width="2" stroke-linecap="round"/></svg>`,
  );
  text(name, x + 2 + pad + f * 1.35, f, fg[scheme], true);
  x += badgeWidth;
  if (change)
    x +=
      f * 0.5 +
      text(
        `${ARROWS[direction!] ?? ''}${direction ? ' ' : ''}${change}`.trim(),
        x + f * 0.5,
        small,
        colours.muted[scheme],
      );
  const width = Math.ceil(x + 1);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${lang}" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="${colours.surface[scheme]}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
