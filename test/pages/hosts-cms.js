// A CMS page on another origin: the builder's iframe code (builder/snippet.ts, as the builder writes it) for the
// iframe page on the other name of the test server (localhost and 127.0.0.1 are two origins), pasted into the page
// as a CMS serves it: its script runs (createContextualFragment runs the scripts it holds, as the page's HTML would).
import { iframeCode } from '/builder/snippet.ts';

const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const embedUrl = `${location.protocol}//${other}:${location.port}/dist/embed.html`;
const options = {
  variant: 'badge',
  size: 'medium',
  headingLevel: 2,
  lang: 'en',
  scheme: 'page',
  hideSource: false,
  brand: {},
  groupByRegion: false,
  region: '',
  sort: 'name',
};
// For the test (host-layouts.test.ts): the last height each frame's page reported, from the first message on.
const reported = (globalThis.peelReported = new Map());
addEventListener('message', (e) => {
  if (e.data?.type === 'peel-widgets:height') reported.set(e.source, e.data.height);
});
const paste = (where, code) =>
  document.getElementById(where).append(document.createRange().createContextualFragment(code));
paste(
  'sidebar',
  iframeCode({
    options: { ...options, element: 'peel-assessment', headingLevel: 3 },
    src: '/src/data/examples/fictional-2023-25.json',
    embedUrl,
    title: 'Exampleshire Constabulary (fictional): PEEL inspection ratings',
    height: 2370,
  }),
);
paste(
  'main',
  iframeCode({
    options: { ...options, element: 'peel-compare' },
    src: '/data/2017/peel-2017-all-forces.json',
    embedUrl,
    title: 'Every force: PEEL 2017 inspection ratings',
  }),
);
