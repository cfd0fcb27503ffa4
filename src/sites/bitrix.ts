import type { SiteRules } from './define-site-rules.js';
import { generatorMeta } from './generator-meta.js';

/**
 * 1C-Bitrix `bitrix:news.detail`: the standard news component prints the story in
 * `div.news-detail` (date in `span.news-date-time`, title in an `h3`, preview text, then
 * the detail text as bare text and `<p>`s); template assets live under `/bitrix/`.
 * @internal
 */
export const bitrixRules: SiteRules = {
  name: 'bitrix',
  fingerprints: [
    generatorMeta('Bitrix'),
    '.news-detail',
    'link[href*="/bitrix/templates/"]',
    'script[src*="/bitrix/"]',
  ],
  title: ['.news-detail h1', '.news-detail h3'],
  lead: ['.news-detail .preview-text', '.news-detail .preview_text', '.news-detail .news-preview'],
  body: ['.news-detail .detail-text', '.news-detail .detail_text', '.news-detail .news-detail-text', '.news-detail'],
  publishedAt: ['.news-detail .news-date-time', '.news-date-time'],
  related: ['.news-detail-related', '.news-related', '.related-news'],
  clean: ['.news-detail .news-date-time', '.news-detail h3', '.news-detail-share', '.news-detail .share', '.news-detail .news-detail-back'],
};
