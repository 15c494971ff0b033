// Checks the package as a user receives it, after `npm run build` (a step of `npm test`):
//   1. `npm pack` into a temporary folder;
//   2. publint and arethetypeswrong on the tarball (ESM-only profile: the package has no CommonJS entry;
//      the CSS export is left out by name, as the tool cannot judge CSS; every component module is named,
//      since the tool skips wildcard exports);
//   3. each project in test/consumers/ (react, vue, plain-ts) installed from the tarball and compiled with
//      its own TypeScript, vue-tsc for Vue. Each project holds lines under `@ts-expect-error` /
//      `@vue-expect-error` that must fail (`grade="godo"`), so a compile that passes shows the types bite.
//      A file generated here from custom-elements.json also uses every element, so a new one is covered.
// Installs are kept in the system's temporary folder, keyed by each consumer's package.json, so that a
// second run only swaps in the new tarball; npm prefers its cache (--prefer-offline).
// Prints one line per check and `checks: N passed, M failed`; exits 1 when any failed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = { passed: 0, failed: 0 };
const lines = [];
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

function check(name, since, { ok, output }) {
  results[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok    ' : 'FAILED'} ${name} (${seconds(since)})`);
  if (!ok) console.error(`--- ${name}\n${output}\n`);
  return ok;
}

for (const needed of ['custom-elements.json', 'dist/lib/index.js', 'dist/types/frameworks/react.d.ts'])
  if (!existsSync(join(root, needed))) {
    console.error(`check-consumers: ${needed} is missing; run \`npm run build\` first`);
    process.exit(1);
  }

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

// 1. Pack.
let since = performance.now();
const packDir = mkdtempSync(join(tmpdir(), 'peel-pack-'));
const packed = run(npm, ['pack', '--silent', '--pack-destination', packDir], root);
const tarball = packed.ok && readdirSync(packDir).find((file) => file.endsWith('.tgz'));
if (!check('npm pack', since, { ok: Boolean(tarball), output: packed.output })) finish();
const tarballPath = join(packDir, tarball);

// 2. publint and arethetypeswrong.
since = performance.now();
check('publint', since, run(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), tarballPath], root));

since = performance.now();
const componentEntries = readdirSync(join(root, 'dist/lib/components'), { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .map((file) => `./components/${file.replaceAll('\\', '/')}`);
const attw = run(
  process.execPath,
  [
    join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
    tarballPath,
    '--profile',
    'esm-only',
    // Not JavaScript: a stylesheet and the iframe page, which the tool cannot judge.
    '--exclude-entrypoints',
    './fallback.css',
    './embed.html',
    '--include-entrypoints',
    ...componentEntries,
    '--format',
    'table-flipped',
  ],
  root,
);
check(`arethetypeswrong (${componentEntries.length} component modules named)`, since, attw);

// 3. Consumers.
const generated = {
  react: [
    'src/every-element.generated.tsx',
    [
      "import 'peel-widgets/define.js';",
      'export const everyElement = (',
      '  <>',
      // An element that fires peel-error must type its detail (a bare `@fires peel-error` gives `never`).
      ...elements.map((e) =>
        e.events?.some((event) => event.name === 'peel-error')
          ? `    <${e.tagName} lang="en" onpeel-error={(event) => event.detail.errors} />`
          : `    <${e.tagName} lang="en" />`,
      ),
      '  </>',
      ');',
    ],
  ],
  vue: [
    'src/every-element.generated.ts',
    [
      "import type { GlobalComponents } from 'vue';",
      `export type EveryElement = [${elements.map((e) => `GlobalComponents['${e.tagName}']`).join(', ')}];`,
    ],
  ],
  'plain-ts': [
    'src/every-element.generated.ts',
    [
      `import type { ${elements.map((e) => e.name).join(', ')} } from 'peel-widgets';`,
      ...elements.map(
        (e) =>
          `export const ${e.name[0].toLowerCase()}${e.name.slice(1)}: ${e.name} = document.createElement('${e.tagName}');`,
      ),
    ],
  ],
  'plain-ts-cdn': [
    'cdn/every-element.generated.ts',
    // Only the CDN file's types here: every tag must be in the map, with the elements' own members.
    [
      `export type EveryElement = [${elements.map((e) => `HTMLElementTagNameMap['${e.tagName}']['reload']`).join(', ')}];`,
    ],
  ],
};

const compilers = {
  react: [['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']],
  vue: [['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'tsconfig.json']],
  'plain-ts': [
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'],
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.cdn.json'],
  ],
};

for (const name of readdirSync(join(root, 'test/consumers'))) {
  const source = join(root, 'test/consumers', name);
  if (!existsSync(join(source, 'package.json'))) continue;
  since = performance.now();
  const key = createHash('sha256')
    .update(readFileSync(join(source, 'package.json')))
    .digest('hex')
    .slice(0, 12);
  const dir = join(tmpdir(), `peel-consumer-${name}-${key}`);
  mkdirSync(dir, { recursive: true });
  // Fresh sources each run; node_modules stays.
  for (const entry of readdirSync(dir)) if (entry !== 'node_modules') rmSync(join(dir, entry), { recursive: true });
  cpSync(source, dir, { recursive: true });
  for (const [key, [file, text]] of Object.entries(generated))
    if (key === name || key.startsWith(`${name}-`)) writeFileSync(join(dir, file), `${text.join('\n')}\n`);
  const installed = run(
    npm,
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', '--no-package-lock', tarballPath],
    dir,
  );
  if (!check(`${name}: install from the tarball`, since, installed)) continue;
  for (const [compiler, ...args] of compilers[name] ?? []) {
    since = performance.now();
    const label = `${name}: ${compiler.includes('vue-tsc') ? 'vue-tsc' : 'tsc'} ${args.join(' ')}`;
    check(label, since, run(process.execPath, [compiler, ...args], dir));
  }
}

rmSync(packDir, { recursive: true, force: true });
finish();

function finish() {
  console.log(`${lines.join('\n')}\npackage checks took ${seconds(started)}`);
  console.log(`checks: ${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed ? 1 : 0);
}
