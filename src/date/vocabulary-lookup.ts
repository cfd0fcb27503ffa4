/**
 * Look-up maps from matched words to numbers, derived from the vocabulary modules.
 * Keys are folded with {@link foldToken} (lower case, Ё → Е, single spaces, no dot).
 * @internal
 */
import { ALL_MONTHS } from './months.js';
import { CARDINAL_ONES, CARDINAL_TEENS, CARDINAL_TENS, HALF_SUFFIX_WORDS, ORDINAL_ONES, ORDINAL_OTHER, ORDINAL_TENS } from './number-words.js';
import { foldWord } from './regex-source.js';
import {
  HEDGED_SINGULAR_UNITS,
  RELATIVE_COUNTED_UNITS,
  RELATIVE_DAYS,
  RELATIVE_UNITS,
  SINGULAR_UNITS,
  type RelativeUnitKind,
} from './relative-words.js';
import { WEEKDAYS } from './weekdays.js';

/** Lower case, Ё → Е, whitespace runs → one space, trailing dot removed. @internal */
export function foldToken(s: string): string {
  let out = foldWord(s).replace(/\s+/gu, ' ').trim();
  if (out.endsWith('.')) out = out.slice(0, -1);
  return out;
}

function foldedMap<V>(entries: Iterable<readonly [string, V]>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) map.set(foldWord(k), v);
  return map;
}

const MONTHS = foldedMap(ALL_MONTHS.flatMap((m) => [...m.full, ...m.short].map((w) => [w, m.month] as const)));
const WEEKDAY_MAP = foldedMap(WEEKDAYS.flatMap((w) => [...w.words, ...w.short].map((x) => [x, w.weekday] as const)));
const CARD_ONES = foldedMap(Object.entries(CARDINAL_ONES));
const CARD_OTHER = foldedMap([...Object.entries(CARDINAL_TEENS), ...Object.entries(CARDINAL_TENS)]);
const CARD_TENS = foldedMap(Object.entries(CARDINAL_TENS));
const ORD_ONES = foldedMap(Object.entries(ORDINAL_ONES));
const ORD_OTHER = foldedMap(Object.entries(ORDINAL_OTHER));
const ORD_TENS = foldedMap(Object.entries(ORDINAL_TENS));
const REL_DAYS = foldedMap(Object.entries(RELATIVE_DAYS));
const UNITS = foldedMap(Object.entries(RELATIVE_UNITS));
const COUNTED = foldedMap(Object.entries(RELATIVE_COUNTED_UNITS));
const HALF_SUFFIXES = HALF_SUFFIX_WORDS.map((w) => ` ${foldWord(w)}`);
const SINGULAR: ReadonlySet<string> = new Set(SINGULAR_UNITS.map(foldWord));
const HEDGED_SINGULAR: ReadonlySet<string> = new Set(HEDGED_SINGULAR_UNITS.map(foldWord));

/** @internal */
export function monthNumber(word: string): number | null {
  return MONTHS.get(foldToken(word)) ?? null;
}

/** ISO weekday of a weekday word or abbreviation. @internal */
export function weekdayNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  return WEEKDAY_MAP.get(foldToken(word)) ?? null;
}

/** Day of an ordinal word ("четвёртого", "двадцать первое"). @internal */
export function ordinalDay(words: string): number | null {
  const parts = foldToken(words).split(' ');
  if (parts.length === 1) return ORD_ONES.get(parts[0] ?? '') ?? ORD_OTHER.get(parts[0] ?? '') ?? null;
  const tens = ORD_TENS.get(parts[0] ?? '');
  const ones = ORD_ONES.get(parts[1] ?? '');
  return tens === undefined || ones === undefined ? null : tens + ones;
}

/** Value of a count without "с половиной": digits ("3", "1,5") or words ("трёх", "двадцать пять"). */
function wholeCountValue(folded: string): number | null {
  if (/^\d/u.test(folded)) {
    const n = Number(folded.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  const parts = folded.split(' ');
  if (parts.length === 1) return CARD_ONES.get(parts[0] ?? '') ?? CARD_OTHER.get(parts[0] ?? '') ?? null;
  const tens = CARD_TENS.get(parts[0] ?? '');
  const ones = CARD_ONES.get(parts[1] ?? '');
  return tens === undefined || ones === undefined ? null : tens + ones;
}

/** Value of a count: digits ("3", "1,5") or words ("трёх", "двадцать пять"), with an optional "с половиной" (+0.5). @internal */
export function countValue(text: string): number | null {
  const folded = foldToken(text);
  const half = HALF_SUFFIXES.find((h) => folded.endsWith(h));
  if (half === undefined) return wholeCountValue(folded);
  const whole = wholeCountValue(folded.slice(0, -half.length));
  return whole === null || !Number.isInteger(whole) ? null : whole + 0.5;
}

/** Offset in days of "вчера", "сегодня", … @internal */
export function relativeDayOffset(word: string): number | null {
  return REL_DAYS.get(foldToken(word)) ?? null;
}

/** Kind of a time-unit word ("часов" → hour). @internal */
export function unitKind(word: string): RelativeUnitKind | null {
  return UNITS.get(foldToken(word)) ?? null;
}

/**
 * Whether a unit word means one unit without a count: always ("час", "неделю") or,
 * with `hedged`, also in the genitive ("около часа", "более недели"). @internal
 */
export function isSingularUnit(word: string, hedged: boolean): boolean {
  const folded = foldToken(word);
  return SINGULAR.has(folded) || (hedged && HEDGED_SINGULAR.has(folded));
}

/** A unit word with its own count ("полчаса"). @internal */
export function countedUnit(word: string): { count: number; unit: RelativeUnitKind } | null {
  return COUNTED.get(foldToken(word)) ?? null;
}
