// The page benchmark of issue 5: parseArticle vs Readability.js + linkedom vs bare linkedom
// parseHTML vs bare htmlparser2 tokenizing, in one process, interleaved page by page.
import { performance } from 'node:perf_hooks';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { runReadability } from '../scripts/eval/readability.js';
import { describeError, type ParseFn } from '../scripts/eval/ours.js';
import type { BenchPage } from './load-pages.js';
import { mb, median, num, sum, table } from './stats.js';

type Name = 'ours' | 'readability' | 'linkedom' | 'tokenize';
const NAMES: readonly Name[] = ['ours', 'readability', 'linkedom', 'tokenize'];

export interface PageBenchResult {
  pages: number;
  bytes: number;
  rounds: number;
  oursFailed: number;
  /** parseArticle threw on every page: its figures time errors, not parsing. */
  allFailed: boolean;
  /** Mean ms per page over the pages that ours parsed (all pages when it parsed none). */
  msPerPage: Record<Name, number>;
  medianMs: Record<Name, number>;
  mbPerSecond: Record<Name, number>;
  /** Ratios of the mean ms/page (total time). */
  ratios: { readabilityOverOurs: number; oursOverTokenize: number; oursOverLinkedom: number };
  /** The same ratios from the median page, less swayed by other processes. */
  medianRatios: { readabilityOverOurs: number; oursOverTokenize: number; oursOverLinkedom: number };
  /**
   * readability / ours of each round on its own: the spread shows how much one run's ratio
   * moves with where the garbage collections of the process happen to land.
   */
  roundRatios: number[];
}

function tokenize(html: string): void {
  const parser = new Parser({});
  parser.write(html);
  parser.end();
}

/** Times the four contenders; `rounds` measured passes after one warm-up pass. */
export function runPageBench(pages: readonly BenchPage[], parse: ParseFn, rounds: number, log: (s: string) => void): PageBenchResult {
  const errors = new Map<string, number>();
  const failedPages = new Set<number>();
  const run = (name: Name, page: BenchPage, index: number): number => {
    const t0 = performance.now();
    try {
      if (name === 'ours') parse(page.bytes, page.options);
      else if (name === 'readability') runReadability(page.html);
      else if (name === 'linkedom') parseHTML(page.html);
      else tokenize(page.html);
    } catch (error) {
      const ms = performance.now() - t0;
      if (name === 'ours') {
        failedPages.add(index);
        const msg = describeError(error);
        errors.set(msg, (errors.get(msg) ?? 0) + 1);
      }
      return ms;
    }
    return performance.now() - t0;
  };

  // Warm-up: every page through every contender once (JIT, caches), untimed.
  const warmStart = performance.now();
  pages.forEach((page, i) => NAMES.forEach((name) => run(name, page, i)));
  const warmMs = performance.now() - warmStart;
  const failedInWarmup = new Set(failedPages);
  // Keep the measured part within about two minutes even when something is very slow.
  const affordable = Math.max(1, Math.floor(120_000 / Math.max(1, warmMs)));
  if (affordable < rounds) {
    log(`  a pass takes ${(warmMs / 1000).toFixed(1)} s: measuring ${affordable} round(s) instead of ${rounds}`);
    rounds = affordable;
  }

  const times: Record<Name, number[][]> = { ours: [], readability: [], linkedom: [], tokenize: [] };
  for (const name of NAMES) times[name] = pages.map(() => []);
  for (let round = 0; round < rounds; round++) {
    pages.forEach((page, i) => {
      // Rotate the order per page and round so no contender always runs first (cold caches).
      for (let k = 0; k < NAMES.length; k++) {
        const name = NAMES[(i + round + k) % NAMES.length]!;
        times[name][i]!.push(run(name, page, i));
      }
    });
    log(`  round ${round + 1}/${rounds} done`);
  }

  const okIdx = pages.map((_, i) => i).filter((i) => !failedPages.has(i) && !failedInWarmup.has(i));
  const idx = okIdx.length > 0 ? okIdx : pages.map((_, i) => i);
  const bytes = sum(idx.map((i) => pages[i]!.bytes.length));
  const perPage = (name: Name) => idx.map((i) => sum(times[name][i]!) / rounds);
  const msPerPage = Object.fromEntries(NAMES.map((n) => [n, sum(perPage(n)) / idx.length])) as Record<Name, number>;
  const medianMs = Object.fromEntries(NAMES.map((n) => [n, median(perPage(n))])) as Record<Name, number>;
  const mbPerSecond = Object.fromEntries(NAMES.map((n) => [n, mb(bytes) / (sum(perPage(n)) / 1000)])) as Record<Name, number>;
  if (errors.size > 0) {
    log(`  parseArticle failed on ${failedPages.size} of ${pages.length} pages${okIdx.length > 0 ? '; figures below are over the pages it parsed' : ' — ALL pages failed, ours is timing errors'}:`);
    for (const [msg, n] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 4)) log(`    ${String(n).padStart(5)} × ${msg.slice(0, 140)}`);
  }
  return {
    pages: idx.length,
    bytes,
    rounds,
    oursFailed: failedPages.size,
    allFailed: okIdx.length === 0,
    msPerPage,
    medianMs,
    mbPerSecond,
    ratios: {
      readabilityOverOurs: msPerPage.readability / msPerPage.ours,
      oursOverTokenize: msPerPage.ours / msPerPage.tokenize,
      oursOverLinkedom: msPerPage.ours / msPerPage.linkedom,
    },
    medianRatios: {
      readabilityOverOurs: medianMs.readability / medianMs.ours,
      oursOverTokenize: medianMs.ours / medianMs.tokenize,
      oursOverLinkedom: medianMs.ours / medianMs.linkedom,
    },
    roundRatios: Array.from({ length: rounds }, (_, r) => sum(idx.map((i) => times.readability[i]![r]!)) / sum(idx.map((i) => times.ours[i]![r]!))),
  };
}

const LABELS: Record<Name, string> = {
  ours: 'parseArticle',
  readability: 'Readability.js + linkedom',
  linkedom: 'linkedom parseHTML',
  tokenize: 'htmlparser2 tokenize',
};

export function formatPageBench(r: PageBenchResult): string {
  const rows = [['', 'ms/page', 'median ms', 'MB/s']];
  for (const n of NAMES) rows.push([LABELS[n], num(r.msPerPage[n], 2), num(r.medianMs[n], 2), num(r.mbPerSecond[n], 1)]);
  const ok = (cond: boolean) => (r.allFailed ? 'n/a, parseArticle failed on every page' : cond ? 'ok' : 'NOT MET');
  return [
    `${r.pages} pages, ${num(r.bytes / r.pages / 1024, 1)} KB average, ${r.rounds} interleaved rounds after a warm-up` +
      (r.oursFailed > 0 ? ` (parseArticle failed on ${r.oursFailed} page(s), excluded)` : ''),
    table(rows),
    'parseArticle gets the page bytes (charset detection and decoding included); the others get the decoded string.',
    '',
    'ratios of mean ms/page (of median ms/page in brackets):',
    `readability / ours   ${num(r.ratios.readabilityOverOurs, 2, 6)}  [${num(r.medianRatios.readabilityOverOurs, 2)}]   target ≥ 5.0: ${ok(r.ratios.readabilityOverOurs >= 5)}`,
    `ours / tokenize      ${num(r.ratios.oursOverTokenize, 2, 6)}  [${num(r.medianRatios.oursOverTokenize, 2)}]   target ≤ 6.0: ${ok(r.ratios.oursOverTokenize <= 6)}`,
    `ours / linkedom      ${num(r.ratios.oursOverLinkedom, 2, 6)}  [${num(r.medianRatios.oursOverLinkedom, 2)}]`,
    `readability / ours of each round: ${r.roundRatios.map((x) => num(x, 2)).join(', ')}`,
  ].join('\n');
}
