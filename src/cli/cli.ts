/// <reference types="node" />
// `npx peel-widgets render|badge|import|export|serve`: server-rendered HTML and static SVG badges for pages
// where no script runs, a collection read from a spreadsheet's table, every grade written out as rows, and the
// embed service.
// Exit codes: 0 done, 1 the data had errors (the output shows the element's error note), 2 a bad command line.
import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, ELEMENTS, renderElement } from '../ssr/index.js';
import type { ElementName } from '../ssr/index.js';
import { readSource, shownSource, sourceOf } from '../ssr/read-source.js';
import { MAX_COLUMNS, MAX_ROWS, describeProblem, readTable } from '../data/table.js';
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
  serve              Run the embed service (iframe pages, oEmbed, badges, social cards, the data) over HTTP

Run "peel-widgets <command> --help" for a command's options.`;

const RENDER_HELP = `Usage: peel-widgets render <element> --data <file|url> [options]

Writes the element as an HTML fragment with a declarative shadow root: it shows without JavaScript,
and the bundle hydrates it when the page loads peel-widgets-hydrate.min.js before the bundle.

  <element>              ${ELEMENTS.join(', ')}
  --data <file|url>      The assessment JSON: a file path or an http(s) URL (read up to 5 MB, for
                         10 seconds at most; a redirect only within the URL's origin)
  --timeout <ms>         How long reading the data may take (default 10000)
  --pillar <id>          The pillar or area to show (peel-rating, pillar-summary)
  --force <id>           With a collection: the force to show (its register id, e.g. kent; peel-history:
                         its every cycle)
  --lang <en|cy>         Language of the text the element writes (default en)
  --heading-level <1-6>  Level of the element's top heading (default 2)
  --scheme <light|dark>  Colour scheme (default: the page's)
  --grade <grade>        peel-rating without data: the grade (also --previous-grade, --status)
  --variant <badge|scale>, --size <small|medium|large>   peel-rating's look
  --hide-source          Cards: leave out the source line
  --compact              peel-assessment, pillar-summary: fold each summary after its first paragraph;
                         peel-history: the table without the picture
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

  The table is read up to 5 MB (stdin too), for 10 seconds at most, and up to ${MAX_ROWS} rows of
  ${MAX_COLUMNS} columns; the first 20 problems are listed, then how many more.

  Or a row per grade, as "peel-widgets export" writes it (columns Force ID, Area ID, Grade and
  any of Force, Cycle, Area, Question, Status, Carried over from, Source).

  --cycle <cycle>   The cycle of every row without one: peel-2023-25, 2023-25, 2021/22, 2017, …
  --timeout <ms>    How long reading the table may take (default 10000)
  -h, --help        This help

Exit status: 0 written, 1 the table has problems (each on stderr by row and column; nothing is
written), 2 a bad command line.`;

const SERVE_HELP = `Usage: peel-widgets serve [--port <n>] [--host <address>] [--origin <url>]

Runs the embed service, the same one as dist/worker.js on Cloudflare Workers: /embed, /oembed, /badge.svg,
/card.png and /data/<cycle>.json|csv, from the data the package ships (docs/service.md). It reads no file
and no URL: only requests (headers up to 16 kB and 10 seconds; no request body).

  --port <n>        The port (default 8787; 0 for any free one)
  --host <address>  The address to listen on (default 127.0.0.1: this machine only; put a proxy in front)
  --origin <url>    The service's public origin, written into its pages and oEmbed answers
                    (e.g. https://peel.example.org; default: each request's Host)
  -h, --help        This help

Stops on Ctrl-C (SIGINT) or SIGTERM. Exit status: 2 a bad command line or a port that cannot be used.`;

/**
 * Text for the terminal: every C0 and C1 control (ESC, BEL, CSI, a newline inside a message) written as its
 * JSON escape, as the parser's messages write them, so that no data can move the cursor, clear the screen
 * or set the clipboard (OSC 52) of the person reading.
 */
const printable = (text: string) =>
  String(text).replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Problems listed at most, as the elements report them; then how many more. */
const MAX_LISTED = 20;

/** Lines for stderr, each indented and printable: the first MAX_LISTED, then how many more (`more` beyond the lines). */
const listing = (lines: string[], more: number) => {
  const total = lines.length + more;
  return (
    lines
      .slice(0, MAX_LISTED)
      .map((line) => `  ${printable(line)}\n`)
      .join('') + (total > MAX_LISTED ? `  … and ${total - MAX_LISTED} more\n` : '')
  );
};

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
  process.stderr.write(`peel-widgets ${printable(command)}: ${printable(message)}\n\n${help}\n`);
  process.exitCode = 2;
};

/** `--timeout` as milliseconds, the default when not given; undefined (after saying why) when it is no number. */
function timeoutOption(value: string | boolean | undefined, command: string, help: string): number | undefined {
  if (value === undefined) return DEFAULT_TIMEOUT;
  if (typeof value === 'string' && /^\d{1,7}$/.test(value) && Number(value) > 0) return Number(value);
  fail(command, `--timeout "${value}" is not a number of milliseconds`, help);
  return undefined;
}

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
    timeout: { type: 'string' },
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
  const timeout = timeoutOption(values.timeout, 'render', RENDER_HELP);
  if (timeout === undefined) return;
  const source = values.data === undefined ? undefined : sourceOf(values.data as string);
  let src = source && ('url' in source ? source.url : source.path);
  let root: string | undefined;
  // The renderer reads no file unless told where it may: the file the user names here, and only that.
  if (source && 'path' in source) {
    const path = /^file:/i.test(source.path) ? fileURLToPath(source.path) : resolve(source.path);
    src = await realpath(path).catch(() => path);
    root = dirname(src);
  }
  const { html, errors } = await renderElement(element as ElementName, {
    src,
    root,
    timeout,
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
    // Listed as the renderer gives them: its data's problems already capped, "… and N more" last.
    process.stderr.write(
      `peel-widgets render: the data could not be shown:\n${errors.map((e) => `  ${printable(e)}\n`).join('')}`,
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

/** Stdin, read up to the size cap and within the time limit, as a file is. */
async function readStdin(maxBytes: number, timeout: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const timer = setTimeout(() => process.stdin.destroy(Error(`-: no answer within ${timeout} ms`)), timeout);
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw Error(`-: larger than ${maxBytes / 1024 / 1024} MB`);
      chunks.push(chunk);
    }
  } finally {
    clearTimeout(timer);
    // What is left unread (past the cap) no longer keeps the process open.
    process.stdin.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function importTable(args: string[]) {
  const { values, positionals } = parse(args, { cycle: { type: 'string' }, timeout: { type: 'string' } });
  if (values.help) return void process.stdout.write(`${IMPORT_HELP}\n`);
  const [file, ...extra] = positionals;
  if (!file) return fail('import', 'which table? give a file, or - for stdin', IMPORT_HELP);
  if (extra.length) return fail('import', `unexpected argument "${extra[0]}"`, IMPORT_HELP);
  const cycle = values.cycle as string | undefined;
  // A cycle the reader does not know is a bad command line, said before anything is read.
  const badCycle = cycle === undefined ? undefined : readTable('', { cycle }).problems.find((p) => p.row === 0);
  if (badCycle) return fail('import', `--cycle ${badCycle.message}`, IMPORT_HELP);
  const timeout = timeoutOption(values.timeout, 'import', IMPORT_HELP);
  if (timeout === undefined) return;
  let text: string;
  try {
    if (file === '-') text = await readStdin(DEFAULT_MAX_BYTES, timeout);
    else {
      // The file the user names, and only it, within the renderer's cap and time limit.
      const path = await realpath(resolve(file)).catch(() => resolve(file));
      text = await readSource(path, { root: dirname(path), maxBytes: DEFAULT_MAX_BYTES, timeout });
    }
  } catch (error) {
    process.stderr.write(`peel-widgets import: ${printable((error as Error).message)}\n`);
    process.exitCode = 1;
    return;
  }
  const { collection, problems, more } = readTable(text, { cycle });
  if (!collection) {
    const total = problems.length + more;
    process.stderr.write(
      `peel-widgets import: the table has ${total} problem${total === 1 ? '' : 's'}:\n${listing(problems.map(describeProblem), more)}`,
    );
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${JSON.stringify(collection, null, 2)}\n`);
}

async function serveCommand(args: string[]) {
  const { values, positionals } = parse(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    origin: { type: 'string' },
  });
  if (values.help) return void process.stdout.write(`${SERVE_HELP}\n`);
  if (positionals.length) return fail('serve', `unexpected argument "${positionals[0]}"`, SERVE_HELP);
  const port = (values.port as string | undefined) ?? '8787';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535)
    return fail('serve', `port "${port}" is not a number from 0 to 65535`, SERVE_HELP);
  const origin = values.origin as string | undefined;
  if (origin !== undefined && !/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?\/?$/i.test(origin))
    return fail('serve', `origin "${origin}" is not an http(s) origin such as https://peel.example.org`, SERVE_HELP);
  // Loaded only here: the other commands never parse the service, its renderer and its font.
  const { serve } = await import('../service/node.js');
  try {
    const { server, url } = await serve({
      port: Number(port),
      host: values.host as string | undefined,
      origin: origin?.replace(/\/$/, ''),
      wasm: new URL('./resvg.wasm', import.meta.url),
    });
    process.stderr.write(`peel-widgets serve: listening on ${url}\n`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => {
        server.close();
        server.closeAllConnections();
      });
  } catch (error) {
    fail('serve', (error as Error).message, SERVE_HELP);
  }
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
    const source = sourceOf(file);
    let path = 'url' in source ? source.url : source.path;
    if ('path' in source) {
      const local = /^file:/i.test(path) ? fileURLToPath(path) : resolve(path);
      path = await realpath(local).catch(() => local);
    }
    text = await readSource(path, {
      root: 'path' in source ? dirname(path) : undefined,
      maxBytes: DEFAULT_MAX_BYTES,
      timeout: DEFAULT_TIMEOUT,
    });
  } catch (error) {
    process.stderr.write(`peel-widgets export: ${printable((error as Error).message)}\n`);
    process.exitCode = 1;
    return;
  }
  const result = parseDocument(text);
  if (!result.ok) {
    process.stderr.write(
      `peel-widgets export: ${printable(shownSource(file))} has errors:\n${listing(result.errors.map(formatIssue), 0)}`,
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
  else if (command === 'serve') await serveCommand(rest);
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
    { render: RENDER_HELP, badge: BADGE_HELP, import: IMPORT_HELP, export: EXPORT_HELP, serve: SERVE_HELP }[
      command ?? ''
    ] ?? USAGE;
  fail(command ?? '', (error as Error).message, help);
}
