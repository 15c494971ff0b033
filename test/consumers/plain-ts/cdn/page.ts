// A page that loads the CDN file: it exports nothing, but its types name the tags it defines.
import 'peel-widgets/peel-widgets.min.js';

const rating = document.querySelector('peel-rating');
if (rating) rating.variant = 'scale';
// @ts-expect-error "godo" is not a grade
document.createElement('peel-rating').grade = 'godo';
