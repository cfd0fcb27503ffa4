/**
 * Relative-date vocabulary: day words ("вчера"), time units with the size of one unit
 * ("часов" = 60 minutes), hedges ("около") and "только что". Data only.
 * @internal
 */

/** Day words and their offset in calendar days from today. @internal */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  позапозавчера: -3,
  позавчера: -2,
  вчера: -1,
  сегодня: 0,
  завтра: 1,
  послезавтра: 2,
};

/** What one unit of a relative expression measures. @internal */
export type RelativeUnitKind = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Time-unit words of each kind (forms after numbers; abbreviations with optional dot). */
const UNIT_WORDS: Readonly<Record<RelativeUnitKind, readonly string[]>> = {
  second: ['секунду', 'секунды', 'секунд', 'сек'],
  minute: ['минуту', 'минуты', 'минут', 'мин'],
  hour: ['час', 'часа', 'часов', 'ч'],
  day: ['день', 'дня', 'дней', 'сутки', 'суток'],
  week: ['неделю', 'недели', 'недель', 'нед'],
  month: ['месяц', 'месяца', 'месяцев', 'мес'],
  year: ['год', 'года', 'лет'],
};

/** Time-unit words and their kind. @internal */
export const RELATIVE_UNITS: Readonly<Record<string, RelativeUnitKind>> = Object.fromEntries(
  Object.entries(UNIT_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as RelativeUnitKind])),
);

/** Unit words that carry their own count: "полчаса" = 30 minutes. @internal */
export const RELATIVE_COUNTED_UNITS: Readonly<Record<string, { count: number; unit: RelativeUnitKind }>> = {
  полчаса: { count: 30, unit: 'minute' },
  получаса: { count: 30, unit: 'minute' },
  полминуты: { count: 30, unit: 'second' },
  полуминуты: { count: 30, unit: 'second' },
  полгода: { count: 6, unit: 'month' },
  полугода: { count: 6, unit: 'month' },
};

/** Unit words that mean one unit without a count: "час назад", "неделю назад". @internal */
export const SINGULAR_UNITS: readonly string[] = ['секунду', 'минуту', 'час', 'день', 'сутки', 'неделю', 'месяц', 'год'];

/**
 * Genitive unit words that mean one unit without a count only after a hedge:
 * "около часа назад", "более недели назад" (but not a bare "часа назад").
 * @internal
 */
export const HEDGED_SINGULAR_UNITS: readonly string[] = ['секунды', 'минуты', 'часа', 'дня', 'суток', 'недели', 'месяца', 'года'];

/** "более", "менее", "больше", "меньше": hedges alone and after "не", "чуть" ("не более", "чуть меньше"). */
const COMPARATIVES = ['более', 'менее', 'больше', 'меньше'];

/** Hedges that may precede a count ("около трёх часов назад"). @internal */
export const HEDGE_WORDS: readonly string[] = [
  'около', 'примерно', 'приблизительно', 'почти', ...COMPARATIVES, 'уже', 'всего', 'лишь',
  'порядка', 'свыше', 'где-то', ...COMPARATIVES.map((w) => `не ${w}`),
  ...COMPARATIVES.map((w) => `чуть ${w}`), 'немногим более', 'немногим менее',
];

/** "Just now" phrases. @internal */
export const JUST_NOW_WORDS: readonly string[] = ['только что', 'только-что', 'прямо сейчас'];

/** Cue words after a bare year ("в 2019 году") or a year range ("в 2016–2017 годах", "1991-1995 гг."). @internal */
export const YEAR_CUE_WORDS: readonly string[] = ['году', 'года', 'год', 'годах', 'годы', 'годов', 'гг.', 'гг', 'г.г.', 'г.', 'г'];

/** Zone words that mean Moscow time after a clock time. @internal */
export const MOSCOW_ZONE_WORDS: readonly string[] = ['мск', 'msk', 'по московскому времени', 'по москве', 'по мск'];

/** Zone words that mean the local (configured) zone after a clock time. @internal */
export const LOCAL_ZONE_WORDS: readonly string[] = ['по местному времени', 'местного времени', 'местное время'];
