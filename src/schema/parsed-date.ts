import { z } from './fields.js';

/**
 * A date read from Russian text.
 *
 * `value` is ISO 8601: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for the date-only granularities,
 * a full datetime with the zone's offset at that instant (`2017-12-04T23:16:00+03:00`)
 * for `minute` and `second`. `end` is set for ranges ("с 10 по 12 июля").
 *
 * @example
 * ```ts
 * import { ParsedDateSchema } from 'ru-news-parser';
 *
 * ParsedDateSchema.parse({ text: '24 ноября 2017', value: '2017-11-24', granularity: 'day' });
 * //=> { text: '24 ноября 2017', value: '2017-11-24', granularity: 'day' }
 * ```
 */
export const ParsedDateSchema = z.object({
  /** The exact text that was read. */
  text: z.string(),
  /** ISO 8601 value (see above). */
  value: z.string().min(4),
  /** How precise the value is. */
  granularity: z.enum(['year', 'month', 'day', 'minute', 'second']),
  /** End of a range, same format as `value`. */
  end: z.string().min(4).optional(),
});

/**
 * A date read from Russian text; see {@link ParsedDateSchema}.
 *
 * @example
 * ```ts
 * import { parseRussianDate, type ParsedDate } from 'ru-news-parser';
 *
 * const date: ParsedDate | null = parseRussianDate('23:16 04.12.2017', { timeZone: 'Europe/Moscow' });
 * date?.value;       //=> '2017-12-04T23:16:00+03:00'
 * date?.granularity; //=> 'minute'
 * ```
 */
export type ParsedDate = z.infer<typeof ParsedDateSchema>;

/**
 * A date mentioned inside running text: a {@link ParsedDate} plus the offset where its
 * `text` starts, so that `input.slice(index, index + text.length) === text`.
 *
 * @example
 * ```ts
 * import { DateMentionSchema } from 'ru-news-parser';
 *
 * DateMentionSchema.parse({ text: '24 ноября', value: '2017-11-24', granularity: 'day', index: 0 });
 * //=> { text: '24 ноября', value: '2017-11-24', granularity: 'day', index: 0 }
 * ```
 */
export const DateMentionSchema = ParsedDateSchema.extend({
  /** Offset (in UTF-16 code units) of `text` inside the searched string. */
  index: z.number().int().nonnegative(),
});

/**
 * A date mention in running text; see {@link DateMentionSchema}.
 *
 * @example
 * ```ts
 * import { findRussianDates, type DateMention } from 'ru-news-parser';
 *
 * const [mention]: DateMention[] = findRussianDates('Мост откроют 4 декабря 2017 года.');
 * mention.index; //=> 13
 * mention.value; //=> '2017-12-04'
 * ```
 */
export type DateMention = z.infer<typeof DateMentionSchema>;
