// The builder's form: the data it shows, what to show of it, and the brand colours.
import { html, nothing } from 'lit';
import { GRADE_LABELS } from '../src/data/grades.js';
import { CARD_STRINGS } from '../src/i18n/card-strings.js';
import { pillarTitle } from '../src/i18n/titles.js';
import { REGIONS } from '../src/data/regions.js';
import { formatRatio } from './contrast.js';
import { ELEMENTS, TAKES } from './snippet.js';
import type { ElementTag, Options } from './snippet.js';
import { FORCE_CHOICES, cyclesFor, shippedLabel } from './sources.js';
import type { DataMode } from './state.js';
import { TOKENS, checkBrand } from './tokens.js';
import type { Builder } from './state.js';
import { checkbox, problemsList, radios, select } from './fields.js';
import { linkNote, ownControls, tableControls } from './own-data.js';

const ELEMENT_LABELS: Record<ElementTag, string> = {
  'peel-rating': 'peel-rating: one grade as a badge',
  'pillar-summary': 'pillar-summary: one area as a card',
  'key-facts-panel': 'key-facts-panel: the key facts',
  'peel-assessment': 'peel-assessment: the whole assessment',
  'peel-compare': 'peel-compare: compare forces',
  'peel-history': 'peel-history: a force over time',
};

const SCHEME_LABELS: Record<Options['scheme'], string> = {
  page: 'Follow the page',
  light: 'Always light',
  dark: 'Always dark',
  'light dark': "Follow the reader's system setting",
};

export function dataControls(b: Builder) {
  const s = b.state;
  const invalid = b.problems.length > 0;
  return html`<fieldset class="group">
    <legend><h2>Data</h2></legend>
    ${radios<DataMode>(
      'data-mode',
      'Where the data comes from',
      s.mode,
      [
        ['shipped', 'A force, from the data this package ships'],
        ['paste', 'Paste JSON'],
        ['url', 'The address (URL) of a JSON document'],
        ['table', 'A table pasted from a spreadsheet'],
        ['own', 'Enter the grades yourself'],
      ],
      (mode) => b.set({ mode }),
    )}
    ${
      s.mode === 'shipped'
        ? html`${select(
            'force',
            'Force',
            s.force,
            FORCE_CHOICES.map((f) => [f.id, f.name] as const),
            (force) => b.set({ force }),
          )}
          ${select(
            'cycle',
            'Inspection cycle',
            s.cycle,
            cyclesFor(s.force).map((c) => [c, shippedLabel(s.force, c)] as const),
            (cycle) => b.set({ cycle }),
          )}
          ${radios(
            'delivery',
            'How the code carries the data',
            s.delivery,
            [
              ['inline', 'Inside the tag (a JSON script): nothing else to upload'],
              ['src', 'From an address (src): the copy beside this builder; upload it to your site'],
              [
                'collection',
                'From the shared collection (src and force): one file, every force of the cycle; upload it once',
              ],
            ],
            (delivery) => b.set({ delivery }),
          )}`
        : s.mode === 'paste'
          ? html`<div class="field">
              <label for="json">JSON document</label>
              <textarea
                id="json"
                class="code-field"
                rows="10"
                spellcheck="false"
                aria-describedby="json-problems"
                aria-invalid=${invalid ? 'true' : 'false'}
                .value=${s.json}
                @change=${(e: Event) => b.set({ json: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
              ${problemsList(b, 'json')} ${linkNote(b)}
            </div>`
          : s.mode === 'table'
            ? tableControls(b)
            : s.mode === 'own'
              ? ownControls(b)
              : html`<div class="field">
                  <label for="url">Data URL</label>
                  <input
                    id="url"
                    type="url"
                    inputmode="url"
                    autocomplete="url"
                    aria-describedby="url-problems"
                    aria-invalid=${invalid ? 'true' : 'false'}
                    .value=${s.url}
                    @change=${(e: Event) => b.set({ url: (e.target as HTMLInputElement).value })}
                  />
                  <p class="hint">
                    The server must allow other sites to read it (CORS). Press Enter or leave the field to load it.
                  </p>
                  ${b.loading ? html`<p>Loading…</p>` : nothing} ${problemsList(b, 'url')}
                </div>`
    }
    ${s.mode === 'shipped' ? problemsList(b, 'shipped') : nothing}
  </fieldset>`;
}

export function showControls(b: Builder) {
  const s = b.state;
  const takes = TAKES[s.element];
  const a = b.loaded.assessment;
  const areas = (a?.pillars ?? [])
    .filter((p) => p.id)
    .map(
      (p) =>
        [
          p.id!,
          `${pillarTitle(CARD_STRINGS.en, p, a!.force.name, a!.cycle)[0]}${p.grade ? ` (${GRADE_LABELS.en[p.grade]})` : ''}`,
        ] as const,
    );
  // The key facts panel only for data that has key facts (a link may still name it: then it says so).
  const facts = !!a?.keyFacts && Object.keys(a.keyFacts).length > 0;
  const elements = ELEMENTS.filter((e) => e !== 'key-facts-panel' || facts || s.element === e);
  return html`<fieldset class="group">
    <legend><h2>What to show</h2></legend>
    ${select(
      'element',
      'Element',
      s.element,
      elements.map(
        (e) =>
          [
            e,
            facts || e !== 'key-facts-panel' ? ELEMENT_LABELS[e] : `${ELEMENT_LABELS[e]} (none in this data)`,
          ] as const,
      ),
      (element) => b.set({ element }),
    )}
    ${
      s.element === 'key-facts-panel' && !facts
        ? html`<p class="problems">This data has no key facts: choose another element, or data with key facts.</p>`
        : nothing
    }
    ${
      takes.has('pillar') && areas.length
        ? select('pillar', 'Area', b.options.pillar ?? '', areas, (pillar) => b.set({ pillar }))
        : nothing
    }
    ${
      takes.has('variant')
        ? select(
            'variant',
            'Variant',
            s.variant,
            [
              ['badge', 'Badge: the grade alone'],
              ['scale', 'Scale: every grade, this one marked'],
            ] as const,
            (variant) => b.set({ variant }),
          )
        : nothing
    }
    ${
      takes.has('size')
        ? select(
            'size',
            'Size',
            s.size,
            [
              ['small', 'Small'],
              ['medium', 'Medium'],
              ['large', 'Large'],
            ] as const,
            (size) => b.set({ size }),
          )
        : nothing
    }
    ${
      takes.has('headingLevel')
        ? select(
            'heading-level',
            'Heading level',
            String(s.headingLevel),
            [1, 2, 3, 4, 5, 6].map((n) => [String(n), `Level ${n} (h${n})`] as const),
            (v) => b.set({ headingLevel: Number(v) }),
          )
        : nothing
    }
    ${
      takes.has('highlight')
        ? checkbox('highlight', 'Mark the chosen force\'s row as "your force"', s.highlightForce, (highlightForce) =>
            b.set({ highlightForce }),
          )
        : nothing
    }
    ${
      takes.has('groupBy')
        ? checkbox('group-by', 'Group the forces by region', s.groupByRegion, (groupByRegion) =>
            b.set({ groupByRegion }),
          )
        : nothing
    }
    ${
      takes.has('region')
        ? select(
            'region',
            'Region',
            s.region,
            [['', 'All regions'] as const, ...REGIONS.map((r) => [r, r] as const)],
            (region) => b.set({ region }),
          )
        : nothing
    }
    ${
      takes.has('sort')
        ? select(
            'sort',
            'Sort by',
            s.sort,
            [
              ['name', 'Force name, A to Z'] as const,
              ['-name', 'Force name, Z to A'] as const,
              ...(a?.pillars ?? [])
                .filter((p) => p.id)
                .flatMap((p) => {
                  const [title] = pillarTitle(CARD_STRINGS.en, p, a!.force.name, a!.cycle);
                  return [[p.id!, `${title}, best first`] as const, [`-${p.id}`, `${title}, worst first`] as const];
                }),
            ],
            (sort) => b.set({ sort }),
          )
        : nothing
    }
    ${select(
      'lang',
      'Language',
      s.lang,
      [
        ['en', 'English'],
        ['cy', 'Welsh'],
      ] as const,
      (l) => b.set({ lang: l }),
    )}
    ${select(
      'scheme',
      'Colour scheme',
      s.scheme,
      Object.entries(SCHEME_LABELS) as [Options['scheme'], string][],
      (scheme) => b.set({ scheme }),
    )}
    ${
      takes.has('compact')
        ? checkbox('compact', 'Compact: each summary’s first paragraph, the rest a click away', s.compact, (compact) =>
            b.set({ compact }),
          )
        : nothing
    }
    ${
      takes.has('hideSource')
        ? checkbox('show-source', 'Show the source line (the inspectorate, cycle and date)', !s.hideSource, (show) =>
            b.set({ hideSource: !show }),
          )
        : nothing
    }
  </fieldset>`;
}

export function brandControls(b: Builder) {
  const { brand } = b.state;
  const checks = checkBrand(brand, b.schemes);
  const failing = checks.filter((c) => c.ratio < c.needed);
  return html`<fieldset class="group brand">
    <legend><h2>Brand colours</h2></legend>
    <p class="hint">
      A colour you choose applies in the light and the dark scheme alike. Leave one unchanged to keep the built-in
      colours of both.
    </p>
    <div class="colours">
      ${TOKENS.map((token) => {
        const value = brand[token.key] ?? token.light;
        return html`<div class="colour">
          <input
            id=${`c-${token.key}`}
            type="color"
            .value=${value}
            @change=${(e: Event) => b.set({ brand: { ...brand, [token.key]: (e.target as HTMLInputElement).value } })}
          />
          <label for=${`c-${token.key}`}>${token.label}</label>
          <span class="value">${brand[token.key] ? value : 'built in'}</span>
        </div>`;
      })}
    </div>
    <button type="button" ?disabled=${!Object.keys(brand).length} @click=${() => b.set({ brand: {} })}>
      Reset colours
    </button>
    ${
      checks.length
        ? html`<table class="contrast">
            <caption>
              Contrast of your colours (WCAG 2.2 AA)
            </caption>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col">Scheme</th>
                <th scope="col">Ratio</th>
                <th scope="col">Needed</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              ${checks.map(
                (c) =>
                  html`<tr>
                    <th scope="row">${c.pair}</th>
                    <td>${c.scheme}</td>
                    <td>${formatRatio(c.ratio)}</td>
                    <td>${c.needed}:1 (${c.kind})</td>
                    <td>${c.ratio >= c.needed ? 'Passes' : html`<strong>Too low</strong>`}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
    <div role="status" class="warnings">
      ${
        failing.length
          ? html`<p>
                <strong>Warning:</strong> ${failing.length === 1 ? 'one pair is' : `${failing.length} pairs are`} below
                WCAG 2.2 AA:
              </p>
              <ul>
                ${failing.map(
                  (c) =>
                    html`<li>
                      ${c.pair}, ${c.scheme} scheme: ${formatRatio(c.ratio)};
                      ${c.kind === 'text' ? 'text' : 'a non-text mark'} needs at least ${c.needed}:1.
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>
  </fieldset>`;
}
