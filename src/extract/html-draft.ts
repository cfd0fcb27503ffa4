// PLACEHOLDER — replaced by the HTML parser (issue #4).
import { ArticleParseError } from '../errors.js';
import type { ParseContext } from '../options.js';
import type { ArticleDraft } from './article-draft.js';

/** Reads an HTML page into a draft. @internal */
export function extractHtmlDraft(_html: string | Uint8Array, _ctx: ParseContext): ArticleDraft {
  throw new ArticleParseError(
    'UNSUPPORTED_FORMAT',
    'HTML input is not supported yet by this version of ru-news-parser; pass plain text, or format: "text".',
  );
}
