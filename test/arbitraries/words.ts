import fc from 'fast-check';

/**
 * Small vocabulary for generated Russian news text: our own words, chosen to exercise
 * the parser (dates, abbreviations, quotes, dashes, numbers, Latin model names), not
 * taken from any page.
 */
export const NOUNS = [
  'губернатор', 'мэр', 'депутаты', 'жители', 'школа', 'мост', 'дорога', 'больница', 'завод', 'парк',
  'библиотека', 'полиция', 'суд', 'область', 'район', 'село', 'театр', 'команда', 'выставка', 'фестиваль',
  'комиссия', 'бюджет', 'трамвай', 'стадион', 'площадь', 'набережная', 'музей', 'пожарные', 'врачи', 'водители',
];
export const VERBS = [
  'открыли', 'закрыли', 'обсудили', 'построили', 'отремонтировали', 'наградили', 'провели', 'объявили',
  'перенесли', 'запустили', 'проверили', 'подписали', 'выбрали', 'представили', 'рассказали', 'сообщили',
];
export const ADJECTIVES = [
  'новый', 'старый', 'городской', 'областной', 'калужский', 'тульский', 'большой', 'зимний', 'летний',
  'ремонтный', 'муниципальный', 'региональный', 'детский', 'культурный', 'транспортный',
];
export const PLACES = ['в Калуге', 'в Туле', 'в Обнинске', 'в Брянске', 'в Орле', 'в Смоленске', 'на Оке', 'в селе Липицы'];
export const EXTRAS = [
  '24 ноября', 'в 2019 году', '4 декабря 2017 г.', 'вчера', '13-ом заседании', '1,5 млн рублей', 'со счётом 3:1',
  'модель Pajero Sport', 'ул. Ленина', 'им. Н.Н. Ремизова', '«Мицубиши Моторс»', 'на 15%', 'с 10 по 12 июля',
  'тел. 8 (4842) 55-12-34', 'Су-35', '23:16 04.12.2017', '— сказал он', 'т.е.', '…',
];
export const SOURCES = [
  'Калужский вестник', 'Городской портал', 'Новости Тулы', 'Газета Обнинск', 'Радио Ока', 'Вести региона',
  'Администрация района', 'Пресс-служба суда', 'Библиотека им. А.С. Пушкина', 'Областное ТВ',
];
export const CITIES = ['Калуга', 'Тула', 'Обнинск', 'Брянск', 'Орёл', 'Смоленск', 'Киров', 'Липецк'];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NOUNS) },
  { weight: 3, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 3, arbitrary: fc.constantFrom(...ADJECTIVES) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 1, arbitrary: fc.constantFrom(...EXTRAS) },
);

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A phrase of `min`–`max` words, capitalized, without final punctuation. */
export function phrase(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(word, { minLength: min, maxLength: max }).map((ws) => capitalize(ws.join(' ')));
}

/** One sentence ending with `.`, `!`, `?` or `…`. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(phrase(3, 12), fc.constantFrom('.', '.', '.', '!', '?', '…'))
  .map(([p, end]) => p + end);

/** A paragraph of 1–4 sentences. */
export const paragraph: fc.Arbitrary<string> = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** A headline: a phrase with no final period. */
export const headline: fc.Arbitrary<string> = phrase(3, 10);

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A valid calendar date and time as parts. */
export const dateParts = fc
  .record({
    y: fc.integer({ min: 2005, max: 2025 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    hh: fc.integer({ min: 0, max: 23 }),
    mm: fc.integer({ min: 0, max: 59 }),
  });

/** `HH:mm dd.mm.yyyy` */
export const timeThenDate = dateParts.map(({ y, m, d, hh, mm }) => `${pad2(hh)}:${pad2(mm)} ${pad2(d)}.${pad2(m)}.${y}`);
/** `dd.mm.yyyy HH:mm` */
export const dateThenTime = dateParts.map(({ y, m, d, hh, mm }) => `${pad2(d)}.${pad2(m)}.${y} ${pad2(hh)}:${pad2(mm)}`);
