/**
 * Number vocabulary: cardinal words in the cases used before time units
 * ("трёх часов назад", "пять минут назад") and ordinal day words
 * ("четвёртого декабря", "двадцать первое мая"). Data only.
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

/** Cardinal words 10–19 and other stand-alone counts. @internal */
export const CARDINAL_TEENS: Readonly<Record<string, number>> = {
  десять: 10, десяти: 10,
  одиннадцать: 11, одиннадцати: 11,
  двенадцать: 12, двенадцати: 12,
  тринадцать: 13, тринадцати: 13,
  четырнадцать: 14, четырнадцати: 14,
  пятнадцать: 15, пятнадцати: 15,
  шестнадцать: 16, шестнадцати: 16,
  семнадцать: 17, семнадцати: 17,
  восемнадцать: 18, восемнадцати: 18,
  девятнадцать: 19, девятнадцати: 19,
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
  первого: 1, первое: 1,
  второго: 2, второе: 2,
  третьего: 3, третье: 3,
  четвёртого: 4, четвёртое: 4,
  пятого: 5, пятое: 5,
  шестого: 6, шестое: 6,
  седьмого: 7, седьмое: 7,
  восьмого: 8, восьмое: 8,
  девятого: 9, девятое: 9,
};

/** Ordinal day words 10–31 that stand alone. @internal */
export const ORDINAL_OTHER: Readonly<Record<string, number>> = {
  десятого: 10, десятое: 10,
  одиннадцатого: 11, одиннадцатое: 11,
  двенадцатого: 12, двенадцатое: 12,
  тринадцатого: 13, тринадцатое: 13,
  четырнадцатого: 14, четырнадцатое: 14,
  пятнадцатого: 15, пятнадцатое: 15,
  шестнадцатого: 16, шестнадцатое: 16,
  семнадцатого: 17, семнадцатое: 17,
  восемнадцатого: 18, восемнадцатое: 18,
  девятнадцатого: 19, девятнадцатое: 19,
  двадцатого: 20, двадцатое: 20,
  тридцатого: 30, тридцатое: 30,
};

/** Tens that combine with {@link ORDINAL_ONES}: "двадцать первого", "тридцать первое". @internal */
export const ORDINAL_TENS: Readonly<Record<string, number>> = {
  двадцать: 20,
  тридцать: 30,
};
