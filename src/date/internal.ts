import type { DateMention } from '../schema/parsed-date.js';

/**
 * Options of the internal date finder. `now` anchors relative words ("вчера",
 * "2 часа назад"); `yearReference` picks the year of dates written without one.
 * @internal
 */
export interface DateContext {
  now: Date;
  yearReference: Date;
  timeZone: string;
}

/**
 * A mention plus what was implied rather than read.
 * @internal
 */
export interface InternalMention extends DateMention {
  /** True when the year was not written and was inferred from `yearReference`. */
  yearImplied: boolean;
  /** True for relative expressions ("вчера", "час назад"). */
  relative: boolean;
}
