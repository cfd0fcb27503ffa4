// Every ```ts block of the hand-written guides in docs/ is type-checked against the built
// package and run with Node, and every `expr; //=> value` line in it is asserted, so the
// guides cannot drift from the code. A block whose info string says `ts no-run` is
// skipped (use it only for fragments that need something the guide cannot provide).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const docs = join(root, 'docs');

interface Example {
  id: string;
  file: string;
  line: number;
  code: string;
}

/** The ```ts blocks of one Markdown file, with the line each starts on. */
function extractExamples(file: string, markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  let open: { info: string; line: number; body: string[] } | null = null;
  lines.forEach((text, i) => {
    const fence = /^```(\S*)(.*)$/.exec(text);
    if (open === null) {
      if (fence !== null && fence[1] !== '') open = { info: `${fence[1]}${fence[2]}`.trim(), line: i + 2, body: [] };
      return;
    }
    if (text.trimEnd() === '```') {
      const words = open.info.split(/\s+/);
      if ((words[0] === 'ts' || words[0] === 'typescript') && !words.includes('no-run')) {
        examples.push({ id: `${file.replace(/\.md$/, '')}-${examples.length + 1}`, file, line: open.line, code: open.body.join('\n') });
      }
      open = null;
      return;
    }
    open.body.push(text);
  });
  return examples;
}

const ASSERT_PRELUDE = `import { deepStrictEqual as __deepStrictEqual } from 'node:assert/strict';
function __check(actual: unknown, expected: unknown, where: string): void {
  try {
    __deepStrictEqual(actual, expected);
  } catch (error) {
    throw new Error(\`\${where}: the guide says \${JSON.stringify(expected)}, the code gives \${JSON.stringify(actual)}\`, { cause: error });
  }
}
`;

/**
 * Turns `expr; //=> value` (or `expr;` with `//=> value` on the next line) into
 * `__check(expr, value)`. `console.log(x)` checks `x`. Declarations cannot be checked.
 */
function toAssertions(example: Example): string {
  const out: string[] = [];
  const lines = example.code.split('\n');
  lines.forEach((line, i) => {
    const at = line.indexOf('//=>');
    if (at === -1) {
      out.push(line);
      return;
    }
    const where = `docs/${example.file}:${example.line + i}`;
    const expected = line.slice(at + 4).trim();
    let code = line.slice(0, at).trim();
    if (code === '') {
      // The value is on its own line: it belongs to the statement just above.
      const previous = out.pop();
      if (previous === undefined || previous.trim() === '' || previous.trim().startsWith('//')) {
        throw new Error(`${where}: "//=>" has no expression above it`);
      }
      code = previous.trim();
    }
    code = code.replace(/;$/, '');
    // `[if (cond)] console.log(x)` checks x (when the condition holds).
    let prefix = '';
    const log = /^(.*?)console\.log\((.*)\)$/.exec(code);
    if (log !== null) {
      prefix = log[1] ?? '';
      code = log[2] ?? code;
    }
    if (prefix !== '' && !/^if \(.*\) $/.test(prefix)) throw new Error(`${where}: cannot check "${prefix}console.log(…)"`);
    const depth = [...code].reduce((d, ch) => d + ('([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0), 0);
    if (depth !== 0) throw new Error(`${where}: "//=>" after a multi-line expression; assign it to a const first`);
    if (/^(const|let|var|import|export|if|for|while|return)\b/.test(code)) {
      throw new Error(`${where}: "//=>" after a statement (${code.slice(0, 40)}…); put it after an expression`);
    }
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    out.push(`${indent}${prefix}__check(${code}, ${expected}, ${JSON.stringify(where)});`);
  });
  return `${ASSERT_PRELUDE}${out.join('\n')}\n`;
}

const guides = existsSync(docs) ? readdirSync(docs).filter((f) => f.endsWith('.md')).sort() : [];
const examples = guides.flatMap((file) => extractExamples(file, readFileSync(join(docs, file), 'utf8')));

let work = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.d.ts'))) throw new Error('dist/ is missing: run `npm run build` first.');
  work = mkdtempSync(join(tmpdir(), 'ru-news-parser-guides-'));
  // A project that depends on ru-news-parser (this repository) and sees its dev packages.
  const modules = join(work, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.bin' && entry !== '.cache') symlinkSync(join(root, 'node_modules', entry), join(modules, entry), 'dir');
  }
  symlinkSync(root, join(modules, 'ru-news-parser'), 'dir');
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'guides', private: true, type: 'module' }));
  for (const example of examples) writeFileSync(join(work, `${example.id}.mts`), toAssertions(example));
}, 30_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the guide examples', () => {
  it('exist: every guide but the CLI one shows TypeScript', () => {
    for (const guide of ['quick-start.md', 'dates-and-time-zones.md', 'site-rules.md', 'plain-text-format.md']) {
      expect(guides).toContain(guide);
      expect(examples.some((e) => e.file === guide), `${guide} has no runnable ts block`).toBe(true);
    }
  });

  it('type-check against the built package', () => {
    if (examples.length === 0) return;
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        lib: ['es2022', 'dom'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        types: ['node'],
        skipLibCheck: true,
      },
      files: examples.map((e) => `${e.id}.mts`),
    };
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
        cwd: work,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const out = (error as { stdout?: string }).stdout ?? String(error);
      // Point at the guide, not at the temporary file.
      const located = out.replace(/^([\w-]+)-(\d+)\.mts\((\d+),\d+\)/gm, (_m, file: string, n: string, l: string) => {
        const example = examples.find((e) => e.id === `${file}-${n}`);
        const preludeLines = ASSERT_PRELUDE.split('\n').length - 1;
        return example ? `docs/${example.file}:${example.line + Number(l) - 1 - preludeLines}` : _m;
      });
      throw new Error(`guide examples do not type-check:\n${located}`);
    }
  });

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('runs %s', (_where, example) => {
    const js = transformSync(readFileSync(join(work, `${example.id}.mts`), 'utf8'), { loader: 'ts', format: 'esm', target: 'node20' }).code;
    writeFileSync(join(work, `${example.id}.mjs`), js);
    try {
      execFileSync(process.execPath, [`${example.id}.mjs`], { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, TZ: 'UTC' }, timeout: 20_000 });
    } catch (error) {
      const e = error as { stderr?: string };
      throw new Error(`docs/${example.file}:${example.line} failed:\n${e.stderr ?? String(error)}`);
    }
  });
});
