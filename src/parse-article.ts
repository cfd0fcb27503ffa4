import { buildArticle } from './build-article.js';
import { toArticleParseError, type ArticleParseError } from './errors.js';
import { extractHtmlDraft } from './extract/html-draft.js';
import { extractTextDraft } from './extract/text-draft.js';
import { decodeBytes, headText } from './input/decode.js';
import { detectKind } from './input/detect-kind.js';
import { checkDecodedText, checkInput } from './input/read-input.js';
import { resolveParseOptions, type ParseContext, type ParseOptions } from './options.js';
import type { Article } from './schema/article.js';

/**
 * Parses a Russian news page — HTML or an aggregator's plain-text dump, as a string or as
 * bytes — into a validated {@link Article}. The kind is detected unless `options.format`
 * says it.
 *
 * @throws {ArticleParseError} and nothing else: `EMPTY_INPUT`, `INPUT_TOO_LARGE`,
 *   `NOT_AN_ARTICLE`, `UNSUPPORTED_ENCODING`, `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'ru-news-parser';
 *
 * const article = parseArticle(
 *   'В Калуге открыли мост\n\n24 ноября в Калуге открыли новый мост через Оку.',
 *   { referenceDate: '2017-12-01T12:00:00+03:00' },
 * );
 * article.title;          //=> 'В Калуге открыли мост'
 * article.dates[0].value; //=> '2017-11-24'
 * ```
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  return run(input, options, 'auto');
}

/**
 * Like {@link parseArticle} but never throws: returns `{ success: true, data }` or
 * `{ success: false, error }` with an {@link ArticleParseError}, as zod's `safeParse` does.
 *
 * @example
 * ```ts
 * import { safeParseArticle } from 'ru-news-parser';
 *
 * const result = safeParseArticle('');
 * if (!result.success) console.log(result.error.code);
 * //=> 'EMPTY_INPUT'
 * ```
 */
export function safeParseArticle(
  input: string | Uint8Array,
  options?: ParseOptions,
): { success: true; data: Article } | { success: false; error: ArticleParseError } {
  try {
    return { success: true, data: parseArticle(input, options) };
  } catch (error) {
    return { success: false, error: toArticleParseError(error) };
  }
}

/**
 * Parses an HTML page (string or bytes in any common Russian charset) into an {@link Article}.
 *
 * @throws {ArticleParseError}
 *
 * @example
 * ```ts
 * import { parseHtml } from 'ru-news-parser';
 *
 * const article = parseHtml(
 *   '<html><body><h1>Мост открыт</h1><article><p>В Калуге открыли новый мост через Оку, который строили три года.</p></article></body></html>',
 * );
 * article.title; //=> 'Мост открыт'
 * ```
 */
export function parseHtml(html: string | Uint8Array, options?: ParseOptions): Article {
  return run(html, options, 'html');
}

/**
 * Parses an aggregator's plain-text dump (title line, paragraphs, then optional
 * "Ещё новости о событии" and "По теме" blocks) into an {@link Article}.
 *
 * @throws {ArticleParseError}
 *
 * @example
 * ```ts
 * import { parseText } from 'ru-news-parser';
 *
 * const article = parseText('Мост открыт\n\nВ Калуге открыли новый мост.\n\nПо теме\nВ Туле закрыли старый мост');
 * article.related[0].title; //=> 'В Туле закрыли старый мост'
 * ```
 */
export function parseText(text: string, options?: ParseOptions): Article {
  return run(text, options, 'text');
}

function run(input: unknown, options: ParseOptions | undefined, forced: 'auto' | 'html' | 'text'): Article {
  try {
    const ctx = resolveParseOptions(options);
    checkInput(input, ctx);
    const format = forced !== 'auto' ? forced : ctx.format;
    return parseResolved(input, ctx, format);
  } catch (error) {
    throw toArticleParseError(error);
  }
}

function parseResolved(input: string | Uint8Array, ctx: ParseContext, format: 'auto' | 'html' | 'text'): Article {
  if (format === 'html') return buildArticle(extractHtmlDraft(input, ctx), ctx);
  // Bytes that start like markup go straight to the HTML stage, which decodes them once
  // (markup is ASCII in every charset it reads, so the first 4 KB decide it).
  if (format === 'auto' && typeof input !== 'string' && detectKind(asciiHead(input)) === 'html') {
    return buildArticle(extractHtmlDraft(input, ctx), ctx);
  }
  // Text and auto-detection need a string first; HTML byte decoding is the HTML stage's.
  const decoded = typeof input === 'string' ? input : decodeBytes(input, ctx.encoding);
  checkDecodedText(decoded);
  const kind = format === 'text' ? 'text' : detectKind(decoded);
  if (kind === 'html') return buildArticle(extractHtmlDraft(input, ctx), ctx);
  return buildArticle(extractTextDraft(decoded, ctx), ctx);
}

/** The first 4 KB of bytes (a UTF-8 BOM skipped), enough for {@link detectKind}'s look at the markup. */
function asciiHead(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return headText(bytes.subarray(bom), 4096);
}
