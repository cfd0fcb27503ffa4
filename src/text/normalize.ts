import { repairHomoglyphs } from './homoglyphs.js';

/** Zero-width characters, BOM and soft hyphens: removed everywhere. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
/**
 * Every run of white space (`\s`: NBSP and narrow NBSP included) except a lone ASCII space,
 * which is already what a run becomes: matching those too made the replace ~50x slower
 * on ordinary text (one match per word). The two branches start on disjoint characters.
 */
const WHITESPACE_RUN = /(?: \s|[^\S ])\s*/g;

/**
 * Normalizes one string field: invisible characters removed, every white-space run
 * (NBSP, tabs, line breaks) turned into one space, trimmed, Latin look-alikes inside
 * Cyrillic words repaired. Quotes, dashes and `ё` are kept as written.
 */
export function normalizeText(text: string): string {
  const collapsed = text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
  return repairHomoglyphs(collapsed);
}

/** Like {@link normalizeText} but returns `null` for a string that ends up empty. */
export function normalizeOrNull(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const out = normalizeText(text);
  return out === '' ? null : out;
}
