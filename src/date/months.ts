/**
 * Month vocabulary: every case form and abbreviation of Russian month names, plus the
 * English names used by RFC 2822 and English-language metadata. Data only.
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

/** @internal */
export const RUSSIAN_MONTHS: readonly MonthWords[] = [
  { month: 1, full: ['январь', 'января', 'январе', 'январём', 'январю'], short: ['янв'] },
  { month: 2, full: ['февраль', 'февраля', 'феврале', 'февралём', 'февралю'], short: ['февр', 'фев'] },
  { month: 3, full: ['март', 'марта', 'марте', 'мартом', 'марту'], short: ['мар'] },
  { month: 4, full: ['апрель', 'апреля', 'апреле', 'апрелем', 'апрелю'], short: ['апр'] },
  { month: 5, full: ['май', 'мая', 'мае', 'маем', 'маю'], short: [] },
  { month: 6, full: ['июнь', 'июня', 'июне', 'июнем', 'июню'], short: ['июн'] },
  { month: 7, full: ['июль', 'июля', 'июле', 'июлем', 'июлю'], short: ['июл'] },
  { month: 8, full: ['август', 'августа', 'августе', 'августом', 'августу'], short: ['авг'] },
  { month: 9, full: ['сентябрь', 'сентября', 'сентябре', 'сентябрём', 'сентябрю'], short: ['сент', 'сен'] },
  { month: 10, full: ['октябрь', 'октября', 'октябре', 'октябрём', 'октябрю'], short: ['окт'] },
  { month: 11, full: ['ноябрь', 'ноября', 'ноябре', 'ноябрём', 'ноябрю'], short: ['нояб', 'ноя'] },
  { month: 12, full: ['декабрь', 'декабря', 'декабре', 'декабрём', 'декабрю'], short: ['дек'] },
];

/** English month names (RFC 2822, English metadata). @internal */
export const ENGLISH_MONTHS: readonly MonthWords[] = [
  { month: 1, full: ['january'], short: ['jan'] },
  { month: 2, full: ['february'], short: ['feb'] },
  { month: 3, full: ['march'], short: ['mar'] },
  { month: 4, full: ['april'], short: ['apr'] },
  { month: 5, full: ['may'], short: [] },
  { month: 6, full: ['june'], short: ['jun'] },
  { month: 7, full: ['july'], short: ['jul'] },
  { month: 8, full: ['august'], short: ['aug'] },
  { month: 9, full: ['september'], short: ['sept', 'sep'] },
  { month: 10, full: ['october'], short: ['oct'] },
  { month: 11, full: ['november'], short: ['nov'] },
  { month: 12, full: ['december'], short: ['dec'] },
];

/** Russian then English months. @internal */
export const ALL_MONTHS: readonly MonthWords[] = [...RUSSIAN_MONTHS, ...ENGLISH_MONTHS];
