// `npm run bench [-- <dir>] [--pages] [--memory] [--linear] [--dates]`: the benchmarks of
// issue 5. With no part flag, all parts run. Speed and memory targets live here only.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadParseArticle, type ParseFn } from '../scripts/eval/ours.js';
import { DEPTHS, SIZES_MB, formatDepthRows, formatSizeRows, runDepthBench, runSizeBench } from './linear-bench.js';
import { loadPages } from './load-pages.js';
import { formatMemory, runMemoryBench } from './memory-bench.js';
import { formatPageBench, runPageBench } from './page-bench.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const USAGE = `Usage: npm run bench -- [<dir>] [--pages] [--memory] [--linear] [--dates] [options]

  <dir>            folder of pages (corpus set, fixtures/ or *.html). Default: fixtures/
                   (falls back to ../shared/corpus/daniel when fixtures/ has no pages)
  --pages          page benchmark: parseArticle vs Readability+linkedom vs linkedom vs htmlparser2
  --memory         RSS / heap after parsing --memory-pages pages in a row (fresh child process)
  --linear         synthetic page 100 KB → 20 MB, and nesting depth 10 → 10,000
  --dates          the date benchmark from bench/dates.ts (runDateBench), when present
  --rounds N       measured rounds of the page benchmark (default: enough for 1,000 pages, 3 to 20)
  --memory-pages N default 2000
  --max-mb N       largest synthetic page in MB (default 20)`;

interface BenchArgs {
  dir: string | null;
  parts: Set<'pages' | 'memory' | 'linear' | 'dates'>;
  rounds: number | null;
  memoryPages: number;
  maxMB: number;
}

function parseArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { dir: null, parts: new Set(), rounds: null, memoryPages: 2000, maxMB: 20 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const numberAfter = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number`);
      return v;
    };
    if (a === '--pages' || a === '--memory' || a === '--linear' || a === '--dates') out.parts.add(a.slice(2) as 'pages');
    else if (a === '--rounds') out.rounds = Math.round(numberAfter());
    else if (a === '--memory-pages') out.memoryPages = Math.round(numberAfter());
    else if (a === '--max-mb') out.maxMB = numberAfter();
    else if (a === '--help' || a === '-h') throw new Error('');
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else out.dir = a;
  }
  if (out.parts.size === 0) for (const p of ['pages', 'memory', 'linear', 'dates'] as const) out.parts.add(p);
  return out;
}

const log = (s: string) => console.error(s);
const section = (title: string) => console.log(`\n=== ${title} ===`);

function pickDir(dir: string | null): { dir: string; note: string | null } {
  if (dir !== null) return { dir: resolve(dir), note: null };
  const fixtures = resolve(ROOT, 'fixtures');
  if (loadPages(fixtures).length > 0) return { dir: fixtures, note: null };
  const corpus = resolve(ROOT, '../shared/corpus/daniel');
  if (existsSync(corpus)) return { dir: corpus, note: `fixtures/ holds no HTML pages yet; using ${corpus}` };
  return { dir: fixtures, note: 'fixtures/ holds no HTML pages yet' };
}

async function runDates(): Promise<void> {
  const path = fileURLToPath(new URL('./dates.ts', import.meta.url));
  if (!existsSync(path)) {
    console.log('bench/dates.ts is not there yet — skipped');
    return;
  }
  try {
    const mod = (await import(pathToFileURL(path).href)) as { runDateBench?: unknown };
    if (typeof mod.runDateBench !== 'function') {
      console.log('bench/dates.ts exports no runDateBench() — skipped');
      return;
    }
    const result: unknown = await (mod.runDateBench as () => unknown)();
    // A string result is printed; anything else is data the date bench has already reported.
    if (typeof result === 'string') console.log(result);
  } catch (error) {
    console.log(`date bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    const msg = (error as Error).message;
    console.error(msg ? `${msg}\n\n${USAGE}` : USAGE);
    return msg ? 2 : 0;
  }
  const started = performance.now();
  const cpu = cpus();
  console.log(
    `node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} ` +
      '(other processes skew absolute times; ratios from one interleaved run are fairer)',
  );
  const loaded = await loadParseArticle();
  let parse: ParseFn;
  if ('error' in loaded) {
    console.log(`parseArticle unavailable: ${loaded.error}`);
    parse = () => {
      throw new Error(loaded.error);
    };
  } else parse = loaded.parse;

  const needPages = args.parts.has('pages') || args.parts.has('memory');
  const { dir, note } = needPages ? pickDir(args.dir) : { dir: '', note: null };
  if (note) console.log(note);

  if (args.parts.has('pages')) {
    section(`Page benchmark: ${dir}`);
    const pages = loadPages(dir);
    if (pages.length === 0) console.log(`no HTML pages under ${dir}`);
    else {
      // At least 1,000 timed calls per contender: one young-generation collection (about
      // 9 ms here) or one major one (100-200 ms) landing inside a call moves a 3-round mean
      // over 171 pages by several per cent; see the per-round ratios printed below.
      const rounds = args.rounds ?? Math.max(3, Math.min(20, Math.ceil(1000 / pages.length)));
      console.log(formatPageBench(runPageBench(pages, parse, rounds, log)));
    }
  }
  if (args.parts.has('memory')) {
    section(`Memory: ${args.memoryPages} pages in a row from ${dir}`);
    console.log(formatMemory(runMemoryBench(dir, args.memoryPages)));
  }
  if (args.parts.has('linear')) {
    section('Linearity: synthetic news page, 100 KB → ' + `${args.maxMB} MB`);
    const sizes = SIZES_MB.filter((s) => s <= args.maxMB);
    if (!sizes.includes(args.maxMB)) sizes.push(args.maxMB);
    console.log(formatSizeRows(runSizeBench(parse, sizes, log)));
    section('Linearity: nesting depth 10 → 10,000 (same ~30 KB article inside)');
    console.log(formatDepthRows(runDepthBench(parse, DEPTHS)));
  }
  if (args.parts.has('dates')) {
    section('Dates');
    await runDates();
  }
  console.log(`\nload average now ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  console.log(`bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('bench crashed:', error);
    process.exitCode = 1;
  },
);
