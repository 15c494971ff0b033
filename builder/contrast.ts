// Contrast as WCAG 2.2 defines it (relative luminance of sRGB colours), for the builder's brand
// check. Element-free and pure, so the tests can check it against known ratios.

export type Rgb = [number, number, number];

/** `#rrggbb` (or `#rgb`) to channels 0–255; undefined for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

export const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2.2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `color-mix(in srgb, a p%, b)`, as the badge mixes its background from its colour and the surface. */
export const mix = (a: Rgb, b: Rgb, p: number): Rgb => a.map((c, i) => c * p + b[i] * (1 - p)) as Rgb;

/** A ratio as people read it: two decimals, never rounded up past a threshold ("4.49:1", not "4.5:1"). */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
