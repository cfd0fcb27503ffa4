import type { SiteRules } from './define-site-rules.js';
import { generatorMeta } from './generator-meta.js';

/**
 * DataLife Engine (DLE): the most common engine of small Russian regional news sites.
 * Its `fullstory.tpl` wraps the story in `#dle-content` / `.full-story` and prints the text
 * inside `div#news-id-<N>`; related news come from the `{related-news}` tag, usually in a
 * `.related` / `.rel-news` box.
 * @internal
 */
export const dleRules: SiteRules = {
  name: 'dle',
  fingerprints: [
    generatorMeta('DataLife'),
    '[id^="news-id-"]',
    '.full-story',
    '.fullstory',
  ],
  title: ['.full-story h1', '.fullstory h1', '#dle-content h1'],
  body: ['[id^="news-id-"]', '.full-story .full-text', '.fullstory .full-text', '.full-story .text', '.fullstory .text'],
  // Every related block a rule lists is claimed ('.related' also covers '.full-story .related').
  related: ['.related-news', '.rel-news', '.related'],
  clean: ['.full-story .info', '.fullstory .info', '.rating', '.ratebox', '.frate', '.mlink', '.signature', '.berrors', '.quote .title_quote'],
};
