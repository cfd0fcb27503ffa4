import { ArticleParseError, describeValue, invalidOption } from '../errors.js';
import { compileSafe } from './select.js';

/**
 * Extraction rules for one site or CMS template: plain CSS selectors, tried before the
 * generic extractor. Every field is optional; a field a rule leaves out (or whose
 * selectors match nothing) falls back to the generic extractor.
 *
 * Selectors in a list are tried in order; the first that matches wins.
 *
 * @example
 * ```ts
 * import type { SiteRules } from 'ru-news-parser';
 *
 * const rules: SiteRules = {
 *   name: 'kaluga-news',
 *   hosts: ['*.kaluga.example'],
 *   body: ['div.news-text'],
 *   clean: ['.news-share'],
 *   timeZone: 'Europe/Moscow',
 * };
 * ```
 */
export interface SiteRules {
  /** A short name, used in warnings (`"dle"`, `"kaluga24.tv"`). */
  name: string;
  /** Host names this rule is for; `"*.example.ru"` matches subdomains too. */
  hosts?: string[];
  /**
   * CMS fingerprints: the rule applies when any of these selectors matches the page
   * (for example `'meta[name="generator"][content*="DataLife"]'`).
   */
  fingerprints?: string[];
  /** IANA time zone of the outlet; naive times on its pages are read in it. */
  timeZone?: string;
  /** Selectors of the headline element. */
  title?: string[];
  /** Selectors of the lead / subtitle element. */
  lead?: string[];
  /** Selectors of the element holding the article body. */
  body?: string[];
  /** Selectors of the element holding the publication date (a `datetime` or `content` attribute, or its text). */
  publishedAt?: string[];
  /** Selectors of the modification date. */
  modifiedAt?: string[];
  /** Selectors of author names. */
  authors?: string[];
  /** Selectors of tag links. */
  tags?: string[];
  /** Selectors of "По теме" / "Читайте также" blocks. */
  related?: string[];
  /** Selectors of "Ещё новости о событии" blocks. */
  moreOnEvent?: string[];
  /** Selectors of elements to drop from the body before extraction. */
  clean?: string[];
}

/** The selector-list fields of a rule (what one page's matched rules merge). @internal */
export const SELECTOR_FIELDS = ['title', 'lead', 'body', 'publishedAt', 'modifiedAt', 'authors', 'tags', 'related', 'moreOnEvent', 'clean'] as const;

const LIST_FIELDS = ['hosts', 'fingerprints', ...SELECTOR_FIELDS] as const;

/**
 * Checks and returns a site rule, so that a malformed rule fails early with a clear
 * message instead of silently matching nothing.
 *
 * @throws {ArticleParseError} with code `INVALID_OPTIONS` when a field has the wrong type or a
 *   selector is not valid CSS; the message names the field (`title[0]`, …).
 *
 * @example
 * ```ts
 * import { defineSiteRules, parseArticle } from 'ru-news-parser';
 *
 * const kaluga = defineSiteRules({
 *   name: 'kaluga-news',
 *   hosts: ['news.kaluga.example'],
 *   title: ['h1.news-title'],
 *   body: ['div.news-text'],
 *   related: ['div.news-related'],
 * });
 * const html =
 *   '<html><body><h1 class="news-title">Мост открыт</h1><div class="news-text">' +
 *   '<p>В Калуге открыли новый мост через Оку. Его строили три года.</p>' +
 *   '<p>Движение по мосту пустили в пятницу утром.</p></div></body></html>';
 * parseArticle(html, { url: 'https://news.kaluga.example/1', siteRules: [kaluga] }).title;
 * //=> 'Мост открыт'
 * ```
 */
export function defineSiteRules(rules: SiteRules): SiteRules {
  validateSiteRules(rules, 'defineSiteRules(rules)');
  return rules;
}

/** @internal */
export function validateSiteRules(rules: unknown, where: string): asserts rules is SiteRules {
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
    throw invalidOption(where, 'an object of selectors', describeValue(rules));
  }
  const r = rules as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name.trim() === '') {
    throw invalidOption(`${where}.name`, 'a non-empty string', describeValue(r.name));
  }
  for (const field of LIST_FIELDS) {
    const value = r[field];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      throw invalidOption(`${where}.${field}`, 'an array of non-empty selector strings', describeValue(value));
    }
    if (field === 'hosts') continue;
    value.forEach((selector: string, i: number) => {
      if (compileSafe(selector) === null) {
        throw new ArticleParseError(
          'INVALID_OPTIONS',
          `${where}.${field}[${i}] is not a valid CSS selector: ${describeValue(selector)}. Fix its syntax (css-select's dialect, e.g. 'div.news-text > p').`,
        );
      }
    });
  }
  if (r.timeZone !== undefined && typeof r.timeZone !== 'string') {
    throw invalidOption(`${where}.timeZone`, 'an IANA time zone name', describeValue(r.timeZone));
  }
}
