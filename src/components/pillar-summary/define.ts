import { PillarSummary } from './pillar-summary.js';
import { define } from '../define-element.js';
import '../peel-rating/define.js';

define('pillar-summary', PillarSummary);

declare global {
  interface HTMLElementTagNameMap {
    'pillar-summary': PillarSummary;
  }
}
