/// <reference types="node" />
// `npx peel-widgets render|badge|import|export`: server-rendered HTML and static SVG badges for pages where no
// script runs, a collection read from a spreadsheet's table, and every grade written out as rows.
// Exit codes: 0 done, 1 the data had errors (the output shows the element's error note), 2 a bad command line.
import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, ELEMENTS, renderElement } from '../ssr/index.js';
import type { ElementName } from '../ssr/index.js';
import { readSource } from '../ssr/read-source.js';
import { describeProblem, readTable } from '../data/table.js';
import { exportRows, toCsv } from '../data/export.js';
import { formatIssue, parseDocument } from '../data/parse.js';
import { BadgeError, badgeSvg } from './badge.js';
import type { BadgeOptions } from './badge.js';

const USAGE = `Usage: peel-widgets <command> [options]

Commands:
  render <element>   Server-render an element with its data to HTML (declarative shadow DOM) on stdout
  badge              Write a static SVG badge for a grade to stdout
  import <file|->    Read a table of grades (CSV, or tab-separated as a spreadsheet copies it) into a
                     collection of assessments (JSON) on stdout
  export <file|url>  Write every grade of a document or collection as a row (CSV or JSON) on stdout

Run "peel-widgets <command> --help" for a command's options.`;

const RENDER_HELP = `Usage: peel-widgets render <element> --data <file|url> [options]

Writes the element as an HTML fragment with a declarative shadow root: it shows without JavaScript,
and the bundle hydrates it when the page loads peel-widgets-hydrate.min.js before the bundle.

  <element>              ${ELEMENTS.join(', ')}
  --data <file|url>      The assessment JSON: a file path or an http(s) URL (read up to 5 MB, for
                         10 seconds at most; a redirect only within the URL's origin)
  --pillar <id>          The pillar or area to show (peel-rating, pillar-summary)
  --force <id>           With a collection: the force to show (its register id, e.g. kent)
  --lang <en|cy>         Language of the text the element writes (default en)
  --heading-level <1-6>  Level of the element's top heading (default 2)
  --scheme <light|dark>  Colour scheme (default: the page's)
  --grade <grade>        peel-rating without data: the grade (also --previous-grade, --status)
  --variant <badge|scale>, --size <small|medium|large>   peel-rating's look
  --hide-source          Cards: leave out the source line
  --compact              peel-assessment, pillar-summary: fold each summary after its first paragraph
  --no-hydrate           Leave out the data the bundle needs to hydrate the element
  -h, --help             This help

Exit status: 0 rendered, 1 the data could not be shown (the HTML shows the error note; the reason is
on stderr), 2 a bad command line.`;

const BADGE_HELP = `Usage: peel-widgets badge --grade <grade> [options]

Writes a static SVG badge (for e-mail, social cards and print): the grade as text, with a title and
description for screen readers, in the colours and shapes of <peel-rating>.

  --grade <grade>           outstanding, good, adequate, requires-improvement, inadequate, not-graded
                            (or the English or Welsh name, in any case)
  --previous-grade <grade>  The grade before, to show the change
  --label <text>            Words before the badge, such as the pillar's name
  --lang <en|cy>            Language of the grade's name and the description (default en)
  --scheme <light|dark>     Colours for a light or a dark background (default light)
  --size <small|medium|large>  Text size 14, 16 or 20 px (default medium)
  --id <name>               Prefix of the title's and description's ids (default: peel-badge- and a
                            random part, so that badges inlined in one page never share them)
  -h, --help                This help

Exit status: 0 written, 2 a bad option (the reason is on stderr).`;

const IMPORT_HELP = `Usage: peel-widgets import <file.csv|file.tsv|-> [--cycle <cycle>]

Reads a table of grades, as a spreadsheet saves it (CSV) or copies it (tab-separated; "-" reads stdin),
and writes the collection of assessments as JSON on stdout (docs/data-format.md, "A table of grades").

  The header row: the force column first (any heading), then a column per area, headed by its id
  (preventing-crime) or its title in English or Welsh, in any case; optionally a "Cycle" column.
  A row per force: its name or id as the register has them ("&" for "and", "Police" or
  "Constabulary" optional, Welsh names too), then per area a grade in English or Welsh
  (Good, requires improvement, Da), a status (pending or "To be graded", not-inspected,
  withheld) or nothing.

  Or a row per grade, as "peel-widgets export" writes it (columns Force ID, Area ID, Grade and
  any of Force, Cycle, Area, Question, Status, Carried over from, Source).

  --cycle <cycle>   The cycle of every row without one: peel-2023-25, 2023-25, 2021/22, 2017, …
  -h, --help        This help

Exit status: 0 written, 1 the table has problems (each on stderr by row and column; nothing is
written), 2 a bad command line.`;

const EXPORT_HELP = `Usage: peel-widgets export <file|url> [--format csv|json] [--lang en|cy]

Writes every grade of an assessment or a collection as one row (docs/data-format.md, "Data out"): force
id, force, cycle, area id, area, question (empty for an area's own grade), grade, status, the period of a
carried-over grade, and the address of the page the grade was read on.

  <file|url>             The JSON document: a file path or an http(s) URL (read up to 5 MB, for 10
                         seconds at most; a redirect only within the URL's origin)
  --format <csv|json>    CSV for a spreadsheet (default; RFC 4180, a header row, CRLF, UTF-8 with a byte
                         order mark; a cell that starts with = + - or @ is written after a ' so that it
                         never runs as a formula), or the rows as a JSON list
  --lang <en|cy>         Language of the CSV's column names and the built-in area titles (default en)
  -h, --help             This help

"peel-widgets import" reads the CSV back into a collection.

Exit status: 0 written, 1 the document could not be read or has errors (on stderr), 2 a bad command line.`;

const fail = (command: string, message: string, help: string) => {
  process.stderr.write(`peel-widgets ${command}: ${message}\n\n${help}\n`);
  process.exitCode = 2;
};

function parse(args: string[], options: ParseArgsConfig['options']) {
  const { values, positionals } = parseArgs({
    args,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  return { values: values as Record<string, string | boolean | undefined>, positionals };
}

async function render(args: string[]) {
  const { values, positionals } = parse(args, {
    data: { type: 'string' },
    pillar: { type: 'string' },
    force: { type: 'string' },
    lang: { type: 'string' },
    'heading-level': { type: 'string' },
    scheme: { type: 'string' },
    grade: { type: 'string' },
    'previous-grade': { type: 'string' },
    status: { type: 'string' },
    variant: { type: 'string' },
    size: { type: 'string' },
    'hide-source': { type: 'boolean' },
    compact: { type: 'boolean' },
    'no-hydrate': { type: 'boolean' },
  });
  if (values.help) return void process.stdout.write(`${RENDER_HELP}\n`);
  const [element, ...extra] = positionals;
  if (!element) return fail('render', 'which element? (one of ' + ELEMENTS.join(', ') + ')', RENDER_HELP);
  if (extra.length) return fail('render', `unexpected argument "${extra[0]}"`, RENDER_HELP);
  if (!(ELEMENTS as readonly string[]).includes(element))
    return fail('render', `unknown element "${element}" (one of ${ELEMENTS.join(', ')})`, RENDER_HELP);
  const lang = values.lang as string | undefined;
  if (lang !== undefined && lang !== 'en' && lang !== 'cy')
    return fail('render', `unknown language "${lang}" (en or cy)`, RENDER_HELP);
  const scheme = values.scheme as string | undefined;
  if (scheme !== undefined && scheme !== 'light' && scheme !== 'dark')
    return fail('render', `unknown scheme "${scheme}" (light or dark)`, RENDER_HELP);
  const level = values['heading-level'] as string | undefined;
  if (level !== undefined && !/^[1-6]$/.test(level))
    return fail('render', `heading level "${level}" is not a number from 1 to 6`, RENDER_HELP);
  if (!values.data && !values.grade && !values.status)
    return fail('render', 'no data: give --data <file|url> (or --grade for peel-rating)', RENDER_HELP);
  let src = values.data as string | undefined;
  let root: string | undefined;
  // The renderer reads no file unless told where it may: the file the user names here, and only that.
  if (src && (/^file:/i.test(src) || !/^[a-z][a-z\d+.-]+:/i.test(src))) {
    const path = /^file:/i.test(src) ? fileURLToPath(src) : resolve(src);
    src = await realpath(path).catch(() => path);
    root = dirname(src);
  }
  const { html, errors } = await renderElement(element as ElementName, {
    src,
    root,
    pillar: values.pillar as string | undefined,
    force: values.force as string | undefined,
    lang,
    headingLevel: level === undefined ? undefined : Number(level),
    scheme: scheme as 'light' | 'dark' | undefined,
    grade: values.grade as string | undefined,
    previousGrade: values['previous-grade'] as string | undefined,
    status: values.status as string | undefined,
    variant: values.variant as string | undefined,
    size: values.size as string | undefined,
    hideSource: values['hide-source'] as boolean | undefined,
    compact: values.compact as boolean | undefined,
    hydratable: !values['no-hydrate'],
  });
  process.stdout.write(`${html}\n`);
  if (errors.length) {
    process.stderr.write(
      `peel-widgets render: the data could not be shown:\n${errors.map((e) => `  ${e}`).join('\n')}\n`,
    );
    process.exitCode = 1;
  }
}

function badge(args: string[]) {
  const { values, positionals } = parse(args, {
    grade: { type: 'string' },
    'previous-grade': { type: 'string' },
    label: { type: 'string' },
    lang: { type: 'string' },
    scheme: { type: 'string' },
    size: { type: 'string' },
    id: { type: 'string' },
  });
  if (values.help) return void process.stdout.write(`${BADGE_HELP}\n`);
  if (positionals.length) return fail('badge', `unexpected argument "${positionals[0]}"`, BADGE_HELP);
  if (!values.grade) return fail('badge', 'no grade: give --grade <grade>', BADGE_HELP);
  try {
    process.stdout.write(
      badgeSvg({
        grade: values.grade as string,
        previousGrade: values['previous-grade'] as string | undefined,
        label: values.label as string | undefined,
        lang: values.lang as BadgeOptions['lang'],
        scheme: values.scheme as BadgeOptions['scheme'],
        size: values.size as BadgeOptions['size'],
        id: values.id as string | undefined,
      }),
    );
  } catch (error) {
    if (!(error instanceof BadgeError)) throw error;
    fail('badge', error.message, BADGE_HELP);
  }
}

/** Stdin, read up to the size cap. */
async function readStdin(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw Error(`-: larger than ${maxBytes / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function importTable(args: string[]) {
  const { values, positionals } = parse(args, { cycle: { type: 'string' } });
  if (values.help) return void process.stdout.write(`${IMPORT_HELP}\n`);
  const [file, ...extra] = positionals;
  if (!file) return fail('import', 'which table? give a file, or - for stdin', IMPORT_HELP);
  if (extra.length) return fail('import', `unexpected argument "${extra[0]}"`, IMPORT_HELP);
  const cycle = values.cycle as string | undefined;
  // A cycle the reader does not know is a bad command line, said before anything is read.
  const badCycle = cycle === undefined ? undefined : readTable('', { cycle }).problems.find((p) => p.row === 0);
  if (badCycle) return fail('import', `--cycle ${badCycle.message}`, IMPORT_HELP);
  let text: string;
  try {
    if (file === '-') text = await readStdin(DEFAULT_MAX_BYTES);
    else {
      // The file the user names, and only it, within the renderer's cap and time limit.
      const path = await realpath(resolve(file)).catch(() => resolve(file));
      text = await readSource(path, { root: dirname(path), maxBytes: DEFAULT_MAX_BYTES, timeout: DEFAULT_TIMEOUT });
    }
  } catch (error) {
    process.stderr.write(`peel-widgets import: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const { collection, problems } = readTable(text, { cycle });
  if (!collection) {
    process.stderr.write(
      `peel-widgets import: the table has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}\n`,
    );
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${JSON.stringify(collection, null, 2)}\n`);
}

async function exportGrades(args: string[]) {
  const { values, positionals } = parse(args, { format: { type: 'string' }, lang: { type: 'string' } });
  if (values.help) return void process.stdout.write(`${EXPORT_HELP}\n`);
  const [file, ...extra] = positionals;
  if (!file) return fail('export', 'which document? give a file or an http(s) URL', EXPORT_HELP);
  if (extra.length) return fail('export', `unexpected argument "${extra[0]}"`, EXPORT_HELP);
  const format = (values.format as string | undefined) ?? 'csv';
  if (format !== 'csv' && format !== 'json')
    return fail('export', `unknown format "${format}" (csv or json)`, EXPORT_HELP);
  const lang = (values.lang as string | undefined) ?? 'en';
  if (lang !== 'en' && lang !== 'cy') return fail('export', `unknown language "${lang}" (en or cy)`, EXPORT_HELP);
  let text: string;
  try {
    // An http(s) URL as a browser would fetch it; else the file the user names, and only it.
    const url = /^https?:/i.test(file);
    const path = url ? file : await realpath(resolve(file)).catch(() => resolve(file));
    text = await readSource(path, {
      root: url ? undefined : dirname(path),
      maxBytes: DEFAULT_MAX_BYTES,
      timeout: DEFAULT_TIMEOUT,
    });
  } catch (error) {
    process.stderr.write(`peel-widgets export: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const result = parseDocument(text);
  if (!result.ok) {
    process.stderr.write(
      `peel-widgets export: ${file} has errors:\n${result.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}\n`,
    );
    process.exitCode = 1;
    return;
  }
  const rows = exportRows(result.value, lang);
  process.stdout.write(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : toCsv(rows, lang));
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'render') await render(rest);
  else if (command === 'badge') badge(rest);
  else if (command === 'import') await importTable(rest);
  else if (command === 'export') await exportGrades(rest);
  else if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    if (!command) process.exitCode = 2;
  } else fail(command, 'unknown command', USAGE);
} catch (error) {
  // parseArgs' own messages (an unknown option, a missing value) are clear enough to show as they are.
  const help =
    { render: RENDER_HELP, badge: BADGE_HELP, import: IMPORT_HELP, export: EXPORT_HELP }[command ?? ''] ?? USAGE;
  fail(command ?? '', (error as Error).message, help);
}
