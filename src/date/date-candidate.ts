import type { InternalMention } from './internal.js';

/**
 * A mention found by one parser, before overlaps are resolved and ranges merged.
 * @internal
 */
export interface DateCandidate extends InternalMention {
  /** Tie-break when two parsers read the same span: lower wins. */
  priority: number;
  /** Calendar fields of the (start) day, for range merging. */
  month?: number;
  day?: number;
  year?: number;
  /** Only valid as the start of a range ("с 04.12 по 10.12.2017"): dropped when not merged. */
  rangeStartOnly?: boolean;
  /** Re-reads the same mention with an explicit year (a range's written year). */
  withYear?: (year: number) => DateCandidate | null;
}

/** Wall-clock part of a mention. @internal */
export interface ClockTime {
  hour: number;
  minute: number;
  second: number | null;
}

/** An explicit zone in the text: Moscow time, a fixed offset, or the configured zone. @internal */
export type ExplicitZone = { kind: 'zone'; timeZone: string } | { kind: 'offset'; minutes: number } | null;
