/**
 * Month vocabulary: every case form and abbreviation of Russian month names, plus the
 * English names used by RFC 2822 and English-language metadata. Data only; regular
 * case forms are written as stem + endings, English abbreviations as the name's first letters.
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

/** Case forms of a month with a soft stem: "январ" + ь, я, е, `instrumental` (ём / ем), ю. */
const soft = (stem: string, instrumental: string): string[] => [`${stem}ь`, `${stem}я`, `${stem}е`, `${stem}${instrumental}`, `${stem}ю`];
/** Case forms of a month with a hard stem: "март", "марта", "марте", "мартом", "марту". */
const hard = (stem: string): string[] => [stem, `${stem}а`, `${stem}е`, `${stem}ом`, `${stem}у`];

/** Russian months, January first: full forms and abbreviations. @internal */
export const RUSSIAN_MONTHS: readonly MonthWords[] = (
  [
    [soft('январ', 'ём'), ['янв']],
    [soft('феврал', 'ём'), ['февр', 'фев']],
    [hard('март'), ['мар']],
    [soft('апрел', 'ем'), ['апр']],
    [['май', 'мая', 'мае', 'маем', 'маю'], []],
    [soft('июн', 'ем'), ['июн']],
    [soft('июл', 'ем'), ['июл']],
    [hard('август'), ['авг']],
    [soft('сентябр', 'ём'), ['сент', 'сен']],
    [soft('октябр', 'ём'), ['окт']],
    [soft('ноябр', 'ём'), ['нояб', 'ноя']],
    [soft('декабр', 'ём'), ['дек']],
  ] as const
).map(([full, short], i) => ({ month: i + 1, full, short }));

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
