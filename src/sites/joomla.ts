import type { SiteRules } from './define-site-rules.js';
import { generatorMeta } from './generator-meta.js';

/**
 * Joomla `com_content` article view: `div.item-page` with `itemprop="articleBody"`, the
 * info block (`dl.article-info`: author, category, dates, hits) and the prev/next pager.
 * @internal
 */
export const joomlaRules: SiteRules = {
  name: 'joomla',
  fingerprints: [generatorMeta('Joomla'), '.item-page'],
  title: ['.item-page h1', '.item-page h2[itemprop="headline"]', '.item-page .page-header h2'],
  body: ['.item-page [itemprop="articleBody"]', '.item-page .article-body', '.item-page'],
  publishedAt: ['.item-page time[itemprop="datePublished"]', '.item-page .published time', '.item-page .published'],
  clean: ['.article-info', '.pagenav', '.icons', '.tags', '.content_rating', '.content_vote', '.page-header'],
};
