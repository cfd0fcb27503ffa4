import { tzOffset } from '@date-fns/tz';
import { DEFAULT_TIME_ZONE, resolveReference, resolveTimeZone, type DateOptions } from '../options.js';
import type { ParsedDate } from '../schema/parsed-date.js';
import type { DateContext } from './internal.js';
import { parseWholeDate, toParsedDate } from './parse-whole-date.js';

/**
 * Resolves {@link DateOptions} into a date context, or null when they are invalid
 * (the public date functions never throw).
 * @internal
 */
export function dateContextOf(options: DateOptions | undefined): DateContext | null {
  try {
    if (options !== undefined && (options === null || typeof options !== 'object')) return null;
    const reference = resolveReference(options?.reference, 'reference') ?? new Date();
    const zone = options?.timeZone;
    // Fast path: a zone date-fns already resolves to a finite offset is valid (its
    // formatter is cached), so the costly Intl check runs only for unusual names.
    const timeZone =
      zone === undefined || zone === null || zone === DEFAULT_TIME_ZONE
        ? DEFAULT_TIME_ZONE
        : typeof zone === 'string' && /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2}$/u.test(zone) && Number.isFinite(tzOffset(zone, reference))
          ? zone
          : resolveTimeZone(zone);
    return { now: reference, yearReference: reference, timeZone };
  } catch {
    return null;
  }
}

/**
 * Reads a string that is one Russian date or date-time and normalizes it to ISO 8601.
 *
 * Understands numeric dates (`04.12.2017`, `4.12.17`, `04/12/2017`), month names in any
 * case or abbreviation (`4 декабря 2017 г.`, `24 нояб. 2017`, `четвёртого декабря`), times
 * before or after the date (`23:16 04.12.2017`, `04.12.2017 в 23:16`), weekday prefixes and
 * suffixes, ISO 8601, RFC 2822 (Russian or English names, `+0300`, `МСК`), ranges
 * (`с 10 по 12 июля` sets `end`), month-year and year (`в сентябре 2017`, `2019`), and
 * relative expressions (`вчера в 14:05`, `3 часа назад`, `только что`) read against
 * `reference`. A year-less date takes the year nearest to `reference` (the past on a tie).
 * Naive times are read in `timeZone` with the offset it had at that instant; an explicit
 * offset or `МСК` in the text wins and is kept in `value`. Surrounding whitespace and
 * punctuation are ignored.
 *
 * Never throws: returns null when the string is not exactly one date, when the date is
 * impossible (`31.11.2017`, `25:00`), or when the options are invalid (an unparsable
 * `reference` or an unknown `timeZone`).
 *
 * @param text - The string to read, e.g. the text of a date element.
 * @param options - `reference` ("now", default the current time) and `timeZone` (IANA, default `Europe/Moscow`).
 * @returns The parsed date, or null.
 *
 * @example
 * ```ts
 * import { parseRussianDate } from 'ru-news-parser';
 *
 * parseRussianDate('23:16 04.12.2017');
 * //=> { text: '23:16 04.12.2017', value: '2017-12-04T23:16:00+03:00', granularity: 'minute' }
 * parseRussianDate('4 декабря 2013 г.');
 * //=> { text: '4 декабря 2013 г.', value: '2013-12-04', granularity: 'day' }
 * parseRussianDate('вчера в 14:05', { reference: '2017-12-04T12:00:00+03:00' });
 * //=> { text: 'вчера в 14:05', value: '2017-12-03T14:05:00+03:00', granularity: 'minute' }
 * parseRussianDate('с 10 по 12 июля 2024');
 * //=> { text: 'с 10 по 12 июля 2024', value: '2024-07-10', granularity: 'day', end: '2024-07-12' }
 * parseRussianDate('31.11.2017');
 * //=> null
 * ```
 */
export function parseRussianDate(text: string, options?: DateOptions): ParsedDate | null {
  if (typeof text !== 'string') return null;
  const ctx = dateContextOf(options);
  if (ctx === null) return null;
  const m = parseWholeDate(text, ctx);
  return m === null ? null : toParsedDate(m.text, m);
}
