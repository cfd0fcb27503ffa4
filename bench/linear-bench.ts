// Linearity benchmark of issue 5: time per MB of a synthetic news page grown from 100 KB to
// 20 MB, and the cost of nesting depth from 10 to 10,000 levels.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Parser } from 'htmlparser2';
import { describeError, type ParseFn } from '../scripts/eval/ours.js';
import { mb, num, table } from './stats.js';
import { buildNestedPage, buildNewsPage } from './synthetic-page.js';

const OPTIONS = {
  url: 'https://news.example.ru/news/2024/11/20/most/',
  referenceDate: '2024-11-21T12:00:00+03:00',
  timeZone: 'Europe/Moscow',
  maxInputBytes: 256 * 1024 * 1024,
};

interface Timing {
  ms: number;
  error: string | null;
}

setFlagsFromString('--expose-gc');
/** A full GC before each size, so the previous size's garbage is not billed to it (not before every run: V8's concurrent sweeping after a forced GC would slow the run that follows). */
const collect = runInNewContext('gc') as (() => void) | undefined;

/** Best of `reps` runs (the minimum is the least disturbed by other processes). */
function best(reps: number, fn: () => void): Timing {
  let ms = Infinity;
  let error: string | null = null;
  const start = performance.now();
  for (let i = 0; i < reps; i++) {
    // Do not repeat something that already took seconds.
    if (i > 0 && performance.now() - start > 8000) break;
    const t0 = performance.now();
    try {
      fn();
    } catch (e) {
      error = describeError(e);
    }
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, error };
}

function tokenize(html: string): void {
  const p = new Parser({});
  p.write(html);
  p.end();
}

/** `CODE: message` → `CODE` (the first 40 characters of anything else). */
function errorCode(message: string): string {
  const m = /^[A-Z_]{3,40}(?=:)/.exec(message);
  return m ? m[0] : message.slice(0, 40);
}

export interface SizeRow {
  bytes: number;
  ours: Timing;
  tokenizeMs: number;
}
export interface DepthRow {
  depth: number;
  bytes: number;
  ours: Timing;
  tokenizeMs: number;
}

export const SIZES_MB = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20];
export const DEPTHS = [10, 100, 1000, 10_000];

export function runSizeBench(parse: ParseFn, sizesMB: readonly number[], log: (s: string) => void): SizeRow[] {
  const rows: SizeRow[] = [];
  // Warm-up on a small page.
  const warm = buildNewsPage(200_000, 7);
  best(6, () => parse(warm, OPTIONS));
  for (const size of sizesMB) {
    const html = buildNewsPage(size * 1e6, 11);
    const bytes = Buffer.byteLength(html);
    const reps = size <= 1 ? 5 : 3;
    collect?.();
    const tok = best(reps, () => tokenize(html));
    const ours = best(reps, () => parse(html, OPTIONS));
    rows.push({ bytes, ours, tokenizeMs: tok.ms });
    log(`  ${num(mb(bytes), 2)} MB: ${num(ours.ms, 1)} ms${ours.error ? ` (threw ${errorCode(ours.error)})` : ''}`);
    if (ours.ms > 30_000) {
      log(`  stopping: ${num(ours.ms / 1000, 1)} s for one page; larger sizes skipped`);
      break;
    }
  }
  return rows;
}

export function runDepthBench(parse: ParseFn, depths: readonly number[]): DepthRow[] {
  const warm = buildNestedPage(50);
  best(6, () => parse(warm, OPTIONS));
  return depths.map((depth) => {
    const html = buildNestedPage(depth);
    collect?.();
    const tok = best(5, () => tokenize(html));
    return { depth, bytes: Buffer.byteLength(html), ours: best(5, () => parse(html, OPTIONS)), tokenizeMs: tok.ms };
  });
}

/** Does time per MB rise with size? Compares the largest page with the best of 0.5–2 MB. */
export function sizeVerdict(rows: readonly SizeRow[]): string {
  const ok = rows.filter((r) => r.ours.error === null);
  if (ok.length < 2) return 'n/a: parseArticle failed on the synthetic pages, so only error handling was timed';
  const perMB = (r: SizeRow) => r.ours.ms / mb(r.bytes);
  const mid = ok.filter((r) => r.bytes >= 0.5e6 && r.bytes <= 2.5e6);
  const base = Math.min(...(mid.length ? mid : ok.slice(0, 2)).map(perMB));
  const top = ok[ok.length - 1]!;
  const ratio = perMB(top) / base;
  return `time/MB at ${num(mb(top.bytes), 1)} MB is ${num(ratio, 2)}× the best at 0.5–2 MB → ` + (ratio <= 1.3 ? 'flat (linear)' : 'RISES with size (super-linear)');
}

/**
 * Does the cost rise faster than the page with depth? Each level adds bytes, so linear
 * handling keeps ms/MB flat: the deepest page's ms/MB is compared with the best of the
 * shallower ones (a per-level increment between two shallow pages is within noise).
 */
export function depthVerdict(rows: readonly DepthRow[]): string {
  const ok = rows.filter((r) => r.ours.error === null);
  if (ok.length < 3) return 'n/a: parseArticle failed on the nested pages';
  const perMB = (r: DepthRow) => r.ours.ms / mb(r.bytes);
  const deepest = ok[ok.length - 1]!;
  const shallow = ok.slice(0, -1);
  const base = shallow.reduce((a, r) => (r.ours.ms < a.ours.ms ? r : a));
  const ratio = perMB(deepest) / Math.min(...shallow.map(perMB));
  const extra = deepest.ours.ms - base.ours.ms;
  const flat = ratio <= 1.5 || extra < 5;
  return `${deepest.depth} levels: ${num(perMB(deepest), 1)} ms/MB, ${num(ratio, 2)}× the best shallower page; ` +
    `${num(extra, 1)} ms over the fastest shallow page (${num((extra * 1000) / (deepest.depth - base.depth), 2)} µs/level) → ` +
    (flat ? 'linear in depth' : 'RISES with depth (super-linear)');
}

export function formatSizeRows(rows: readonly SizeRow[]): string {
  const t = [['size MB', 'ours ms', 'ours ms/MB', 'tokenize ms/MB', 'ours/tokenize', 'note']];
  for (const r of rows) {
    const m = mb(r.bytes);
    t.push([num(m, 2), num(r.ours.ms, 1), num(r.ours.ms / m, 1), num(r.tokenizeMs / m, 1), num(r.ours.ms / r.tokenizeMs, 2), r.ours.error ? `threw ${errorCode(r.ours.error)}` : '']);
  }
  return `${table(t)}\n${sizeVerdict(rows)}`;
}

export function formatDepthRows(rows: readonly DepthRow[]): string {
  const t = [['depth', 'KB', 'ours ms', 'ours ms/MB', 'tokenize ms', 'note']];
  for (const r of rows) {
    t.push([String(r.depth), num(r.bytes / 1024, 0), num(r.ours.ms, 2), num(r.ours.ms / mb(r.bytes), 1), num(r.tokenizeMs, 2), r.ours.error ? `threw ${errorCode(r.ours.error)}` : '']);
  }
  return `${table(t)}\n${depthVerdict(rows)}`;
}
