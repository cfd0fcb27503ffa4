import { ArticleParseError } from '../../src/errors.js';
import { ArticleSchema, type Article } from '../../src/schema/article.js';

/** Codes a parse may legitimately fail with on hostile input (INTERNAL_ERROR is a bug). */
export const EXPECTED_CODES: ReadonlySet<string> = new Set([
  'EMPTY_INPUT',
  'INPUT_TOO_LARGE',
  'NOT_AN_ARTICLE',
  'UNSUPPORTED_ENCODING',
  'UNSUPPORTED_FORMAT',
]);

/** Fixed options: results must not depend on the clock or the machine's zone. */
export const OPTIONS = { referenceDate: '2024-06-01T12:00:00+03:00', timeZone: 'Europe/Moscow' } as const;

/** A tag, end tag, comment, CDATA or doctype left in a string. */
export const MARKUP_RE = /<\/?[a-z][a-z0-9-]{0,20}(?:[\s/>]|$)|<!--|<!\[CDATA\[|<!doctype/iu;

/**
 * Runs a parse and checks its outcome: either an Article that passes the schema and its
 * invariants, or an ArticleParseError with an expected code. Throws an Error describing
 * the violation otherwise (fast-check then prints the seed and the shrunk input).
 */
export function checkParse(run: () => Article, opts: { plainText?: boolean } = {}): Article | null {
  let article: Article;
  try {
    article = run();
  } catch (error) {
    if (!(error instanceof ArticleParseError)) {
      throw new Error(`threw a non-ArticleParseError: ${String((error as Error)?.stack ?? error)}`);
    }
    if (!EXPECTED_CODES.has(error.code)) throw new Error(`failed with ${error.code}: ${error.message}`);
    if (error.message.trim() === '') throw new Error(`${error.code} without a message`);
    return null;
  }
  checkArticle(article, opts);
  return article;
}

/** Schema, `text` join, date-mention offsets, normalized strings, and (for HTML) no markup. */
export function checkArticle(article: Article, opts: { plainText?: boolean } = {}): void {
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) throw new Error(`schema: ${JSON.stringify(parsed.error.issues[0])}`);
  if (article.title.trim() === '') throw new Error('empty title');
  const joined = [article.lead, ...article.body].filter((p): p is string => p !== null).join('\n\n');
  if (article.text !== joined) throw new Error('text is not [lead, ...body].join("\\n\\n")');
  for (const m of article.dates) {
    if (article.text.slice(m.index, m.index + m.text.length) !== m.text) {
      throw new Error(`date mention ${JSON.stringify(m)} is not at its index`);
    }
  }
  for (const s of outputStrings(article)) {
    if (s !== s.trim() || /\s{2}|[\u00A0\u200B\u00AD]/u.test(s)) throw new Error(`not normalized: ${JSON.stringify(s)}`);
  }
  if (opts.plainText) {
    for (const s of contentStrings(article)) {
      if (MARKUP_RE.test(s)) throw new Error(`markup survived: ${JSON.stringify(s.slice(0, 200))}`);
    }
  }
  for (const list of [article.related, article.moreOnEvent]) {
    for (const item of list) {
      if (item.url !== null && !/^https?:\/\//iu.test(item.url)) throw new Error(`unsafe or relative item URL ${item.url}`);
    }
  }
}

/** title, lead, body and item text: what must be plain text. */
export function contentStrings(a: Article): string[] {
  const out = [a.title, ...(a.lead === null ? [] : [a.lead]), ...a.body];
  for (const item of [...a.related, ...a.moreOnEvent]) {
    out.push(item.title);
    if (item.snippet !== null) out.push(item.snippet);
    if (item.source !== null) out.push(item.source);
  }
  return out;
}

/** Every single-line string field (normalized ones). */
function outputStrings(a: Article): string[] {
  const out = [a.title, ...(a.lead === null ? [] : [a.lead]), ...a.body, ...a.authors, ...a.tags];
  for (const item of [...a.related, ...a.moreOnEvent]) {
    out.push(item.title);
    for (const v of [item.snippet, item.source, item.city]) if (v !== null) out.push(v);
  }
  if (a.source !== null) out.push(a.source.name);
  return out;
}
