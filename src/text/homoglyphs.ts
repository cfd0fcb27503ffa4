/**
 * Latin letters that look like Cyrillic ones, and their Cyrillic twins. Used to repair
 * words such as `Гaзeтa` (Latin a, e) typed or scraped with mixed alphabets.
 */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', A: 'А', B: 'В', c: 'с', C: 'С', e: 'е', E: 'Е', H: 'Н', k: 'к', K: 'К',
  M: 'М', o: 'о', O: 'О', p: 'р', P: 'Р', T: 'Т', x: 'х', X: 'Х', y: 'у', Y: 'У',
};

/** Cyrillic letters that themselves look Latin: they do not prove a word is Russian. */
const AMBIGUOUS_CYRILLIC = new Set(Object.values(LATIN_TO_CYRILLIC));

const WORD = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Turns Latin look-alike letters inside otherwise Cyrillic words into Cyrillic ones.
 * A word is repaired only when it holds at least one unambiguously Cyrillic letter and
 * every Latin letter in it has a Cyrillic twin; Latin words (`Pajero Sport`) are never
 * touched and Cyrillic letters are never turned into Latin ones.
 */
export function repairHomoglyphs(text: string): string {
  if (!LATIN.test(text) || !CYRILLIC.test(text)) return text;
  return text.replace(WORD, (word) => {
    // Most words are in one script: two native scans settle them without a per-letter loop.
    if (!LATIN.test(word) || !CYRILLIC.test(word)) return word;
    let distinctCyrillic = false;
    let latin = 0;
    for (const ch of word) {
      if (CYRILLIC.test(ch)) {
        if (!AMBIGUOUS_CYRILLIC.has(ch)) distinctCyrillic = true;
      } else if (LATIN.test(ch)) {
        if (LATIN_TO_CYRILLIC[ch] === undefined) return word;
        latin++;
      }
    }
    if (!distinctCyrillic || latin === 0) return word;
    let out = '';
    for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
    return out;
  });
}
