import { PillarSummary } from './pillar-summary.js';
import '../peel-rating/define.js';

// Guarded, so a second copy of the bundle on the page is harmless.
if (!customElements.get('pillar-summary')) customElements.define('pillar-summary', PillarSummary);
