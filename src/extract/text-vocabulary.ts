/**
 * Vocabulary of the aggregator plain-text format: labels, separators and the
 * abbreviations that do not end a sentence. Data only.
 * @internal
 */

/** Labels of the trailer line that names the source (`Источник: Name`), lower case, `ё` → `е`. */
export const SOURCE_LABELS: readonly string[] = ['источник', 'первоисточник', 'источник новости', 'источник информации'];

/**
 * Separators between a related item's title and its source (`Title - Source Snippet`), and
 * between a more-on-event item's source and city (`Source - City`). Spaced hyphen, en and
 * em dashes.
 */
export const ITEM_SEPARATORS: readonly string[] = [' - ', ' – ', ' — '];

/**
 * Lower-case words that end with a period without ending a sentence (`г. Калуга`,
 * `им. Ремизова`, `ул. Ленина`). Words made of single letters between periods (`г`, `т.е`,
 * `н.э`, initials) are handled apart, before this set is read, so none is listed.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'гг', 'им', 'ул', 'пр', 'просп', 'пер', 'пл', 'наб', 'кв', 'корп', 'стр', 'обл', 'р-н', 'р-на',
  'пос', 'дер', 'ст', 'мкр', 'пгт', 'тыс', 'млн', 'млрд', 'руб', 'коп', 'долл', 'см', 'рис', 'табл',
  'напр', 'др', 'проф', 'акад', 'доц', 'зам', 'нач', 'ген', 'св', 'ок', 'вв',
  'янв', 'фев', 'февр', 'мар', 'апр', 'авг', 'сен', 'сент', 'окт', 'нояб', 'дек', 'мин', 'сек', 'кг', 'км',
]);

/** A line that is only a link. */
export const URL_LINE = /^https?:\/\/\S+$/u;

/** Longest title derived from a first sentence, in characters (SPEC: "at most ~200"). */
export const DERIVED_TITLE_MAX = 200;

/** A first line longer than this is a body paragraph, not a title. */
export const TITLE_LINE_MAX = 250;
