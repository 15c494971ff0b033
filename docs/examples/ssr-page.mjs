// A static page with PEEL ratings rendered on the server: run `node ssr-page.mjs > ratings.html`.
// It shows fully without JavaScript; the two module scripts at the end (optional) hydrate it.
import process from 'node:process';
import { renderToString } from 'peel-widgets/ssr';

// The renderer reads files only inside the directory it is given as `root` (by default, none: only http(s)).
const root = new URL('../../src/data/examples/', import.meta.url).pathname;
const src = 'fictional-2023-25.json';
const card = await renderToString('pillar-summary', { src, root, pillar: 'preventing-crime', headingLevel: 2 });
const badge = await renderToString('peel-rating', { src, root, pillar: 'public-treatment' });

process.stdout.write(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Exampleshire PEEL ratings (fictional)</title></head>
<body>
  <h1>Exampleshire Constabulary (fictional)</h1>
  <p>Treatment of the public: ${badge}</p>
  ${card}
  <script type="module" src="https://cdn.jsdelivr.net/npm/peel-widgets/dist/peel-widgets-hydrate.min.js"></script>
  <script type="module" src="https://cdn.jsdelivr.net/npm/peel-widgets/dist/peel-widgets.min.js"></script>
</body>
</html>
`);
