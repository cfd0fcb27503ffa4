import { findRussianDates } from '../../src/date/find-russian-dates.js';
import type { DateOptions } from '../../src/options.js';
import { classifyHeading } from '../../src/segment/block-headings.js';
import type { Article } from '../../src/schema/article.js';
import { normalizeText } from '../../src/text/normalize.js';

/** Latin look-alikes folded to Cyrillic, so homoglyph repair in or out of context compares equal. */
const LOOKALIKES: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', ё: 'е',
};
const TOKEN = /[\p{L}\p{N}]+/gu;

function fold(s: string): string {
  return s.toLowerCase().replace(/[abcehkmoptxyё]/gu, (c) => LOOKALIKES[c] ?? c);
}

function tokens(s: string): string[] {
  // "2005-01-01T04:00" is read as digits either side of the T.
  return fold(s.replace(/(?<=\d)T(?=\d)/gu, ' ')).match(TOKEN) ?? [];
}

/** Every string an input line may legitimately land in. */
function destinations(a: Article): string[] {
  const out: string[] = [a.title, ...a.body];
  if (a.lead !== null) out.push(a.lead);
  if (a.publishedAt !== null) out.push(a.publishedAt);
  if (a.source !== null) out.push(a.source.name, a.source.city ?? '', a.source.url ?? '');
  for (const item of [...a.moreOnEvent, ...a.related]) {
    out.push(item.title, item.snippet ?? '', item.source ?? '', item.city ?? '', item.publishedAt ?? '', item.url ?? '');
  }
  return out;
}

/**
 * The non-empty input lines that are found nowhere in the output: not a block heading, not
 * all of their words in a field (title, lead, body, item title/snippet/source/city/date/url,
 * source name/city/url, publishedAt), and not quoted or counted by a warning. Returns `[]` when nothing was lost.
 */
export function lostLines(input: string, article: Article, dateOptions: DateOptions = {}): string[] {
  const have = new Set<string>();
  for (const s of destinations(article)) for (const t of tokens(s)) have.add(t);
  const warned = article.warnings.map(fold);
  const published = new Set([article.publishedAt, ...[...article.moreOnEvent, ...article.related].map((i) => i.publishedAt)]);
  const lost: string[] = [];
  let underSitewide = false;
  for (const raw of input.split(/\r\n|[\n\r\u0085\u2028\u2029]/u)) {
    const line = normalizeText(raw);
    if (line === '') continue;
    const heading = classifyHeading(line);
    if (heading !== null) {
      underSitewide = heading === 'sitewide';
      continue;
    }
    if (underSitewide && warned.some((w) => w.includes('site-wide'))) continue;
    // A trailer's "Источник:" label is structure, like a heading; its value must survive.
    let rest = line.replace(/^\s*(?:перво)?источник(?:\s+(?:новости|информации))?\s{0,3}:/iu, '');
    // A date read into a publishedAt counts by its value (a time in a DST gap moves: 02:00 → 03:00+04:00).
    for (const m of findRussianDates(rest, dateOptions)) if (published.has(m.value)) rest = rest.replace(m.text, ' ');
    if (tokens(rest).every((t) => have.has(t))) continue;
    const head = fold(line.slice(0, 40));
    if (warned.some((w) => w.includes(head))) continue;
    lost.push(line);
  }
  return lost;
}
