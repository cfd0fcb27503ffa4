import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 7, guarantee 4: every regular expression in src/ is checked by recheck.
 *
 * - Literals (`/…/u`) are found exactly with the TypeScript scanner (no guessing with a
 *   regex over the source).
 * - `new RegExp(…)` builds its source at run time (the date patterns are composed from
 *   vocabulary modules), so it is reflected instead: the global `RegExp` is wrapped in a
 *   recording Proxy while every library module is imported and a few pages are parsed;
 *   each construction is attributed to its file through the stack. Every file that holds a
 *   `new RegExp(` call must have had at least one construction recorded.
 *
 * Each pattern goes to recheck's automaton checker first (exact, deterministic, and fast on
 * our large alternations of fixed words, where the fuzz checker that `auto` picks above
 * 1,500 characters reported a false quadratic hit), then, when the automaton cannot model
 * a pattern (look-behind) or times out on large counters, to the fuzz checker with a fixed
 * seed. Anything but `safe` fails with the file and the pattern.
 */

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

interface Found {
  file: string;
  source: string;
  flags: string;
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(p));
    else if (entry.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Regex literals and `new RegExp(` call sites of one file, via the TypeScript AST. */
function scanFile(path: string): { literals: Found[]; constructorCalls: number } {
  const text = readFileSync(path, 'utf8');
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  let constructorCalls = 0;
  const file = relative(ROOT, path);
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const slash = lit.lastIndexOf('/');
      literals.push({ file, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      constructorCalls++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, constructorCalls };
}

const files = listTs(SRC);
const scans = new Map(files.map((f) => [relative(ROOT, f), scanFile(f)]));
const constructed = new Map<string, Found>();
const OriginalRegExp = globalThis.RegExp;

beforeAll(async () => {
  const recorder = new Proxy(OriginalRegExp, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes('/src/') && !l.includes('node_modules'));
      const m = frame?.match(/(\/[^\s()]+?\/src\/[^\s():]+\.ts)/u);
      if (m) {
        const file = relative(ROOT, m[1]!);
        constructed.set(`${file}\u0000${re.source}\u0000${re.flags}`, { file, source: re.source, flags: re.flags });
      }
      return re;
    },
    apply(target, _this, args) {
      return Reflect.construct(target, args) as RegExp;
    },
  });
  globalThis.RegExp = recorder;
  try {
    // Library modules only: the CLI entry runs its main on import.
    for (const f of files) if (!f.includes('/src/cli/')) await import(f);
    const { parseArticle, findRussianDates, parseRussianDate } = await import('../src/index.js');
    const html =
      '<html><head><meta name="generator" content="DataLife Engine"><title>Мост</title></head><body><h1>В Калуге открыли мост</h1>' +
      '<div class="full-story"><p>24 ноября 2017 г., 23:16 в Калуге открыли новый мост через Оку, который строили три года.</p>' +
      '<p>Подписывайтесь на наш канал. Фото: пресс-служба.</p></div><div class="related"><h3>Читайте также</h3><a href="/n/2">Другая новость</a></div></body></html>';
    parseArticle(html, { url: 'https://example.ru/news/1.html', referenceDate: '2017-12-05' });
    parseArticle('Мост открыт\n\nВчера в Калуге открыли мост.\n\nПо теме\nВ Туле закрыли мост - Вести Вести', { referenceDate: '2017-12-05' });
    findRussianDates('вчера в 14:05, 3 часа назад, 4 декабря 2017 г., 04.12.2017 23:16 МСК, Mon, 04 Dec 2017 23:16:00 +0300');
    parseRussianDate('Mon, 04 Dec 2017 23:16:00 +0300');
  } finally {
    globalThis.RegExp = OriginalRegExp;
  }
}, 60_000);

afterAll(() => {
  globalThis.RegExp = OriginalRegExp;
});

async function verdict(p: Found): Promise<{ status: Diagnostics['status']; detail: string; ms: number }> {
  const flags = p.flags.replace(/[dv]/gu, ''); // `d` adds indices only; recheck does not know it
  const t = performance.now();
  let r = await check(p.source, flags, { checker: 'automaton', timeout: 5_000, maxNFASize: 1_000_000, maxPatternSize: 100_000 });
  if (r.status === 'unknown') {
    // Look-behind (unsupported by the automaton) or a counter-heavy pattern that times out:
    // the fuzz checker, seeded so the run is repeatable, measures real matching steps.
    r = await check(p.source, flags, { checker: 'fuzz', timeout: 20_000, randomSeed: 42 });
  }
  const ms = performance.now() - t;
  if (r.status === 'vulnerable') {
    const attack = r.attack.pattern ?? r.attack.string.slice(0, 80);
    return { status: r.status, detail: `${r.complexity.summary}; attack ${JSON.stringify(attack)}`, ms };
  }
  if (r.status === 'unknown') return { status: r.status, detail: `unknown: ${r.error.kind}`, ms };
  return { status: r.status, detail: r.complexity.summary, ms };
}

describe('ReDoS: every regular expression in src/ is linear', () => {
  it('finds the regexes of src/ (literals and constructed ones)', () => {
    const literalCount = [...scans.values()].reduce((n, s) => n + s.literals.length, 0);
    expect(literalCount).toBeGreaterThan(20);
    const filesWithConstructors = [...scans.entries()].filter(([, s]) => s.constructorCalls > 0).map(([f]) => f);
    const reflected = new Set([...constructed.values()].map((c) => c.file));
    for (const f of filesWithConstructors) {
      expect(reflected, `no RegExp construction recorded for ${f}: extend the warm-up in redos.test.ts`).toContain(f);
    }
  });

  it('recheck finds every one safe', { timeout: 180_000 }, async () => {
    const all = new Map<string, Found>();
    for (const s of scans.values()) for (const l of s.literals) all.set(`${l.file}\u0000${l.source}\u0000${l.flags}`, l);
    for (const [k, c] of constructed) all.set(k, c);
    const failures: string[] = [];
    let slowest = { ms: 0, what: '' };
    const started = performance.now();
    for (const p of all.values()) {
      const v = await verdict(p);
      if (v.ms > slowest.ms) slowest = { ms: v.ms, what: `${p.file} /${p.source.slice(0, 60)}…/` };
      if (v.status !== 'safe') failures.push(`${p.file}: /${p.source}/${p.flags} → ${v.status} (${v.detail})`);
    }
    console.log(
      `recheck: ${all.size} regexes (${all.size - constructed.size} literals, ${constructed.size} constructed) in ${(performance.now() - started).toFixed(0)} ms; slowest ${slowest.ms.toFixed(0)} ms: ${slowest.what}`,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
