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
 * Headings that open a more-on-event block. The lists below are written as lookup keys
 * (lower case, `е` for `ё`); in the text, case, `ё`/`е`, spacing and a trailing colon do
 * not matter.
 * @internal
 */
export const MORE_ON_EVENT_HEADINGS: readonly string[] = [
  'еще новости о событии',
  'еще новости по событию',
  'еще по событию',
  'еще о событии',
  'другие новости о событии',
  'другие новости по событию',
  'все новости о событии',
  'все новости по событию',
  'новости о событии',
  'новости по событию',
  'другие материалы о событии',
  'все материалы о событии',
  'еще материалы о событии',
  'хроника события',
  'развитие событий',
  'все новости сюжета',
  'еще новости сюжета',
  'другие новости сюжета',
  'новости сюжета',
  'материалы сюжета',
];

/**
 * Headings that open a related block ("По теме" and its many spellings).
 * @internal
 */
export const RELATED_HEADINGS: readonly string[] = [
  'по теме',
  'еще по теме',
  'также по теме',
  'читайте также',
  'читайте еще',
  'читайте по теме',
  'читайте также по теме',
  'также читайте',
  'читать также',
  'читать еще',
  'еще читайте',
  'новости по теме',
  'еще новости по теме',
  'другие новости по теме',
  'все новости по теме',
  'материалы по теме',
  'еще материалы по теме',
  'другие материалы по теме',
  'публикации по теме',
  'статьи по теме',
  'ссылки по теме',
  'связанные новости',
  'связанные материалы',
  'связанные статьи',
  'похожие новости',
  'похожие материалы',
  'похожие статьи',
  'похожие публикации',
  'смотрите также',
  'см. также',
  'смотри также',
  'рекомендуем',
  'рекомендуем прочитать',
  'рекомендуем почитать',
  'рекомендуем также',
  'вам может быть интересно',
  'вам также может быть интересно',
  'вас может заинтересовать',
  'вас также может заинтересовать',
  'вам может понравиться',
  'вам также может понравиться',
  'это может быть интересно',
  'может быть интересно',
  'интересное по теме',
  'другие материалы рубрики',
  'еще на эту тему',
  'на эту тему',
  'ранее по теме',
];

/**
 * Headings of site-wide feeds, which are dropped (they are neither body nor related).
 * @internal
 */
export const SITEWIDE_HEADINGS: readonly string[] = [
  'последние новости',
  'свежие новости',
  'новые материалы',
  'последние материалы',
  'самое читаемое',
  'самое популярное',
  'самое обсуждаемое',
  'самое интересное',
  'самые читаемые',
  'самые популярные',
  'читаемое',
  'обсуждаемое',
  'сейчас читают',
  'популярное',
  'популярные новости',
  'популярные материалы',
  'популярные статьи',
  'новости партнеров',
  'новости партнера',
  'партнерские новости',
  'партнерские материалы',
  'материалы партнеров',
  'главное',
  'главное за день',
  'главное за неделю',
  'главные новости',
  'главные новости дня',
  'лента новостей',
  'новости дня',
  'новости часа',
  'выбор редакции',
  'выбор читателей',
  'топ новостей',
  'актуально',
  'актуальное',
  'актуальные новости',
  'другие новости',
  'другие новости раздела',
  'все новости',
  'все новости раздела',
  'новости раздела',
  'новости компаний',
  'новости региона',
  'новости россии',
  'новости мира',
  'архив новостей',
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
