// The last step of `npm run build`: everything editors and frameworks need to know the elements, generated
// from custom-elements.json (so a new element is picked up with nothing to write by hand):
//
//   dist/types/frameworks/{react,vue,svelte,solid}.d.ts  JSX / template types, exported as peel-widgets/react, …
//   dist/peel-widgets.min.d.ts                            the CDN file's types: the tags it defines
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code's html/css.customData
//   dist/web-types.json                                   JetBrains web-types (package.json "web-types")
//
// The break-stuff `custom-element-*-integration` generators write the files; the few lines added here only
// hook each file into its framework's namespace, which the generators leave to the user.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (!elements.length) throw new Error('generate-types: custom-elements.json names no element; run `npm run analyze`');

const frameworks = 'dist/types/frameworks';
mkdirSync(frameworks, { recursive: true });
// Paths are relative to `outdir`. Property types are read from the classes (`PeelRating["grade"]`), so
// they are exactly the TypeScript ones; event detail types come from the same entry.
const common = { outdir: frameworks, globalTypePath: '../index.js', hideLogs: true };
const quiet = { hideLogs: true };

const edit = (file, change) => writeFileSync(file, change(readFileSync(file, 'utf8')));

/** One import of each name: the generators import an event type once per element that fires it. */
const dedupeImports = (text) =>
  text.replace(/^import type \{([^}]*)\} from "\.\.\/index\.js";$/m, (_, names) => {
    const unique = [...new Set(names.split(',').map((name) => name.trim()))].filter(Boolean);
    return `import type { ${unique.join(', ')} } from "../index.js";`;
  });

const banner = (framework, use) =>
  `// Generated from custom-elements.json by scripts/generate-types.mjs: do not edit.\n// ${framework}: ${use}\n`;

generateJsxTypes(manifest, { ...common, fileName: 'react.d.ts' });
edit(`${frameworks}/react.d.ts`, (text) =>
  [
    banner(
      'React 19',
      '`/// <reference types="peel-widgets/react" />` (or `import type {} from "peel-widgets/react"`).',
    ),
    dedupeImports(text),
    // React's own attributes and events (className, onClick, ref, …) for each tag, beside the element's.
    `import type { HTMLAttributes, RefAttributes } from "react";`,
    `type ElementOf<Tag> = Tag extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[Tag] : HTMLElement;`,
    `type ReactElements = {`,
    `  [Tag in keyof CustomElements]: CustomElements[Tag] &`,
    `    Omit<HTMLAttributes<ElementOf<Tag>>, keyof CustomElements[Tag]> &`,
    `    RefAttributes<ElementOf<Tag>>;`,
    `};`,
    `declare module "react" {`,
    `  namespace JSX {`,
    `    interface IntrinsicElements extends ReactElements {}`,
    `  }`,
    `}`,
    '',
  ].join('\n'),
);

generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
edit(
  `${frameworks}/vue.d.ts`,
  (text) =>
    banner('Vue 3', '`/// <reference types="peel-widgets/vue" />`; vue-tsc then checks the tags in templates.') +
    dedupeImports(text),
);

generateSvelteTypes(manifest, { ...common, fileName: 'svelte.d.ts' });
// The file is a module (it imports the classes), so Svelte's namespace has to be declared global to be seen;
// and Svelte declares no global `JSX` namespace, which the generator's two base props name (a Svelte style
// attribute is a string).
edit(
  `${frameworks}/svelte.d.ts`,
  (text) =>
    banner('Svelte', '`/// <reference types="peel-widgets/svelte" />`.') +
    dedupeImports(text)
      .replace('children?: JSX.Element;', 'children?: unknown;')
      .replace('style?: JSX.CSSProperties;', 'style?: string;')
      .replace(
        /^declare namespace svelteHTML \{([\s\S]*?)^\}/m,
        (_, body) => `declare global {\n  namespace svelteHTML {${body.replace(/^/gm, '  ')}\n  }\n}`,
      ),
);

generateSolidJsTypes(manifest, { ...common, fileName: 'solid.d.ts' });
edit(`${frameworks}/solid.d.ts`, (text) =>
  [
    banner('Solid', '`/// <reference types="peel-widgets/solid" />`.'),
    dedupeImports(text),
    `declare module "solid-js" {`,
    `  namespace JSX {`,
    `    interface IntrinsicElements extends CustomElements {}`,
    `  }`,
    `}`,
    '',
  ].join('\n'),
);

// Editors list an attribute's values from `parsedType` (the type parser's expansion of `GradeName` and
// the like, see custom-elements-manifest.config.mjs). Only a union of strings is a list of values: an
// expanded object type (`assessment`) would be cut into nonsense values, and so would its alias's name.
const values = /^(?:'[^']*'|undefined|null)(?: \| (?:'[^']*'|undefined|null))*$/;
const forEditors = JSON.parse(JSON.stringify(manifest), (key, value) =>
  key === 'parsedType' && !values.test(value?.text ?? '') ? { text: 'string' } : value,
);
generateVsCodeCustomElementData(forEditors, {
  ...quiet,
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  typesSrc: 'parsedType',
});
generateJetBrainsWebTypes(forEditors, {
  ...quiet,
  outdir: 'dist',
  webTypesFileName: 'web-types.json',
  typesSrc: 'parsedType',
});

// The CDN file registers every element and exports nothing: its types are the tags it defines.
writeFileSync(
  'dist/peel-widgets.min.d.ts',
  [
    '// Generated from custom-elements.json by scripts/generate-types.mjs: do not edit.',
    '// `import "peel-widgets/peel-widgets.min.js"` defines these tags and exports nothing.',
    `import type { ${elements.map((e) => e.name).join(', ')} } from './types/index.js';`,
    'declare global {',
    '  interface HTMLElementTagNameMap {',
    ...elements.map((e) => `    '${e.tagName}': ${e.name};`),
    '  }',
    '}',
    'export {};',
    '',
  ].join('\n'),
);

console.log(
  `generate-types: ${elements.length} elements (${elements.map((e) => e.tagName).join(', ')}): ` +
    'react, vue, svelte, solid, CDN types, VS Code data, web-types',
);
