// PLACEHOLDER — replaced by the date layer (issue #3).
import type { DateOptions } from '../options.js';
import type { DateMention } from '../schema/parsed-date.js';

/** Every Russian date mentioned in running text. */
export function findRussianDates(_text: string, _options?: DateOptions): DateMention[] {
  return [];
}
