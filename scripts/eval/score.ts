// Scoring rules of ../shared/corpus/README.md, as pure functions (no I/O), so that the
// eval command and its tests share one definition.
import { TZDate } from '@date-fns/tz';

/** What an extractor produced for one page, reduced to the fields the corpus scores. */
export interface Prediction {
  title: string;
  text: string;
  publishedAt: string | null;
  /** Titles of `related` ∪ `moreOnEvent` items. */
  relatedTitles: string[];
}

/** Token precision, recall and F1 of one page. */
export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
  matched: number;
  predicted: number;
  reference: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const YO_RE = /ё/g;
const WS_RE = /\s+/g;

/** NFC, lower-case, `ё` → `е`, then every maximal run of `[\p{L}\p{N}]`. */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFC').toLowerCase().replace(YO_RE, 'е');
  return folded.match(TOKEN_RE) ?? [];
}

/** Counts of each token (a bag of words). */
export function bagOf(tokens: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokens) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

/**
 * Bag-of-words precision / recall / F1 of `predicted` against `reference`, counting
 * multiplicity. Empty prediction gives precision 0; both empty gives 1 / 1 / 1.
 */
export function tokenF1(predicted: string, reference: string): TokenScore {
  const pred = tokenize(predicted);
  const ref = tokenize(reference);
  if (pred.length === 0 && ref.length === 0) {
    return { precision: 1, recall: 1, f1: 1, matched: 0, predicted: 0, reference: 0 };
  }
  const refBag = bagOf(ref);
  let matched = 0;
  for (const [token, n] of bagOf(pred)) matched += Math.min(n, refBag.get(token) ?? 0);
  const precision = pred.length === 0 ? 0 : matched / pred.length;
  const recall = ref.length === 0 ? 0 : matched / ref.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, matched, predicted: pred.length, reference: ref.length };
}

/**
 * Tokens of `a` not covered by `b` (multiplicity-aware), in `a`'s order, up to `limit`.
 * `missing = tokenDiff(reference, predicted)`, `extra = tokenDiff(predicted, reference)`.
 */
export function tokenDiff(a: string, b: string, limit = 15): string[] {
  const budget = bagOf(tokenize(b));
  const out: string[] = [];
  for (const t of tokenize(a)) {
    const left = budget.get(t) ?? 0;
    if (left > 0) budget.set(t, left - 1);
    else {
      out.push(t);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** Collapses runs of whitespace to one space and trims. */
export function collapse(text: string): string {
  return text.replace(WS_RE, ' ').trim();
}

/** Title exact match after collapsing whitespace. */
export function titleMatches(predicted: string | null | undefined, expected: string): boolean {
  return typeof predicted === 'string' && collapse(predicted) === collapse(expected);
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FULL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO datetime with an explicit offset (or `Z`) to epoch ms, else `null`. */
export function instantOf(value: string): number | null {
  if (!FULL_RE.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in an IANA zone. */
export function dayInZone(ms: number, timeZone: string): string {
  const d = new TZDate(ms, timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Does a predicted `publishedAt` match the expected one?
 * - expected `null` (page has no date): matches only a `null` prediction;
 * - expected full datetime: the prediction must be a full datetime with an offset at the
 *   same instant ±59 s (a day-only prediction does not match: it lacks the time);
 * - expected `YYYY-MM-DD`: a day-only prediction must be that day; a full datetime
 *   matches when its instant falls on that calendar day in the case's `timeZone`.
 */
export function dateMatches(predicted: string | null | undefined, expected: string | null, timeZone: string): boolean {
  if (expected === null) return predicted === null || predicted === undefined;
  if (typeof predicted !== 'string') return false;
  const expectedDay = DAY_RE.test(expected) ? expected : null;
  if (expectedDay !== null) {
    if (DAY_RE.test(predicted)) return predicted === expectedDay;
    const ms = instantOf(predicted);
    return ms !== null && dayInZone(ms, timeZone) === expectedDay;
  }
  const e = instantOf(expected);
  const p = instantOf(predicted);
  return e !== null && p !== null && Math.abs(e - p) <= 59_000;
}

/** Snippet checks: which `mustContain` are missing and which `mustNotContain` are present. */
export function snippetFailures(
  prediction: Prediction,
  mustContain: readonly string[],
  mustNotContain: readonly string[],
): { missing: string[]; present: string[] } {
  const haystack = collapse(`${prediction.title} ${prediction.text}`);
  const body = collapse(prediction.text);
  return {
    missing: mustContain.filter((s) => !haystack.includes(collapse(s))),
    present: mustNotContain.filter((s) => body.includes(collapse(s))),
  };
}

/**
 * Is an expected related title found among the predicted item titles? Either contains the
 * other after whitespace collapse; equality always counts, containment only when the found
 * (predicted) title is longer than 10 characters.
 */
export function relatedFound(expected: string, predictedTitles: readonly string[]): boolean {
  const e = collapse(expected);
  for (const raw of predictedTitles) {
    const p = collapse(raw);
    if (p === e) return true;
    if (p.length > 10 && (p.includes(e) || e.includes(p))) return true;
  }
  return false;
}
