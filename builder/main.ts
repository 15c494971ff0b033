// The builder page's entry: the library's elements (from the sources) and the builder itself.
import '../src/define.js';
import './peel-embed-builder.js';
