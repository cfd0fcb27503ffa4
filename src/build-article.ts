import { findDateMentions, findDateMentionsWithYearUse } from './date/find-date-mentions.js';
import { ArticleParseError, BUG_REPORT } from './errors.js';
import type { ArticleDraft } from './extract/article-draft.js';
import type { ParseContext } from './options.js';
import { ArticleSchema, type Article } from './schema/article.js';
import type { RelatedItem } from './schema/related-item.js';
import { normalizeOrNull, normalizeText } from './text/normalize.js';

/** Warning added when missing years had to be guessed from the clock. */
export const YEAR_FROM_TODAY_WARNING =
  'The year of a date written without one was guessed from today: the article has no publication date or full date to anchor it. Pass referenceDate to pin it.';

/**
 * The shared last stage of both pipelines: normalizes every string of the draft,
 * joins `text`, finds the dates mentioned in it (missing years anchored on the page's
 * own evidence), and validates the result against {@link ArticleSchema}.
 * @internal
 */
export function buildArticle(draft: ArticleDraft, ctx: ParseContext): Article {
  const lead = normalizeOrNull(draft.lead);
  const body = normalizeList(draft.body);
  const title = normalizeOrNull(draft.title);
  if (title === null) {
    throw new ArticleParseError('NOT_AN_ARTICLE', 'No headline could be found: the input does not look like a news article.');
  }
  if (draft.titleDerived) ctx.warn('The input has no title line: the title was derived from the first sentence of the first paragraph.');

  const moreOnEvent = normalizeItems(draft.moreOnEvent);
  const related = normalizeItems(draft.related);
  const text = [lead, ...body].filter((p): p is string => p !== null).join('\n\n');

  const publishedAt = normalizeOrNull(draft.publishedAt);
  const dates = findArticleDates(text, publishedAt, moreOnEvent, ctx);

  const source = draft.source === null ? null : normalizeSource(draft.source);
  const article: Article = {
    title,
    lead,
    body,
    text,
    publishedAt,
    modifiedAt: normalizeOrNull(draft.modifiedAt),
    url: normalizeOrNull(draft.url),
    source,
    authors: unique(normalizeList(draft.authors)),
    tags: unique(normalizeList(draft.tags)),
    images: draft.images
      .map((img) => ({ url: img.url.trim(), caption: normalizeOrNull(img.caption) }))
      .filter((img) => img.url !== ''),
    dates,
    moreOnEvent,
    related,
    warnings: ctx.warnings.slice(),
  };
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    throw new ArticleParseError(
      'INTERNAL_ERROR',
      `The parser produced an Article that fails its own schema (${checked.error.issues[0]?.path.join('.') ?? '?'}: ${checked.error.issues[0]?.message ?? '?'}). ${BUG_REPORT}.`,
    );
  }
  return checked.data;
}

/**
 * Dates in `text`. A missing year is read against, in order: the publication date, the
 * latest full date in the text or in the more-on-event items, the caller's
 * `referenceDate`, and finally today (with a warning).
 */
function findArticleDates(
  text: string,
  publishedAt: string | null,
  moreOnEvent: RelatedItem[],
  ctx: ParseContext,
): Article['dates'] {
  if (text === '') return [];
  const scan = (yearReference: Date) => ({ now: ctx.referenceDate, yearReference, timeZone: ctx.timeZone });
  const scanned = findDateMentionsWithYearUse(text, scan(ctx.referenceDate));
  const first = scanned.mentions;
  if (first.length === 0) return [];

  let anchor = instantOf(publishedAt);
  if (Number.isNaN(anchor)) {
    const fullDates = first.filter((m) => !m.yearImplied && !m.relative && ['day', 'minute', 'second'].includes(m.granularity));
    // A running maximum, not Math.max(...list): a huge text can hold more dates than a call takes arguments.
    anchor = -Infinity;
    for (const iso of [...fullDates.map((m) => m.end ?? m.value), ...moreOnEvent.map((item) => item.publishedAt)]) {
      const t = instantOf(iso);
      if (t > anchor) anchor = t;
    }
  }
  let mentions = first;
  // The year reference matters only to dates written without a year: with none in the text, the first scan stands.
  if (anchor > -Infinity && scanned.yearReferenceUsed) {
    mentions = findDateMentions(text, scan(new Date(anchor)));
  } else if (!ctx.referenceDateGiven && first.some((m) => m.yearImplied)) {
    ctx.warn(YEAR_FROM_TODAY_WARNING);
  }
  return mentions.map(({ yearImplied: _y, relative: _r, ...mention }) => mention);
}

/** The instant of an ISO date (a year or a month counts at its middle), in ms; NaN when there is none. */
function instantOf(iso: string | null | undefined): number {
  return iso ? new Date(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso).getTime() : NaN;
}

function normalizeList(list: readonly string[]): string[] {
  return list.map((s) => normalizeText(s)).filter((n) => n !== '');
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function normalizeSource(source: NonNullable<ArticleDraft['source']>): Article['source'] {
  const name = normalizeOrNull(source.name);
  if (name === null) return null;
  return { name, url: normalizeOrNull(source.url), city: normalizeOrNull(source.city) };
}

function normalizeItems(items: readonly RelatedItem[]): RelatedItem[] {
  const out: RelatedItem[] = [];
  for (const item of items) {
    const title = normalizeOrNull(item.title);
    if (title === null) continue;
    out.push({
      title,
      url: normalizeOrNull(item.url),
      source: normalizeOrNull(item.source),
      city: normalizeOrNull(item.city),
      snippet: normalizeOrNull(item.snippet),
      publishedAt: normalizeOrNull(item.publishedAt),
    });
  }
  return out;
}
