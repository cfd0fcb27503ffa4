import { trimEndChars } from './trim-chars.js';
import { DERIVED_TITLE_MAX, NON_FINAL_ABBREVIATIONS, TITLE_LINE_MAX } from './text-vocabulary.js';

const SENTENCE_END = '.!?…';
const CLOSING = '»"”)’\'';
/** Characters that may open a new sentence after a sentence end and a space. */
const SENTENCE_START = /[\p{Lu}\p{N}«"„“(—–-]/u;

/**
 * Says whether the first line of a dump is its title rather than a body paragraph: a
 * title is at most {@link TITLE_LINE_MAX} characters and is not several sentences
 * ending with a period.
 * @internal
 */
export function isTitleLine(text: string): boolean {
  if (text.length > TITLE_LINE_MAX) return false;
  const last = text.charAt(text.length - 1);
  if (last !== '.' && last !== '…') return true;
  const end = firstSentenceEnd(text, text.length);
  return end === -1 || end >= text.length;
}

/**
 * The offset just past the end of the first sentence of `text` (closing quotes
 * included), looking no further than `limit` characters; `-1` when no sentence ends there.
 * Periods after initials (`Н.Н.`) and common abbreviations (`г.`, `им.`, `ул.`) do not
 * end a sentence.
 * @internal
 */
export function firstSentenceEnd(text: string, limit: number): number {
  const stop = Math.min(text.length, limit);
  for (let i = 0; i < stop; i++) {
    const ch = text.charAt(i);
    if (!SENTENCE_END.includes(ch)) continue;
    let j = i + 1;
    while (j < text.length && (SENTENCE_END.includes(text.charAt(j)) || CLOSING.includes(text.charAt(j)))) j++;
    if (j >= text.length) return text.length;
    // No new sentence after it, or the period of an abbreviation: read on from j.
    if (text.charAt(j) !== ' ' || !SENTENCE_START.test(text.charAt(j + 1)) || (ch === '.' && isAbbreviationBefore(text, i))) {
      i = j - 1;
      continue;
    }
    return j;
  }
  return -1;
}

/** True when the word ending at the period `dot` is an initial or a known abbreviation. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 20 && text.charAt(start - 1) !== ' ') start--;
  const word = text.slice(start, dot).replace(/^[«"„“(]+/u, '');
  if (word === '') return false;
  const parts = word.split('.');
  if (parts.every((p) => p.length <= 1) && /\p{L}/u.test(word)) return true; // initials: "А", "Н.Н"
  return NON_FINAL_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Derives a title from the first paragraph of a dump that has no title line: its first
 * sentence without the final period, or, when that sentence is longer than
 * {@link DERIVED_TITLE_MAX}, its first words up to that length followed by `…`.
 * @internal
 */
export function deriveTitle(paragraph: string): string {
  const end = firstSentenceEnd(paragraph, DERIVED_TITLE_MAX + 1);
  if (end !== -1 && end <= DERIVED_TITLE_MAX + 1) {
    const sentence = paragraph.slice(0, end).trim();
    return sentence.endsWith('.') && !sentence.endsWith('..') ? sentence.slice(0, -1) : sentence;
  }
  if (paragraph.length <= DERIVED_TITLE_MAX) return paragraph;
  const cut = paragraph.lastIndexOf(' ', DERIVED_TITLE_MAX);
  const head = paragraph.slice(0, cut > DERIVED_TITLE_MAX / 2 ? cut : DERIVED_TITLE_MAX);
  const trimmed = trimEndChars(head, ' ,;:–—-');
  return `${trimmed}…`;
}
