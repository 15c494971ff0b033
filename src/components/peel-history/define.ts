import { PeelHistory } from './peel-history.js';

// Guarded, so a second copy of the bundle on the page is harmless.
if (!customElements.get('peel-history')) customElements.define('peel-history', PeelHistory);

declare global {
  interface HTMLElementTagNameMap {
    'peel-history': PeelHistory;
  }
}
