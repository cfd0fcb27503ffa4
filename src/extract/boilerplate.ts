import {
  CHROME_LINES,
  LEGAL_FRAGMENTS,
  BOILERPLATE_FRAGMENTS,
  BOILERPLATE_PREFIXES,
  DATE_LINE_WORDS,
  SOURCE_PREFIXES,
} from './boilerplate-phrases.js';
import { escapeRegex } from '../text/escape-regex.js';
import { LEAD_HINTS, NEGATIVE_HINTS, POSITIVE_HINTS, RELATED_HINTS, STRONG_POSITIVE_HINTS } from './boilerplate-hints.js';

/** Blocks up to this length are checked against {@link BOILERPLATE_FRAGMENTS}. */
const SHORT_BLOCK = 140;

const WS = /\s+/g;
/** White space that {@link phraseKey} must rewrite (any `\s` but a lone inner space). */
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;
const LETTER_RUN = /[\p{L}]+/gu;
const HAS_DIGIT = /\p{N}/u;

/** One linear-time alternation of literals (regex metacharacters escaped). @internal */
export function literalRegex(list: readonly string[], flags = ''): RegExp {
  return new RegExp(list.map(escapeRegex).join('|'), flags);
}

const NEGATIVE = literalRegex(NEGATIVE_HINTS);
const POSITIVE = literalRegex(POSITIVE_HINTS);
const STRONG_POSITIVE = literalRegex(STRONG_POSITIVE_HINTS);
const RELATED = literalRegex(RELATED_HINTS);
const LEAD = literalRegex(LEAD_HINTS);
const DATE_WORDS = new Set(DATE_LINE_WORDS);
const CHROME_LINE_SET = new Set(CHROME_LINES);

/** The matching key of a block: lower case, `ё` → `е`, single spaces. @internal */
export function phraseKey(text: string): string {
  let key = text.toLowerCase();
  if (key.includes('ё')) key = key.replaceAll('ё', 'е');
  return NEEDS_COLLAPSE.test(key) ? key.replace(WS, ' ').trim() : key;
}

/** Class/id hint of an element: 1 body-like, -1 chrome, 0 neither. @internal */
export function classHint(hints: string): -1 | 0 | 1 {
  return STRONG_POSITIVE.test(hints) ? 1 : NEGATIVE.test(hints) ? -1 : POSITIVE.test(hints) ? 1 : 0;
}

/** True when class/id names a related-stories block. @internal */
export function isRelatedHint(hints: string): boolean {
  return hints !== '' && RELATED.test(hints) && !STRONG_POSITIVE.test(hints);
}

/** True when class/id names a lead / announce element. @internal */
export function isLeadHint(hints: string): boolean {
  return hints !== '' && LEAD.test(hints);
}

/**
 * True when a body block is page chrome by its wording: credits, subscribe prompts,
 * comment and rating widgets, error-report prompts, copyright lines.
 * @internal
 */
export function isBoilerplateText(key: string): boolean {
  if (key.length <= 40 && CHROME_LINE_SET.has(stripEnds(key))) return true;
  for (const prefix of BOILERPLATE_PREFIXES) {
    // A prefix ending in a letter must end a word there ("фото:" vs "фотограф"); at the end of the key, charAt gives '', not a letter.
    if (key.startsWith(prefix) && (!isLetter(key.charAt(prefix.length)) || !isLetter(prefix.charAt(prefix.length - 1)))) return true;
  }
  if (key.length <= SHORT_BLOCK) {
    for (const fragment of BOILERPLATE_FRAGMENTS) if (key.includes(fragment)) return true;
  }
  return false;
}

/** True for copyright and publisher's legal lines ("© 2012 …", "Все права защищены", registration numbers). @internal */
export function isLegalText(key: string): boolean {
  for (const fragment of LEGAL_FRAGMENTS) if (key.includes(fragment)) return true;
  return false;
}

/**
 * The source named by a credit line ("Источник: РИА Новости" → "РИА Новости"), or
 * `null` when the block is not one.
 * @internal
 */
export function sourceCredit(text: string): string | null {
  if (text.length > 120) return null;
  const key = phraseKey(text);
  for (const prefix of SOURCE_PREFIXES) {
    const at = key.indexOf(prefix);
    // At the start, or inside a short meta row ("Новости 0 Источник: Valve").
    if (at === 0 || (at > 0 && key.length <= 80 && !isLetter(key.charAt(at - 1)))) {
      const name = text.slice(text.length - (key.length - at - prefix.length)).trim().replace(/^[\s:—–-]+/, '');
      return name === '' ? null : name;
    }
  }
  return null;
}

/**
 * True for a short line that only states a date, a time, a view counter or the like
 * ("12 мая 2017, 14:05", "Сегодня в 10:15", "Обновлено: 12.05.2017").
 * @internal
 */
export function isDateLine(key: string): boolean {
  if (key.length > 60 || !HAS_DIGIT.test(key)) return false;
  for (const m of key.matchAll(LETTER_RUN)) {
    if (!DATE_WORDS.has(m[0])) return false;
  }
  return true;
}

/** A key without the counters and punctuation around it ("комментарии (3):" → "комментарии"). */
function stripEnds(key: string): string {
  let start = 0;
  let end = key.length;
  while (start < end && !isLetter(key.charAt(start))) start++;
  while (end > start && !isLetter(key.charAt(end - 1))) end--;
  return key.slice(start, end);
}

/** True for a cased letter ('' and caseless characters are not). */
function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}
