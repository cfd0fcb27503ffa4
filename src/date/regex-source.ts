import { escapeRegex } from '../text/escape-regex.js';

/**
 * Builds regex sources from vocabulary lists: longest alternative first, Ё and Е
 * interchangeable, regex metacharacters escaped.
 * @internal
 */

/** Escapes `s` for a regex source, makes е/ё match each other and a space match 1–4 whitespace characters. @internal */
export function wordSource(word: string): string {
  return escapeRegex(word.toLowerCase())
    .replace(/[её]/g, '[её]')
    .replace(/ /g, '\\s+');
}

/** A non-capturing alternation of the words, longest first. @internal */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map(wordSource).join('|')})`;
}

/** Lower-cases and folds ё to е, for vocabulary look-ups. @internal */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}
