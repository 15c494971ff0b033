import { LitElement, html, isServer, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { AssessmentController, DEFAULT_TIMEOUT } from '../controllers/assessment-controller.js';
import type { PeelErrorDetail } from '../controllers/assessment-controller.js';
import type { Assessment } from '../data/types.js';
import { LangController } from '../i18n/lang.js';
import { NOTES } from '../i18n/notes.js';
import { loadWelshCards } from './chunks.js';
import { lazyPending } from './lazy.js';
import type { LazyHost } from './lazy.js';
import type { Strings } from '../i18n/strings.js';
import { sharedStyles } from '../styles/shared.styles.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'peel-error': CustomEvent<PeelErrorDetail>;
  }
}

/**
 * What every peel-widgets element shares: the four data channels, language, heading level and
 * the loading, error and empty states. All four elements need it, so it is a base class.
 *
 * @attr lang - `en` or `cy` for the text the element writes; when absent, the nearest ancestor's `lang`.
 *
 * @cssprop --peel-color-text - Body text.
 * @cssprop --peel-color-text-muted - Secondary text, such as "Last updated".
 * @cssprop --peel-color-surface - Background of the cards (and behind a badge's tint).
 * @cssprop --peel-color-surface-muted - Background of notes (loading, errors, nothing to show).
 * @cssprop --peel-color-border - Borders and rules.
 * @cssprop --peel-color-accent - Accents: each pillar's top bar, the rule beside the observations.
 * @cssprop --peel-color-link - Links.
 * @cssprop --peel-color-focus - The focus outline.
 * @cssprop --peel-font-family - The widgets' font (by default the page's).
 * @cssprop --peel-radius - Corner radius of cards and badges.
 * @cssprop --peel-panel-padding - Space inside the cards.
 * @cssprop --peel-grade-outstanding-color - Text, border and icon of an Outstanding badge.
 * @cssprop --peel-grade-outstanding-background - Background of an Outstanding badge (by default a tint of its colour).
 * @cssprop --peel-grade-good-color - Text, border and icon of a Good badge.
 * @cssprop --peel-grade-good-background - Background of a Good badge.
 * @cssprop --peel-grade-adequate-color - Text, border and icon of an Adequate badge.
 * @cssprop --peel-grade-adequate-background - Background of an Adequate badge.
 * @cssprop --peel-grade-requires-improvement-color - Text, border and icon of a Requires improvement badge.
 * @cssprop --peel-grade-requires-improvement-background - Background of a Requires improvement badge.
 * @cssprop --peel-grade-inadequate-color - Text, border and icon of an Inadequate badge.
 * @cssprop --peel-grade-inadequate-background - Background of an Inadequate badge.
 * @cssprop --peel-grade-not-graded-color - Text, border and icon of a Not graded badge.
 * @cssprop --peel-grade-not-graded-background - Background of a Not graded badge.
 */
export class PeelElement extends LitElement {
  static override styles = [sharedStyles];

  static override properties: PropertyDeclarations = {
    assessment: { converter: (value: string | null) => value },
    // Every set counts, even to the same URL: setting `src` again is how a page asks for fresh data.
    src: { hasChanged: () => true },
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    // Reactive, so that `lang` set on the element itself re-renders it wherever it is (an
    // ancestor's change is seen by the language controller's observer, but not inside other shadow roots).
    lang: { reflect: true },
  };

  /** The assessment: JSON text as the attribute, or an object (or JSON text) as the property. */
  declare assessment?: Assessment | string;

  /** URL of the assessment JSON; one request per URL however many elements share it. */
  declare src?: string;

  /**
   * Milliseconds to wait for `src` before showing the error state (each element its own). A value
   * that is not a positive number means the default, 10000; at most 60000.
   */
  srcTimeout: number | null = DEFAULT_TIMEOUT;

  /** Level (1–6) of the element's own top heading; lower headings follow from it. */
  headingLevel = 2;

  protected data = new AssessmentController(this);
  protected i18n = new LangController(this);

  /** The note the last render showed: its state is the host's (`:state(loading)`, `:state(error)`). */
  #note?: 'loading' | 'error';
  /** The note the host's state and `aria-busy` say. */
  #shown?: 'loading' | 'error';
  #internals = isServer ? undefined : this.attachInternals();
  /** A module the element needs did not load: it shows the error note (or the author's fallback) from then on. */
  #failed = false;

  /** Elements connected since their page's colours were last read. */
  static #unread: PeelElement[] = [];

  override connectedCallback() {
    super.connectedCallback();
    // A page that names no colour scheme but writes its text in a light colour is a dark page: the dark
    // palette (theming.md). Its colours are the parent's: the host's own are the widget's. Read for every
    // element connected in one task at once, then set: one style recalculation for a thousand badges, not one each.
    const unread = PeelElement.#unread;
    if (this.#internals && unread.push(this) == 1)
      queueMicrotask(() => {
        const dark = unread.map((el) => {
          // A removed element has no parent, nor a shadow root's host: not dark.
          const parent = el.parentElement ?? (el.getRootNode() as ShadowRoot).host;
          const page = parent && getComputedStyle(parent);
          const [r, g, b] = (page?.color.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number];
          return page?.colorScheme == 'normal' && 2 * r + 5 * g + b > 1020;
        });
        unread.splice(0).map((el, i) => el.#internals!.states[dark[i] ? 'add' : 'delete']('dark'));
      });
  }

  /** @internal A module the element needs (lazy.ts) did not load: reported like bad data, as source `module`. */
  lazyFailed(why: string) {
    // One report: the first module that did not come (from then on the element shows the error).
    if (!this.#failed) this.data.report([{ path: 'module', message: why }], 'module');
    this.#failed = true;
  }

  /**
   * Fetches `src` again, asking the server rather than taking the answer the page already has
   * (setting `src` again does the same), and reads the other data channels again.
   */
  reload(): void {
    this.data.reload();
  }

  /**
   * The chunk the element shows its data with (the cards', the table's: see chunks.ts), if any: asked for
   * with the data, side by side, not once the data is in.
   */
  protected chunk?: (host: LazyHost) => unknown;

  protected override willUpdate(changed: PropertyValues<this>) {
    // `src` set again to the URL it had: fetch it afresh.
    if (this.hasUpdated && changed.has('src') && changed.get('src') === this.src) this.data.reload();
    this.data.read();
    if (this.chunk && this.data.state.status !== 'empty') {
      this.chunk(this);
      // A card or the table in Welsh: its Welsh too, beside its chunk and the Welsh every element writes.
      if (this.i18n.lang === 'cy') loadWelshCards(this);
    }
  }

  /** The top heading's level, rounded and kept within 1–6 (2 when it is not a number). */
  protected get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  /**
   * A short note in place of content (loading, nothing to show, an error). Plain text, not a live
   * region: a page with several widgets would otherwise announce each note as it loads. In place of
   * the error note (bad data, a failed request, a module that did not load), the author's own content
   * inside the tag, if there is any: a link to the report is worth more than a note. An inline element
   * (a badge in a sentence) keeps that content while it loads too, and its note is inline.
   */
  protected message(text: string, note?: 'loading' | 'error'): TemplateResult {
    this.#note = note;
    const inline = this.inline;
    // The author's content: anything inside the tag but a JSON script and white space (a server sees none).
    const fallback =
      !isServer &&
      note &&
      (inline || note == 'error') &&
      [...this.childNodes].some((n) =>
        n instanceof Element ? n.localName !== 'script' : n.nodeType === 3 && n.textContent!.trim(),
      );
    return fallback
      ? html`<slot></slot>`
      : inline
        ? html`<span part="message">${text}</span>`
        : html`<p part="message">${text}</p>`;
  }

  /** Whether the element flows inline, in a sentence (a badge): its notes are inline too. */
  protected get inline() {
    return false;
  }

  /** The note for a module the element needs: loading while it is on its way (undefined), the error when it failed (null). */
  protected waiting(s: Pick<Strings, 'loading' | 'error'>, module: null | undefined): TemplateResult {
    const note = module === null ? 'error' : 'loading';
    return this.message(s[note](this.localName), note);
  }

  protected override render(): unknown {
    this.#note = undefined;
    // Welsh comes in a chunk: until it is in hand, the note in Welsh (never English first). Without a
    // module it needs, the element shows the error at once, whatever else it is waiting for.
    const s = this.i18n.strings;
    const content =
      s && !this.#failed ? this.renderContent(s) : this.waiting(s || NOTES.cy, this.#failed ? null : undefined);
    const internals = this.#internals;
    // Only a change of note touches the host (most renders, and most elements, have none).
    if (internals && this.#note !== this.#shown) {
      // Busy while loading: a screen reader may wait for the content rather than read the note.
      this.ariaBusy = this.#note === 'loading' ? 'true' : null;
      if (this.#shown) internals.states.delete(this.#shown);
      if (this.#note) internals.states.add(this.#note);
      this.#shown = this.#note;
    }
    return content;
  }

  /** What the element shows, in the strings `s` of its language. */
  protected renderContent(s: Strings): unknown {
    return this.renderData(s, () => nothing);
  }

  // Hydrating server-rendered HTML (the shadow root came with the page): the first render must match the
  // server's, so run it once ahead to start loading the chunks it needs, and update when they are in.
  protected override scheduleUpdate() {
    if (!this.hasUpdated && this.renderRoot.hasChildNodes()) {
      this.willUpdate(new Map() as PropertyValues<this>);
      this.render();
      const pending = lazyPending();
      if (pending) return pending.then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  // `updateComplete` also waits for a module on its way (the report module), and the render that follows it.
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = lazyPending(); pending; pending = lazyPending()) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * renderData, with the module `load` gives (the element's chunk) in hand for `ready`, and the strings to
   * give it (in Welsh, the whole Welsh pack: see cy-cards.ts); else the note for what is on its way.
   */
  protected renderWith<M>(
    s: Strings,
    load: (host: LazyHost) => M | null | undefined,
    ready: (module: M, assessment: Assessment, s: Strings) => unknown,
  ): unknown {
    return this.renderData(s, (assessment) => {
      const module = load(this);
      // In Welsh, the chunk's words are the Welsh cards' chunk's: the element's strings joined to them.
      const welsh = s.lang === 'cy' ? loadWelshCards(this) : undefined;
      if (module && (welsh || s.lang !== 'cy')) return ready(module, assessment, welsh ? welsh.withCards(s) : s);
      return this.waiting(s, module === null || welsh === null ? null : undefined);
    });
  }

  /** Renders the loading, empty and error states, or `ready` with the assessment. */
  protected renderData(s: Strings, ready: (assessment: Assessment) => unknown): unknown {
    const { state } = this.data;
    switch (state.status) {
      case 'ready':
        return ready(state.assessment);
      case 'loading':
        return this.waiting(s, undefined);
      case 'error':
        return state.force ? this.message(s.noForce(state.force)) : this.waiting(s, null);
      default:
        return this.message(s.empty);
    }
  }
}
