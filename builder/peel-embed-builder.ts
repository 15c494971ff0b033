import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { parseDocument } from '../src/data/parse.js';
import type { Assessment, DataIssue } from '../src/data/types.js';
import { GRADE_LABELS } from '../src/data/grades.js';
import { CARD_STRINGS } from '../src/i18n/card-strings.js';
import { pillarTitle } from '../src/i18n/titles.js';
import { safeUrl } from '../src/security/safe-url.js';
import { formatRatio } from './contrast.js';
import { badgeSvg } from '../src/cli/badge.js';
import { builderStyles } from './builder.styles.js';
import { ELEMENTS, TAKES, attributes, chosenPillar, embedCode, iframeCode, styleBlock, trimData } from './snippet.js';
import type { ElementTag, Options } from './snippet.js';
import { REGIONS } from '../src/data/regions.js';
import { FORCE_CHOICES, cycleLabel, cyclesFor, findShipped } from './sources.js';
import { DEFAULTS, readState, writeState } from './state.js';
import type { BuilderState, CodeKind, DataMode } from './state.js';
import { TOKENS, checkBrand } from './tokens.js';
import type { Scheme } from './tokens.js';

/** The data as the builder last read it: what the preview and the code use, and what was wrong. */
interface Loaded {
  /** One force's document (JSON data) as given, before trimming. */
  raw: unknown;
  /** The collection it belongs to, when there is one (for <peel-compare>). */
  rawCollection?: unknown;
  /** Parsed, for the area list and the fallback content. */
  assessment?: Assessment;
  /** The addresses of the document and of the collection, when the code can point `src` at them. */
  src?: string;
  collectionSrc?: string;
}

const ELEMENT_LABELS: Record<ElementTag, string> = {
  'peel-rating': 'peel-rating: one grade as a badge',
  'pillar-summary': 'pillar-summary: one area as a card',
  'key-facts-panel': 'key-facts-panel: the key facts',
  'peel-assessment': 'peel-assessment: the whole assessment',
  'peel-compare': 'peel-compare: compare forces',
};

const SCHEME_LABELS: Record<Options['scheme'], string> = {
  page: 'Follow the page',
  light: 'Always light',
  dark: 'Always dark',
  'light dark': "Follow the reader's system setting",
};

/**
 * The embed builder: a page where someone who writes no code chooses the data, the element and its
 * options and brand colours, sees the result, and copies the tag. Renders into the light DOM so that
 * the page's labels, landmarks and the copy field are ordinary document content.
 */
export class PeelEmbedBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    assetBase: { attribute: 'asset-base' },
    state: { state: true },
    problems: { state: true },
    warnings: { state: true },
    copied: { state: true },
    loading: { state: true },
  };

  /** Where the bundle, the fallback stylesheet and data/ are (default: beside the page). */
  declare assetBase?: string;

  state: BuilderState = readState(location.search);
  /** What is wrong with the data the user gave (JSON paths and messages). */
  problems: DataIssue[] = [];
  warnings: DataIssue[] = [];
  copied = '';
  loading = false;

  /** The last data that worked: the preview and code keep it while the input is wrong. */
  #loaded: Loaded = this.#shipped();
  #fetchId = 0;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!document.adoptedStyleSheets.includes(builderStyles))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, builderStyles];
    this.#readData();
  }

  #base(path: string) {
    return new URL(path, new URL(this.assetBase ?? '', document.baseURI)).href;
  }

  #shipped(): Loaded {
    const source = findShipped(this.state?.force ?? DEFAULTS.force, this.state?.cycle ?? DEFAULTS.cycle);
    const loaded = this.#parsed(source.doc, this.#base(source.path)) ?? { raw: source.doc };
    return source.collection
      ? { ...loaded, rawCollection: source.collection.doc, collectionSrc: this.#base(source.collection.path) }
      : loaded;
  }

  /** The data parsed; records the problems, and returns undefined when there are errors. */
  #parsed(raw: unknown, src?: string): Loaded | undefined {
    const result = parseDocument(raw);
    this.warnings = result.warnings;
    if (!result.ok) {
      this.problems = result.errors;
      return undefined;
    }
    this.problems = [];
    const value = result.value;
    if (!('assessments' in value)) return { raw, assessment: value, src };
    // A collection: the elements for one force show its first assessment; <peel-compare> all of them.
    if (!value.assessments.length) {
      this.problems = [{ path: 'assessments', message: 'The collection has no assessments to show.' }];
      return undefined;
    }
    const first = (raw as { assessments: unknown[] }).assessments[0];
    return { raw: first, rawCollection: raw, assessment: value.assessments[0], collectionSrc: src };
  }

  /** Reads the data the state names, keeping the last good data when it is wrong. */
  #readData() {
    const { mode, json, url } = this.state;
    this.#fetchId++;
    this.loading = false;
    if (mode === 'shipped') {
      this.#loaded = this.#shipped();
    } else if (mode === 'paste') {
      if (!json.trim()) {
        this.problems = [{ path: '(root)', message: 'Paste a JSON document here.' }];
        return;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(json);
      } catch (error) {
        this.warnings = [];
        this.problems = [{ path: '(root)', message: `This is not valid JSON (${(error as Error).message}).` }];
        return;
      }
      this.#loaded = this.#parsed(raw) ?? this.#loaded;
    } else {
      void this.#fetch(url);
    }
  }

  async #fetch(url: string) {
    const id = this.#fetchId;
    const href = safeUrl(url.trim()) && url.trim();
    if (!href) {
      this.problems = [
        { path: '(root)', message: 'Give the address of a JSON document, starting with https:// or a path.' },
      ];
      return;
    }
    this.loading = true;
    let problem: string | undefined;
    let raw: unknown;
    try {
      const response = await fetch(new URL(href, document.baseURI));
      if (!response.ok) problem = `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.');
      else raw = await response.json();
    } catch (error) {
      problem =
        error instanceof SyntaxError
          ? `The address did not give valid JSON (${error.message}).`
          : 'The data could not be fetched (no answer, or the server does not allow other sites to read it).';
    }
    if (id !== this.#fetchId) return;
    this.loading = false;
    if (problem) this.problems = [{ path: '(root)', message: problem }];
    else this.#loaded = this.#parsed(raw, href) ?? this.#loaded;
    this.requestUpdate();
  }

  /** Changes the state, writes it to the address bar, and reads the data again when it changed. */
  set(change: Partial<BuilderState>) {
    const before = this.state;
    this.state = { ...before, ...change };
    const dataChanged = (['mode', 'force', 'cycle', 'json', 'url'] as const).some(
      (k) => k in change && change[k] !== before[k],
    );
    if (dataChanged) {
      // A force without the chosen cycle takes its first one.
      if (this.state.mode === 'shipped' && !cyclesFor(this.state.force).includes(this.state.cycle as never))
        this.state = { ...this.state, cycle: cyclesFor(this.state.force)[0] ?? DEFAULTS.cycle };
      this.#readData();
    }
    // The area list belongs to the data: an area the new data lacks goes back to the first.
    const pillars = this.#loaded.assessment?.pillars ?? [];
    if (this.state.pillar && !pillars.some((p) => p.id === this.state.pillar))
      this.state = { ...this.state, pillar: undefined };
    this.copied = '';
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${writeState(this.state, location.search)}${location.hash}`,
    );
  }

  // ---- derived ----

  get options(): Options {
    const s = this.state;
    const pillars = this.#loaded.assessment?.pillars ?? [];
    // The area is always written out, so the code names what the preview shows.
    const highlight = s.highlightForce ? this.#loaded.assessment?.force.id : undefined;
    return { ...s, pillar: s.pillar ?? pillars.find((p) => p.id)?.id, highlight };
  }

  /** The data the element gets: a collection for <peel-compare> (one force's wrapped as one), else trimmed to what it shows. */
  get elementData(): unknown {
    const { raw, rawCollection } = this.#loaded;
    if (this.state.element === 'peel-compare') return rawCollection ?? { schemaVersion: 1, assessments: [raw] };
    return trimData(raw, this.options);
  }

  /** The address the code's `src` can name, if any. */
  get #dataSrc(): string | undefined {
    const { src, collectionSrc } = this.#loaded;
    return this.state.element === 'peel-compare' ? collectionSrc : src;
  }

  get defined() {
    return !!customElements.get(this.state.element);
  }

  get scriptUrl() {
    return this.state.scriptUrl || this.#base('peel-widgets.min.js');
  }

  get cssUrl() {
    return this.state.includeCss ? this.state.cssUrl || this.#base('peel-widgets-fallback.css') : '';
  }

  get code(): string {
    const { state } = this;
    const options = this.options;
    const loaded = this.#loaded;
    if (state.code === 'svg')
      return this.svg || '<!-- This area has no grade, so there is no badge to draw: choose another area. -->\n';
    if (state.code === 'iframe') {
      const src = this.#dataSrc;
      if (!src) return '<!-- The iframe needs the data at an address: choose the shipped data or give a URL. -->\n';
      return iframeCode({ options, src, embedUrl: this.#base('embed.html'), title: this.#title });
    }
    const useSrc = state.mode === 'url' || (state.mode === 'shipped' && state.delivery === 'src');
    return embedCode({
      options,
      assessment: loaded.assessment,
      data: useSrc && this.#dataSrc ? { src: this.#dataSrc } : { inline: this.elementData },
      scriptUrl: this.scriptUrl,
      cssUrl: this.cssUrl,
    });
  }

  get #title(): string {
    const a = this.#loaded.assessment;
    return a ? `${a.force.name}: PEEL inspection ratings` : 'PEEL inspection ratings';
  }

  /** What the badge says: the area and its grade. */
  get #badgeTitle(): string {
    // Parsed, not matched, so that its escapes (&amp;) come back as the characters they stand for.
    return new DOMParser().parseFromString(this.svg, 'image/svg+xml').querySelector('title')?.textContent ?? '';
  }

  /** The static badge (issue 11's generator, the element's own palette), or '' when the area has no grade. */
  get svg(): string {
    const a = this.#loaded.assessment;
    const pillar = a && chosenPillar(a, this.options.pillar);
    if (!a || !pillar?.grade) return '';
    const { lang, scheme, size } = this.state;
    const [label] = pillarTitle(CARD_STRINGS[lang], pillar, a.force.name, a.cycle);
    try {
      return badgeSvg({
        grade: pillar.grade,
        previousGrade: pillar.previousGrade,
        label,
        lang,
        scheme: scheme === 'dark' ? 'dark' : 'light',
        size,
      });
    } catch {
      return '';
    }
  }

  get schemes(): Scheme[] {
    const { scheme } = this.state;
    return scheme === 'light' ? ['light'] : scheme === 'dark' ? ['dark'] : ['light', 'dark'];
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    return html`
      <header class="intro">
        <h1>Embed builder</h1>
        <p>
          Choose the data and what to show, see it in the preview, then copy the code into your page. Nothing you do
          here leaves your browser; the address of this page keeps your choices, so you can share or bookmark them.
        </p>
      </header>
      <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
        ${this.#dataControls()} ${this.#showControls()} ${this.#brandControls()}
      </form>
      <nav class="jump" aria-label="On this page">
        <a href="#preview-title">Preview</a> <a href="#code-title">Code to copy</a>
      </nav>
      ${this.#preview()} ${this.#codeSection()}
    `;
  }

  #select<T extends string>(
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

  #radios<T extends string>(
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

  #problemsList(field: string) {
    const { problems, warnings } = this;
    return html`<div id=${`${field}-problems`} class="problems">
      ${
        problems.length
          ? html`<p class="problem-title">
                The data has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}. The preview and the
                code still show the last data that worked.
              </p>
              <ul>
                ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
              </ul>`
          : nothing
      }
      ${
        warnings.length
          ? html`<p>Notes on the data (it still works):</p>
              <ul>
                ${warnings.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  #dataControls() {
    const s = this.state;
    const invalid = this.problems.length > 0;
    return html`<fieldset class="group">
      <legend><h2>Data</h2></legend>
      ${this.#radios<DataMode>(
        'data-mode',
        'Where the data comes from',
        s.mode,
        [
          ['shipped', 'A force, from the data this package ships'],
          ['paste', 'Paste JSON'],
          ['url', 'The address (URL) of a JSON document'],
        ],
        (mode) => this.set({ mode }),
      )}
      ${
        s.mode === 'shipped'
          ? html`${this.#select(
              'force',
              'Force',
              s.force,
              FORCE_CHOICES.map((f) => [f.id, f.name] as const),
              (force) => this.set({ force }),
            )}
            ${this.#select(
              'cycle',
              'Inspection cycle',
              s.cycle,
              cyclesFor(s.force).map((c) => [c, cycleLabel(c)] as const),
              (cycle) => this.set({ cycle }),
            )}
            ${this.#radios(
              'delivery',
              'How the code carries the data',
              s.delivery,
              [
                ['inline', 'Inside the tag (a JSON script): nothing else to upload'],
                ['src', 'From an address (src): the copy beside this builder; upload it to your site'],
              ],
              (delivery) => this.set({ delivery }),
            )}`
          : s.mode === 'paste'
            ? html`<div class="field">
                <label for="json">JSON document</label>
                <textarea
                  id="json"
                  rows="10"
                  spellcheck="false"
                  aria-describedby="json-problems"
                  aria-invalid=${invalid ? 'true' : 'false'}
                  .value=${s.json}
                  @change=${(e: Event) => this.set({ json: (e.target as HTMLTextAreaElement).value })}
                ></textarea>
                ${this.#problemsList('json')}
              </div>`
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
                  @change=${(e: Event) => this.set({ url: (e.target as HTMLInputElement).value })}
                />
                <p class="hint">
                  The server must allow other sites to read it (CORS). Press Enter or leave the field to load it.
                </p>
                ${this.loading ? html`<p>Loading…</p>` : nothing} ${this.#problemsList('url')}
              </div>`
      }
      ${s.mode === 'shipped' ? this.#problemsList('shipped') : nothing}
    </fieldset>`;
  }

  #showControls() {
    const s = this.state;
    const takes = TAKES[s.element];
    const a = this.#loaded.assessment;
    const lang = s.lang;
    const areas = (a?.pillars ?? [])
      .filter((p) => p.id)
      .map(
        (p) =>
          [
            p.id!,
            `${pillarTitle(CARD_STRINGS.en, p, a!.force.name, a!.cycle)[0]}${p.grade ? ` (${GRADE_LABELS.en[p.grade]})` : ''}`,
          ] as const,
      );
    void lang;
    return html`<fieldset class="group">
      <legend><h2>What to show</h2></legend>
      ${this.#select(
        'element',
        'Element',
        s.element,
        ELEMENTS.map((e) => [e, ELEMENT_LABELS[e]] as const),
        (element) => this.set({ element }),
      )}
      ${
        takes.has('pillar') && areas.length
          ? this.#select('pillar', 'Area', this.options.pillar ?? '', areas, (pillar) => this.set({ pillar }))
          : nothing
      }
      ${
        takes.has('variant')
          ? this.#select(
              'variant',
              'Variant',
              s.variant,
              [
                ['badge', 'Badge: the grade alone'],
                ['scale', 'Scale: every grade, this one marked'],
              ] as const,
              (variant) => this.set({ variant }),
            )
          : nothing
      }
      ${
        takes.has('size')
          ? this.#select(
              'size',
              'Size',
              s.size,
              [
                ['small', 'Small'],
                ['medium', 'Medium'],
                ['large', 'Large'],
              ] as const,
              (size) => this.set({ size }),
            )
          : nothing
      }
      ${
        takes.has('headingLevel')
          ? this.#select(
              'heading-level',
              'Heading level',
              String(s.headingLevel),
              [1, 2, 3, 4, 5, 6].map((n) => [String(n), `Level ${n} (h${n})`] as const),
              (v) => this.set({ headingLevel: Number(v) }),
            )
          : nothing
      }
      ${
        takes.has('highlight')
          ? html`<div class="field check">
              <input
                id="highlight"
                type="checkbox"
                .checked=${s.highlightForce}
                @change=${(e: Event) => this.set({ highlightForce: (e.target as HTMLInputElement).checked })}
              />
              <label for="highlight">Mark the chosen force's row as "your force"</label>
            </div>`
          : nothing
      }
      ${
        takes.has('groupBy')
          ? html`<div class="field check">
              <input
                id="group-by"
                type="checkbox"
                .checked=${s.groupByRegion}
                @change=${(e: Event) => this.set({ groupByRegion: (e.target as HTMLInputElement).checked })}
              />
              <label for="group-by">Group the forces by region</label>
            </div>`
          : nothing
      }
      ${
        takes.has('region')
          ? this.#select(
              'region',
              'Region',
              s.region,
              [['', 'All regions'] as const, ...REGIONS.map((r) => [r, r] as const)],
              (region) => this.set({ region }),
            )
          : nothing
      }
      ${
        takes.has('sort')
          ? this.#select(
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
              (sort) => this.set({ sort }),
            )
          : nothing
      }
      ${this.#select(
        'lang',
        'Language',
        s.lang,
        [
          ['en', 'English'],
          ['cy', 'Welsh'],
        ] as const,
        (l) => this.set({ lang: l }),
      )}
      ${this.#select(
        'scheme',
        'Colour scheme',
        s.scheme,
        Object.entries(SCHEME_LABELS) as [Options['scheme'], string][],
        (scheme) => this.set({ scheme }),
      )}
      ${
        takes.has('hideSource')
          ? html`<div class="field check">
              <input
                id="show-source"
                type="checkbox"
                .checked=${!s.hideSource}
                @change=${(e: Event) => this.set({ hideSource: !(e.target as HTMLInputElement).checked })}
              />
              <label for="show-source">Show the source line (the inspectorate, cycle and date)</label>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #brandControls() {
    const { brand } = this.state;
    const checks = checkBrand(brand, this.schemes);
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
          return html`<div class="field colour">
            <input
              id=${`c-${token.key}`}
              type="color"
              .value=${value}
              @change=${(e: Event) => this.set({ brand: { ...brand, [token.key]: (e.target as HTMLInputElement).value } })}
            />
            <label for=${`c-${token.key}`}>${token.label}</label>
            <span class="value">${brand[token.key] ? value : 'built in'}</span>
          </div>`;
        })}
      </div>
      <button type="button" ?disabled=${!Object.keys(brand).length} @click=${() => this.set({ brand: {} })}>
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
                  <strong>Warning:</strong> ${failing.length === 1 ? 'one pair is' : `${failing.length} pairs are`}
                  below WCAG 2.2 AA:
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

  #preview() {
    const note = this.defined
      ? nothing
      : html`<p class="problems">
          <code>&lt;${this.state.element}&gt;</code> is not in this build of peel-widgets yet, so it cannot be
          previewed; the code below is what it will take.
        </p>`;
    return html`<section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      ${note}
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

  #codeSection() {
    const s = this.state;
    const code = this.code;
    const svgHref = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(this.svg)}`;
    return html`<section class="code" aria-labelledby="code-title">
      <h2 id="code-title">Code</h2>
      ${this.#radios<CodeKind>(
        'code-kind',
        'Kind of code',
        s.code,
        [
          ['element', 'The element and its script (recommended)'],
          ['iframe', 'An iframe, for sites that allow no scripts'],
          ['svg', 'A static SVG badge image'],
        ],
        (code) => this.set({ code }),
      )}
      ${
        s.code === 'element'
          ? html`<details class="addresses">
              <summary>Addresses of the script and stylesheet</summary>
              <div class="field">
                <label for="script-url">Script address</label>
                <input
                  id="script-url"
                  type="url"
                  .value=${this.scriptUrl}
                  @change=${(e: Event) => this.set({ scriptUrl: (e.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field check">
                <input
                  id="include-css"
                  type="checkbox"
                  .checked=${s.includeCss}
                  @change=${(e: Event) => this.set({ includeCss: (e.target as HTMLInputElement).checked })}
                />
                <label for="include-css"
                  >Include the fallback stylesheet (keeps the page still while the script loads)</label
                >
              </div>
              ${
                s.includeCss
                  ? html`<div class="field">
                      <label for="css-url">Fallback stylesheet address</label>
                      <input
                        id="css-url"
                        type="url"
                        .value=${this.cssUrl}
                        @change=${(e: Event) => this.set({ cssUrl: (e.target as HTMLInputElement).value })}
                      />
                    </div>`
                  : nothing
              }
            </details>`
          : nothing
      }
      ${
        s.code === 'svg'
          ? this.svg
            ? html`<p class="badge-sample"><img alt=${`The badge: ${this.#badgeTitle}`} src=${svgHref} /></p>
                <p>
                  <a href=${svgHref} download=${`peel-${this.options.pillar ?? 'grade'}.svg`}>Download the SVG badge</a>
                  (an image with the grade in words and its shape, for places that take no script: e-mail, slides,
                  print). It uses the built-in colours of the ${s.scheme === 'dark' ? 'dark' : 'light'} scheme and the
                  chosen area, language and size; your brand colours apply to the element only.
                </p>`
            : html`<p class="problems">This area has no grade, so there is no badge to draw: choose another area.</p>`
          : nothing
      }
      ${
        s.code === 'iframe'
          ? html`<p class="hint">
              The iframe loads <code>embed.html</code> from beside this builder; upload it with the script and the data
              to your site.
            </p>`
          : nothing
      }
      ${this.problems.length ? html`<p class="problems">The data has problems (see Data): this code uses the last data that worked.</p>` : nothing}
      <div class="field">
        <label for="code">Code to copy</label>
        <textarea id="code" readonly rows="14" spellcheck="false" .value=${code}></textarea>
      </div>
      <button type="button" class="copy" @click=${this.#copy}>Copy code</button>
      <p role="status" class="copied">${this.copied}</p>
      <p class="hint">
        This page's address keeps your choices: copy it from the address bar to share or reopen this configuration.
      </p>
    </section>`;
  }

  #copy = async () => {
    const field = this.querySelector<HTMLTextAreaElement>('#code')!;
    let ok = false;
    try {
      await navigator.clipboard.writeText(field.value);
      ok = true;
    } catch {
      // Older browsers, or a page without the clipboard permission: the selection route.
      field.focus();
      field.select();
      ok = document.execCommand?.('copy') ?? false;
    }
    // Emptied first, so that copying twice is announced twice.
    this.copied = '';
    await this.updateComplete;
    this.copied = ok
      ? 'Code copied. Paste it into your page.'
      : 'Could not copy: the code is selected, press Ctrl+C (or ⌘C on a Mac) to copy it.';
  };

  /** Puts a fresh element into each preview frame, made exactly as the code describes it. */
  protected override updated() {
    const options = this.options;
    const data = this.elementData;
    const style = styleBlock(options);
    for (const slot of this.querySelectorAll<HTMLElement>('.preview .slot')) {
      const key = JSON.stringify([options, data, style]);
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
}

if (!customElements.get('peel-embed-builder')) customElements.define('peel-embed-builder', PeelEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'peel-embed-builder': PeelEmbedBuilder;
  }
}
