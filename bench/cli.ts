/**
 * CLI throughput: `ru-news-parser parse <corpus> --jobs 1` against `--jobs 2`, as a user
 * runs it (a fresh process, output written to /dev/null), best of several alternating runs.
 *
 *   npm run bench:cli                      # builds, then measures over ../shared/corpus
 *   CORPUS=/path/to/pages BENCH_ROUNDS=5 BENCH_REPEAT=2 npm run bench:cli
 *
 * BENCH_REPEAT passes the corpus that many times in one run (a longer batch, so the
 * worker threads' start-up weighs less). Exits 0 without measuring when the corpus is absent.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, devNull, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { probeScaling } from './scaling-probe.js';

const BUILT = fileURLToPath(new URL('../dist/', import.meta.url));
/**
 * The build is copied aside first, so that a rebuild running meanwhile (which empties
 * dist/) cannot break a measurement. It stays under node_modules so that the CLI still
 * resolves its dependencies.
 */
const SNAPSHOT = fileURLToPath(new URL('../node_modules/.cache/ru-news-parser-bench-cli/', import.meta.url));
const CLI = `${SNAPSHOT}dist/cli/index.js`;
const CORPUS = process.env.CORPUS ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 1);
const TARGET_RATIO = 1.7;

interface Measure {
  seconds: number;
  pages: number;
  failed: number;
}

function runOnce(jobs: number): Measure {
  const out = openSync(devNull, 'w');
  const args = [CLI, 'parse', ...Array.from({ length: REPEAT }, () => CORPUS), '--jobs', String(jobs), '--reference-date', '2024-01-01T00:00:00Z'];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  const summary = /Parsed (\d+) of (\d+) inputs?, (\d+) failed/.exec(result.stderr);
  if (result.status === 2 || summary === null) throw new Error(`The CLI did not run: ${result.stderr}`);
  return { seconds, pages: Number(summary[2]), failed: Number(summary[3]) };
}

/** The corpus pages' bytes. */
function corpusPages(dir: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.html?$/.test(name)) out.push(new Uint8Array(readFileSync(path)));
    }
  };
  walk(dir);
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`No corpus at ${CORPUS}: nothing to measure (set CORPUS=…).`);
    return;
  }
  if (!existsSync(`${BUILT}cli/index.js`)) throw new Error(`${BUILT}cli/index.js is missing: run "npm run build" first.`);
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(BUILT, `${SNAPSHOT}dist`, { recursive: true });
  cpSync(fileURLToPath(new URL('../package.json', import.meta.url)), `${SNAPSHOT}package.json`);
  runOnce(1); // warm the file cache
  const best: Record<1 | 2, Measure | null> = { 1: null, 2: null };
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of [1, 2] as const) {
      const m = runOnce(jobs);
      if (best[jobs] === null || m.seconds < (best[jobs] as Measure).seconds) best[jobs] = m;
    }
  }
  const one = best[1] as Measure;
  const two = best[2] as Measure;
  const rate = (m: Measure): number => m.pages / m.seconds;
  const ratio = rate(two) / rate(one);
  console.log(`corpus: ${CORPUS} ×${REPEAT} — ${one.pages} pages per run (${one.failed} failed), best of ${ROUNDS} runs, ${availableParallelism()} cores`);
  console.log(`--jobs 1: ${rate(one).toFixed(1)} pages/s (${one.seconds.toFixed(2)} s, ${((one.seconds / one.pages) * 1000).toFixed(2)} ms/page incl. process start)`);
  console.log(`--jobs 2: ${rate(two).toFixed(1)} pages/s (${two.seconds.toFixed(2)} s)`);
  console.log(`ratio: ${ratio.toFixed(2)}x (target ≥ ${TARGET_RATIO}x) ${ratio >= TARGET_RATIO ? 'OK' : 'BELOW TARGET'}`);
  // What two threads can gain on this machine at all (bench/scaling-probe.ts).
  const probe = await probeScaling(3, corpusPages(CORPUS), pathToFileURL(`${SNAPSHOT}dist/index.js`).href);
  const ratioOf = (r: number | undefined): string => (r === undefined ? 'n/a' : `${r.toFixed(2)}x`);
  console.log(
    `2 threads vs 1 on the same work (bench/scaling-probe.ts) — arithmetic loop ${ratioOf(probe.alu)}, ` +
      `allocation-heavy loop ${ratioOf(probe.alloc)}, warm htmlparser2 parseDocument ${ratioOf(probe.dom)}, ` +
      `warm parseArticle ${ratioOf(probe.parseArticle)}`,
  );
  // Other work on the machine takes cores away from --jobs 2 first: judge the ratio by this.
  console.log(`load average during the runs: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

await main();
