// The builder's whole configuration as a query string, so that a link reopens it. Values are
// checked on the way in: a hand-edited or old link falls back to defaults, never to a broken page.
import type { DataIssue } from '../src/data/types.js';
import type { Assets } from './assets.js';
import type { Loaded } from './data.js';
import { newestCycle } from './sources.js';
import { ELEMENTS, SCHEMES } from './snippet.js';
import type { Options } from './snippet.js';
import { TOKENS } from './tokens.js';
import type { Scheme } from './tokens.js';

export type DataMode = 'shipped' | 'paste' | 'url' | 'table' | 'own';
export const DATA_MODES: readonly DataMode[] = ['shipped', 'paste', 'url', 'table', 'own'];
export type CodeKind = 'element' | 'iframe' | 'svg';

export interface BuilderState extends Options {
  mode: DataMode;
  force: string;
  /** The shipped data's cycle; '' (and any cycle the force lacks) for the force's newest. */
  cycle: string;
  json: string;
  url: string;
  /** A table pasted from a spreadsheet, and the cycle of its rows ('' for its own Cycle column). */
  table: string;
  tableCycle: string;
  /** The document the "Enter the grades yourself" form writes. */
  own: string;
  /** Put the data inline (a JSON script), point `src` at its address, or at the cycle's collection with `force`. */
  delivery: 'inline' | 'src' | 'collection';
  code: CodeKind;
  /** Where the code's files live: the published copy on the CDN (this version), or the editor's own copy. */
  assets: Assets;
  /**
   * The folder of the editor's own copy, as typed in the form; '' means this builder's own folder. Never
   * read from nor written to the address: a link must not choose code that runs.
   */
  folder: string;
  includeCss: boolean;
  /** <peel-compare>: mark the chosen force's row. */
  highlightForce: boolean;
}

/** The preview's frame: a phone's width or the column's, on a light or a dark page. */
export type PreviewWidth = 'narrow' | 'wide';
export type PreviewPage = 'light' | 'dark';

/**
 * The builder as its parts see it (the form: controls.ts, own-data.ts, fields.ts; the preview: preview.ts;
 * the code: code.ts): its state, what follows from the state, and the one way to change it, `set`. The
 * element (peel-embed-builder.ts) is one and uses them; they know only this.
 */
export interface Builder {
  readonly state: BuilderState;
  /** Changes the state (and the address bar), reading the data again when it changed. */
  set(change: Partial<BuilderState>): void;
  /** The last data that worked: the preview and the code keep it while the input is wrong. */
  readonly loaded: Loaded;
  /** What is wrong with the data given (JSON paths and messages), and notes that do not stop it. */
  readonly problems: DataIssue[];
  /** How many problems there were beyond `problems` (which holds the first ones). */
  readonly moreProblems: number;
  readonly warnings: DataIssue[];
  readonly loading: boolean;
  /** Whether the pasted document was too big for the address. */
  readonly linkTooLong: boolean;
  /** What the copy button last copied ('' since the last change). */
  copied: string;
  previewWidth: PreviewWidth;
  previewPage: PreviewPage;
  /** The preview frame's width as drawn, and the height of what it shows. */
  readonly frameWidth: number;
  previewHeight: number;
  /** The options the code and the preview use (the state, with the area and force the data gives). */
  readonly options: Options;
  /** The data the element gets, and the address the code's `src` can name. */
  readonly elementData: unknown;
  readonly dataSrc: string | undefined;
  /** The host the data was fetched from, when a person gave its address. */
  readonly dataHost: string | undefined;
  /** Where the data came from, when not from peel-widgets: its host, or the link that opened the builder. */
  readonly dataSource: string | undefined;
  /** The folder of the editor's own copy: the one typed, when it is a whole http(s) address, else this builder's. */
  readonly folder: string;
  readonly scriptUrl: string;
  readonly cssUrl: string;
  /** The iframe's page: beside this builder for the CDN (which serves no page as a page), else in the folder. */
  readonly embedUrl: string;
  /** The files the bundle loads on demand, once read from this builder's copy (for the list to upload). */
  readonly chunks: string[] | undefined;
  readonly code: string;
  readonly svg: string;
  readonly schemes: Scheme[];
  /** An address beside the builder's assets. */
  base(path: string): string;
  /** The builder's own content (it renders into the light DOM), and when its last render is done. */
  querySelector: HTMLElement['querySelector'];
  readonly updateComplete: Promise<boolean>;
}

export const DEFAULTS: BuilderState = {
  element: 'peel-rating',
  pillar: undefined,
  variant: 'badge',
  size: 'medium',
  headingLevel: 2,
  lang: 'en',
  scheme: 'page',
  hideSource: false,
  brand: {},
  highlight: undefined,
  groupByRegion: false,
  region: '',
  sort: 'name',
  highlightForce: true,
  mode: 'shipped',
  compact: false,
  force: 'northamptonshire',
  cycle: '',
  json: '',
  url: '',
  table: '',
  tableCycle: '',
  own: '',
  delivery: 'inline',
  code: 'element',
  assets: 'own',
  folder: '',
  includeCss: true,
};

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

/** Every query parameter the builder owns (others on the page's address are left as they are). */
export const KEYS = [
  'element',
  'data',
  'force',
  'cycle',
  'json',
  'url',
  'table-cycle',
  'pillar',
  'variant',
  'size',
  'heading-level',
  'lang',
  'scheme',
  'hide-source',
  'compact',
  'group-by',
  'region',
  'sort',
  'highlight',
  'delivery',
  'code',
  'assets',
  'doc',
  // Once read from links; still removed from an old link's address, and never read.
  'script',
  'css',
  'fallback-css',
  ...TOKENS.map((t) => `c-${t.key}`),
];

/** The state a query string describes; `d`: the defaults of this builder (its page may choose `assets`). */
export function readState(query: string, d: BuilderState = DEFAULTS): BuilderState {
  const q = new URLSearchParams(query);
  const brand: Record<string, string> = {};
  for (const token of TOKENS) {
    const value = q.get(`c-${token.key}`);
    if (value && /^[0-9a-f]{6}$/i.test(value)) brand[token.key] = `#${value.toLowerCase()}`;
  }
  const level = Number(q.get('heading-level'));
  return {
    element: oneOf(ELEMENTS, q.get('element'), d.element),
    pillar: q.get('pillar') || undefined,
    variant: oneOf(['badge', 'scale'], q.get('variant'), d.variant),
    size: oneOf(['small', 'medium', 'large'], q.get('size'), d.size),
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 6 ? level : d.headingLevel,
    lang: oneOf(['en', 'cy'], q.get('lang'), d.lang),
    scheme: oneOf(SCHEMES, q.get('scheme'), d.scheme),
    hideSource: q.get('hide-source') === '1',
    compact: q.get('compact') === '1',
    brand,
    highlight: undefined,
    groupByRegion: q.get('group-by') === 'region',
    region: q.get('region') ?? '',
    sort: q.get('sort') || d.sort,
    highlightForce: q.get('highlight') !== '0',
    mode: oneOf(DATA_MODES, q.get('data'), d.mode),
    force: q.get('force') || d.force,
    cycle: q.get('cycle') || d.cycle,
    json: q.get('json') ?? '',
    url: q.get('url') ?? '',
    table: '',
    tableCycle: q.get('table-cycle') ?? '',
    own: '',
    delivery: oneOf(['inline', 'src', 'collection'], q.get('delivery'), d.delivery),
    code: oneOf(['element', 'iframe', 'svg'], q.get('code'), d.code),
    assets: oneOf(['cdn', 'own'], q.get('assets'), d.assets),
    folder: '',
    includeCss: q.get('fallback-css') !== '0',
  };
}

/** The most a link's query string holds: longer addresses meet servers that answer 414 or 431. */
export const MAX_QUERY = 2000;

/**
 * The query string for a state: only what differs from the defaults, so links stay short. A pasted
 * document is not written here: it goes in compressed (`doc`, see link.ts), when it fits.
 */
export function writeState(s: BuilderState, others = '', d: BuilderState = DEFAULTS): string {
  const q = new URLSearchParams(others);
  for (const key of KEYS) q.delete(key);
  const put = (name: string, value: string, fallback: string) => value !== fallback && q.set(name, value);
  put('element', s.element, d.element);
  put('data', s.mode, d.mode);
  if (s.mode === 'shipped' || s.mode === 'table') put('force', s.force, d.force);
  // The force's newest cycle is the default: a link names an older one only.
  if (s.mode === 'shipped') put('cycle', s.cycle, newestCycle(s.force) ?? '');
  if (s.mode === 'table') put('table-cycle', s.tableCycle, '');
  if (s.mode === 'url') put('url', s.url, '');
  put('pillar', s.pillar ?? '', '');
  put('variant', s.variant, d.variant);
  put('size', s.size, d.size);
  put('heading-level', String(s.headingLevel), String(d.headingLevel));
  put('lang', s.lang, d.lang);
  put('scheme', s.scheme, d.scheme);
  put('hide-source', s.hideSource ? '1' : '0', '0');
  put('compact', s.compact ? '1' : '0', '0');
  put('group-by', s.groupByRegion ? 'region' : '', '');
  put('region', s.region, '');
  put('sort', s.sort, d.sort);
  put('highlight', s.highlightForce ? '1' : '0', '1');
  for (const token of TOKENS) if (s.brand[token.key]) q.set(`c-${token.key}`, s.brand[token.key].slice(1));
  put('delivery', s.delivery, d.delivery);
  put('code', s.code, d.code);
  put('assets', s.assets, d.assets);
  put('fallback-css', s.includeCss ? '1' : '0', '1');
  const text = q.toString();
  return text ? `?${text}` : '';
}
