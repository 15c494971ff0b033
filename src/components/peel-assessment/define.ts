import { PeelAssessment } from './peel-assessment.js';
import '../pillar-summary/define.js';
import '../key-facts-panel/define.js';

// Guarded, so a second copy of the bundle on the page is harmless.
if (!customElements.get('peel-assessment')) customElements.define('peel-assessment', PeelAssessment);
