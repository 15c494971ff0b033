import { PeelAssessment } from './peel-assessment.js';
import { define } from '../define-element.js';
import '../pillar-summary/define.js';
import '../key-facts-panel/define.js';

define('peel-assessment', PeelAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'peel-assessment': PeelAssessment;
  }
}
