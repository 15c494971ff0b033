import { KeyFactsPanel } from './key-facts-panel.js';

// Guarded, so a second copy of the bundle on the page is harmless.
if (!customElements.get('key-facts-panel')) customElements.define('key-facts-panel', KeyFactsPanel);
