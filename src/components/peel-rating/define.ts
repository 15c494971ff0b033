import { PeelRating } from './peel-rating.js';
import { define } from '../define-element.js';

define('peel-rating', PeelRating);

declare global {
  interface HTMLElementTagNameMap {
    'peel-rating': PeelRating;
  }
}
