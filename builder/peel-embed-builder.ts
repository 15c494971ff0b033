import { LitElement, html } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { DataIssue } from '../src/data/types.js';
import { builderStyles } from './builder.styles.js';
import { trimData } from './snippet.js';
import type { Options } from './snippet.js';
import { cyclesFor, historyOf, newestCycle } from './sources.js';
import { BUNDLE, CDN, FALLBACK_CSS, asFolder, chunksOf } from './assets.js';
import { DEFAULTS, MAX_QUERY, readState, writeState } from './state.js';
import type { Builder, BuilderState, DataMode, PreviewPage, PreviewWidth } from './state.js';
import type { Scheme } from './tokens.js';
import { checkCodeAddress, checkDataUrl, fetchData, hostOf, readJson, shippedData } from './data.js';
import { MAX_UNPACKED, packText, unpackText } from './link.js';
import { ownForm, ownText, readTableData } from './own-data.js';
import type { DataResult, Loaded } from './data.js';
import { brandControls, dataControls, showControls } from './controls.js';
import { fillPreview, layoutFrame, previewSection } from './preview.js';
import { codeSection, codeText, svgCode } from './code.js';

/** The text a data mode keeps, which a link carries compressed (`doc`). */
const TEXT_OF: Partial<Record<DataMode, 'json' | 'table' | 'own'>> = { paste: 'json', table: 'table', own: 'own' };

/**
 * The embed builder: a page where someone who writes no code chooses the data, the element and its
 * options and brand colours, sees the result, and copies the tag. Renders into the light DOM so that
 * the page's labels, landmarks and the copy field are ordinary document content. The state lives
 * here; the data sources, the form, the preview and the code are modules of their own.
 */
export class PeelEmbedBuilder extends LitElement implements Builder {
  static override properties: PropertyDeclarations = {
    assetBase: { attribute: 'asset-base' },
    assets: {},
    chunks: { state: true },
    state: { state: true },
    problems: { state: true },
    warnings: { state: true },
    copied: { state: true },
    loading: { state: true },
    linkTooLong: { state: true },
    previewWidth: { state: true },
    previewPage: { state: true },
    frameWidth: { state: true },
    previewHeight: { state: true },
  };

  /** Where the bundle, the fallback stylesheet and data/ are (default: beside the page). */
  declare assetBase?: string;
  /**
   * Where the code's files live unless a link says otherwise: `cdn` (the published copy of this version), or
   * by default `own`, this builder's folder or one the editor names (a page served from this computer).
   */
  declare assets?: string;
  /** The files the bundle loads on demand, once read (for the list of files to upload). */
  chunks: string[] | undefined = undefined;
  #chunksAsked = false;

  state: BuilderState = readState(location.search);
  /** What is wrong with the data the user gave (JSON paths and messages). */
  problems: DataIssue[] = [];
  warnings: DataIssue[] = [];
  /** How many problems there were beyond those in `problems` (set with it). */
  moreProblems = 0;
  copied = '';
  loading = false;
  /** Whether the pasted document was too big for the address (it stays in this page only). */
  linkTooLong = false;
  /** The preview's frame: a phone's width or the column's, on a light or a dark page. */
  previewWidth: PreviewWidth = 'narrow';
  previewPage: PreviewPage = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  /** The room the preview's frame has (its figure's width), for its width, scale and caption. */
  frameWidth = 0;
  /** The height of what the preview shows (for the iframe code's height). */
  previewHeight = 0;
  /** Settles when the preview shows the current options (for tests and the screenshot script). */
  previewDone: Promise<void> = Promise.resolve();
  #frameObserver = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    // In the next frame: the caption it changes would otherwise start another round of observations.
    requestAnimationFrame(() => (this.frameWidth = width));
  });

  /** The last data that worked: the preview and code keep it while the input is wrong. */
  #loaded: Loaded = this.#take(shippedData(this.state.force, this.state.cycle, (p) => this.base(p)));
  #fetchId = 0;
  #addressId = 0;

  protected override createRenderRoot() {
    return this;
  }

  /** This builder's defaults: its page may choose where the code's files live. */
  get #defaults(): BuilderState {
    return { ...DEFAULTS, assets: this.assets === 'cdn' ? 'cdn' : 'own' };
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!document.adoptedStyleSheets.includes(builderStyles))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, builderStyles];
    this.state = readState(location.search, this.#defaults);
    const query = new URLSearchParams(location.search);
    // An old link's script and stylesheet addresses, never read, leave the address bar at once.
    if (query.has('script') || query.has('css')) {
      query.delete('script');
      query.delete('css');
      const rest = query.toString();
      history.replaceState(history.state, '', `${location.pathname}${rest && `?${rest}`}${location.hash}`);
    }
    const packed = query.get('doc');
    // An old link's document, written out (`json=`): read once, as the link's, within the same cap.
    const written = this.state.json;
    if (written) this.state = { ...this.state, json: '' };
    if (packed && TEXT_OF[this.state.mode]) void this.#unpack(packed);
    else if (written && this.state.mode === 'paste')
      this.#openLinked(new TextEncoder().encode(written).length > MAX_UNPACKED ? undefined : written);
    else if (this.state.mode === 'own') this.set({});
    else this.#readData();
  }

  /** Opens the document a link carries. */
  async #unpack(packed: string) {
    this.loading = true;
    const text = await unpackText(packed);
    this.loading = false;
    this.#openLinked(text);
  }

  /**
   * Shows a document the link carried (undefined when it could not be read or was too big), marked as the
   * link's: the preview and the code say where it came from, until the person changes it.
   */
  #openLinked(text: string | undefined) {
    if (text === undefined) {
      this.problems = [
        {
          path: '(root)',
          message: `The document in this link could not be read (the link is cut short, was not made here, or holds more than ${MAX_UNPACKED / 1e6} MB).`,
        },
      ];
      this.moreProblems = 0;
      return;
    }
    const before = this.#loaded;
    this.set({ [TEXT_OF[this.state.mode]!]: text });
    if (this.#loaded !== before) this.#loaded = { ...this.#loaded, fromLink: true };
  }

  /** An address beside the builder's assets. */
  base(path: string) {
    return new URL(path, new URL(this.assetBase ?? '', document.baseURI)).href;
  }

  get loaded(): Loaded {
    return this.#loaded;
  }

  /** Records a read's problems and notes; its data, or the last that worked. */
  #take(result: DataResult): Loaded {
    this.problems = result.problems;
    this.moreProblems = result.more ?? 0;
    this.warnings = result.warnings;
    return result.loaded ?? this.#loaded;
  }

  /** Reads the data the state names, keeping the last good data when it is wrong. */
  #readData() {
    // A force without the chosen cycle (or none chosen) shows its newest.
    if (this.state.mode === 'shipped' && !cyclesFor(this.state.force).includes(this.state.cycle as never))
      this.state = { ...this.state, cycle: newestCycle(this.state.force) ?? DEFAULTS.cycle };
    const { mode, json, url } = this.state;
    this.#fetchId++;
    this.loading = false;
    if (mode === 'shipped')
      this.#loaded = this.#take(shippedData(this.state.force, this.state.cycle, (p) => this.base(p)));
    else if (mode === 'paste') this.#loaded = this.#take(readJson(json));
    else if (mode === 'table')
      this.#loaded = this.#take(readTableData(this.state.table, this.state.tableCycle, this.state.force));
    else if (mode === 'own') this.#loaded = this.#take(readJson(this.state.own));
    else void this.#fetch(url);
  }

  async #fetch(url: string) {
    const id = this.#fetchId;
    const wrong = checkDataUrl(url);
    if (wrong) {
      this.problems = [wrong];
      this.moreProblems = 0;
      return;
    }
    this.loading = true;
    const result = await fetchData(url);
    if (id !== this.#fetchId) return;
    this.loading = false;
    this.#loaded = this.#take(result);
    this.requestUpdate();
  }

  /** Changes the state, writes it to the address bar, and reads the data again when it changed. */
  set(change: Partial<BuilderState>) {
    const before = this.state;
    this.state = { ...before, ...change };
    // A force chosen shows its newest cycle and its first graded area.
    if ('force' in change && change.force !== before.force)
      this.state = { ...this.state, pillar: undefined, ...('cycle' in change ? {} : { cycle: '' }) };
    const dataChanged = (['mode', 'force', 'cycle', 'json', 'url', 'table', 'tableCycle', 'own'] as const).some(
      (k) => k in change && change[k] !== before[k],
    );
    // The form for grades entered by hand starts with the force last chosen.
    const startOwn = this.state.mode === 'own' && !this.state.own;
    if (startOwn) this.state = { ...this.state, own: ownText(ownForm('', this.state.force)) };
    if (dataChanged || startOwn) this.#readData();
    // The area list belongs to the data: an area the new data lacks, or has no grade for, goes back to the
    // first graded one.
    const pillars = this.#loaded.assessment?.pillars ?? [];
    const kept = pillars.find((p) => p.id === this.state.pillar);
    if (this.state.pillar && (!kept || (dataChanged && !graded(kept))))
      this.state = { ...this.state, pillar: undefined };
    this.copied = '';
    void this.#writeAddress();
  }

  /**
   * Writes the state to the address bar: the options at once, then the pasted document compressed,
   * when the whole still fits in MAX_QUERY characters. One that does not stays in this page only.
   */
  async #writeAddress() {
    const id = ++this.#addressId;
    const write = (query: string) =>
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    const query = writeState(this.state, location.search, this.#defaults);
    write(query);
    const key = TEXT_OF[this.state.mode];
    const text = key ? this.state[key] : '';
    if (!text) {
      this.linkTooLong = false;
      return;
    }
    const packed = await packText(text);
    if (id !== this.#addressId) return;
    const withDoc = `${query || '?'}${query ? '&' : ''}doc=${packed}`;
    this.linkTooLong = withDoc.length > MAX_QUERY;
    if (!this.linkTooLong) write(withDoc);
  }

  // ---- derived ----

  get options(): Options {
    const s = this.state;
    const pillars = this.#loaded.assessment?.pillars ?? [];
    // The area is always written out, so the code names what the preview shows: the first graded by default.
    const highlight = s.highlightForce ? this.#loaded.assessment?.force.id : undefined;
    // An area the data lacks (a link's, made for another cycle) is no choice: the data's own default stands.
    const chosen = !pillars.length || pillars.some((p) => p.id === s.pillar) ? s.pillar : undefined;
    const pillar = chosen ?? (pillars.find((p) => p.id && graded(p)) ?? pillars.find((p) => p.id))?.id;
    return { ...s, pillar, highlight };
  }

  /**
   * The data the element gets: a collection for <peel-compare> (one force's wrapped as one); for <peel-history>
   * the chosen force's every cycle (shipped), or its assessments of the collection given; else trimmed to what it shows.
   */
  get elementData(): unknown {
    const { raw, rawCollection, assessment } = this.#loaded;
    const { element, mode, force } = this.state;
    if (element === 'peel-compare') return rawCollection ?? { schemaVersion: 1, assessments: [raw] };
    if (element === 'peel-history') {
      if (mode === 'shipped') return historyOf(force).doc;
      const all = (rawCollection as { assessments?: { force?: { id?: string } }[] } | undefined)?.assessments;
      const id = assessment?.force.id;
      return { schemaVersion: 1, assessments: all && id ? all.filter((a) => a.force?.id === id) : [raw] };
    }
    return trimData(raw, this.options);
  }

  /** The address the code's `src` can name, if any. */
  get dataSrc(): string | undefined {
    const { src, collectionSrc } = this.#loaded;
    return this.state.element === 'peel-compare' ? collectionSrc : src;
  }

  /** The folder of the editor's own copy: a typed http(s) address, else this builder's own folder. */
  get folder(): string {
    return asFolder(checkCodeAddress(this.state.folder).url ?? this.base('./'));
  }

  /** A file of the package's `dist/`: on the CDN, or in the editor's folder. */
  #asset(name: string) {
    return this.state.assets === 'cdn' ? `${CDN}dist/${name}` : new URL(name, this.folder).href;
  }

  get scriptUrl() {
    return this.#asset(BUNDLE);
  }

  get cssUrl() {
    return this.state.includeCss ? this.#asset(FALLBACK_CSS) : '';
  }

  /** jsDelivr serves an HTML file as plain text, never as a page: for the CDN, the page beside this builder. */
  get embedUrl() {
    return this.state.assets === 'cdn' ? this.base('embed.html') : new URL('embed.html', this.folder).href;
  }

  /** The host the data finally came from (after any redirect), when a person gave its address. */
  get dataHost(): string | undefined {
    const from = this.#loaded.fetchedFrom;
    return from ? hostOf(from) : undefined;
  }

  /**
   * Where the data came from, when it is neither the package's nor typed here: its host, or "the link you
   * opened" for a document the link carried. For the preview's note and the code's comment.
   */
  get dataSource(): string | undefined {
    return this.dataHost ?? (this.#loaded.fromLink ? 'the link you opened' : undefined);
  }

  get code(): string {
    return codeText(this);
  }

  /** The static badge, or '' when the area has no grade. */
  get svg(): string {
    return svgCode(this);
  }

  get schemes(): Scheme[] {
    const { scheme } = this.state;
    return scheme === 'light' ? ['light'] : scheme === 'dark' ? ['dark'] : ['light', 'dark'];
  }

  // ---- rendering ----

  protected override willUpdate() {
    // The list of files to upload names the chunks: read from this builder's copy once it is needed.
    if (this.state.assets === 'own' && !this.#chunksAsked) {
      this.#chunksAsked = true;
      void chunksOf(this.base('./')).then((chunks) => {
        this.chunks = chunks;
        if (!chunks) this.#chunksAsked = false;
      });
    }
  }

  protected override render(): TemplateResult {
    return html`
      <header class="intro">
        <h1>Embed builder</h1>
        <p>
          Choose the data and what to show, see it in the preview, then copy the code into your page. Nothing you do
          here leaves your browser; the address of this page keeps your choices, so you can share or bookmark them.
        </p>
      </header>
      <nav class="jump" aria-label="On this page">
        <a href="#preview-title">Preview</a> <a href="#code-title">Code to copy</a>
      </nav>
      <div class="layout">
        <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
          ${showControls(this)} ${dataControls(this)} ${brandControls(this)}
        </form>
        ${previewSection(this)} ${codeSection(this)}
      </div>
    `;
  }

  /** Puts a fresh element into the preview, made exactly as the code describes it. */
  protected override updated() {
    const figure = this.querySelector('.preview .frame');
    if (figure) this.#frameObserver.observe(figure);
    layoutFrame(this);
    this.previewDone = fillPreview(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#frameObserver.disconnect();
  }
}

/** Whether an area has a grade (one the inspectorate gave: "not graded" is none). */
const graded = (p: { grade?: string }) => !!p.grade && p.grade !== 'not-graded';

if (!customElements.get('peel-embed-builder')) customElements.define('peel-embed-builder', PeelEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'peel-embed-builder': PeelEmbedBuilder;
  }
}
