import { bitrixRules } from './bitrix.js';
import type { SiteRules } from './define-site-rules.js';
import { dleRules } from './dle.js';
import { joomlaRules } from './joomla.js';
import { umiRules } from './umi.js';
import { wordpressRules } from './wordpress.js';

/** The built-in rules, tried after the caller's `siteRules`. @internal */
export const BUILTIN_SITE_RULES: readonly SiteRules[] = [dleRules, bitrixRules, wordpressRules, joomlaRules, umiRules];
