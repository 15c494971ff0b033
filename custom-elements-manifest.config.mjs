// Read by `cem analyze` (package.json "analyze" gives the globs). The type parser writes each type
// alias's expansion beside it (`parsedType`: `GradeName` becomes the slugs and names), so that the
// editors' data generated from the manifest (scripts/generate-types.mjs) lists the values an attribute takes.
import { resolve } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

export default {
  // The parser needs the type checker, so the modules come from a TypeScript program; kept in the globs'
  // order so that the manifest reads as it did without the parser.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return globs.map((glob) => program.getSourceFile(resolve(glob))).filter(Boolean);
  },
  plugins: [typeParserPlugin({ parseObjectTypes: 'none' })],
};
