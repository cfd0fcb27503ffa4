import { readFileSync } from 'node:fs';
import { ArticleParseError } from '../errors.js';
import { defineSiteRules, type SiteRules } from '../sites/define-site-rules.js';
import { UsageError } from './usage-error.js';

/**
 * Reads `--site-rules <file.json>`: one rule object or an array of them, each checked with
 * {@link defineSiteRules}.
 * @throws {UsageError} naming the file and what is wrong with it.
 */
export function loadSiteRules(path: string): SiteRules[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --site-rules ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--site-rules ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list: unknown[] = Array.isArray(json) ? json : [json];
  return list.map((rule, i) => {
    try {
      return defineSiteRules(rule as SiteRules);
    } catch (error) {
      const where = Array.isArray(json) ? ` (rule #${i + 1})` : '';
      if (error instanceof ArticleParseError) throw new UsageError(`--site-rules ${path}${where}: ${error.message.replace('defineSiteRules(rules).', '')}`);
      throw error;
    }
  });
}
