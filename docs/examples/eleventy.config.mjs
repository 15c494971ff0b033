// Eleventy: PEEL grades rendered into any template at build time, so report pages need no script at all.
// In a Nunjucks or Liquid template: {% peel "peel-assessment", { src: "2017/northamptonshire-2017.json" } %}
import { renderToString } from 'peel-widgets/ssr';

export default function (eleventyConfig) {
  // Async, so that Eleventy waits for the HTML. The renderer reads files only inside `root` (here the site's
  // data/ folder) and never throws: data it cannot show renders the element's error note, and the build goes on.
  eleventyConfig.addShortcode('peel', async (element, options = {}) =>
    renderToString(element, { root: 'data', headingLevel: 2, ...options }),
  );
}
