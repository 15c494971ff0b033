import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import northamptonshire from '../src/data/examples/northamptonshire-2017.json' with { type: 'json' };
import fictional from '../src/data/examples/fictional-2021.json' with { type: 'json' };
import type { Assessment } from '../src/data/types.js';
import '../src/define.js';

export { northamptonshire, fictional };

// The dark scheme as a host page would ask for it: color-scheme on an ancestor, on a dark page.
const style = document.createElement('style');
style.textContent = '.dark-scheme { color-scheme: dark; background: #0b0c0c; color: #f3f2f1; padding: 8px; }';
document.head.append(style);

/** A fresh deep copy of an example, safe to mutate in a test. */
export const copy = <T>(value: T): T => structuredClone(value);

export const NORTHAMPTONSHIRE = northamptonshire as unknown as Assessment;
export const FICTIONAL = fictional as unknown as Assessment;

/** Waits until the element and every peel element in its shadow tree have rendered. */
export async function settle(root: Element): Promise<void> {
  const pending = [root, ...deepQueryAll(root, 'peel-rating, pillar-summary, key-facts-panel, peel-assessment')];
  for (const el of pending) await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  // Nested elements may render in a later task than their host.
  await new Promise((resolve) => setTimeout(resolve));
  for (const el of deepQueryAll(root, 'peel-rating, pillar-summary, key-facts-panel, peel-assessment'))
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Every element matching `selector` in `root`'s shadow tree and the shadow trees below it. */
export function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const out: Element[] = [];
  const scope = root instanceof Element ? root.shadowRoot : root;
  if (!scope) return out;
  for (const el of scope.querySelectorAll('*')) {
    if (el.matches(selector)) out.push(el);
    if (el.shadowRoot) out.push(...deepQueryAll(el, selector));
  }
  return out;
}

/** The text a reader gets from the element, shadow trees included, with white space folded. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const el = node as Element;
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    else if (el.localName !== 'style' && el.localName !== 'script') node.childNodes.forEach(walk);
  };
  (root instanceof Element && root.shadowRoot ? root.shadowRoot : root).childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Renders a template and waits for every nested element. */
export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settle(el);
  return el;
}

/**
 * Renders the template as the fixture's root inside a dark-scheme wrapper. (With a plain <div> as
 * the root, open-wc waits for an animation frame, which a hidden page of a parallel run never gets.)
 */
export async function renderDark<T extends Element>(template: TemplateResult): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.className = 'dark-scheme';
  document.body.append(wrapper);
  const el = await fixture<T>(template, { parentNode: wrapper });
  await settle(el);
  return el;
}

/** axe in the light scheme and again in the dark one. */
export async function expectAccessibleLightAndDark(template: TemplateResult): Promise<void> {
  const light = await render(template);
  await expect(light).to.be.accessible();
  const dark = await renderDark(template);
  await expect(dark).to.be.accessible();
}

/** Records console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

export { expect, fixture, html, oneEvent };
