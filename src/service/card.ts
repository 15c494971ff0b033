// The social card (1200×630 PNG) for a force's grades in a cycle: the force, the cycle, each area's grade in
// words with the badge's colour and shape, and the source line. Drawn as SVG with the card's own font (so the
// text is measured, never guessed), then rasterised by resvg, which the platform hands over as WebAssembly.
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { InitInput } from '@resvg/resvg-wasm';
import { FAMILY, WIDTHS, fontFiles } from 'virtual:card-fonts';
import { palette } from '../cli/badge.js';
import { PATHS } from '../components/peel-rating/icons.js';
import { cycleOf } from '../data/cycles.js';
import type { Lang } from '../data/grades.js';
import type { Assessment, Pillar } from '../data/types.js';
import { CARD_STRINGS } from '../i18n/card-strings.js';
import { formatDate } from '../i18n/format.js';
import { pillarTitle } from '../i18n/titles.js';
import { SERVICE_STRINGS } from './strings.js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 64;
const INNER = CARD_WIDTH - 2 * PAD;

type Weight = 400 | 700;

/** Width of `text` at `size` px in the card's font (a character it lacks counts as a wide one). */
const measure = (text: string, size: number, weight: Weight) =>
  [...text].reduce((sum, c) => sum + (WIDTHS[weight][c]?.[0] ?? 0.7), 0) * size;

/** What XML forbids outright, then markup escaped. */
const escapeXml = (text: string) =>
  text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Words greedily on lines no wider than `max`; a word wider than a line has a line of its own. */
function wrap(text: string, size: number, weight: Weight, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, size, weight) <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A grade or the words in place of one, and the area's title, as the card shows them. */
interface Row {
  title: string;
  grade?: Pillar['grade'];
  words: string;
}

export interface Card {
  svg: string;
  /** The same content in words, for the image's alt text. */
  alt: string;
}

/** The card for `assessment` (one force in one cycle), with every area or only `area`'s, in `lang`. */
export function cardSvg(assessment: Assessment, period: string, lang: Lang, area?: string): Card {
  const s = CARD_STRINGS[lang];
  const t = SERVICE_STRINGS[lang];
  const colours = palette();
  const cycle = cycleOf(assessment);
  const force = t.name(assessment.force);
  const rows: Row[] = (assessment.pillars ?? [])
    .filter((p) => !area || p.id === area)
    .map((p) => {
      const [title] = pillarTitle(s, p, force, cycle);
      const carried = p.status === 'carried-over' && p.gradedIn ? ` ${t.carried(p.gradedIn)}` : '';
      const words = p.grade
        ? s.grades[p.grade]
        : p.status && p.status !== 'graded' && p.status !== 'carried-over'
          ? s.status[p.status]
          : t.noGrade;
      return { title: `${title}${carried}`, grade: p.grade, words };
    });
  const published = assessment.published ? formatDate(s, assessment.published) : undefined;
  const source = s
    .source(period, published)
    .filter((part) => typeof part === 'string' && part)
    .join('');
  const address = assessment.url?.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  const alt = `${t.alt(
    period,
    force,
    rows.map((r) => `${r.title}, ${r.words}`),
  )} ${source}.`;

  const out: string[] = [];
  const text = (content: string, x: number, y: number, size: number, weight: Weight, fill: string, max = INNER) => {
    const width = measure(content, size, weight);
    // Squeezed, never cut, when even the smallest size is too wide.
    const squeeze = width > max ? ` textLength="${max.toFixed(1)}" lengthAdjust="spacingAndGlyphs"` : '';
    out.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size.toFixed(1)}" font-weight="${weight}" fill="${fill}"${squeeze}>${escapeXml(content)}</text>`,
    );
  };
  /** The largest size from `size` down to `min` at which `content` fits `max`. */
  const fit = (content: string, size: number, min: number, weight: Weight, max = INNER) =>
    Math.max(min, Math.min(size, (size * max) / Math.max(1, measure(content, size, weight))));
  const light = (key: 'text' | 'muted' | 'surface') => colours[key].light;

  out.push(
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${light('surface')}"/>`,
    `<rect width="${CARD_WIDTH}" height="14" fill="#1d70b8"/>`,
  );
  text(t.kicker(period, !!area), PAD, 104, 32, 400, light('muted'));
  let y = 104;
  const nameSize = fit(force, 64, 44, 700);
  const nameLines = measure(force, nameSize, 700) > INNER ? wrap(force, 44, 700, INNER) : [force];
  for (const line of nameLines) text(line, PAD, (y += nameLines.length > 1 ? 54 : 76), nameSize, 700, light('text'));

  const sourceY = CARD_HEIGHT - 44;
  const sourceLine = address ? `${source} · ${address}` : source;
  text(sourceLine, PAD, sourceY, fit(sourceLine, 24, 16, 400), 400, light('muted'));

  /** A badge (border, tint, shape, the grade's name) with its top left at x, y; returns its width. */
  const badge = (row: Row, x: number, y: number, size: number, width?: number) => {
    const height = size * 1.9;
    const inner = size * 0.55;
    const w = width ?? measure(row.words, size, 700) + size * 2.6;
    if (!row.grade) {
      text(row.words, x, y + height / 2 + size * 0.35, size, 700, light('muted'), w);
      return w;
    }
    const { fg, bg } = colours.grades[row.grade];
    out.push(
      `<rect x="${x + 1.5}" y="${(y + 1.5).toFixed(1)}" width="${(w - 3).toFixed(1)}" height="${(height - 3).toFixed(1)}" rx="6" fill="${bg.light}" stroke="${fg.light}" stroke-width="3"/>`,
      `<svg x="${(x + inner).toFixed(1)}" y="${(y + (height - size) / 2).toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" viewBox="0 0 16 16"><path d="${PATHS[row.grade]}" fill="none" stroke="${fg.light}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
    );
    text(row.words, x + inner + size * 1.45, y + height / 2 + size * 0.35, size, 700, fg.light, w - size * 2.4);
    return w;
  };

  const top = y + 40;
  const bottom = sourceY - 56;
  if (area && rows[0]) {
    // One area: its title large, then its grade larger.
    const titleLines = wrap(rows[0].title, 44, 700, INNER).slice(0, 3);
    let at = top + 10;
    for (const line of titleLines) text(line, PAD, (at += 52), 44, 700, light('text'));
    badge(rows[0], PAD, Math.min(at + 36, bottom - 56 * 1.9), 56);
  } else {
    const rowHeight = Math.min(84, (bottom - top) / Math.max(1, rows.length));
    const size = Math.max(15, Math.min(34, rowHeight * 0.46));
    const badgeWidth = Math.max(...rows.map((r) => measure(r.words, size, 700))) + size * 2.6;
    const titleX = PAD + badgeWidth + size;
    const titleMax = CARD_WIDTH - PAD - titleX;
    rows.forEach((row, i) => {
      const rowTop = top + i * rowHeight + (rowHeight - size * 1.9) / 2;
      badge(row, PAD, rowTop, size, badgeWidth);
      const titleSize = fit(row.title, size, size * 0.75, 400, titleMax);
      text(row.title, titleX, rowTop + size * 0.95 + titleSize * 0.35, titleSize, 400, light('text'), titleMax);
    });
  }

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FAMILY}">`,
    `<title>${escapeXml(alt)}</title>`,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, alt };
}

/** The font files the card's text needs (Latin, and Latin Extended only when a character calls for it). */
function fontsFor(svg: string): Uint8Array[] {
  const files = fontFiles();
  const needed = new Set<number>([0, 2]);
  for (const c of new Set(svg)) for (const weight of [400, 700] as const) needed.add(WIDTHS[weight][c]?.[1] ?? 0);
  return [...needed].sort().map((i) => files[i]!);
}

let ready: Promise<void> | undefined;

/** The card as PNG bytes; `wasm` hands over resvg's WebAssembly (a compiled module on Workers, bytes on Node). */
export async function cardPng(
  svg: string,
  wasm: () => InitInput | Promise<InitInput>,
): Promise<Uint8Array<ArrayBuffer>> {
  // One initialisation per isolate; a failed one is tried again by the next card.
  await (ready ??= Promise.resolve(wasm())
    .then(initWasm)
    .catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
  const resvg = new Resvg(svg, { font: { fontBuffers: fontsFor(svg), defaultFontFamily: FAMILY } });
  try {
    const image = resvg.render();
    try {
      return new Uint8Array(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
