import { nonEmptyString, nullableString, stringList, z } from './fields.js';
import { DateMentionSchema } from './parsed-date.js';
import { RelatedItemSchema } from './related-item.js';

/** The outlet an article comes from. */
export const SourceSchema = z.object({
  name: nonEmptyString(),
  url: nullableString(),
  city: nullableString(),
});

/** An illustration of the article. */
export const ImageSchema = z.object({
  url: nonEmptyString(),
  caption: nullableString(),
});

/**
 * A parsed news article. Every string is normalized text (no markup, single spaces);
 * `text` is always `[lead, ...body].join("\n\n")`.
 *
 * @example
 * ```ts
 * import { ArticleSchema, parseText } from 'ru-news-parser';
 *
 * const article = parseText('Заголовок новости\n\nПервый абзац новости.');
 * ArticleSchema.parse(article).title;
 * //=> 'Заголовок новости'
 * ```
 */
export const ArticleSchema = z.object({
  /** Headline; never empty. */
  title: nonEmptyString(),
  /** First paragraph or subtitle. */
  lead: nullableString(),
  /** Paragraphs after the lead, in order. */
  body: stringList(),
  /** `[lead, ...body].join("\n\n")`. */
  text: z.string(),
  /** ISO 8601: `YYYY-MM-DDTHH:mm:ss±HH:MM` when the time is known, `YYYY-MM-DD` when only the day is. */
  publishedAt: nullableString(),
  /** Same format as `publishedAt`. */
  modifiedAt: nullableString(),
  /** Canonical URL, when known. */
  url: nullableString(),
  /** The outlet. */
  source: SourceSchema.nullable(),
  authors: stringList(),
  tags: stringList(),
  images: z.array(ImageSchema),
  /** Dates mentioned in `text`; `index` is an offset into `text`. */
  dates: z.array(DateMentionSchema),
  /** "Ещё новости о событии" and the like: other reports of the same event. */
  moreOnEvent: z.array(RelatedItemSchema),
  /** "По теме", "Читайте также" and the like: other stories. */
  related: z.array(RelatedItemSchema),
  /** What the parser guessed or could not find, in plain English. */
  warnings: stringList(),
});

/**
 * A parsed news article; see {@link ArticleSchema} for every field.
 *
 * @example
 * ```ts
 * import { parseText, type Article } from 'ru-news-parser';
 *
 * const article: Article = parseText('Мост открыт\n\nВ Калуге открыли новый мост через Оку.');
 * article.lead; //=> 'В Калуге открыли новый мост через Оку.'
 * article.body; //=> []
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
/**
 * The outlet of an article (`Article.source`).
 *
 * @example
 * ```ts
 * import type { ArticleSource } from 'ru-news-parser';
 *
 * const source: ArticleSource = { name: 'Калужский перекрёсток', url: 'https://example.ru/', city: 'Калуга' };
 * ```
 */
export type ArticleSource = z.infer<typeof SourceSchema>;
/**
 * An illustration of an article (`Article.images`), with an absolute URL.
 *
 * @example
 * ```ts
 * import type { ArticleImage } from 'ru-news-parser';
 *
 * const image: ArticleImage = { url: 'https://example.ru/img/most.jpg', caption: 'Новый мост через Оку' };
 * ```
 */
export type ArticleImage = z.infer<typeof ImageSchema>;
