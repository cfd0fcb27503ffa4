/**
 * Relative frequency of the 33 lower-case Russian letters in running news text, per
 * 10,000 letters (rounded figures from public frequency counts of modern Russian prose).
 * Used to choose between windows-1251 and KOI8-R for undeclared single-byte pages: the
 * right charset turns the bytes into common letters, mostly lower case; the wrong one
 * into rare letters and capitals.
 * @internal
 */
export const RUSSIAN_LETTER_FREQUENCY: Readonly<Record<string, number>> = {
  о: 1097, е: 845, а: 801, и: 735, н: 670, т: 626, с: 547, р: 473, в: 454, л: 440,
  к: 349, м: 321, д: 298, п: 281, у: 262, я: 201, ы: 190, ь: 174, г: 170, з: 165,
  б: 159, ч: 144, й: 121, х: 97, ж: 94, ш: 73, ю: 64, ц: 48, щ: 36, э: 32,
  ф: 26, ъ: 4, ё: 4,
};

/** Score weight of a capital letter relative to the same letter in lower case (log scale). */
export const CAPITAL_PENALTY = Math.log(0.08);

/** Score of a byte that decodes to something other than a Russian letter (punctuation, pseudo-graphics). */
export const NON_LETTER_PENALTY = Math.log(0.5);

/**
 * Charset labels seen in the wild on Russian pages that TextDecoder does not know,
 * mapped to the WHATWG label they mean.
 * @internal
 */
export const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  'win-1251': 'windows-1251',
  win1251: 'windows-1251',
  'cp-1251': 'windows-1251',
  'windows1251': 'windows-1251',
  'win-cp1251': 'windows-1251',
  koi8r: 'koi8-r',
  'koi-8r': 'koi8-r',
  'koi-8-r': 'koi8-r',
  'utf-8y': 'utf-8',
};
