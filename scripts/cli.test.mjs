// The CLI (`npx peel-widgets`) and its static SVG badge, and the README's plain Node recipe. Needs the
// build (dist/, or PEEL_DIST for another output directory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const dist = resolve(process.env.PEEL_DIST ?? 'dist');
// Bounded: a read that hangs is killed and fails its test.
const cli = (...args) =>
  spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { encoding: 'utf8', timeout: 20000 });
const example = 'src/data/examples/fictional-2023-25.json';

/** A small XML well-formedness check (one root, every tag closed in order, entities known). */
function parseXml(text) {
  const stack = [];
  const elements = [];
  let roots = 0;
  const body = text.replace(/^<\?xml[^>]*\?>\s*/, '').trim();
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m; (m = token.exec(body));) {
    const [, closing, name, attributes, selfClosing, content, stray] = m;
    if (stray) throw Error(`stray < at ${m.index}`);
    if (content !== undefined) {
      if (!stack.length && content.trim()) throw Error('text outside the root');
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(content)) throw Error(`bad entity in ${content}`);
      if (stack.length) stack.at(-1).text += content;
      continue;
    }
    if (closing) {
      if (stack.pop()?.name !== name) throw Error(`</${name}> closes nothing open`);
      continue;
    }
    if (!stack.length && roots++) throw Error('more than one root');
    const attrs = Object.fromEntries([...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const element = { name, attrs, text: '' };
    elements.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw Error(`<${stack.at(-1).name}> not closed`);
  return elements;
}

const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

test('badge: valid SVG with the grade as text, a title and a description, at 4.5:1 or more', () => {
  const grades = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate', 'not-graded'];
  const names = { en: ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate', 'Not graded'] };
  names.cy = ['Rhagorol', 'Da', 'Digonol', 'Angen gwella', 'Annigonol', 'Heb ei raddio'];
  let lowest = Infinity;
  for (const lang of ['en', 'cy'])
    for (const scheme of ['light', 'dark'])
      grades.forEach((grade, i) => {
        const run = cli(
          'badge',
          '--grade',
          grade,
          '--previous-grade',
          'good',
          '--label',
          'Preventing crime',
          '--lang',
          lang,
          '--scheme',
          scheme,
        );
        assert.equal(run.status, 0, run.stderr);
        const elements = parseXml(run.stdout);
        const [svg] = elements;
        assert.equal(svg.name, 'svg');
        assert.equal(svg.attrs.role, 'img');
        assert.equal(svg.attrs.lang, lang);
        const title = elements.find((e) => e.name === 'title');
        const desc = elements.find((e) => e.name === 'desc');
        assert.equal(title.text, `Preventing crime: ${names[lang][i]}`);
        assert.ok(desc.text.startsWith(names[lang][i]), desc.text);
        const texts = elements.filter((e) => e.name === 'text');
        const label = texts.find((t) => t.text === names[lang][i]);
        assert.ok(label, `${grade} ${lang}: the grade as text`);
        // Every text on what is behind it: the badge's fill for the grade, the page's surface for the rest.
        const surface = elements.find((e) => e.name === 'rect').attrs.fill;
        const badge = elements.find((e) => e.name === 'rect' && e.attrs.stroke);
        assert.equal(badge.attrs.stroke, label.attrs.fill, 'border, icon and text share the grade colour');
        for (const t of texts) {
          const ratio = contrast(t.attrs.fill, t === label ? badge.attrs.fill : surface);
          lowest = Math.min(lowest, ratio);
          assert.ok(ratio >= 4.5, `${grade} ${lang} ${scheme} "${t.text}": ${ratio.toFixed(2)}:1`);
        }
        assert.ok(
          elements.some((e) => e.name === 'path' && e.attrs.d),
          'the grade shape',
        );
      });
  console.log(`# badge: lowest contrast ${lowest.toFixed(2)}:1`);
});

test('badge: the colours are the element’s, from its stylesheet', () => {
  const light = parseXml(cli('badge', '--grade', 'good').stdout);
  const dark = parseXml(cli('badge', '--grade', 'good', '--scheme', 'dark').stdout);
  assert.equal(light.find((e) => e.attrs.stroke).attrs.stroke, '#006637');
  assert.equal(dark.find((e) => e.attrs.stroke).attrs.stroke, '#7ddc9f');
  // Names and sizes: "Requires improvement" in any case; large is 20px.
  const large = parseXml(cli('badge', '--grade', 'REQUIRES IMPROVEMENT', '--size', 'large').stdout);
  assert.ok(large.some((e) => e.name === 'text' && e.attrs['font-size'] === '20' && e.text === 'Requires improvement'));
  // What the label says is escaped.
  const escaped = cli('badge', '--grade', 'good', '--label', '<b>"A & B"</b>');
  assert.doesNotThrow(() => parseXml(escaped.stdout));
  assert.match(escaped.stdout, /&lt;b&gt;&quot;A &amp; B&quot;&lt;\/b&gt;/);
});

test('bad input: a clear message and a non-zero exit; --help for every command', () => {
  for (const [args, message] of [
    [['badge', '--grade', 'godo'], /unknown grade "godo"/],
    [['badge'], /no grade/],
    [['badge', '--grade', 'good', '--scheme', 'blue'], /unknown scheme "blue"/],
    [['badge', '--grade', 'good', '--size', 'huge'], /unknown size "huge"/],
    [['badge', '--grade', 'good', '--lang', 'fr'], /unknown language "fr"/],
    [['badge', '--grade', 'good', '--colour', 'red'], /Unknown option '--colour'/],
    [['render'], /which element/],
    [['render', 'peel-card', '--data', example], /unknown element "peel-card"/],
    [['render', 'peel-rating'], /no data/],
    [['render', 'peel-rating', '--data', example, '--heading-level', '9'], /heading level "9"/],
    [['render', 'peel-rating', '--data', example, '--lang', 'fr'], /unknown language "fr"/],
    [['frobnicate'], /unknown command/],
    [[], /Usage/],
  ]) {
    const run = cli(...args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr + run.stdout, message, args.join(' '));
    assert.equal(run.stdout.includes('<svg'), false);
  }
  for (const args of [['--help'], ['render', '--help'], ['badge', '--help'], ['badge', '-h']]) {
    const run = cli(...args);
    assert.equal(run.status, 0, args.join(' '));
    assert.match(run.stdout, /^Usage: peel-widgets/);
  }
});

test('render: the HTML fragment on stdout; bad data gives the error note, the reason and exit 1', () => {
  const run = cli(
    'render',
    'pillar-summary',
    '--data',
    example,
    '--pillar',
    'public-treatment',
    '--lang',
    'cy',
    '--scheme',
    'dark',
    '--heading-level',
    '3',
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^<!--lit-part [^>]*-->(<!--lit-node 0-->)?<pillar-summary [^>]*lang="cy"/);
  assert.match(run.stdout, /style="color-scheme: dark"/);
  assert.match(run.stdout, /shadowrootmode="open"/);
  assert.match(run.stdout, /<h3 part="title"/);
  for (const data of ['missing.json', 'javascript:alert(1)', 'package.json']) {
    const bad = cli('render', 'peel-rating', '--data', data);
    assert.equal(bad.status, 1, data);
    assert.match(bad.stdout, /Grade not available/, data);
    assert.match(bad.stderr, /could not be shown:\n {2}\S/, data);
  }
  const noPillar = cli('render', 'peel-rating', '--data', example, '--pillar', 'nope');
  assert.equal(noPillar.status, 1);
  assert.match(noPillar.stderr, /pillar: "nope" is not a pillar/);
  const badge = cli('render', 'peel-rating', '--grade', 'good', '--no-hydrate');
  assert.equal(badge.status, 0);
  assert.match(badge.stdout, />Good</);
  assert.doesNotMatch(badge.stdout, /<script/);
});

test('the README recipe: a plain Node script writes a server-rendered page', { skip: !!process.env.PEEL_DIST }, () => {
  const run = spawnSync(process.execPath, ['docs/examples/ssr-page.mjs'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^<!doctype html>/);
  assert.equal(run.stdout.match(/shadowrootmode="open"/g).length >= 2, true);
  assert.match(run.stdout, />Outstanding</);
});

test('badge: each badge has ids of its own, so that inlined badges never name each other', async () => {
  const good = cli('badge', '--grade', 'good');
  const bad = cli('badge', '--grade', 'inadequate');
  const ids = (svg) => parseXml(svg).flatMap((e) => (e.attrs.id ? [e.attrs.id] : []));
  assert.equal(new Set([...ids(good.stdout), ...ids(bad.stdout)]).size, 4, 'four ids, none shared');
  for (const { stdout } of [good, bad]) {
    const [svg] = parseXml(stdout);
    assert.deepEqual(svg.attrs['aria-labelledby'].split(' '), ids(stdout));
  }
  const named = parseXml(cli('badge', '--grade', 'good', '--id', 'kent-efficiency').stdout);
  assert.equal(named[0].attrs['aria-labelledby'], 'kent-efficiency-title kent-efficiency-desc');
  const wrong = cli('badge', '--grade', 'good', '--id', '1 x"');
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /id "1 x"" is not an XML name/);
  // What a screen reader hears for two badges inlined in one page.
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  try {
    const tab = await browser.newPage();
    await tab.setContent(
      `<!doctype html><html lang="en"><title>Badges</title><p>${good.stdout}</p><p>${bad.stdout}</p>`,
    );
    const names = [];
    for (const svg of await tab.$$('svg[role="img"]'))
      names.push((await tab.accessibility.snapshot({ root: svg, interestingOnly: false }))?.name);
    // Each badge's name is its own title and description, never the other badge's.
    assert.deepEqual(names, ['Good Good: second of four grades', 'Inadequate Inadequate: fourth of four grades']);
  } finally {
    await browser.close();
  }
});

test('badge: characters XML forbids are dropped, so the SVG stays well-formed', () => {
  // (A lone surrogate cannot travel in argv; src/cli/badge.test.ts checks those in the browser.)
  const run = cli('badge', '--grade', 'good', '--label', 'Kent\u0001 \uFFFEPolice\u0008\uFFFF');
  assert.equal(run.status, 0, run.stderr);
  // eslint-disable-next-line no-control-regex -- the very characters XML forbids
  assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  assert.equal(parseXml(run.stdout).find((e) => e.name === 'title').text, 'Kent Police: Good');
});

test('render reads the file its user names, and only as data: never copied out unparsed', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'notes.txt'), 'SECRET-TEXT, not JSON');
  symlinkSync(resolve(example), join(dir, 'linked.json'));
  const notJson = cli('render', 'peel-rating', '--data', join(dir, 'notes.txt'));
  assert.equal(notJson.status, 1);
  assert.match(notJson.stdout, /Grade not available/);
  assert.match(notJson.stdout, /<script type="application\/json">null<\/script>/);
  assert.doesNotMatch(notJson.stdout + notJson.stderr, /SECRET/);
  assert.match(notJson.stderr, /notes\.txt: not JSON/);
  // A link the user names is theirs to name.
  const linked = cli('render', 'peel-rating', '--data', join(dir, 'linked.json'), '--pillar', 'preventing-crime');
  assert.equal(linked.status, 0, linked.stderr);
  assert.match(linked.stdout, />Outstanding</);
  const url = cli('render', 'peel-rating', '--data', `file://${resolve(example)}`, '--pillar', 'preventing-crime');
  assert.equal(url.status, 0, url.stderr);
  // A FIFO or a device is no file of data: refused at once, not read forever.
  const fifo = join(dir, 'fifo.json');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  for (const path of [fifo, '/dev/zero']) {
    const run = cli('render', 'peel-rating', '--data', path);
    assert.equal(run.status, 1, `${path}: ${run.error ?? run.stderr}`);
    assert.match(run.stderr, /: not a file inside the root directory\n/, path);
  }
});

test('import: a table (CSV file, tab-separated on stdin) becomes a collection on stdout', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-import-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const csv = join(dir, 'grades.csv');
  writeFileSync(
    csv,
    'Force,Effectiveness,"Efficiency",Legitimacy\r\nAvon & Somerset Constabulary,Good,"requires improvement",\r\nKent,OUTSTANDING,good,Good\r\n',
  );
  const run = cli('import', csv, '--cycle', '2017');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const collection = JSON.parse(run.stdout);
  assert.deepEqual(
    collection.assessments.map((a) => [a.force.id, a.cycle, a.pillars.map((p) => `${p.id}=${p.grade}`).join(' ')]),
    [
      ['avon-and-somerset', 'peel-2017', 'effectiveness=good efficiency=requires-improvement'],
      ['kent', 'peel-2017', 'effectiveness=outstanding efficiency=good legitimacy=good'],
    ],
  );
  // What a spreadsheet copies: tabs, Welsh names and grades, a Cycle column.
  const tsv =
    'Heddlu\tYmchwilio i droseddau\tCycle\nHeddlu Gwent\tDigonol\t2023–25\nSouth Wales Police\tTo be graded\t2023-25\n';
  const piped = spawnSync(process.execPath, [join(dist, 'cli.js'), 'import', '-'], {
    input: tsv,
    encoding: 'utf8',
    timeout: 20000,
  });
  assert.equal(piped.status, 0, piped.stderr);
  assert.deepEqual(JSON.parse(piped.stdout).assessments[0], {
    force: { id: 'gwent', name: 'Gwent Police' },
    cycle: 'peel-2023-25',
    period: '2023–25',
    pillars: [{ id: 'investigating-crime', grade: 'adequate' }],
  });
  assert.deepEqual(JSON.parse(piped.stdout).assessments[1].pillars, [{ id: 'investigating-crime', status: 'pending' }]);
});

test('import: each bad cell on stderr by row and column, exit 1; a bad command line, exit 2', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-import-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'Force,Efficiency,Colour\nKent Police,Outstandng,\nExampleshire,Good,\n');
  const run = cli('import', bad, '--cycle', 'peel-2017');
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '', 'nothing written');
  assert.equal(
    run.stderr,
    'peel-widgets import: the table has 3 problems:\n' +
      '  Row 1, column "Colour": not an area: give an area id (such as preventing-crime) or its title in English or Welsh\n' +
      '  Row 2 (Kent Police), column "Efficiency": "Outstandng" is not a grade: did you mean "Outstanding"?\n' +
      '  Row 3, column "Force": "Exampleshire" is not a force in the register (its name or id)\n',
  );
  const missing = cli('import', join(dir, 'missing.csv'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /missing\.csv: not a file inside the root directory/);
  for (const [args, message] of [
    [['import'], /which table\?/],
    [['import', bad, 'extra.csv'], /unexpected argument "extra.csv"/],
    [['import', bad, '--cycle', '2019'], /--cycle "2019" is not a PEEL cycle/],
    [['import', bad, '--cycle'], /argument missing/],
  ]) {
    const wrong = cli(...args);
    assert.equal(wrong.status, 2, args.join(' '));
    assert.match(wrong.stderr, message, args.join(' '));
    assert.match(wrong.stderr, /Usage: peel-widgets import/);
  }
  const help = cli('import', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: peel-widgets import <file\.csv\|file\.tsv\|->/);
  assert.match(cli('--help').stdout, /import <file\|->/);
});

/** Control characters (C0 and C1) other than the newlines that end the CLI's own lines. */
const CONTROLS = /(?!\n)\p{Cc}/u;

test('no terminal control characters from data: escaped in import and render messages', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // OSC 52 (write the clipboard), clear the screen, a bell, a C1 CSI.
  const csv = join(dir, 'hostile.csv');
  writeFileSync(csv, 'Force,Efficiency,\x1b[2JColour\x07\nKent,\x1b]52;c;SGVsbG8=\x07,\n\x9b2JNowhere,Good,\n');
  const run = cli('import', csv, '--cycle', '2017');
  assert.equal(run.status, 1);
  assert.doesNotMatch(run.stderr, CONTROLS);
  assert.match(run.stderr, /column "\\u001b\[2JColour\\u0007"/);
  assert.match(run.stderr, /"\\u001b\]52;c;SGVsbG8=\\u0007" is not a grade/);
  assert.match(run.stderr, /"\\u009b2JNowhere" is not a force/);
  // A document's ids, quoted by the element's own message.
  const doc = join(dir, 'doc.json');
  writeFileSync(doc, JSON.stringify({ force: { name: 'X' }, pillars: [{ id: 'a\x1b[2Jb\x9b', grade: 'good' }] }));
  const render = cli('render', 'peel-rating', '--data', doc, '--pillar', 'nope');
  assert.equal(render.status, 1);
  assert.doesNotMatch(render.stderr, CONTROLS);
  assert.match(render.stderr, /a\\u001b\[2Jb\\u009b/);
});

test('import caps what it reads and reports: 20 problems, then how many more; at most 64 columns and 500 rows', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-import-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // 2,500,000 unknown columns in 5 MB: one problem, at once.
  const wide = join(dir, 'wide.csv');
  writeFileSync(wide, `Force,${'x,'.repeat(2_499_990)}\nKent,Good\n`);
  const started = performance.now();
  const run = cli('import', wide, '--cycle', '2017');
  assert.equal(run.status, 1, String(run.error ?? run.stderr.slice(0, 500)));
  assert.equal(
    run.stderr,
    'peel-widgets import: the table has 1 problem:\n' +
      '  Row 1: more than 64 columns, more than a table of grades has (the force, its areas and a cycle): nothing was read\n',
  );
  assert.ok(performance.now() - started < 10000, `done in ${Math.round(performance.now() - started)} ms`);
  // 30 bad cells: the first 20, then how many more.
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, `Force,Efficiency\n${'Kent,Outstandng\n'.repeat(30)}`);
  const many = cli('import', bad, '--cycle', '2017');
  const lines = many.stderr.trimEnd().split('\n');
  assert.equal(lines[0], 'peel-widgets import: the table has 59 problems:');
  assert.equal(lines.length, 22);
  assert.equal(lines.at(-1), '  … and 39 more');
  // Past 500 rows, reading stops, and the last line kept says so.
  const long = join(dir, 'long.csv');
  writeFileSync(long, `Force,Efficiency\n${'Nowhere,Good\n'.repeat(600)}`);
  const stopped = cli('import', long, '--cycle', '2017').stderr.trimEnd().split('\n');
  assert.equal(stopped[0], 'peel-widgets import: the table has 501 problems:');
  assert.equal(stopped.at(-2), '  Row 502: more than 500 rows, more than a table of grades has: the rest was not read');
  assert.equal(stopped.at(-1), '  … and 481 more');
  // A header without one area: its rows are not read.
  writeFileSync(bad, `Force,Colour\n${'Nowhere,Good\n'.repeat(30)}`);
  assert.equal(cli('import', bad, '--cycle', '2017').stderr.split('\n').length, 4);
});

test('import: stdin has the same time limit as any read', async () => {
  const child = spawn(process.execPath, [join(dist, 'cli.js'), 'import', '-', '--timeout', '300'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.write('Force,Efficiency\n');
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const killer = setTimeout(() => child.kill(), 15000);
  const [code] = await once(child, 'exit');
  clearTimeout(killer);
  assert.equal(code, 1, stderr);
  assert.equal(stderr, 'peel-widgets import: -: no answer within 300 ms\n');
});

test('export: every grade as a CSV row or JSON, read back by import to the same rows', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-export-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const src = 'data/2018-19/peel-2018-19-all-forces.json';
  const csv = cli('export', src);
  assert.equal(csv.status, 0, csv.stderr);
  const lines = csv.stdout.split('\r\n');
  assert.equal(lines[0], '\uFEFFForce ID,Force,Cycle,Area ID,Area,Question,Grade,Status,Carried over from,Source');
  assert.ok(
    lines.includes(
      'north-wales,North Wales Police,peel-2018-19,effectiveness,Effectiveness,How effective is the force at tackling serious and organised crime?,good,,2016,https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2018/north-wales/effectiveness/',
    ),
    'a carried-over question with its year and its page',
  );
  // export → import → export: the same rows.
  const file = join(dir, 'grades.csv');
  writeFileSync(file, csv.stdout);
  const imported = cli('import', file);
  assert.equal(imported.status, 0, imported.stderr);
  const back = join(dir, 'back.json');
  writeFileSync(back, imported.stdout);
  assert.equal(cli('export', back).stdout, csv.stdout);

  const json = cli('export', src, '--format', 'json', '--lang', 'cy');
  assert.equal(json.status, 0, json.stderr);
  const rows = JSON.parse(json.stdout);
  assert.equal(rows.length, lines.length - 2);
  assert.deepEqual(Object.keys(rows[0]), [
    'forceId',
    'forceName',
    'cycle',
    'areaId',
    'areaTitle',
    'question',
    'grade',
    'status',
    'carriedOver',
    'source',
  ]);
  assert.equal(rows[0].areaTitle, 'Effeithiolrwydd');
  assert.match(cli('export', src, '--lang', 'cy').stdout, /^\uFEFFDynodydd yr heddlu,Heddlu,Cylch,/);
});

test('export: bad data exits 1 with the parser’s words; a bad command line exits 2', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-export-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"force":{"name":"X"},"pillars":[{"grade":"godo"}]}');
  const run = cli('export', bad);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /pillars\[0\]\.grade: "godo" is not a PEEL grade/);
  assert.equal(cli('export', join(dir, 'missing.json')).status, 1);
  for (const [args, message] of [
    [['export'], /which document\?/],
    [['export', example, '--format', 'xlsx'], /unknown format "xlsx"/],
    [['export', example, '--lang', 'fr'], /unknown language "fr"/],
    [['export', example, 'extra'], /unexpected argument "extra"/],
  ]) {
    const wrong = cli(...args);
    assert.equal(wrong.status, 2, args.join(' '));
    assert.match(wrong.stderr, message, args.join(' '));
    assert.match(wrong.stderr, /Usage: peel-widgets export/);
  }
  assert.match(cli('export', '--help').stdout, /^Usage: peel-widgets export <file\|url>/);
  assert.match(cli('--help').stdout, /export <file\|url>/);
});

test(
  'the Eleventy recipe: a shortcode renders each element into the page at build time',
  { skip: !!process.env.PEEL_DIST },
  async (t) => {
    const { default: Eleventy } = await import('@11ty/eleventy');
    const out = mkdtempSync(join(tmpdir(), 'peel-eleventy-'));
    t.after(() => rmSync(out, { recursive: true, force: true }));
    const site = new Eleventy('docs/examples/eleventy', out, {
      quietMode: true,
      configPath: 'docs/examples/eleventy.config.mjs',
    });
    await site.write();
    const html = readFileSync(join(out, 'report', 'index.html'), 'utf8');
    assert.match(html, /<h1>Northamptonshire Police, PEEL 2017<\/h1>/);
    assert.equal(html.match(/<template shadowroot(mode)?="open"/g)?.length >= 2, true, html.slice(0, 400));
    // The icon and the first word are one piece of markup (never the icon alone on a line): the words span it.
    assert.match(html, /Requires(<[^>]*>)* improvement/);
    assert.doesNotMatch(html, /could not be shown|Grade not available/);
  },
);
