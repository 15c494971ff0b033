import { KeyFactsPanel } from './key-facts-panel.js';
import { define } from '../define-element.js';

define('key-facts-panel', KeyFactsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'key-facts-panel': KeyFactsPanel;
  }
}
