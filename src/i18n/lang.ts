import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/grades.js';
import { loadWelsh } from '../components/chunks.js';
import { en } from './en.js';
import type { Strings } from './strings.js';

const toLang = (tag: string): Lang => (/^\s*cy\b/i.test(tag) ? 'cy' : 'en');

/** The language of the nearest element with `lang`, looking through shadow roots to their hosts. */
export function resolveLang(start: Element): Lang {
  for (let node: Element | null = start; node;) {
    const found: Element | null = node.closest('[lang]');
    if (found) return toLang(found.getAttribute('lang')!);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

type Host = ReactiveControllerHost & HTMLElement;
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * Gives an element the strings of its language and re-renders it when `lang` changes on it
 * or any ancestor in the document. One observer serves every element on the page (it does not
 * see into other shadow roots: an element inside one follows the page's `lang`, and its own
 * `lang` as it was at its last render).
 */
export class LangController implements ReactiveController {
  #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's own `lang` (attribute or property) first, then its ancestors'. */
  get lang(): Lang {
    // A server renders one element without its page around it: its own `lang`, or English.
    return this.#host.lang ? toLang(this.#host.lang) : isServer ? 'en' : resolveLang(this.#host);
  }

  /**
   * The strings of the host's language: English at once; Welsh from its chunk, undefined while it is on
   * its way (the host shows NOTES.cy.loading, and renders again when it comes), null when it did not load.
   */
  get strings(): Strings | null | undefined {
    if (this.lang === 'en') return en;
    const welsh = loadWelsh(this.#host);
    return welsh && welsh.cy;
  }

  hostConnected() {
    hosts.add(this.#host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected() {
    hosts.delete(this.#host);
  }
}
