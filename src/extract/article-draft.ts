import type { ArticleImage, ArticleSource } from '../schema/article.js';
import type { RelatedItem } from '../schema/related-item.js';

/**
 * What the HTML and the text extractors produce: the Article's fields before
 * normalization, date finding and validation (see build-article.ts). Strings may still
 * hold raw white space; `buildArticle` normalizes every one of them.
 * @internal
 */
export interface ArticleDraft {
  title: string | null;
  /** True when the title was derived from the first paragraph (a warning is added). */
  titleDerived?: boolean;
  lead: string | null;
  body: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  url: string | null;
  source: ArticleSource | null;
  authors: string[];
  tags: string[];
  images: ArticleImage[];
  moreOnEvent: RelatedItem[];
  related: RelatedItem[];
}

/** An empty draft, to be filled by an extractor. @internal */
export function emptyDraft(): ArticleDraft {
  return {
    title: null,
    lead: null,
    body: [],
    publishedAt: null,
    modifiedAt: null,
    url: null,
    source: null,
    authors: [],
    tags: [],
    images: [],
    moreOnEvent: [],
    related: [],
  };
}
