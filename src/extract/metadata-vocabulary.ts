/**
 * Words and class hints the metadata extractor looks for. Data only: the logic lives in
 * title.ts, published-at.ts, authors.ts, source.ts and tags.ts. Words are written in lower
 * case (the matching ignores case), which also lets gzip share them with the other lists.
 * @internal
 */

/**
 * Separators between a headline and the site name in `<title>`
 * ("Мост открыт — Лента.ру", "Мост открыт | Новости Калуги", "Мост открыт / Хабр",
 * "Мост открыт: Общество: Россия: Lenta.ru"). Longest first.
 */
export const TITLE_SEPARATORS: readonly string[] = [' ::: ', ' :: ', ' : ', ' // ', ' || ', ' | ', ' — ', ' – ', ' - ', ' / ', ' « ', ' » ', ' · ', ' • ', ': '];

/**
 * Words that mark a `<title>` segment as the outlet's name rather than part of the headline
 * ("… » Приднестровье информационное агентство ИА "Тирас"", "… - Новости Донбасса").
 * Whole words: title.ts splits the segment at spaces, quotes and hyphens, so an entry never
 * holds those ("интернет-газета" is found by its word "газета").
 */
export const SITE_NAME_WORDS: readonly string[] = [
  'агентство', 'информагентство', 'иа', 'новости', 'газета', 'портал', 'телеканал', 'телекомпания', 'радио',
  'журнал', 'издание', 'сайт', 'сми', 'официальный', 'информационный', 'news', 'online', 'онлайн',
  'вести', 'вестник', 'ведомости', 'известия', 'курьер', 'телеграф', 'экспресс', 'обозреватель', 'медиа', 'инфо',
];

/** Separators that CMS templates put only before the site name ("Заголовок » Калужские вести" in DataLife Engine). */
export const SITE_SUFFIX_SEPARATORS: readonly string[] = [' » ', ' :: ', ' // '];

/** Words that, prefixed to og:title, mark a media variant of the headline ("Фото: …"). */
export const TITLE_MEDIA_PREFIXES: readonly string[] = ['фото', 'видео', 'фоторепортаж', 'фотогалерея', 'инфографика', 'онлайн', 'тест', 'photo', 'video'];

/** JSON-LD `@type`s of an article, best first: `NewsArticle` and its schema.org subtypes, then the others. */
export const ARTICLE_TYPES: readonly string[] = [
  ...['', 'Reportage', 'Analysis', 'Opinion', 'Background', 'Review', 'AskPublic'].map((kind) => `${kind}NewsArticle`),
  'Article', 'BlogPosting', 'LiveBlogPosting', 'Report',
  'TechArticle', 'ScholarlyArticle', 'SocialMediaPosting', 'DiscussionForumPosting', 'Blog', 'Posting',
];

/** JSON-LD `@type`s of a page, used when no article node has the field. */
export const PAGE_TYPES: readonly string[] = ['WebPage', 'ItemPage', 'CollectionPage', 'MediaObject', 'VideoObject'];

/** JSON-LD `@type`s of the outlet (a `WebSite` node stands in when none of these is on the page). */
export const ORGANIZATION_TYPES: readonly string[] = ['NewsMediaOrganization', 'Organization', 'Corporation'];

/** Prefixes of byline lines, stripped from author names ("Автор: Иван Петров"). Plain words: authors.ts joins them into a case-insensitive regex unescaped. */
export const BYLINE_PREFIXES: readonly string[] = [
  'автор материала', 'автор текста', 'авторы', 'автор', 'текст и фото', 'текст', 'подготовил', 'подготовила',
  'подготовили', 'записал', 'записала', 'беседовал', 'беседовала', 'корреспондент', 'обозреватель', 'редактор',
  'опубликовал', 'опубликовала', 'by', 'author',
];

/** Prefixes of credit lines that name the source of a story ("Источник: ТАСС"). Plain words: source.ts joins them into a case-insensitive regex unescaped. */
export const SOURCE_CREDIT_PREFIXES: readonly string[] = [
  'источник', 'источники', 'по материалам', 'по информации', 'по данным', 'первоисточник', 'source',
];

/**
 * Class / id fragments of elements holding the publication date (lower case, substrings).
 * A short element with one of these may carry words around its date
 * ("Дата публикации материала на сайте: 4 декабря 2017").
 */
export const DATE_CLASS_HINTS: readonly string[] = ['date', 'time', 'publish', 'posted', 'created', 'datum', 'data-pub'];

/**
 * Class / id fragments that say an element counts readers' comments rather than holding them
 * (substrings: "count" also covers "counter").
 */
export const COMMENT_COUNT_HINTS: readonly string[] = ['count', 'num', 'link', 'icon'];

/** Class / id fragments of author bylines (lower case, substrings). */
export const AUTHOR_CLASS_HINTS: readonly string[] = ['author', 'byline', 'avtor', 'writer', 'journalist', 'creator'];

/** Class / id fragments of tag boxes (lower case, substrings). */
export const TAG_CLASS_HINTS: readonly string[] = ['tag', 'keyword', 'teg'];

/** URL path fragments of tag pages. */
export const TAG_URL_HINTS: readonly string[] = ['/tag/', '/tags/', '/tegi/', '/teg/', '/keyword/', '/keywords/', '/label/', '/theme/', '/themes/', '/topic/', '/tema/'];

/** Class / id fragments of comment areas, where dates and names belong to readers (lower case, substrings). */
export const COMMENT_CLASS_HINTS: readonly string[] = ['comment', 'reply', 'disqus', 'discussion', 'otzyv', 'review'];

/** Class / id fragments of logo / masthead elements, whose h1 is not the headline. */
export const LOGO_CLASS_HINTS: readonly string[] = ['logo', 'brand', 'site-name', 'sitename', 'site-title', 'masthead'];

/** Meta names whose content is the publication date, best first. */
export const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'dc.date.issued', 'dcterms.issued',
  'parsely-pub-date', 'mediator_published_time', 'article.published', 'aiturec:datetime',
];

/**
 * Generic meta names that hold a publication date on some sites and the page's generation
 * date on others: read after microdata, and a visible date line overrules them.
 */
export const WEAK_DATE_META_KEYS: readonly string[] = ['dc.date', 'date', 'sailthru.date'];

/** Meta names whose content is the modification date, best first. */
export const MODIFIED_META_KEYS: readonly string[] = [
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified', 'datemodified',
  'dcterms.modified', 'last-modified', 'lastmod',
];
