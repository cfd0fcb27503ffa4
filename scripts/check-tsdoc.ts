// Lists the public exports (src/index.ts) that lack TSDoc or an @example in it.
// Exit code 1 when any does. Run: node --import tsx scripts/check-tsdoc.ts
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ExportDoc {
  name: string;
  kind: string;
  hasDoc: boolean;
  hasExample: boolean;
}

/** The documentation state of every export of the library entry. */
export function inspectExports(entry = resolve(root, 'src/index.ts')): ExportDoc[] {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const docs = (symbol.declarations ?? []).flatMap((d) => ts.getJSDocCommentsAndTags(d));
    const hasDoc = docs.length > 0 || symbol.getDocumentationComment(checker).length > 0;
    const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
    return { name: exported.name, kind: declaration ? ts.SyntaxKind[declaration.kind] : 'unknown', hasDoc, hasExample };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const missing = inspectExports().filter((e) => !e.hasDoc || !e.hasExample);
  for (const e of missing) console.log(`${e.name} (${e.kind}): ${e.hasDoc ? 'no @example' : 'no TSDoc'}`);
  console.log(missing.length === 0 ? 'tsdoc: every export has TSDoc with an @example' : `tsdoc: ${missing.length} export(s) incomplete`);
  if (missing.length > 0) process.exitCode = 1;
}
