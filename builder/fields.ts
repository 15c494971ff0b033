import { html, nothing } from 'lit';
import type { Builder } from './state.js';
import type { DataIssue } from '../src/data/types.js';

// The form's fields, which every part of the builder draws its controls with (controls.ts, own-data.ts,
// preview.ts, code.ts).

export function select<T extends string>(
  id: string,
  label: string,
  value: T,
  choices: readonly (readonly [T, string])[],
  onChange: (v: T) => void,
) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T)}>
      ${choices.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}

export function radios<T extends string>(
  name: string,
  legend: string,
  value: T,
  choices: readonly (readonly [T, string])[],
  onChange: (v: T) => void,
) {
  return html`<fieldset class="choices">
    <legend>${legend}</legend>
    ${choices.map(
      ([v, text]) =>
        html`<div class="choice">
          <input
            type="radio"
            id=${`${name}-${v}`}
            name=${name}
            value=${v}
            .checked=${v === value}
            @change=${() => onChange(v)}
          />
          <label for=${`${name}-${v}`}>${text}</label>
        </div>`,
    )}
  </fieldset>`;
}

export function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<div class="field check">
    <input
      id=${id}
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/** Problems and notes listed at most, as the elements report them: a link's document can hold 490,000. */
export const MAX_LISTED = 20;

/** The first MAX_LISTED items, then "… and N more" (`more`: those beyond the list itself). */
function capped(items: DataIssue[], more: number, item: (p: DataIssue) => unknown) {
  const rest = items.length - MAX_LISTED + more;
  return html`<ul>
    ${items.slice(0, MAX_LISTED).map((p) => html`<li>${item(p)}</li>`)}
    ${rest > 0 ? html`<li>… and ${rest.toLocaleString('en')} more</li>` : nothing}
  </ul>`;
}

export function problemsList(b: Builder, field: string) {
  const { problems, warnings } = b;
  const total = problems.length + b.moreProblems;
  return html`<div id=${`${field}-problems`} class="problems">
    ${
      problems.length
        ? html`<p class="problem-title">
              The data has ${total === 1 ? 'a problem' : `${total.toLocaleString('en')} problems`}. The preview and the
              code still show the last data that worked.
            </p>
            ${capped(problems, b.moreProblems, (p) => html`${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}`)}`
        : nothing
    }
    ${
      warnings.length
        ? html`<p>Notes on the data (it still works):</p>
            ${capped(warnings, 0, (p) => html`<code>${p.path}</code>: ${p.message}`)}`
        : nothing
    }
  </div>`;
}
