import type { Document, Element } from 'domhandler';
import { BUILTIN_SITE_RULES } from './builtin-rules.js';
import { SELECTOR_FIELDS, type SiteRules } from './define-site-rules.js';
import { compiledSelector, selectEachCompiled } from './select.js';

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

/**
 * The rules that can apply to a page by CMS fingerprint — those with fingerprints and no
 * hosts (a rule bound to hosts is not applied to other sites by fingerprint) — the
 * caller's first, and all their fingerprint selectors as one flat list. Any walk over the
 * page can look for `selectors` (first match each) and hand the hits to {@link resolveSite}.
 * @internal
 */
export interface FingerprintProbe {
  rules: readonly SiteRules[];
  selectors: readonly string[];
}

/** @internal */
export function fingerprintProbe(userRules: readonly SiteRules[]): FingerprintProbe {
  const rules = [...userRules, ...BUILTIN_SITE_RULES].filter(
    (rule) => (rule.fingerprints?.length ?? 0) > 0 && !rule.hosts?.length,
  );
  return { rules, selectors: rules.flatMap((rule) => rule.fingerprints!) };
}

/**
 * Picks the site rules of a page: the caller's rules first, then the built-in ones; within
 * each, rules for the page's host before rules recognized by a CMS fingerprint. All
 * matched rules are merged field by field (see {@link ResolvedSite.rules}). `hits` are the
 * first matches of `probe.selectors` when a walk over the page already ran them (otherwise
 * they are looked up here, in one pass).
 * @internal
 */
export function resolveSite(
  document: Document,
  userRules: readonly SiteRules[],
  pageUrl: string | null,
  probe: FingerprintProbe = fingerprintProbe(userRules),
  hits: readonly (readonly Element[])[] = selectEachCompiled(document, probe.selectors.map(compiledSelector), 1),
): ResolvedSite {
  const fingerprinted = new Set<SiteRules>();
  let at = 0;
  for (const rule of probe.rules) {
    const n = rule.fingerprints!.length;
    if (hits.slice(at, at + n).some((found) => found.length > 0)) fingerprinted.add(rule);
    at += n;
  }
  const host = hostOf(pageUrl);
  const matched: SiteRules[] = [];
  for (const group of [userRules, BUILTIN_SITE_RULES]) {
    if (host !== null) for (const rule of group) if (rule.hosts && hostMatches(host, rule.hosts)) matched.push(rule);
    for (const rule of group) if (fingerprinted.has(rule) && !matched.includes(rule)) matched.push(rule);
  }
  return { rules: mergeRules(matched), names: matched.map((r) => r.name) };
}

/** Merges rules, best first, into one (list fields concatenated, first time zone wins). @internal */
export function mergeRules(rules: readonly SiteRules[]): SiteRules | null {
  if (rules.length === 0) return null;
  if (rules.length === 1) return rules[0]!;
  const merged: SiteRules = { name: rules.map((r) => r.name).join('+') };
  for (const field of SELECTOR_FIELDS) {
    const all = rules.flatMap((r) => r[field] ?? []);
    if (all.length > 0) merged[field] = [...new Set(all)];
  }
  const zone = rules.find((r) => r.timeZone !== undefined)?.timeZone;
  if (zone !== undefined) merged.timeZone = zone;
  return merged;
}

/** The host name of a URL; null for null, an unreadable URL or one without a host. @internal */
export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
