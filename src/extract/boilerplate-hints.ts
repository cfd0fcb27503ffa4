/**
 * Class and id hints of Russian and English news templates (data only). Each list is a
 * set of substrings matched against the lower-cased `class` + `id` of an element.
 * @internal
 */

/** Names of blocks of links to other stories, shared by {@link NEGATIVE_HINTS} and {@link RELATED_HINTS}. */
const STORY_LIST_HINTS: readonly string[] = [
  'read-also', 'readalso', 'read_also', 'readmore', 'read-more', 'more-news', 'morenews', 'same-news', 'samenews',
  'similar', 'see-also', 'seealso', 'po-teme', 'poteme', 'po_teme', 'incut',
];

/** Names of containers that hold the article body. */
export const POSITIVE_HINTS: readonly string[] = [
  'article', 'content', 'news', 'text', 'detail', 'full', 'story', 'post', 'entry', 'body', 'main',
  'material', 'publication', 'topic', 'blog', 'single', 'statya', 'novost',
];

/**
 * Names of page chrome: navigation, comments, sharing, ads, sidebars, widgets. Text inside
 * such an element is never body. Matched as substrings, so keep them specific.
 */
export const NEGATIVE_HINTS: readonly string[] = [
  'comment', 'koment', 'komment', 'disqus', 'reply', 'respond',
  'relate', ...STORY_LIST_HINTS, 'inject',
  'share', 'sharing', 'social', 'soc-', 'likes', 'addthis', 'pluso', 'uptolike',
  'menu', 'navbar', 'nav-', '-nav', 'navigation', 'breadcrumb', 'crumbs', 'pager', 'pagination', 'paginator',
  'footer', 'sidebar', 'side-bar', 'sidebox', 'rightcol', 'right-col', 'leftcol', 'left-col', 'col-right', 'aside',
  'banner', 'reklama', 'advert', 'adv-', '-adv', 'adfox', 'adriver', 'sponsor', 'partner', 'promo', 'teaser', 'direct',
  'subscribe', 'subscription', 'podpis', 'newsletter', 'rating', 'rate-', 'vote', 'poll', 'assessment',
  'tags', 'tag-list', 'taglist', 'keywords', 'rubric', 'widget', 'popup', 'modal', 'cookie', 'gdpr',
  'header', 'masthead', 'toolbar', 'tools', 'author-card', 'byline', 'author-name', 'authorname', 'author_name',
  'article-author', 'article__author', 'news-author', 'post-author', 'entry-author', 'authors', 'copyright', 'counter', 'informer',
  'credit', 'photo-caption', 'image-caption', 'img-caption', 'wp-caption', '__caption', 'pic-caption', 'caption-text', 'photo-text', 'photo-desc', 'photo-author', 'figcaption', 'photo-info', 'slider', 'carousel', 'ticker', 'feed',
  'top-news', 'topnews', 'popular', 'most-read', 'mostread', 'last-news', 'lastnews', 'latest',
  'error', 'orphus', 'mistake', 'dropdown', 'login', 'search',
];

/**
 * Hints that override a negative hint on the same element (for example
 * `"article-header"` is negative, `"article-text"` is not).
 */
export const STRONG_POSITIVE_HINTS: readonly string[] = [
  'article-text', 'article_text', 'articletext', 'article-body', 'article_body', 'articlebody', 'news-text',
  'news_text', 'newstext', 'news-detail', 'news_detail', 'full-story', 'fullstory', 'full-text', 'fulltext',
  'entry-content', 'post-content', 'post_content', 'postcontent', 'post-body', 'story-body', 'article-content',
  'article_content', 'articlecontent', 'text-content', 'detail-text', 'detail_text', 'material-text',
  'news-body', 'newsbody', 'topic-body', 'b-text', 'main-text', 'maintext', 'js-mediator-article',
];

/** Names that mark a block of links to other stories ("По теме", "Читайте также"). */
export const RELATED_HINTS: readonly string[] = [
  'related', ...STORY_LIST_HINTS, 'also-news', 'alsonews', 'news-also', 'more-on', 'more_news', 'other-news-theme', 'theme-news', 'topic-news',
];

/** Names of the lead / subtitle element. */
export const LEAD_HINTS: readonly string[] = [
  'lead', 'announce', 'anons', 'annotation', 'intro', 'subtitle', 'sub-title', 'subheader', 'summary', 'description',
  'preview-text', 'preview_text', 'excerpt', 'standfirst', 'kicker', 'newsheading', 'abstract',
];
