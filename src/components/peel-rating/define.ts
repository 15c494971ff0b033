import { PeelRating } from './peel-rating.js';

// Guarded, so a second copy of the bundle on the page is harmless.
if (!customElements.get('peel-rating')) customElements.define('peel-rating', PeelRating);
