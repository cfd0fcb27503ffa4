// The library under test, loaded through its public API (src/index.ts via tsx). Loaded
// dynamically so that a broken src/ (another engineer mid-edit) fails the pages, not the tool.
import type { ParseOptions } from '../../src/index.js';
import type { Case } from './corpus.js';
import type { Prediction } from './score.js';

export type ParseFn = (input: string | Uint8Array, options?: ParseOptions) => unknown;

/** `parseArticle` from src/index.ts, or the reason it could not be loaded. */
export async function loadParseArticle(): Promise<{ parse: ParseFn } | { error: string }> {
  try {
    const mod = (await import('../../src/index.js')) as { parseArticle?: unknown };
    if (typeof mod.parseArticle !== 'function') return { error: 'src/index.ts exports no parseArticle function' };
    return { parse: mod.parseArticle as ParseFn };
  } catch (error) {
    return { error: `cannot load src/index.ts: ${describeError(error)}` };
  }
}

/** The parse options a case asks for (see the corpus README). */
export function optionsFor(c: Case, maxInputBytes?: number): ParseOptions {
  const e = c.expected;
  const options: ParseOptions = {};
  if (typeof e.url === 'string') options.url = e.url;
  if (typeof e.timeZone === 'string') options.timeZone = e.timeZone;
  const reference = e.referenceDate ?? e.crawledOn;
  if (typeof reference === 'string') options.referenceDate = reference;
  if (typeof e.encoding === 'string') options.encoding = e.encoding;
  if (maxInputBytes !== undefined) options.maxInputBytes = maxInputBytes;
  return options;
}

/** One-line description of anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${typeof code === 'string' ? `${code}: ` : ''}${error.message.split('\n')[0] ?? ''}`.slice(0, 300);
  }
  return `non-Error thrown: ${String(error).slice(0, 200)}`;
}

function titlesOf(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items
    .map((item) => (item !== null && typeof item === 'object' ? (item as { title?: unknown }).title : undefined))
    .filter((t): t is string => typeof t === 'string');
}

/**
 * Reads what the library returned into a {@link Prediction}; anything that is not an
 * article-shaped object is an error (the page then scores 0).
 */
export function predictionOf(result: unknown): Prediction {
  if (result === null || typeof result !== 'object') throw new Error(`junk result: ${result === null ? 'null' : typeof result}`);
  const r = result as Record<string, unknown>;
  if (typeof r.title !== 'string') throw new Error(`junk result: title is ${typeof r.title}`);
  if (typeof r.text !== 'string') throw new Error(`junk result: text is ${typeof r.text}`);
  const publishedAt = typeof r.publishedAt === 'string' ? r.publishedAt : null;
  return { title: r.title, text: r.text, publishedAt, relatedTitles: [...titlesOf(r.related), ...titlesOf(r.moreOnEvent)] };
}
