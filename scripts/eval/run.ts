// Runs extractors over cases and scores every page; aggregates per set.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { referenceTextOf, type Case } from './corpus.js';
import { decodePage } from './decode-page.js';
import { describeError, optionsFor, predictionOf, type ParseFn } from './ours.js';
import { readabilityPrediction } from './readability.js';
import { startWatchdog } from './watchdog.js';
import {
  dateMatches,
  relatedFound,
  snippetFailures,
  titleMatches,
  tokenDiff,
  tokenF1,
  tokenize,
  type Prediction,
  type TokenScore,
} from './score.js';

export type ExtractorName = 'ours' | 'readability';

/** The scores of one page for one extractor. */
export interface PageResult {
  id: string;
  set: string;
  extractor: ExtractorName;
  error: string | null;
  ms: number;
  prediction: Prediction | null;
  /** `null` when the case has no `referenceText`. */
  token: TokenScore | null;
  /** `null` when the case does not check it. */
  title: boolean | null;
  expectedTitle: string | null;
  /** `null` when the case has no `publishedAt` or expects `null` (see `inventedDate`). */
  date: boolean | null;
  expectedDate: string | null;
  /** For a case that expects `publishedAt: null` (no date on the page): did the extractor invent one? */
  inventedDate: boolean | null;
  mustContain: { total: number; missing: string[] };
  mustNotContain: { total: number; present: string[] };
  related: { total: number; missing: string[] };
  /** First tokens of the reference the prediction lacks, and extra ones it has. */
  missingTokens: string[];
  extraTokens: string[];
}

/** The figures of a group of pages. `null` rates: nothing to measure. */
export interface Metrics {
  pages: number;
  failed: number;
  scored: number;
  f1: number | null;
  precision: number | null;
  recall: number | null;
  titles: number;
  title: number | null;
  dates: number;
  date: number | null;
  /** Pages expecting no date, and how many of them got an invented one. */
  noDatePages: number;
  inventedDates: number;
  mustContainSnippets: number;
  mustContain: number | null;
  mustNotContainSnippets: number;
  mustNotContain: number | null;
  relatedTitles: number;
  related: number | null;
  msPerPage: number | null;
}

export type Extract = (c: Case, bytes: Uint8Array) => Prediction;

/** `parseArticle` on the page bytes with the case's options. */
export function oursExtractor(parse: ParseFn): Extract {
  return (c, bytes) => predictionOf(parse(bytes, optionsFor(c)));
}

/**
 * Readability on the decoded page. When it finds no article (`parse()` returns `null`) the
 * page is scored as an empty article — title "", text "", no date — and still listed as
 * failed. That is how the corpus README's baselines were measured (an empty text passes
 * mustNotContain), and it can only flatter the baseline.
 */
export const readabilityExtractor: Extract = (c, bytes) => {
  const html = decodePage(bytes, c.expected.encoding);
  const p = readabilityPrediction(html, c.expected.timeZone ?? 'Europe/Moscow');
  if (p === null) throw new EmptyResult('Readability found no article (parse() returned null); scored as an empty article');
  return p;
};

/** Thrown by an extractor that ran but found nothing: scored as an empty prediction. */
export class EmptyResult extends Error {}

const EMPTY: Prediction = { title: '', text: '', publishedAt: null, relatedTitles: [] };

/** A failing extractor (e.g. when src/ cannot be loaded). */
export function failingExtractor(message: string): Extract {
  return () => {
    throw new Error(message);
  };
}

/** Scores one prediction (or failure) against a case. */
export function scorePage(c: Case, extractor: ExtractorName, prediction: Prediction | null, error: string | null, ms: number): PageResult {
  const e = c.expected;
  const reference = referenceTextOf(e);
  const mustContain = Array.isArray(e.mustContain) ? e.mustContain.filter((s) => typeof s === 'string') : [];
  const mustNotContain = Array.isArray(e.mustNotContain) ? e.mustNotContain.filter((s) => typeof s === 'string') : [];
  const related = Array.isArray(e.related) ? e.related.filter((s) => typeof s === 'string') : [];
  const expectedTitle = typeof e.title === 'string' ? e.title : null;
  const expectedDate = typeof e.publishedAt === 'string' ? e.publishedAt : undefined;
  const expectsNoDate = e.publishedAt === null;
  const timeZone = e.timeZone ?? 'Europe/Moscow';

  const base = {
    id: c.id,
    set: c.set,
    extractor,
    error,
    ms,
    prediction,
    expectedTitle,
    expectedDate: expectedDate ?? null,
    inventedDate: expectsNoDate ? prediction === null || typeof prediction.publishedAt === 'string' : null,
  };
  if (prediction === null) {
    return {
      ...base,
      token: reference === null ? null : { precision: 0, recall: 0, f1: 0, matched: 0, predicted: 0, reference: tokenize(reference).length },
      title: expectedTitle === null ? null : false,
      date: expectedDate === undefined ? null : false,
      mustContain: { total: mustContain.length, missing: mustContain },
      mustNotContain: { total: mustNotContain.length, present: mustNotContain },
      related: { total: related.length, missing: related },
      missingTokens: [],
      extraTokens: [],
    };
  }
  const scored = e.referenceIncludesTitle === true ? `${prediction.title}\n${prediction.text}` : prediction.text;
  const snippets = snippetFailures(prediction, mustContain, mustNotContain);
  return {
    ...base,
    token: reference === null ? null : tokenF1(scored, reference),
    title: expectedTitle === null ? null : titleMatches(prediction.title, expectedTitle),
    date: expectedDate === undefined ? null : dateMatches(prediction.publishedAt, expectedDate, timeZone),
    mustContain: { total: mustContain.length, missing: snippets.missing },
    mustNotContain: { total: mustNotContain.length, present: snippets.present },
    related: { total: related.length, missing: related.filter((t) => !relatedFound(t, prediction.relatedTitles)) },
    missingTokens: reference === null ? [] : tokenDiff(reference, scored),
    extraTokens: reference === null ? [] : tokenDiff(scored, reference),
  };
}

/** Runs one extractor on one page, timed; never throws. */
export function runOne(c: Case, bytes: Uint8Array, name: ExtractorName, extract: Extract): PageResult {
  let prediction: Prediction | null = null;
  let error: string | null = null;
  const t0 = performance.now();
  try {
    prediction = extract(c, bytes);
  } catch (err) {
    error = describeError(err);
    if (err instanceof EmptyResult) prediction = EMPTY;
  }
  const ms = performance.now() - t0;
  try {
    return scorePage(c, name, prediction, error, ms);
  } catch (err) {
    // A prediction so odd that scoring throws is a failed page too.
    return scorePage(c, name, null, `scoring failed: ${describeError(err)}`, ms);
  }
}

/** Evaluates every case with every extractor, interleaved page by page. */
export function evaluate(
  cases: readonly Case[],
  extractors: ReadonlyArray<[ExtractorName, Extract]>,
  onPage?: (results: PageResult[]) => void,
): PageResult[] {
  const all: PageResult[] = [];
  const watchdog = startWatchdog(cases.flatMap((c) => extractors.map(([name]) => `${c.id} (${name})`)), Number(process.env.EVAL_WATCHDOG_MS ?? 10_000));
  // Warm-up (untimed): a few pages through every extractor so JIT start-up is not billed to page 1.
  for (const [ci, c] of cases.slice(0, 3).entries()) {
    const bytes = readPage(c);
    extractors.forEach(([name, extract], ei) => {
      watchdog.start(ci * extractors.length + ei);
      runOne(c, bytes.slice(), name, extract);
      watchdog.done();
    });
  }
  for (const [ci, c] of cases.entries()) {
    const bytes = readPage(c);
    // Each extractor gets its own copy, so one that mutates its input cannot skew the next.
    const row = extractors.map(([name, extract], ei) => {
      watchdog.start(ci * extractors.length + ei);
      const r = runOne(c, bytes.slice(), name, extract);
      watchdog.done();
      return r;
    });
    for (const r of row) if (r.ms > 2000) console.error(`eval: slow page ${r.id} (${r.extractor}): ${Math.round(r.ms)} ms`);
    all.push(...row);
    onPage?.(row);
  }
  watchdog.stop();
  return all;
}

function readPage(c: Case): Uint8Array {
  return new Uint8Array(readFileSync(c.pagePath));
}

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const rate = (ok: number, total: number): number | null => (total === 0 ? null : ok / total);

/** Aggregates page results: token scores are means over pages, snippet and related rates are over snippets / titles. */
export function aggregate(results: readonly PageResult[]): Metrics {
  const tokens = results.flatMap((r) => (r.token ? [r.token] : []));
  const titles = results.filter((r) => r.title !== null);
  const dates = results.filter((r) => r.date !== null);
  const mc = results.reduce((a, r) => [a[0]! + r.mustContain.total, a[1]! + r.mustContain.total - r.mustContain.missing.length], [0, 0]);
  const mn = results.reduce((a, r) => [a[0]! + r.mustNotContain.total, a[1]! + r.mustNotContain.total - r.mustNotContain.present.length], [0, 0]);
  const rel = results.reduce((a, r) => [a[0]! + r.related.total, a[1]! + r.related.total - r.related.missing.length], [0, 0]);
  return {
    pages: results.length,
    failed: results.filter((r) => r.error !== null).length,
    scored: tokens.length,
    f1: mean(tokens.map((t) => t.f1)),
    precision: mean(tokens.map((t) => t.precision)),
    recall: mean(tokens.map((t) => t.recall)),
    titles: titles.length,
    title: rate(titles.filter((r) => r.title).length, titles.length),
    dates: dates.length,
    date: rate(dates.filter((r) => r.date).length, dates.length),
    noDatePages: results.filter((r) => r.inventedDate !== null).length,
    inventedDates: results.filter((r) => r.inventedDate === true).length,
    mustContainSnippets: mc[0]!,
    mustContain: rate(mc[1]!, mc[0]!),
    mustNotContainSnippets: mn[0]!,
    mustNotContain: rate(mn[1]!, mn[0]!),
    relatedTitles: rel[0]!,
    related: rate(rel[1]!, rel[0]!),
    msPerPage: mean(results.map((r) => r.ms)),
  };
}
