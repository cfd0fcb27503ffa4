import type { Article } from '../../schema/article.js';
import type { RelatedItem } from '../../schema/related-item.js';
import { LABELS } from './labels.js';

/**
 * Renders an Article as plain text: the title, a few `Label: value` lines, the paragraphs
 * separated by blank lines, then the related lists and the warnings. Ends with a newline.
 */
export function formatText(article: Article): string {
  const lines: string[] = [article.title];
  const meta: [string, string | null][] = [
    [LABELS.published, article.publishedAt],
    [LABELS.modified, article.modifiedAt],
    [LABELS.source, article.source === null ? null : joinPresent([article.source.name, article.source.city, article.source.url])],
    [LABELS.authors, article.authors.length > 0 ? article.authors.join(', ') : null],
    [LABELS.url, article.url],
    [LABELS.tags, article.tags.length > 0 ? article.tags.join(', ') : null],
  ];
  for (const [label, value] of meta) if (value !== null) lines.push(`${label}: ${value}`);
  if (article.text !== '') lines.push('', article.text);
  pushItems(lines, LABELS.moreOnEvent, article.moreOnEvent);
  pushItems(lines, LABELS.related, article.related);
  if (article.warnings.length > 0) {
    lines.push('', `${LABELS.warnings}:`);
    for (const warning of article.warnings) lines.push(`  - ${warning}`);
  }
  return `${lines.join('\n')}\n`;
}

function pushItems(lines: string[], label: string, items: RelatedItem[]): void {
  if (items.length === 0) return;
  lines.push('', `${label}:`);
  for (const item of items) {
    const details = joinPresent([item.source, item.city, item.publishedAt]);
    lines.push(`  - ${item.title}${details === null ? '' : ` (${details})`}`);
    if (item.url !== null) lines.push(`    ${item.url}`);
  }
}

function joinPresent(values: (string | null)[]): string | null {
  const present = values.filter((v): v is string => v !== null && v !== '');
  return present.length > 0 ? present.join(', ') : null;
}
