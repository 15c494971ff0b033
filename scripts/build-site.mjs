// `npm run build:site`: the project's site as one static folder, dist/site/, that any static host serves
// (every link relative, every page a file): a front page; the embed builder, whose code points at the
// published copy on the CDN (this version) unless the editor chooses their own; the demo pages with the
// bundle and data they load; the static Storybook; and the documentation, its Markdown rendered to HTML.
// Run after `npm run build` (the bundle) and `npm run build-storybook` (storybook-static/).
// `--out <dir>`: another folder; `--storybook <dir>`: the static Storybook to take (default storybook-static).
// scripts/check-site.mjs serves the folder and follows every link.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, posix, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Marked } from 'marked';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist/site' },
    storybook: { type: 'string', default: 'storybook-static' },
  },
});
const out = args.out;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** The repository on GitHub, for the links to source files the site does not hold. */
const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

for (const [need, how] of [
  ['dist/peel-widgets.min.js', 'npm run build'],
  [join(args.storybook, 'index.html'), 'npm run build-storybook'],
])
  if (!existsSync(need)) {
    console.error(`build-site: ${need} is missing: run \`${how}\` first`);
    process.exit(1);
  }

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** Copies a file of the repository to the same path in the site. */
const copy = (path) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  cpSync(path, join(out, path));
};

// The embed builder, its code pointing at the CDN by default.
const builder = spawnSync(
  process.execPath,
  ['scripts/build-builder.mjs', '--out', join(out, 'builder'), '--assets', 'cdn'],
  {
    stdio: 'inherit',
  },
);
if (builder.status !== 0) process.exit(builder.status ?? 1);

// The demo pages, and what they load: the bundle, its chunks, the fallback stylesheet and the iframe page in
// dist/, the data and the fictional examples.
for (const name of readdirSync('demo')) copy(`demo/${name}`);
for (const name of readdirSync('dist'))
  if (
    /^(peel-widgets(-[\w-]+)?\.min\.js|peel-widgets-fallback\.css|embed\.(html|js))$/.test(name) &&
    !/hydrate/.test(name)
  )
    copy(`dist/${name}`);
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
for (const path of [...files('data'), ...files('src/data/examples')]) if (path.endsWith('.json')) copy(path);

// Storybook, as built.
cpSync(args.storybook, join(out, 'storybook'), { recursive: true });

// ---- the documentation ----

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats numbered. */
const slugger = () => {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
};

/** The pages to render, from the README on: each Markdown file a page links to, within the repository. */
const pages = ['README.md'];
const rendered = new Set();

/**
 * A link of a page at `from`, as the site has it: a Markdown file becomes its page (and joins the list), a
 * file the site holds stays, anything else of the repository becomes its address on GitHub.
 */
function siteLink(href, from) {
  if (/^([a-z]+:|#|\/\/)/i.test(href)) return href;
  const [path, hash = ''] = href.split('#');
  const target = normalize(join(dirname(from), decodeURIComponent(path))).replace(/\\/g, '/');
  if (target.startsWith('..')) return href;
  const fragment = hash ? `#${hash}` : '';
  const folder = existsSync(target) && statSync(target).isDirectory();
  // A folder with a README is its README's page.
  if (folder && existsSync(join(target, 'README.md')))
    return siteLink(`${path.replace(/\/?$/, '/')}README.md${fragment}`, from);
  if (target.endsWith('.md') && existsSync(target)) {
    if (!pages.includes(target)) pages.push(target);
    return `${path.replace(/\.md$/, '.html')}${fragment}`;
  }
  if (!folder && (existsSync(join(out, target)) || (/\.(png|svg|jpe?g)$/.test(target) && existsSync(target)))) {
    if (!existsSync(join(out, target))) copy(target);
    return href;
  }
  return `${repo}/${folder ? 'tree' : 'blob'}/main/${target}${fragment}`;
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A page of the site: its title, the way back to the front page, and its content. */
const page = (path, title, body) => {
  const up = posix.relative(posix.dirname(path), '.') || '.';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escape(title)} · peel-widgets</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${up}/site.css" />
  </head>
  <body>
    <header><a href="${up}/index.html">peel-widgets</a></header>
    <main>
${body}
    </main>
  </body>
</html>
`;
};

while (pages.length > rendered.size) {
  const path = pages.find((p) => !rendered.has(p));
  rendered.add(path);
  const slug = slugger();
  let title = path;
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        if (depth === 1 && title === path) title = text.replace(/<[^>]+>/g, '');
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
      },
    },
    walkTokens(token) {
      if ((token.type === 'link' || token.type === 'image') && token.href) token.href = siteLink(token.href, path);
    },
  });
  const html = marked.parse(readFileSync(path, 'utf8'));
  const target = join(out, path.replace(/\.md$/, '.html'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, page(path, title, html));
}

// ---- the front page and the site's stylesheet ----

const docs = [...rendered]
  .filter((p) => p.startsWith('docs/'))
  .sort()
  .map((p) => {
    const h1 = /^# (.+)$/m.exec(readFileSync(p, 'utf8'))?.[1] ?? p;
    return `        <li><a href="${p.replace(/\.md$/, '.html')}">${escape(h1)}</a></li>`;
  })
  .join('\n');
writeFileSync(
  join(out, 'index.html'),
  page(
    'index.html',
    'peel-widgets',
    `      <h1>peel-widgets ${escape(pkg.version)}</h1>
      <p>${escape(pkg.description)}</p>
      <ul class="entries">
        <li><a href="builder/index.html">The embed builder</a>: choose a force's grades, see them, copy the code for your page.</li>
        <li><a href="demo/index.html">The demo pages</a>: a whole assessment, a news article, a force's own site, every force compared.</li>
        <li><a href="storybook/index.html">Storybook</a>: every element in every state, with its options.</li>
        <li><a href="README.html">The documentation</a>, from the README:</li>
      </ul>
      <ul>
${docs}
      </ul>`,
  ),
);
writeFileSync(
  join(out, 'site.css'),
  `html { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; }
@media (min-width: 40.0625em) { body { font-size: 1.1875rem; padding: 1.25rem 1.875rem; } }
header { padding-block-end: 0.5rem; margin-block-end: 1.5rem; border-block-end: 1px solid #b1b4b6; font-weight: 700; }
img { max-width: 100%; height: auto; }
pre { overflow-x: auto; padding: 0.75rem; border: 1px solid #b1b4b6; }
code { font-family: ui-monospace, monospace; font-size: 0.9em; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { padding: 0.3rem 0.75rem 0.3rem 0; border-block-end: 1px solid #b1b4b6; text-align: start; vertical-align: top; }
a:focus-visible { outline: 3px solid transparent; background: #ffdd00; color: #0b0c0c; box-shadow: 0 -2px #ffdd00, 0 3px #0b0c0c; text-decoration: none; }
.entries li { margin-block-end: 0.5rem; }
`,
);

const count = (dir) => files(dir).length;
console.log(
  `site: ${out}/ (${count(out)} files; ${rendered.size} documentation pages, builder, demos, Storybook); ` +
    `serve it with any static server, check it with \`node scripts/check-site.mjs ${relative('.', out)}\``,
);
