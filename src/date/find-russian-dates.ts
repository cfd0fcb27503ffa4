import type { DateOptions } from '../options.js';
import type { DateMention } from '../schema/parsed-date.js';
import { findDateMentions } from './find-date-mentions.js';
import { dateContextOf } from './parse-russian-date.js';

/**
 * Finds every Russian date mentioned in running text, in order of appearance, each with
 * the exact matched `text` and its `index` (`input.slice(index, index + text.length) === text`).
 * Reads the same forms as {@link parseRussianDate}; in running text a bare year needs a cue
 * word (`в 2019 году`), a bare time or `04.12` without a year is not a date, and ordinals,
 * phone numbers, money, scores, model names (`Су-35`), street names (`ул. 8 Марта`),
 * percentages and impossible dates are skipped.
 *
 * Never throws: returns `[]` for non-string input or invalid options.
 *
 * @param text - Running text, e.g. an article body.
 * @param options - `reference` ("now" and the anchor for missing years) and `timeZone`.
 * @returns The mentions, possibly empty.
 *
 * @example
 * ```ts
 * import { findRussianDates } from 'ru-news-parser';
 *
 * findRussianDates('Суд назначен на 24 ноября, а заседание 13-го прошло вчера.', {
 *   reference: '2017-12-04T12:00:00+03:00',
 * });
 * //=> [
 * //   { text: '24 ноября', value: '2017-11-24', granularity: 'day', index: 16 },
 * //   { text: 'вчера', value: '2017-12-03', granularity: 'day', index: 52 },
 * // ]
 * ```
 */
export function findRussianDates(text: string, options?: DateOptions): DateMention[] {
  if (typeof text !== 'string') return [];
  const ctx = dateContextOf(options);
  if (ctx === null) return [];
  return findDateMentions(text, ctx).map(({ yearImplied: _y, relative: _r, ...mention }) => mention);
}
