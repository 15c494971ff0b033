// The preview: the element made exactly as the code describes it, in a narrow and a wide frame, on a
// light and on a dark page.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { attributes, styleBlock } from './snippet.js';
import { TOKENS } from './tokens.js';
import type { PeelEmbedBuilder } from './peel-embed-builder.js';

export function previewSection(b: PeelEmbedBuilder): TemplateResult {
  const note = b.defined
    ? nothing
    : html`<p class="problems">
        <code>&lt;${b.state.element}&gt;</code> is not in this build of peel-widgets yet, so it cannot be previewed; the
        code below is what it will take.
      </p>`;
  return html`<section class="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">Preview</h2>
    ${note}
    ${
      b.dataHost
        ? html`<p class="data-host">
            Data from <strong>${b.dataHost}</strong>, not from peel-widgets: check that it is the inspectorate's before
            you publish it.
          </p>`
        : nothing
    }
    ${(['light', 'dark'] as const).map(
      (scheme) =>
        html`<h3>${scheme === 'light' ? 'On a light page' : 'On a dark page'}</h3>
          <div class=${`frames ${scheme}`}>
            <div class="frame narrow" data-width="375">
              <p class="frame-label">375 px</p>
              <div class="slot" data-scheme=${scheme}></div>
            </div>
            <div class="frame wide">
              <p class="frame-label">Wide</p>
              <div class="slot" data-scheme=${scheme}></div>
            </div>
          </div>`,
    )}
  </section>`;
}

/** Puts a fresh element into each preview frame whose element is not already the one the options describe. */
export function fillPreviews(b: PeelEmbedBuilder) {
  const options = b.options;
  const data = b.elementData;
  const style = styleBlock(options);
  let key: string;
  try {
    key = JSON.stringify([options, data, style]);
  } catch {
    // Data no part of the builder can carry (its problems are listed beside the field).
    key = 'unwritable';
  }
  for (const slot of b.querySelectorAll<HTMLElement>('.preview .slot')) {
    if (slot.dataset.key === key) continue;
    slot.dataset.key = key;
    const el = document.createElement(options.element) as HTMLElement & { assessment?: unknown };
    for (const [name, value] of attributes(options)) el.setAttribute(name, value);
    el.assessment = data;
    if (options.scheme !== 'page') el.style.setProperty('color-scheme', options.scheme);
    for (const token of TOKENS) {
      const value = options.brand[token.key];
      if (value) el.style.setProperty(token.property, value);
    }
    slot.replaceChildren(el);
  }
}
