// Type-checked (never run) by test/package/install.test.ts against the installed tarball's
// .d.ts, with moduleResolution "nodenext" from a CommonJS module.
import {
  ArticleParseError,
  ArticleSchema,
  defineSiteRules,
  parseArticle,
  safeParseArticle,
  type Article,
  type ArticleParseErrorCode,
  type DateMention,
  type ParseOptions,
  type RelatedItem,
  type SiteRules,
} from 'ru-news-parser';

const rules: SiteRules = defineSiteRules({
  name: 'kaluga-news',
  hosts: ['news.kaluga.example'],
  title: ['h1.news-title'],
  body: ['div.news-text'],
  timeZone: 'Europe/Moscow',
});

const options: ParseOptions = {
  url: 'https://news.kaluga.example/1',
  referenceDate: new Date('2017-12-01T12:00:00+03:00'),
  timeZone: 'Europe/Moscow',
  format: 'auto',
  siteRules: [rules],
};

export function headline(input: string | Uint8Array): string {
  const article: Article = parseArticle(input, options);
  const firstDate: DateMention | undefined = article.dates[0];
  const more: RelatedItem[] = article.moreOnEvent;
  const published: string | null = article.publishedAt;
  return [article.title, firstDate?.value ?? '', String(more.length), published ?? ''].join(' | ');
}

export function codeOf(input: string): ArticleParseErrorCode | 'ok' {
  const result = safeParseArticle(input);
  if (result.success) {
    const validated: Article = ArticleSchema.parse(result.data);
    return validated.title === '' ? 'EMPTY_INPUT' : 'ok';
  }
  const error: ArticleParseError = result.error;
  return error.code;
}

// The types must be real, not `any`: each of these lines must be a type error.
// @ts-expect-error title is a string
export const wrongTitle: Article['title'] = 42;
// @ts-expect-error selectors are arrays of strings
defineSiteRules({ name: 'x', body: 'div.text' });
// @ts-expect-error not an error code
export const wrongCode: ArticleParseErrorCode = 'OOPS';
