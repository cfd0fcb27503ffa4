// PLACEHOLDER — replaced by the date layer (issue #3).
import type { DateOptions } from '../options.js';
import type { ParsedDate } from '../schema/parsed-date.js';

/** Reads a string that is one Russian date. */
export function parseRussianDate(_text: string, _options?: DateOptions): ParsedDate | null {
  return null;
}
