// PLACEHOLDER — replaced by the plain-text parser (issue #2).
import { ArticleParseError } from '../errors.js';
import type { ParseContext } from '../options.js';
import type { ArticleDraft } from './article-draft.js';

/** Reads an aggregator plain-text dump into a draft. @internal */
export function extractTextDraft(_text: string, _ctx: ParseContext): ArticleDraft {
  throw new ArticleParseError('UNSUPPORTED_FORMAT', 'Plain-text parsing is not implemented yet.');
}
