// Reading the SOURCES.md beside the real data (data/<cycle>/SOURCES.md): its tables, in the shared format,
// and what its rows' words say.

/** The cells of a markdown table row: split on unescaped `|`, trimmed, `\|` unescaped, one pair of backticks stripped. */
export const cellsOf = (line: string): string[] =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) =>
      cell
        .trim()
        .replaceAll('\\|', '|')
        .replace(/^`(.*)`$/, '$1'),
    );

/**
 * The rows of the table under the `##` or `###` heading `heading` whose header row starts with `| first |`;
 * none when the file has no such heading or table.
 */
export function tableRows(markdown: string, heading: string, first: string): string[][] {
  const section = markdown.split(/^#{2,3} /m).find((s) => s.startsWith(`${heading}\n`));
  const lines = section?.split('\n') ?? [];
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(cellsOf(line));
  }
  return rows;
}

/** A row's words as a grade's `quote`: an inspectorate page's without their quotation marks, our own as they are. */
export const quoteOf = (words: string) => (/^“.*”$/s.test(words) ? words.slice(1, -1) : words);

/**
 * The period of a carried-over judgment that a question's words name, or undefined when they name none: words
 * that say the judgment "has been carried over" or "remain[s] valid", or that open "In 2017, we judged …". The
 * period is the first one they name other than the cycle's own (2018/19).
 */
export function carriedOverFrom(words: string): string | undefined {
  if (!/carried over|remains? valid/.test(words) && !/^“In 20\d\d\b/.test(words)) return undefined;
  return [...words.matchAll(/\b20\d\d(?:\/\d\d)?\b/g)].map((m) => m[0]).find((year) => year !== '2018/19');
}
