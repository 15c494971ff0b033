// The README and the data-format document are read by people who copy from them: every JSON snippet
// must be JSON, every example document must say what the parser says, and every link must stay
// inside the repository (and the package) and lead somewhere.
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schema from '../schema/peel-assessment.schema.json' with { type: 'json' };
import { formatIssue, parseDocument } from '../src/data/parse.js';
import '../src/define.js';

interface Fence {
  file: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
  lang: string;
  body: string;
}

interface Doc {
  file: string;
  text: string;
  fences: Fence[];
}

const validator = new Validator(schema as never, '2020-12', false);

async function read(file: string): Promise<string> {
  const response = await fetch(file);
  expect(response.ok, `${file} answered ${response.status}`).to.equal(true);
  return response.text();
}

function fencesOf(file: string, text: string): Fence[] {
  const fences: Fence[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.trim() === open[1]);
    expect(end, `${file}:${i + 1}: a code fence that is never closed`).to.be.greaterThan(i);
    fences.push({ file, line: i + 1, lang: open[2]!, body: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return fences;
}

/** Prose outside code fences, where links live. */
const prose = (text: string) => text.replace(/^(`{3,})[\s\S]*?^\1\s*$/gm, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** The repository path a relative link leads to, or undefined when it climbs out of the repository (or is absolute). */
function inRepository(from: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const parts = from.split('/').slice(1, -1);
  for (const part of target.split('/')) {
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else if (part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

const links = (text: string) => [...prose(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

const isDocument = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('force' in value || 'assessments' in value);

/** The parser's verdict as the documents write it: one `path: message` a line, warnings marked. */
function verdict(doc: unknown): string[] {
  const result = parseDocument(doc);
  return [
    ...(result.ok ? [] : result.errors.map(formatIssue)),
    ...result.warnings.map((w) => `${formatIssue(w)} (warning)`),
  ];
}

/** JSON inside HTML: the body of a JSON script, and the `assessment` attribute's value. */
const jsonInHtml = (html: string) => [
  ...[...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
  ...[...html.matchAll(/\bassessment='([^']*)'/g)].map((m) => m[1]!),
];

describe('README and docs', () => {
  const docs: Doc[] = [];

  before(async () => {
    const readme = await read('/README.md');
    // Every document the README links to under docs/, and the data format whether linked or not.
    const linked = links(readme)
      .map((target) => target.split('#')[0]!)
      .filter((target) => /^docs\/[\w-]+\.md$/.test(target));
    for (const file of ['/README.md', ...new Set(['/docs/data-format.md', ...linked.map((t) => `/${t}`)])]) {
      const text = await read(file);
      docs.push({ file, text, fences: fencesOf(file, text) });
    }
  });

  it('reads the README, the data format and every docs page the README links, with JSON examples among them', () => {
    expect(docs.map((d) => d.file)).to.include.members(['/README.md', '/docs/data-format.md', '/docs/elements.md']);
    expect(docs.find((d) => d.file === '/docs/data-format.md')!.fences.filter((f) => f.lang === 'json')).to.not.be
      .empty;
  });

  it('keeps the README a front door: under 15,000 characters, with the two commands and a snippet per way to embed', () => {
    const readme = docs[0]!;
    expect(readme.text.length).to.be.at.most(15000);
    const shell = readme.fences
      .filter((f) => f.lang === 'sh')
      .map((f) => f.body)
      .join('\n');
    expect(shell)
      .to.match(/^npm start\b/m)
      .and.to.match(/^npm test\b/m);
    const html = readme.fences.filter((f) => f.lang === 'html').map((f) => f.body);
    expect(
      html.some((b) => /<peel-[a-z-]+[\s>]/.test(b) && !b.includes('<iframe')),
      'a tag',
    ).to.equal(true);
    expect(
      html.some((b) => b.includes('<iframe')),
      'an iframe',
    ).to.equal(true);
    expect(
      readme.fences.some((f) => f.body.includes('peel-widgets/ssr')),
      'server-rendered HTML',
    ).to.equal(true);
  });

  it('has only valid JSON in ```json fences, with no … standing in for content', () => {
    for (const { fences } of docs)
      for (const fence of fences.filter((f) => f.lang === 'json')) {
        const where = `${fence.file}:${fence.line}`;
        expect(fence.body, `${where} has a … placeholder`).to.not.contain('…');
        expect(() => JSON.parse(fence.body), `${where} is not JSON`).to.not.throw();
      }
  });

  it('has only valid JSON inside the HTML examples (JSON scripts and assessment attributes)', () => {
    let count = 0;
    for (const { fences } of docs)
      for (const fence of fences.filter((f) => f.lang === 'html'))
        for (const json of jsonInHtml(fence.body)) {
          count++;
          const where = `${fence.file}:${fence.line}: ${json.trim().slice(0, 60)}`;
          expect(json, `${where} has a … placeholder`).to.not.contain('…');
          let value: unknown;
          expect(() => (value = JSON.parse(json)), `${where} is not JSON`).to.not.throw();
          if (isDocument(value)) expect(verdict(value), where).to.deep.equal([]);
        }
    expect(count, 'the README shows JSON inside HTML').to.be.greaterThan(0);
  });

  it('shows example documents that the parser and the schema read as the text says', () => {
    let documents = 0;
    let invalid = 0;
    for (const { fences } of docs)
      fences.forEach((fence, i) => {
        if (fence.lang !== 'json') return;
        const value: unknown = JSON.parse(fence.body);
        if (!isDocument(value)) return;
        documents++;
        const where = `${fence.file}:${fence.line}`;
        const next = fences[i + 1];
        // An example followed by a ```text fence shows its problems there; any other example is clean.
        const expected =
          next?.lang === 'text'
            ? next.body.split('\n').map((line) => line.replace(/\s+\(warning\)$/, ' (warning)'))
            : [];
        expect(verdict(value), where).to.deep.equal(expected);
        const errors = expected.filter((line) => !line.endsWith('(warning)'));
        if (errors.length) invalid++;
        // A source's reference is checked against the rest of the document, which the schema cannot do.
        const schemaSees = errors.filter((line) => !/expected the id of a source|expected each id once/.test(line));
        expect(validator.validate(value).valid, `${where}: the JSON Schema's verdict`).to.equal(
          schemaSees.length === 0,
        );
      });
    expect(documents, 'example documents').to.be.greaterThan(2);
    expect(invalid, 'examples of bad documents').to.be.greaterThan(0);
  });

  it('links only inside the repository, to files that exist and headings that exist', async () => {
    for (const { file, text } of docs) {
      expect(text.includes('../shared'), `${file} links outside the repository`).to.equal(false);
      for (const target of links(text)) {
        if (/^https?:/.test(target)) continue;
        const [path, fragment] = target.split('#') as [string, string | undefined];
        const resolved = path ? inRepository(file, path) : file;
        expect(resolved, `${file}: ${target} leaves the repository`).to.not.equal(undefined);
        const body = path ? await read(resolved!) : text;
        if (fragment && (!path || path.endsWith('.md')))
          expect([...anchors(body)], `${file}: ${target} names no heading`).to.include(fragment);
      }
    }
  });

  it('links the data format from the README', () => {
    expect(links(docs[0]!.text)).to.include('docs/data-format.md');
  });

  it('tells Vue to treat exactly the package’s tags as custom elements, and the element table lists them all', () => {
    const readme = docs[0]!.text;
    for (const { file, fences } of docs)
      for (const fence of fences)
        expect(fence.body.includes("tag.includes('-')"), `${file}:${fence.line} claims every kebab-case tag`).to.equal(
          false,
        );
    const tableTags = [...readme.matchAll(/^\| `<([a-z]+(?:-[a-z]+)+)>`/gm)].map((m) => m[1]!);
    // Every tag src/define.ts registers, and no other.
    const defined = [
      'peel-rating',
      'pillar-summary',
      'key-facts-panel',
      'peel-assessment',
      'peel-compare',
      'peel-history',
    ];
    expect([...tableTags].sort()).to.deep.equal([...defined].sort());
    for (const tag of tableTags) expect(customElements.get(tag), tag).to.not.equal(undefined);
    const frameworks = docs.find((d) => d.file === '/docs/frameworks.md')!.text;
    const list = /\[\s*('[a-z-]+'(?:,\s*'[a-z-]+')*),?\s*\]/.exec(
      frameworks.slice(frameworks.indexOf('isCustomElement') - 400, frameworks.indexOf('isCustomElement') + 400),
    );
    expect(list, 'a list of tags next to isCustomElement').to.not.equal(null);
    const vueTags = list![1]!.split(',').map((t) => t.trim().slice(1, -1));
    expect([...vueTags].sort()).to.deep.equal([...tableTags].sort());
  });

  // The byte budgets are stated in docs/sizes.md alone, which `npm run size` writes and checks.
  it('states the Node version that the package requires', async () => {
    const readme = docs[0]!.text;
    const pkg = JSON.parse(await read('/package.json')) as { engines: { node: string } };
    const node = /^>=\s*([\d.]+)$/.exec(pkg.engines.node)![1]!;
    expect(readme).to.contain(`Node ≥ ${node}`);
    for (const { file, text } of docs.slice(1))
      expect(text.match(/[\d,]+ (bytes|B) gzip/g), `${file} states a byte budget (say it in docs/sizes.md)`).to.equal(
        null,
      );
  });
});
