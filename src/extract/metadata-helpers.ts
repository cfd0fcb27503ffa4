import type { Document, Element } from 'domhandler';
import { selectEach } from '../sites/select.js';
import type { MetadataIndex } from './metadata-index.js';
import { classAndId, cleanText, lowerWords } from './node-text.js';

/**
 * Small lookups shared by the metadata extractors (title, dates, authors, source, images).
 * @internal
 */

/** True when the element's class or id contains one of `hints` (lower-case substrings). @internal */
export function hasClassHint(el: Element, hints: readonly string[]): boolean {
  const hint = classAndId(el);
  return hint !== '' && hints.some((h) => hint.includes(h));
}

/**
 * True when the element's `itemprop` lists one of `names` (lower case) among its
 * white-space separated tokens, case ignored.
 * @internal
 */
export function hasItemprop(el: Element, names: readonly string[]): boolean {
  const tokens = lowerWords(el.attribs.itemprop ?? '');
  return names.some((n) => tokens.includes(n));
}

/** A microdata value: a `<meta>`'s content, else the element's text (at most about `max` characters). @internal */
export function itemValue(el: Element, max: number): string {
  return el.name === 'meta' ? (el.attribs.content ?? '') : cleanText(el, max);
}

/** The first non-blank content of the named `<meta>`, or null. @internal */
export function firstMeta(index: MetadataIndex, key: string): string | null {
  for (const m of index.metas.get(key) ?? []) if (m.content.trim() !== '') return m.content;
  return null;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** The letters and digits of a text, nothing else ("ИА «Тирас»" → "ИАТирас"). @internal */
export function lettersOf(text: string): string {
  return text.replace(NOT_LETTER_OR_DIGIT, '');
}

/** The first label of a host name without `www.` ("www.kaluga.ru" → "kaluga"); '' for null. @internal */
export function hostLabel(host: string | null): string {
  return host === null ? '' : (host.replace(/^www\./u, '').split('.')[0] ?? '');
}

/**
 * The first element below `root` (depth first, `root` itself included unless `skipRoot`)
 * that passes `test`, looking at no more than `max` elements; null when there is none.
 * @internal
 */
export function findElement(root: Element, test: (el: Element) => boolean, max: number, skipRoot = false): Element | null {
  const stack: Element[] = [root];
  for (let guard = 0; stack.length > 0 && guard < max; guard++) {
    const el = stack.pop()!;
    if ((el !== root || !skipRoot) && test(el)) return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'tag') stack.push(c as Element);
    }
  }
  return null;
}

/**
 * The text of every element a site rule's selectors match: selector by selector, each
 * one's matches in document order (a selector css-select cannot read matches nothing).
 * @internal
 */
export function ruleTexts(doc: Document, selectors: readonly string[] | undefined): string[] {
  return selectEach(doc, selectors ?? []).flat().map((el) => cleanText(el, 200));
}
