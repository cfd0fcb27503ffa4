import type { Document, Element } from 'domhandler';
import { BUILTIN_SITE_RULES } from './builtin-rules.js';
import type { SiteRules } from './define-site-rules.js';
import { compiledSelector, selectEachCompiled, selectFirst, type Test } from './select.js';

/** The rules that apply to a page, merged, and the names of the rules they came from. @internal */
export interface ResolvedSite {
  /**
   * One rule whose every list field is the concatenation, best rule first, of the matched
   * rules' selectors, so that a field falls back rule by rule and then to the generic
   * extractor. `null` when no rule matched.
   */
  rules: SiteRules | null;
  names: string[];
}

const LIST_FIELDS = [
  'title', 'lead', 'body', 'publishedAt', 'modifiedAt', 'authors', 'tags', 'related', 'moreOnEvent', 'clean',
] as const;

/**
 * True when `host` is one of `patterns` (`"example.ru"` also matches `"www.example.ru"`;
 * `"*.example.ru"` matches every subdomain and the domain itself).
 * @example
 * ```ts
 * hostMatches('news.example.ru', ['*.example.ru']); //=> true
 * hostMatches('www.example.ru', ['example.ru']);    //=> true
 * hostMatches('example.com', ['example.ru']);       //=> false
 * ```
 * @internal
 */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const raw of patterns) {
    const p = raw.trim().toLowerCase();
    if (p.startsWith('*.')) {
      const base = p.slice(2);
      if (h === base || h.endsWith(`.${base}`)) return true;
    } else if (h === p || h === `www.${p}` || `www.${h}` === p) return true;
  }
  return false;
}

/** First match of one selector (one iterative pass); a selector css-select cannot read matches nothing. @internal */
export function safeSelectOne(selector: string, root: Document | Element): Element | null {
  return selectFirst(root, [selector]);
}

/**
 * Picks the site rules of a page: the caller's rules first, then the built-in ones; within
 * each, rules for the page's host before rules recognized by a CMS fingerprint. All
 * matched rules are merged field by field (see {@link ResolvedSite.rules}).
 * @internal
 */
export function resolveSite(document: Document, userRules: readonly SiteRules[], pageUrl: string | null): ResolvedSite {
  const host = hostOf(pageUrl);
  const matched: SiteRules[] = [];
  for (const group of [userRules, BUILTIN_SITE_RULES]) {
    if (host !== null) for (const rule of group) if (rule.hosts && hostMatches(host, rule.hosts)) matched.push(rule);
    const candidates = group.filter(
      (rule) =>
        !matched.includes(rule) &&
        rule.fingerprints !== undefined &&
        rule.fingerprints.length > 0 &&
        // A rule bound to hosts is not applied to other sites by fingerprint.
        !(rule.hosts && rule.hosts.length > 0),
    );
    matched.push(...byFingerprint(document, candidates));
  }
  return { rules: mergeRules(matched), names: matched.map((r) => r.name) };
}

/** Merges rules, best first, into one (list fields concatenated, first time zone wins). @internal */
export function mergeRules(rules: readonly SiteRules[]): SiteRules | null {
  if (rules.length === 0) return null;
  if (rules.length === 1) return rules[0]!;
  const merged: SiteRules = { name: rules.map((r) => r.name).join('+') };
  for (const field of LIST_FIELDS) {
    const all = rules.flatMap((r) => r[field] ?? []);
    if (all.length > 0) merged[field] = [...new Set(all)];
  }
  const zone = rules.find((r) => r.timeZone !== undefined)?.timeZone;
  if (zone !== undefined) merged.timeZone = zone;
  return merged;
}

/**
 * Rules whose fingerprint selectors match the page, in their given order. All
 * fingerprints are run as ONE selector list (a single pass over the tree); a list
 * css-select cannot parse is retried selector by selector.
 */
function byFingerprint(document: Document, rules: readonly SiteRules[]): SiteRules[] {
  if (rules.length === 0) return [];
  const compiled: (Test | null)[][] = rules.map((r) => r.fingerprints!.map(compiledSelector));
  const found = selectEachCompiled(document, compiled.flat(), 1);
  const out: SiteRules[] = [];
  let at = 0;
  for (let i = 0; i < rules.length; i++) {
    const n = compiled[i]!.length;
    if (found.slice(at, at + n).some((list) => list.length > 0)) out.push(rules[i]!);
    at += n;
  }
  return out;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
