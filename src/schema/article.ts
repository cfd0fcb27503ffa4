import * as z from 'zod';
import { DateMentionSchema } from './parsed-date.js';
import { RelatedItemSchema } from './related-item.js';

/** The outlet an article comes from. */
export const SourceSchema = z.object({
  name: z.string().min(1),
  url: z.string().nullable(),
  city: z.string().nullable(),
});

/** An illustration of the article. */
export const ImageSchema = z.object({
  url: z.string().min(1),
  caption: z.string().nullable(),
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
  title: z.string().min(1),
  /** First paragraph or subtitle. */
  lead: z.string().nullable(),
  /** Paragraphs after the lead, in order. */
  body: z.array(z.string()),
  /** `[lead, ...body].join("\n\n")`. */
  text: z.string(),
  /** ISO 8601: `YYYY-MM-DDTHH:mm:ss±HH:MM` when the time is known, `YYYY-MM-DD` when only the day is. */
  publishedAt: z.string().nullable(),
  /** Same format as `publishedAt`. */
  modifiedAt: z.string().nullable(),
  /** Canonical URL, when known. */
  url: z.string().nullable(),
  /** The outlet. */
  source: SourceSchema.nullable(),
  authors: z.array(z.string()),
  tags: z.array(z.string()),
  images: z.array(ImageSchema),
  /** Dates mentioned in `text`; `index` is an offset into `text`. */
  dates: z.array(DateMentionSchema),
  /** "Ещё новости о событии" and the like: other reports of the same event. */
  moreOnEvent: z.array(RelatedItemSchema),
  /** "По теме", "Читайте также" and the like: other stories. */
  related: z.array(RelatedItemSchema),
  /** What the parser guessed or could not find, in plain English. */
  warnings: z.array(z.string()),
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
