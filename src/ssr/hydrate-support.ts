// Opt-in hydration: a page with server-rendered elements loads this module BEFORE the bundle, so that
// the elements take over the HTML the server wrote (no second render, no flash) instead of rendering
// anew. Lit's own support: it hooks every LitElement class as it is defined. Pages without server
// rendering never load it, so they do not pay for it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
