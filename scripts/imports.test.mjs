// `node --test scripts/imports.test.mjs`: no module of src/ or builder/ depends on itself through its
// imports (type imports and re-exports count; `import()` of a chunk does not). A part that imports its
// whole (the builder's form importing the builder element, say) is a circle to break with an interface.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import test from 'node:test';

const root = resolve(import.meta.dirname, '..');
const modules = ['src', 'builder']
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((file) => join(root, dir, file)))
  .filter((file) => /\.ts$/.test(file) && !/\.(test|stories)\.ts$/.test(file));

/** Each module's static imports and re-exports of other modules of ours. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gms)]
    .map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts')))
    .filter((target) => modules.includes(target));
}

/** Every circle of imports, each as the modules along it. */
function circles() {
  const graph = new Map(modules.map((file) => [file, importsOf(file)]));
  const found = [];
  const path = [];
  const done = new Set();
  const visit = (file) => {
    path.push(file);
    for (const next of graph.get(file)) {
      const at = path.indexOf(next);
      if (at >= 0) found.push([...path.slice(at), next].map((f) => relative(root, f)).join(' → '));
      else if (!done.has(next)) visit(next);
    }
    path.pop();
    done.add(file);
  };
  for (const file of modules) if (!done.has(file)) visit(file);
  return found;
}

test('the modules of src/ and builder/ import one another without a circle', () => {
  assert.ok(modules.length > 50, `found the modules (${modules.length})`);
  assert.ok(
    importsOf(join(root, 'builder/peel-embed-builder.ts')).includes(join(root, 'builder/controls.ts')),
    'reads imports',
  );
  assert.deepEqual(circles(), []);
});
