// The baseline: Readability.js 0.6 on a linkedom DOM (devDependencies, eval/bench only).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { TZDate } from '@date-fns/tz';
import type { Prediction } from './score.js';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/**
 * The text of a Readability content element as paragraphs: text nodes joined, a paragraph
 * break at every block element, whitespace collapsed. Walks with an explicit stack.
 */
export function paragraphsOf(root: MiniNode): string {
  const parts: string[] = [];
  const stack: Array<MiniNode | '\n'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const block = BLOCK_TAGS.has(node.nodeName.toUpperCase());
    if (block) {
      parts.push('\n');
      stack.push('\n');
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET_RE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const NAIVE_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/**
 * Readability's `publishedTime` as the library's ISO form: a day stays a day, a datetime
 * with an offset is kept as an instant, a naive datetime is read in `timeZone`.
 */
export function normalizePublishedTime(value: string | null | undefined, timeZone: string): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v === '') return null;
  if (DAY_RE.test(v)) return v;
  const naive = NAIVE_RE.exec(v);
  if (naive) {
    const [, y, mo, d, h, mi, s] = naive;
    return new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), timeZone).toISOString();
  }
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  return OFFSET_RE.test(v) && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v : new Date(ms).toISOString();
}

/** Runs Readability on an HTML string as the eval scores it (`null` when it finds nothing). */
export function readabilityPrediction(html: string, timeZone: string): Prediction | null {
  const { document } = parseHTML(html);
  const article = new Readability<MiniNode>(document as unknown as Document, { serializer: (node) => node as unknown as MiniNode }).parse();
  if (article === null) return null;
  return {
    title: article.title ?? '',
    text: article.content ? paragraphsOf(article.content) : (article.textContent ?? ''),
    publishedAt: normalizePublishedTime(article.publishedTime, timeZone),
    relatedTitles: [],
  };
}

/** Readability as it is usually run (default serializer), for the benchmark. */
export function runReadability(html: string): unknown {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse();
}
