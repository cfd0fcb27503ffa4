import { nonEmptyString, nullableString, z } from './fields.js';

/**
 * One entry of an aggregator block: "Ещё новости о событии" (`Article.moreOnEvent`) or
 * "По теме", "Читайте также", … (`Article.related`).
 *
 * @example
 * ```ts
 * import { RelatedItemSchema } from 'ru-news-parser';
 *
 * RelatedItemSchema.parse({
 *   title: 'В Калуге открыли новый мост',
 *   url: null, source: 'Калужский перекрёсток', city: null, snippet: null, publishedAt: null,
 * });
 * ```
 */
export const RelatedItemSchema = z.object({
  /** Headline of the linked story; never empty. */
  title: nonEmptyString(),
  /** Absolute URL of the story, when the page links it. */
  url: nullableString(),
  /** Name of the outlet that published it. */
  source: nullableString(),
  /** City of the outlet, when the aggregator gives it. */
  city: nullableString(),
  /** Teaser text shown under the headline, without a repeat of the title. */
  snippet: nullableString(),
  /** ISO 8601 publication time of the linked story. */
  publishedAt: nullableString(),
});

/**
 * One entry of a related or more-on-event block; see {@link RelatedItemSchema}.
 *
 * @example
 * ```ts
 * import { parseText, type RelatedItem } from 'ru-news-parser';
 *
 * const [item]: RelatedItem[] = parseText('Мост открыт\n\nВ Калуге открыли мост.\n\nПо теме\nВ Туле закрыли старый мост').related;
 * item.title;  //=> 'В Туле закрыли старый мост'
 * item.source; //=> null
 * ```
 */
export type RelatedItem = z.infer<typeof RelatedItemSchema>;
