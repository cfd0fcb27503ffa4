import type { Document, Element } from 'domhandler';
import { elementText, indexOfElement, type PageIndex, type TextBlock } from '../blocks/from-document.js';
import { ArticleParseError } from '../errors.js';
import { loadHtml } from '../input/load-html.js';
import type { ParseContext } from '../options.js';
import type { SiteRules } from '../sites/define-site-rules.js';
import { fingerprintProbe, resolveSite, type FingerprintProbe } from '../sites/resolve-site.js';
import { compileSafe, planTests, selectEach, selectEachCompiled, type TestPlan } from '../sites/select.js';
import type { ArticleDraft } from './article-draft.js';
import { bodyContext, extractBody, type BodyResult } from './body.js';
import { extractHtmlMetadata, indexPageMetadata } from './html-metadata.js';
import { pickLead } from './lead.js';
import { absoluteUrl, findRelatedBlocks } from './related-items.js';
import { withScratchArrays, zeroed } from '../blocks/scratch-arrays.js';

/** `link[rel=canonical]`, `og:url` and `<base href>`. */
const HEAD_LINKS = ['link[rel~="canonical" i][href]', 'meta[property="og:url" i][content]', 'base[href]'];
/** What the metadata walk looks for besides metadata: the head links, then the fingerprints. */
function walkPlan(probe: FingerprintProbe): TestPlan {
  return planTests([...HEAD_LINKS, ...probe.selectors]);
}
/** The plan for pages parsed without site rules of the caller's own, made once. */
const BUILTIN_PROBE = fingerprintProbe([]);
const BUILTIN_PLAN = walkPlan(BUILTIN_PROBE);
/** The fallback headlines after the first `<h1>`: `og:title`, then `<title>`. */
const FALLBACK_TITLES = ['meta[property="og:title" i][content]', 'title'].map(compileSafe);

/** A body shorter than this (characters) is retried with relaxed rules. */
const SHORT_BODY = 250;
/** Below this many letters of body text the page is not an article. */
const MIN_ARTICLE_TEXT = 60;
/** When only the relaxed pass finds text, it must be at least this long to be an article. */
const RELAXED_MIN_TEXT = 150;

/**
 * Reads an HTML page into a draft: load (decode + parse once) → site rules → metadata →
 * related blocks → body → lead.
 * @throws {ArticleParseError} `NOT_AN_ARTICLE` when the page has no article text.
 * @internal
 */
export function extractHtmlDraft(input: string | Uint8Array, ctx: ParseContext): ArticleDraft {
  // The page's indexes (typed arrays) are cut from one buffer reused from page to page.
  return withScratchArrays(() => draftOf(input, ctx));
}

function draftOf(input: string | Uint8Array, ctx: ParseContext): ArticleDraft {
  const { document, index } = loadHtml(input, ctx);
  // One walk indexes the metadata and finds the head links and the site rules' fingerprints.
  const probe = ctx.siteRules.length === 0 ? BUILTIN_PROBE : fingerprintProbe(ctx.siteRules);
  const metaIndex = indexPageMetadata(document, ctx.siteRules.length === 0 ? BUILTIN_PLAN : walkPlan(probe));
  const head = headLinks(metaIndex.found, ctx.url);
  const canonical = head.canonical;
  const site = resolveSite(document, ctx.siteRules, ctx.url ?? canonical, probe, metaIndex.found.slice(HEAD_LINKS.length));
  const rules = site.rules;
  const pageCtx: ParseContext =
    rules?.timeZone !== undefined && !ctx.timeZoneGiven ? { ...ctx, timeZone: rules.timeZone } : ctx;

  const meta = extractHtmlMetadata(document, pageCtx, rules, ctx.url ?? canonical, metaIndex);
  const titleElement = meta.titleElement ?? null;
  const title = meta.title ?? fallbackTitle(document, index);
  const base = head.base ?? ctx.url ?? meta.url ?? canonical;

  const rel = findRelatedBlocks(index, pageCtx, base, {
    related: selectAllOf(rules?.related, document),
    moreOnEvent: selectAllOf(rules?.moreOnEvent, document),
  }, instantOf(meta.publishedAt));
  const excluded = zeroed(Uint8Array, rel.claimed.length);
  excluded.set(rel.claimed);
  for (const el of selectAllOf(rules?.clean, document)) excludeElement(index, el, excluded);
  if (titleElement !== null) excludeElement(index, titleElement, excluded);

  const bc = bodyContext(index, excluded, title);
  let body: BodyResult | null = null;
  for (const [el] of selectEach(document, rules?.body ?? [], 1)) {
    const i = el === undefined ? undefined : indexOfElement(index, el);
    if (i === undefined) continue;
    const forced = extractBody(bc, i, false);
    if (textLength(forced.blocks) >= SHORT_BODY / 2) {
      body = forced;
      break;
    }
  }
  let relaxedOnly = false;
  if (body === null) {
    body = extractBody(bc, null, false);
    const strict = textLength(body.blocks);
    if (strict < SHORT_BODY) {
      const relaxed = extractBody(bc, null, true);
      if (textLength(relaxed.blocks) > strict) {
        relaxedOnly = strict === 0;
        body = relaxed;
      }
    }
  }

  const { lead, blocks } = pickLead(bc, body, ruleLead(rules, document, index), meta.description);
  const paragraphs = blocks.map((b) => b.text);
  const letters = (lead?.length ?? 0) + textLength(blocks);
  // Only the relaxed pass found text, and little of it: stray lines of an index page.
  if (letters < MIN_ARTICLE_TEXT || (relaxedOnly && letters < RELAXED_MIN_TEXT)) {
    throw new ArticleParseError(
      'NOT_AN_ARTICLE',
      'The page has no article text (it looks like an index, a list of links or an empty template). Pass the page of a single story.',
    );
  }
  if (title === null) {
    throw new ArticleParseError('NOT_AN_ARTICLE', 'No headline could be found: the page does not look like a news article.');
  }

  const source = meta.source ?? (body.source !== null ? { name: body.source, url: null, city: null } : null);
  return {
    title,
    lead,
    body: paragraphs,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    url: meta.url ?? canonical ?? ctx.url,
    source,
    authors: meta.authors,
    tags: meta.tags,
    images: meta.images,
    moreOnEvent: rel.moreOnEvent,
    related: rel.related,
  };
}

/** The instant of an ISO date or datetime, for reading item dates written without a year. */
function instantOf(iso: string | null): Date | null {
  if (iso === null) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

function textLength(blocks: readonly TextBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.len;
  return n;
}

/** Marks the blocks inside `el` as excluded from the body. */
function excludeElement(index: PageIndex, el: Element, excluded: Uint8Array): void {
  const i = indexOfElement(index, el);
  if (i === undefined) return;
  for (let k = index.blockStart[i]!; k < index.blockEnd[i]!; k++) excluded[k] = 1;
}

function selectAllOf(selectors: readonly string[] | undefined, document: Document): Element[] {
  if (!selectors || selectors.length === 0) return [];
  return selectEach(document, selectors).flat();
}

function ruleLead(rules: SiteRules | null, document: Document, index: PageIndex): number | null {
  for (const [el] of selectEach(document, rules?.lead ?? [], 1)) {
    const i = el === undefined ? undefined : indexOfElement(index, el);
    if (i !== undefined && index.blockEnd[i]! > index.blockStart[i]!) return i;
  }
  return null;
}

/** `link[rel=canonical]` (else `og:url`) and `<base href>` (the first matches of {@link HEAD_LINKS}), made absolute. */
function headLinks(found: readonly Element[][], pageUrl: string | null): { canonical: string | null; base: string | null } {
  const [canonicalLinks, ogUrls, bases] = found;
  const href = canonicalLinks![0]?.attribs.href ?? ogUrls![0]?.attribs.content;
  const canonical = href ? (absoluteUrl(href, pageUrl) ?? null) : null;
  const baseHref = bases![0]?.attribs.href;
  return { canonical, base: baseHref ? (absoluteUrl(baseHref, pageUrl ?? canonical) ?? null) : null };
}

/** Until the metadata stage finds one: the first `<h1>`, then `og:title`, then `<title>`. */
function fallbackTitle(document: Document, index: PageIndex): string | null {
  for (const b of index.blocks) if (b.kind === 'heading' && b.level === 1 && b.len >= 5) return b.text;
  const [ogs, titles] = selectEachCompiled(document, FALLBACK_TITLES, 1);
  const og = ogs![0]?.attribs.content?.trim();
  if (og) return og;
  const t = titles![0];
  const text = t === undefined ? '' : elementText(t, 500);
  return text === '' ? null : text;
}
