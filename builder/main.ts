// The builder page's entry: the builder itself (its preview frame loads the CDN bundle beside it).
import './peel-embed-builder.js';
