// Checks the site folder (scripts/build-site.mjs) as a static host serves it: a plain file server (a path
// is a file, a folder its index.html, anything else 404), then every link followed from the front page.
// Fails on a link that does not answer 200, a fragment with no element of that id, or a link that is not
// relative (a root path or this server's own address breaks once the site lives in a subfolder). Then a
// browser opens the front page, the builder and the demo pages: no request of theirs may fail, and the
// builder's code points at the CDN, pinned to this version.
// `node scripts/check-site.mjs [dir]` (default dist/site).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';

const root = process.argv[2] ?? 'dist/site';
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The file a path names: the file itself, or a folder's index.html; undefined for none. */
function fileOf(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(normalize(root))) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return pathname.endsWith('/') && existsSync(index) ? index : undefined;
}

const server = createServer((request, response) => {
  const file = fileOf(new URL(request.url, 'http://x').pathname);
  if (!file) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const problems = [];
const pages = new Map();
/** Every link of a page of HTML: where it is, and what it says. */
const LINK = /<(a|link|script|img|iframe|source)\b[^>]*?\s(href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const decode = (text) =>
  text.replace(/&(amp|quot|#39|lt|gt);/g, (_, e) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]);

const queue = [`${origin}/index.html`];
const seen = new Set(queue);
let external = 0;
while (queue.length) {
  const url = queue.shift();
  const answer = await fetch(url);
  const from = pages.get(url) ?? 'the start';
  if (answer.status !== 200) {
    problems.push(`${url.slice(origin.length)} (linked from ${from}): ${answer.status}`);
    continue;
  }
  if (!(answer.headers.get('content-type') ?? '').startsWith('text/html')) continue;
  const html = await answer.text();
  const ids = new Set([...html.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]));
  pages.set(`${url}#ids`, ids);
  for (const m of html.matchAll(LINK)) {
    const href = decode(m[4] ?? m[5] ?? '');
    const where = url.slice(origin.length);
    if (!href || /^(data|mailto|javascript|blob):/i.test(href)) continue;
    if (/^https?:\/\//i.test(href) && !href.startsWith(origin)) {
      external++;
      continue;
    }
    if (href.startsWith('/') || href.startsWith(origin)) problems.push(`${where}: "${href}" is not relative`);
    const target = new URL(href, url);
    const hash = decodeURIComponent(target.hash.slice(1));
    target.hash = '';
    if (hash)
      (pages.get(`${target.href}#wanted`) ?? pages.set(`${target.href}#wanted`, []).get(`${target.href}#wanted`)).push([
        where,
        hash,
      ]);
    if (!seen.has(target.href)) {
      seen.add(target.href);
      pages.set(target.href, where);
      queue.push(target.href);
    }
  }
}
// Each fragment names an element of its page (Storybook's routes aside: its own script reads those).
for (const [key, wanted] of pages)
  if (key.endsWith('#wanted')) {
    const page = key.slice(0, -'#wanted'.length);
    const ids = pages.get(`${page}#ids`);
    if (!ids || page.includes('/storybook/')) continue;
    for (const [where, hash] of wanted)
      if (!ids.has(hash)) problems.push(`${where}: "#${hash}" is not an element of ${page.slice(origin.length)}`);
  }

// The pages that run code, in a browser: nothing they ask for may fail.
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const demos = [...seen].filter((u) => /\/demo\/[\w-]+\.html$/.test(u));
  for (const url of [`${origin}/index.html`, `${origin}/builder/index.html`, ...demos]) {
    const tab = await browser.newPage();
    const failed = [];
    // The browser's own guess at an icon is no link of the site's.
    tab.on(
      'response',
      (r) => r.status() >= 400 && !/\/favicon\.ico$/.test(r.url()) && failed.push(`${r.status()} ${r.url()}`),
    );
    tab.on('requestfailed', (r) => r.url().startsWith(origin) && failed.push(`failed ${r.url()}`));
    await tab.goto(url, { waitUntil: 'networkidle0' });
    if (url.includes('/builder/')) {
      // A builder that did not start is a problem of the site, said as one.
      const code = await tab.evaluate(async () => {
        await document.querySelector('peel-embed-builder')?.updateComplete;
        return document.getElementById('code')?.value ?? '';
      });
      const cdn = `https://cdn.jsdelivr.net/npm/peel-widgets@${version}/dist/peel-widgets.min.js`;
      if (!code.includes(`<script type="module" src="${cdn}"></script>`))
        problems.push(`builder: its code does not load ${cdn}`);
    }
    for (const f of failed) problems.push(`${url.slice(origin.length)} asked for ${f.replace(origin, '')}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

const followed = seen.size;
if (problems.length) {
  console.error(`check-site: ${problems.length} problem(s) in ${root}/ (${followed} links followed):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `check-site: ${root}/: ${followed} links followed, every one answered; ${external} to other sites not followed`,
);
