/**
 * Machine-readable reason of an {@link ArticleParseError}.
 *
 * - `EMPTY_INPUT` — the input is empty or only whitespace.
 * - `INPUT_TOO_LARGE` — the input is larger than `maxInputBytes`.
 * - `NOT_AN_ARTICLE` — the input holds no article text (binary garbage, an index page, …).
 * - `UNSUPPORTED_ENCODING` — the forced or declared charset cannot be decoded.
 * - `UNSUPPORTED_FORMAT` — the input kind is not (yet) supported.
 * - `INVALID_OPTIONS` — an option (or a site rule) is malformed; the message names it.
 * - `INTERNAL_ERROR` — a bug in the parser; the message says what failed. Please report it.
 *
 * @example
 * ```ts
 * import { safeParseArticle, type ArticleParseErrorCode } from 'ru-news-parser';
 *
 * const result = safeParseArticle('');
 * const code: ArticleParseErrorCode | null = result.success ? null : result.error.code;
 * code; //=> 'EMPTY_INPUT'
 * ```
 */
export type ArticleParseErrorCode =
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'NOT_AN_ARTICLE'
  | 'UNSUPPORTED_ENCODING'
  | 'UNSUPPORTED_FORMAT'
  | 'INVALID_OPTIONS'
  | 'INTERNAL_ERROR';

/**
 * The only error the parse functions throw. `code` says what went wrong; `message` says
 * it in plain English together with what to do about it.
 *
 * @example
 * ```ts
 * import { parseArticle, ArticleParseError } from 'ru-news-parser';
 *
 * try {
 *   parseArticle('   ');
 * } catch (error) {
 *   if (error instanceof ArticleParseError) console.log(error.code);
 *   //=> 'EMPTY_INPUT'
 * }
 * ```
 */
export class ArticleParseError extends Error {
  /** Machine-readable reason, stable across versions. */
  readonly code: ArticleParseErrorCode;

  constructor(code: ArticleParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArticleParseError';
    this.code = code;
  }
}

/** The end of every `INTERNAL_ERROR` message. @internal */
export const BUG_REPORT = 'This is a bug in ru-news-parser; please report it with the input';

/** Wraps anything thrown by internal code into an {@link ArticleParseError}. @internal */
export function toArticleParseError(error: unknown): ArticleParseError {
  if (error instanceof ArticleParseError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : describeValue(error);
  return new ArticleParseError(
    'INTERNAL_ERROR',
    `The parser failed unexpectedly (${detail}). ${BUG_REPORT} that caused it.`,
    { cause: error },
  );
}

/**
 * The `INVALID_OPTIONS` error for a malformed option or site rule field:
 * `` `${subject} must be ${expected}, got ${got}.` `` (`got` as {@link describeValue} writes it).
 * @internal
 */
export function invalidOption(subject: string, expected: string, got: string): ArticleParseError {
  return new ArticleParseError('INVALID_OPTIONS', `${subject} must be ${expected}, got ${got}.`);
}

/**
 * A short description of any value for an error message, that never throws (a string in
 * quotes, a number or boolean as written, else its kind: `null`, `an array`, `object`, …).
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${value}`;
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}
