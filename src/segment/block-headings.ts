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
 * Every `prefix + phrase` of the two lists, prefixes outermost:
 * `phrases(['', 'еще '], ['по теме'])` → `['по теме', 'еще по теме']`.
 */
function phrases(prefixes: readonly string[], endings: readonly string[]): string[] {
  return prefixes.flatMap((p) => endings.map((e) => p + e));
}

/**
 * Headings that open a more-on-event block. The lists below are written as lookup keys
 * (lower case, `е` for `ё`); in the text, case, `ё`/`е`, spacing and a trailing colon do
 * not matter. Shared words are written once: `phrases(['', 'еще '], ['новости сюжета'])`
 * stands for "новости сюжета" and "еще новости сюжета".
 * @internal
 */
export const MORE_ON_EVENT_HEADINGS: readonly string[] = [
  ...phrases(['', 'еще ', 'другие ', 'все '], ['новости о событии', 'новости по событию', 'новости сюжета']),
  ...phrases(['еще ', 'другие ', 'все '], ['материалы о событии']),
  'еще по событию',
  'еще о событии',
  'хроника события',
  'развитие событий',
  'материалы сюжета',
];

/**
 * Headings that open a related block ("По теме" and its many spellings).
 * @internal
 */
export const RELATED_HEADINGS: readonly string[] = [
  ...phrases(
    [
      '', 'еще ', 'также ', 'читайте ', 'читайте также ', 'ранее ', 'интересное ', 'публикации ', 'статьи ', 'ссылки ',
      'новости ', 'еще новости ', 'другие новости ', 'все новости ', 'материалы ', 'еще материалы ', 'другие материалы ',
    ],
    ['по теме'],
  ),
  ...phrases(['читайте ', 'читать '], ['также', 'еще']),
  ...phrases(['также ', 'еще '], ['читайте']),
  ...phrases(['связанные ', 'похожие '], ['новости', 'материалы', 'статьи']),
  'похожие публикации',
  ...phrases(['смотрите ', 'смотри ', 'см. '], ['также']),
  ...phrases(['рекомендуем'], ['', ' прочитать', ' почитать', ' также']),
  ...phrases(['вам ', 'вам также '], ['может быть интересно', 'может понравиться']),
  ...phrases(['вас ', 'вас также '], ['может заинтересовать']),
  ...phrases(['', 'это '], ['может быть интересно']),
  'другие материалы рубрики',
  ...phrases(['', 'еще '], ['на эту тему']),
];

/**
 * Headings of site-wide feeds, which are dropped (they are neither body nor related).
 * @internal
 */
export const SITEWIDE_HEADINGS: readonly string[] = [
  ...phrases(['последние ', 'популярные ', 'партнерские '], ['новости', 'материалы']),
  'популярные статьи',
  'свежие новости',
  'новые материалы',
  ...phrases(['', 'самое '], ['читаемое', 'обсуждаемое', 'популярное']),
  'самое интересное',
  ...phrases(['самые '], ['читаемые', 'популярные']),
  'сейчас читают',
  ...phrases(['новости '], ['партнеров', 'партнера', 'дня', 'часа', 'раздела', 'компаний', 'региона', 'россии', 'мира']),
  'материалы партнеров',
  ...phrases(['главное'], ['', ' за день', ' за неделю']),
  ...phrases(['главные новости'], ['', ' дня']),
  ...phrases(['лента ', 'топ ', 'архив '], ['новостей']),
  ...phrases(['выбор '], ['редакции', 'читателей']),
  'актуально',
  'актуальное',
  'актуальные новости',
  ...phrases(['другие новости', 'все новости'], ['', ' раздела']),
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
  // (headingKey gives '' for a text too long or without letters; no heading's key is ''.)
  return HEADING_INDEX.get(headingKey(text, isNormalized)) ?? null;
}
