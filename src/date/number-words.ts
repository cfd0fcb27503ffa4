/**
 * Number vocabulary: cardinal words in the cases used before time units
 * ("трёх часов назад", "пять минут назад") and ordinal day words
 * ("четвёртого декабря", "двадцать первое мая"). Data only; regular forms are
 * written as stem + endings.
 * @internal
 */

/** Cardinal words 1–9 (and "полтора" = 1.5) that may follow a tens word. @internal */
export const CARDINAL_ONES: Readonly<Record<string, number>> = {
  один: 1, одна: 1, одну: 1, одного: 1, одной: 1,
  два: 2, две: 2, двух: 2, двое: 2, пару: 2, пара: 2,
  три: 3, трёх: 3, трое: 3,
  четыре: 4, четырёх: 4, четверо: 4,
  пять: 5, пяти: 5, пятеро: 5,
  шесть: 6, шести: 6, шестеро: 6,
  семь: 7, семи: 7, семеро: 7,
  восемь: 8, восьми: 8,
  девять: 9, девяти: 9,
};

/** Stems of 10–19 ("десят", "одиннадцат", …): cardinals add ь / и, ordinals ого / ое. */
const TEEN_STEMS = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];

/** Each stem with each ending, worth `values[i]` (stems in order, endings in order within a stem). */
function inflected(stems: readonly string[], endings: readonly string[], values: readonly number[]): Record<string, number> {
  return Object.fromEntries(stems.flatMap((stem, i) => endings.map((e) => [stem + e, values[i] as number])));
}

const TEENS = TEEN_STEMS.map((_, i) => 10 + i);

/** Cardinal words 10–19 ("десять", "десяти") and other stand-alone counts. @internal */
export const CARDINAL_TEENS: Readonly<Record<string, number>> = {
  ...inflected(TEEN_STEMS, ['ь', 'и'], TEENS),
  полтора: 1.5, полторы: 1.5, полутора: 1.5,
};

/** Tens words, alone or followed by a {@link CARDINAL_ONES} word. @internal */
export const CARDINAL_TENS: Readonly<Record<string, number>> = {
  двадцать: 20, двадцати: 20,
  тридцать: 30, тридцати: 30,
  сорок: 40, сорока: 40,
  пятьдесят: 50, пятидесяти: 50,
  шестьдесят: 60, шестидесяти: 60,
  семьдесят: 70, семидесяти: 70,
  восемьдесят: 80, восьмидесяти: 80,
  девяносто: 90, девяноста: 90,
};

/** Words after a count that add one half: "два с половиной часа", "трёх с половиной лет". @internal */
export const HALF_SUFFIX_WORDS: readonly string[] = ['с половиной'];

/** Ordinal day words 1–9, in the genitive and nominative neuter ("первого", "первое"). @internal */
export const ORDINAL_ONES: Readonly<Record<string, number>> = {
  ...inflected(['перв', 'втор'], ['ого', 'ое'], [1, 2]),
  третьего: 3, третье: 3,
  ...inflected(['четвёрт', 'пят', 'шест', 'седьм', 'восьм', 'девят'], ['ого', 'ое'], [4, 5, 6, 7, 8, 9]),
};

/** Ordinal day words 10–31 that stand alone ("десятого", "тридцатое"). @internal */
export const ORDINAL_OTHER: Readonly<Record<string, number>> = inflected([...TEEN_STEMS, 'двадцат', 'тридцат'], ['ого', 'ое'], [...TEENS, 20, 30]);

/** Tens that combine with {@link ORDINAL_ONES}: "двадцать первого", "тридцать первое". @internal */
export const ORDINAL_TENS: Readonly<Record<string, number>> = {
  двадцать: 20,
  тридцать: 30,
};
