import { normalizeText } from '../text/normalize.js';

/**
 * What a block heading opens:
 * - `moreOnEvent` — other stories about the same event ("Ещё новости о событии");
 * - `related` — stories on the same topic ("По теме", "Читайте также");
 * - `sitewide` — the site's own feeds ("Последние новости", "Самое читаемое"): dropped,
 *   they are neither body nor related.
 * @internal
 */
export type BlockHeadingKind = 'moreOnEvent' | 'related' | 'sitewide';

/**
 * Headings that open a more-on-event block, written as they appear (case, `ё`/`е`,
 * spacing and a trailing colon do not matter).
 * @internal
 */
export const MORE_ON_EVENT_HEADINGS: readonly string[] = [
  'Ещё новости о событии',
  'Ещё новости по событию',
  'Ещё по событию',
  'Ещё о событии',
  'Другие новости о событии',
  'Другие новости по событию',
  'Все новости о событии',
  'Все новости по событию',
  'Новости о событии',
  'Новости по событию',
  'Другие материалы о событии',
  'Все материалы о событии',
  'Ещё материалы о событии',
  'Хроника события',
  'Развитие событий',
  'Все новости сюжета',
  'Ещё новости сюжета',
  'Другие новости сюжета',
  'Новости сюжета',
  'Материалы сюжета',
];

/**
 * Headings that open a related block ("По теме" and its many spellings).
 * @internal
 */
export const RELATED_HEADINGS: readonly string[] = [
  'По теме',
  'Ещё по теме',
  'Также по теме',
  'Читайте также',
  'Читайте ещё',
  'Читайте по теме',
  'Читайте также по теме',
  'Также читайте',
  'Читать также',
  'Читать ещё',
  'Ещё читайте',
  'Новости по теме',
  'Ещё новости по теме',
  'Другие новости по теме',
  'Все новости по теме',
  'Материалы по теме',
  'Ещё материалы по теме',
  'Другие материалы по теме',
  'Публикации по теме',
  'Статьи по теме',
  'Ссылки по теме',
  'Связанные новости',
  'Связанные материалы',
  'Связанные статьи',
  'Похожие новости',
  'Похожие материалы',
  'Похожие статьи',
  'Похожие публикации',
  'Смотрите также',
  'См. также',
  'Смотри также',
  'Рекомендуем',
  'Рекомендуем прочитать',
  'Рекомендуем почитать',
  'Рекомендуем также',
  'Вам может быть интересно',
  'Вам также может быть интересно',
  'Вас может заинтересовать',
  'Вас также может заинтересовать',
  'Вам может понравиться',
  'Вам также может понравиться',
  'Это может быть интересно',
  'Может быть интересно',
  'Интересное по теме',
  'Другие материалы рубрики',
  'Ещё на эту тему',
  'На эту тему',
  'Ранее по теме',
];

/**
 * Headings of site-wide feeds, which are dropped (they are neither body nor related).
 * @internal
 */
export const SITEWIDE_HEADINGS: readonly string[] = [
  'Последние новости',
  'Свежие новости',
  'Новые материалы',
  'Последние материалы',
  'Самое читаемое',
  'Самое популярное',
  'Самое обсуждаемое',
  'Самое интересное',
  'Самые читаемые',
  'Самые популярные',
  'Читаемое',
  'Обсуждаемое',
  'Сейчас читают',
  'Популярное',
  'Популярные новости',
  'Популярные материалы',
  'Популярные статьи',
  'Новости партнёров',
  'Новости партнёра',
  'Партнёрские новости',
  'Партнёрские материалы',
  'Материалы партнёров',
  'Главное',
  'Главное за день',
  'Главное за неделю',
  'Главные новости',
  'Главные новости дня',
  'Лента новостей',
  'Новости дня',
  'Новости часа',
  'Выбор редакции',
  'Выбор читателей',
  'Топ новостей',
  'Актуально',
  'Актуальное',
  'Актуальные новости',
  'Другие новости',
  'Другие новости раздела',
  'Все новости',
  'Все новости раздела',
  'Новости раздела',
  'Новости компаний',
  'Новости региона',
  'Новости России',
  'Новости мира',
  'Архив новостей',
];

/** Longest key worth looking up; longer lines are never headings. */
const MAX_HEADING_LENGTH = 80;

/**
 * The lookup key of a heading: normalized (white space, invisibles, homoglyphs),
 * lower case, `ё` → `е`, leading and trailing punctuation and symbols removed.
 * Returns `''` for a line too long to be a heading. Pass `isNormalized` when `text` has
 * already been through `normalizeText`, to skip doing it again.
 * @internal
 */
export function headingKey(text: string, isNormalized = false): string {
  // Cheap length guard before normalizing: a heading is short even with noise around it.
  if (text.length > MAX_HEADING_LENGTH * 4) return '';
  const normalized = isNormalized ? text : normalizeText(text);
  if (normalized.length > MAX_HEADING_LENGTH) return '';
  let start = 0;
  let end = normalized.length;
  while (start < end && !WORD_CHAR.test(normalized.charAt(start))) start++;
  while (end > start && !WORD_CHAR.test(normalized.charAt(end - 1))) end--;
  return normalized.slice(start, end).toLowerCase().replaceAll('ё', 'е');
}

/** Letters (Latin, Cyrillic) and digits keep their place at the edge of a heading. */
const WORD_CHAR = /[0-9A-Za-z\u0400-\u052f]/u;

function buildIndex(): ReadonlyMap<string, BlockHeadingKind> {
  const index = new Map<string, BlockHeadingKind>();
  const add = (list: readonly string[], kind: BlockHeadingKind) => {
    for (const heading of list) index.set(headingKey(heading), kind);
  };
  add(SITEWIDE_HEADINGS, 'sitewide');
  add(RELATED_HEADINGS, 'related');
  add(MORE_ON_EVENT_HEADINGS, 'moreOnEvent');
  return index;
}

/** Immutable lookup table built once from the lists above. */
const HEADING_INDEX = buildIndex();

/**
 * Says whether a whole line or element text is an aggregator block heading, and of which
 * block. Case-, `ё`- and white-space-insensitive; a trailing colon or other punctuation
 * (and leading bullets or arrows) are ignored. The whole text must be the heading: a
 * headline that merely starts with "Еще" is not one.
 *
 * @param isNormalized - true when `text` already went through `normalizeText` (skips it).
 * @returns the block kind, or `null` when the text is not a known heading.
 *
 * @example
 * ```ts
 * classifyHeading('Ещё новости о событии:'); //=> 'moreOnEvent'
 * classifyHeading('ЧИТАЙТЕ ТАКЖЕ');          //=> 'related'
 * classifyHeading('Самое читаемое');          //=> 'sitewide'
 * classifyHeading('Еще одна новость');        //=> null
 * ```
 * @internal
 */
export function classifyHeading(text: string, isNormalized = false): BlockHeadingKind | null {
  const key = headingKey(text, isNormalized);
  if (key === '') return null;
  return HEADING_INDEX.get(key) ?? null;
}
