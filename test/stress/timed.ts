import { ArticleParseError } from '../../src/errors.js';
import type { Article } from '../../src/schema/article.js';
import { checkArticle } from '../arbitraries/check-article.js';

/** One stress measurement, printed as a table row at the end of each file. */
export interface Timing {
  label: string;
  inputMB: number;
  ms: number;
  outcome: string;
  heapMB: number;
}

export const timings: Timing[] = [];

function mb(n: number): number {
  return Math.round((n / 1024 / 1024) * 10) / 10;
}

/**
 * Runs a parse, records its time and outcome, and checks it: an Article must pass the
 * schema and its invariants; an error must be an ArticleParseError with one of `allowed`
 * codes. Never a stack overflow or a raw TypeError.
 */
export function stressParse(
  label: string,
  input: string | Uint8Array,
  run: () => Article,
  allowed: readonly string[] = [],
): { article: Article | null; error: ArticleParseError | null; ms: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const t = performance.now();
  let article: Article | null = null;
  let error: ArticleParseError | null = null;
  try {
    article = run();
  } catch (e) {
    if (!(e instanceof ArticleParseError)) throw new Error(`${label}: threw ${String((e as Error)?.stack ?? e)}`);
    error = e;
  }
  const ms = performance.now() - t;
  const heapMB = mb(Math.max(0, process.memoryUsage().heapUsed - heapBefore));
  timings.push({ label, inputMB: mb(byteLength(input)), ms: Math.round(ms), outcome: error ? error.code : describe(article!), heapMB });
  if (article !== null) checkArticle(article);
  if (error !== null && !allowed.includes(error.code)) throw new Error(`${label}: ${error.code}: ${error.message}`);
  return { article, error, ms };
}

/** Records a timing of something that is not a parse (date finder on attack strings). */
export function stressRun<T>(label: string, input: string, run: () => T, describeResult: (r: T) => string): { result: T; ms: number } {
  const t = performance.now();
  const result = run();
  const ms = performance.now() - t;
  timings.push({ label, inputMB: mb(byteLength(input)), ms: Math.round(ms), outcome: describeResult(result), heapMB: 0 });
  return { result, ms };
}

function byteLength(input: string | Uint8Array): number {
  return typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
}

function describe(a: Article): string {
  const parts = [`title ${a.title.length} chars`, `${a.text.length} text chars`, `${a.dates.length} dates`];
  if (a.related.length + a.moreOnEvent.length > 0) parts.push(`${a.related.length + a.moreOnEvent.length} items`);
  return `ok: ${parts.join(', ')}`;
}

export function printTimings(title: string): void {
  const rows = timings.splice(0).map((t) => `  ${t.label.padEnd(62)} ${String(t.inputMB).padStart(6)} MB ${String(t.ms).padStart(7)} ms  heap +${t.heapMB} MB  ${t.outcome}`);
  console.log(`${title}\n${rows.join('\n')}`);
}
