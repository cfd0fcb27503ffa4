/**
 * Month vocabulary: every case form and abbreviation of Russian month names, plus the
 * English names used by RFC 2822 and English-language metadata. Data only; the
 * regular soft-stem months are written as stem + case endings.
 * Ё is written where it belongs; matchers treat Ё and Е as one letter.
 * @internal
 */
export interface MonthWords {
  /** 1–12. */
  month: number;
  /** Full forms: nominative, genitive, prepositional (and instrumental / dative where used). */
  full: readonly string[];
  /** Abbreviations, matched with or without a trailing dot. */
  short: readonly string[];
}

/** Case forms of a month with a soft stem ("январ" + ь, я, е, `instrumental`, ю). */
function soft(month: number, stem: string, instrumental: string, short: readonly string[]): MonthWords {
  return { month, full: [`${stem}ь`, `${stem}я`, `${stem}е`, `${stem}${instrumental}`, `${stem}ю`], short };
}

/** @internal */
export const RUSSIAN_MONTHS: readonly MonthWords[] = [
  soft(1, 'январ', 'ём', ['янв']),
  soft(2, 'феврал', 'ём', ['февр', 'фев']),
  { month: 3, full: ['март', 'марта', 'марте', 'мартом', 'марту'], short: ['мар'] },
  soft(4, 'апрел', 'ем', ['апр']),
  { month: 5, full: ['май', 'мая', 'мае', 'маем', 'маю'], short: [] },
  soft(6, 'июн', 'ем', ['июн']),
  soft(7, 'июл', 'ем', ['июл']),
  { month: 8, full: ['август', 'августа', 'августе', 'августом', 'августу'], short: ['авг'] },
  soft(9, 'сентябр', 'ём', ['сент', 'сен']),
  soft(10, 'октябр', 'ём', ['окт']),
  soft(11, 'ноябр', 'ём', ['нояб', 'ноя']),
  soft(12, 'декабр', 'ём', ['дек']),
];

/** English month names (RFC 2822, English metadata); abbreviations are the first three letters ("may" has none, September also "sept"). @internal */
export const ENGLISH_MONTHS: readonly MonthWords[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
].map((name, i) => ({
  month: i + 1,
  full: [name],
  short: name === 'may' ? [] : name === 'september' ? ['sept', 'sep'] : [name.slice(0, 3)],
}));

/** Russian then English months. @internal */
export const ALL_MONTHS: readonly MonthWords[] = [...RUSSIAN_MONTHS, ...ENGLISH_MONTHS];
