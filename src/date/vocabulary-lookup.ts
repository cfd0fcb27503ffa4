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

/** One map of the words of all `records`, keys folded with {@link foldWord}. */
function foldedMap<V>(...records: Readonly<Record<string, V>>[]): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const record of records) for (const [k, v] of Object.entries(record)) map.set(foldWord(k), v);
  return map;
}

const MONTHS = foldedMap(Object.fromEntries(ALL_MONTHS.flatMap((m) => [...m.full, ...m.short].map((w) => [w, m.month]))));
const WEEKDAY_MAP = foldedMap(Object.fromEntries(WEEKDAYS.flatMap((w) => [...w.words, ...w.short].map((x) => [x, w.weekday]))));
const CARD_ONES = foldedMap(CARDINAL_ONES);
const CARD_OTHER = foldedMap(CARDINAL_TEENS, CARDINAL_TENS);
const CARD_TENS = foldedMap(CARDINAL_TENS);
const ORD_ONES = foldedMap(ORDINAL_ONES);
const ORD_OTHER = foldedMap(ORDINAL_OTHER);
const ORD_TENS = foldedMap(ORDINAL_TENS);
const REL_DAYS = foldedMap(RELATIVE_DAYS);
const UNITS = foldedMap(RELATIVE_UNITS);
const COUNTED = foldedMap(RELATIVE_COUNTED_UNITS);
const HALF_SUFFIXES = HALF_SUFFIX_WORDS.map((w) => ` ${foldWord(w)}`);
const SINGULAR: ReadonlySet<string> = new Set(SINGULAR_UNITS.map(foldWord));
const HEDGED_SINGULAR: ReadonlySet<string> = new Set(HEDGED_SINGULAR_UNITS.map(foldWord));

/**
 * Value of a number in words: one word of `ones` or `other`, or a `tens` word and a `ones`
 * word ("двадцать первое", "двадцать пять").
 */
function wordsValue(folded: string, ones: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>, tens: ReadonlyMap<string, number>): number | null {
  const [a = '', b] = folded.split(' ');
  if (b === undefined) return ones.get(a) ?? other.get(a) ?? null;
  const t = tens.get(a);
  const o = ones.get(b);
  return t === undefined || o === undefined ? null : t + o;
}

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
  return wordsValue(foldToken(words), ORD_ONES, ORD_OTHER, ORD_TENS);
}

/** Value of a count without "с половиной": digits ("3", "1,5") or words ("трёх", "двадцать пять"). */
function wholeCountValue(folded: string): number | null {
  if (/^\d/u.test(folded)) {
    const n = Number(folded.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return wordsValue(folded, CARD_ONES, CARD_OTHER, CARD_TENS);
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
