export { parseArticle, safeParseArticle, parseHtml, parseText } from './parse-article.js';
export { parseRussianDate } from './date/parse-russian-date.js';
export { findRussianDates } from './date/find-russian-dates.js';
export { ArticleSchema, type Article, type ArticleSource, type ArticleImage } from './schema/article.js';
export { RelatedItemSchema, type RelatedItem } from './schema/related-item.js';
export { ParsedDateSchema, DateMentionSchema, type ParsedDate, type DateMention } from './schema/parsed-date.js';
export { ArticleParseError, type ArticleParseErrorCode } from './errors.js';
export { defineSiteRules, type SiteRules } from './sites/define-site-rules.js';
export type { ParseOptions, DateOptions } from './options.js';
