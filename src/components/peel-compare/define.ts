import { PeelCompare } from './peel-compare.js';

// Guarded, so a second copy of the bundle on the page is harmless.
if (!customElements.get('peel-compare')) customElements.define('peel-compare', PeelCompare);

declare global {
  interface HTMLElementTagNameMap {
    'peel-compare': PeelCompare;
  }
}
