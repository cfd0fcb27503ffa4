import type { SiteRules } from './define-site-rules.js';
import { generatorMeta } from './generator-meta.js';

/**
 * WordPress themes: the post text is in `.entry-content` (or a theme's `.post-content` /
 * `.td-post-content`), the headline in `h1.entry-title`, the date in `time.entry-date`;
 * Jetpack, YARPP and similar plugins add related-post boxes and share buttons inside it.
 * @internal
 */
export const wordpressRules: SiteRules = {
  name: 'wordpress',
  fingerprints: [
    generatorMeta('WordPress', '^='),
    'link[href*="/wp-content/"]',
    'script[src*="/wp-content/"]',
    '.entry-content',
  ],
  title: ['h1.entry-title', '.entry-title', 'h1.post-title'],
  body: ['.entry-content', '.td-post-content', '.post-content', '.single-post-content', 'article .entry'],
  publishedAt: ['time.entry-date[datetime]', '.entry-date', '.post-date'],
  authors: ['.entry-meta .author a', '.byline .author', 'a[rel="author"]'],
  tags: ['.tags-links a[rel~="tag"]', '.post-tags a', 'a[rel~="tag"]'],
  related: ['.jp-relatedposts', '.yarpp-related', '.related-posts', '.crp_related', '.rp4wp-related-posts'],
  clean: [
    '.sharedaddy', '.jp-relatedposts', '.addtoany_share_save_container', '.yarpp-related', '.post-tags', '.entry-meta',
    '.wpcnt', '.code-block', '.wp-block-buttons', '.heateor_sss_sharing_container', '.ya-share2', '.post-views',
  ],
};
