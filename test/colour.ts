// Colours as the browser computes them (light-dark(), color-mix(), system colours), read back as 8-bit sRGB
// through a 1×1 canvas, and WCAG's contrast ratio between two of them.

export type Rgba = [number, number, number, number];

const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** A computed colour as [r, g, b, alpha]: 0–255 each, alpha 0–1. */
export function rgba(color: string): Rgba {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** A colour laid over an opaque one. */
export const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [
  r * a + R * (1 - a),
  g * a + G * (1 - a),
  b * a + B * (1 - a),
  1,
];

const luminance = ([r, g, b]: Rgba) =>
  [r, g, b]
    .map((c) => c / 255)
    .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);

/** WCAG 2's contrast ratio of two opaque colours. */
export const ratio = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The element a node is drawn inside, in the flat tree: its slot, its parent, or its shadow root's host. */
export const up = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);
