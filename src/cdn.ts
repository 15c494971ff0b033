// The CDN bundle's entry: registers every element and exports nothing, so that only what the
// elements use is shipped. Bundler users import the package's main entry for the API.
import './define.js';
