import type { Article } from '../../schema/article.js';
import type { RelatedItem } from '../../schema/related-item.js';
import { LABELS } from './labels.js';

/** Characters that mean something anywhere in a Markdown line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|]/g;
/** Line starts that would turn a paragraph into a heading, list, quote or rule. */
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|[-+=](?=\s|$)|=+$)/;
/** An ordered-list marker at the start of a line: the `.` or `)` is what gets escaped. */
const ORDERED_START = /^(\d{1,9})([.)])(?=\s|$)/;

/** Escapes text so that Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(BLOCK_START, '\\$&')
    .replace(ORDERED_START, '$1\\$2');
}

/** A link target that survives any character in the URL. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

function link(text: string, url: string | null): string {
  return url === null ? escapeMarkdown(text) : `[${escapeMarkdown(text)}](${linkTarget(url)})`;
}

/**
 * Renders an Article as Markdown: `# title`, a metadata list, the paragraphs, then
 * `## More on this event` and `## Related` lists with links. All text is escaped.
 * Ends with a newline.
 */
export function formatMarkdown(article: Article): string {
  const out: string[] = [`# ${escapeMarkdown(article.title)}`];
  const meta: string[] = [];
  if (article.publishedAt !== null) meta.push(`- **${LABELS.published}:** ${article.publishedAt}`);
  if (article.modifiedAt !== null) meta.push(`- **${LABELS.modified}:** ${article.modifiedAt}`);
  if (article.source !== null) {
    const city = article.source.city === null ? '' : `, ${escapeMarkdown(article.source.city)}`;
    meta.push(`- **${LABELS.source}:** ${link(article.source.name, article.source.url)}${city}`);
  }
  if (article.authors.length > 0) meta.push(`- **${LABELS.authors}:** ${article.authors.map(escapeMarkdown).join(', ')}`);
  if (article.url !== null) meta.push(`- **${LABELS.url}:** ${linkTarget(article.url)}`);
  if (article.tags.length > 0) meta.push(`- **${LABELS.tags}:** ${article.tags.map(escapeMarkdown).join(', ')}`);
  if (meta.length > 0) out.push(meta.join('\n'));
  for (const paragraph of article.text === '' ? [] : article.text.split('\n\n')) out.push(escapeMarkdown(paragraph));
  for (const image of article.images) {
    out.push(`![${escapeMarkdown(image.caption ?? '')}](${linkTarget(image.url)})`);
  }
  pushItems(out, LABELS.moreOnEvent, article.moreOnEvent);
  pushItems(out, LABELS.related, article.related);
  return `${out.join('\n\n')}\n`;
}

function pushItems(out: string[], heading: string, items: RelatedItem[]): void {
  if (items.length === 0) return;
  const lines = items.map((item) => {
    const details = [item.source, item.city, item.publishedAt].filter((v): v is string => v !== null && v !== '');
    const suffix = details.length > 0 ? ` — ${details.map(escapeMarkdown).join(', ')}` : '';
    const snippet = item.snippet === null ? '' : `\n  ${escapeMarkdown(item.snippet)}`;
    return `- ${link(item.title, item.url)}${suffix}${snippet}`;
  });
  out.push(`## ${heading}`, lines.join('\n'));
}
