import type { SiteRules } from './define-site-rules.js';
import { generatorMeta } from './generator-meta.js';

/**
 * UMI.CMS: templates mark editable fields with `umi:field-name` attributes; the story
 * text is the `content` field of the page element.
 * @internal
 */
export const umiRules: SiteRules = {
  name: 'umi',
  fingerprints: [generatorMeta('UMI'), '[umi\\:field-name="content"]'],
  title: ['[umi\\:field-name="h1"]'],
  lead: ['[umi\\:field-name="anons"]'],
  body: ['[umi\\:field-name="content"]'],
  publishedAt: ['[umi\\:field-name="publish_time"]'],
};
