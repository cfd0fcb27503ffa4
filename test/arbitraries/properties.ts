import fc from 'fast-check';
import { findRussianDates } from '../../src/date/find-russian-dates.js';
import { parseRussianDate } from '../../src/date/parse-russian-date.js';
import { ArticleParseError } from '../../src/errors.js';
import { parseArticle, parseHtml, parseText, safeParseArticle } from '../../src/parse-article.js';
import { DateMentionSchema, ParsedDateSchema } from '../../src/schema/parsed-date.js';
import { OPTIONS, checkArticle, checkParse } from './check-article.js';
import { htmlBytes, htmlPage } from './html-grammar.js';
import { lostLines } from './no-loss.js';
import { aggregatorText } from './text-grammar.js';
import { paragraph, sentence } from './words.js';

/**
 * The robustness properties, shared by `test/robustness/properties.test.ts` (2,000+ cases
 * each) and `npm run fuzz` (100,000+ cases in all). Each predicate throws on a violation.
 */
export interface NamedProperty {
  name: string;
  /** Relative share of the fuzz budget. */
  weight: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  property: () => fc.IProperty<any>;
}

/** Strings of every flavour: any code unit, full Unicode, graphemes, and Russian text spliced with junk. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.array(fc.oneof(paragraph, sentence, fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('\n', '\n\n', '\r\n', '\u00A0', '<', '>', '&', 'По теме', 'Ещё новости о событии', 'Источник:')), { maxLength: 12 }).map((p) => p.join('')),
);

const dateString: fc.Arbitrary<string> = fc.oneof(
  anyString,
  fc
    .array(fc.constantFrom('4', '04', '12', '2017', '.', ':', ' ', '\u00A0', 'декабря', 'дек.', 'в', 'г.', 'года', 'МСК', '+03:00', 'вчера', 'назад', 'часа', 'трёх', 'с', 'по', '–', '-', 'T', 'Z', 'Пн,', '23:16'), { maxLength: 20 })
    .map((p) => p.join('')),
);

const anyOptions = fc.oneof(
  fc.constant(undefined),
  fc.anything(),
  fc.record(
    {
      referenceDate: fc.oneof(fc.date({ noInvalidDate: false }), fc.string(), fc.constant('2024-06-01'), fc.anything()),
      timeZone: fc.oneof(fc.constantFrom('Europe/Moscow', 'Asia/Vladivostok', 'UTC', 'Mars/Base', ''), fc.anything()),
      format: fc.oneof(fc.constantFrom('auto', 'html', 'text', 'pdf'), fc.anything()),
      maxInputBytes: fc.oneof(fc.integer(), fc.double(), fc.anything()),
      encoding: fc.oneof(fc.constantFrom('windows-1251', 'koi8-r', 'utf-8', 'x-nope', ''), fc.anything()),
      url: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
      siteRules: fc.oneof(fc.array(fc.anything(), { maxLength: 2 }), fc.anything()),
    },
    { requiredKeys: [] },
  ),
);

const OPTIONS_DATE = { reference: OPTIONS.referenceDate, timeZone: OPTIONS.timeZone };

function onlyTypedErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw new Error(`threw a non-ArticleParseError: ${String(error)}`);
    if (error.code === 'INTERNAL_ERROR') throw new Error(`INTERNAL_ERROR: ${error.message}`);
  }
}

export const PROPERTIES: NamedProperty[] = [
  {
    name: 'random strings → parseArticle / parseText / parseHtml',
    weight: 3,
    property: () =>
      fc.property(anyString, (s) => {
        checkParse(() => parseArticle(s, OPTIONS));
        checkParse(() => parseText(s, OPTIONS));
        checkParse(() => parseHtml(s, OPTIONS));
      }),
  },
  {
    name: 'random bytes → parseArticle / parseHtml (auto charset and forced)',
    weight: 2,
    property: () =>
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(undefined, 'windows-1251', 'koi8-r', 'utf-8', 'x-unknown'), (bytes, encoding) => {
        checkParse(() => parseArticle(bytes, OPTIONS));
        checkParse(() => parseHtml(bytes, { ...OPTIONS, encoding }));
      }),
  },
  {
    name: 'grammar HTML (string) → parseHtml: schema-valid, plain text, safe URLs',
    weight: 4,
    property: () =>
      fc.property(htmlPage, (page) => {
        checkParse(() => parseHtml(page, { ...OPTIONS, url: 'https://news.example.ru/section/page.html' }), { plainText: true });
        checkParse(() => parseArticle(page, OPTIONS), { plainText: true });
      }),
  },
  {
    name: 'grammar HTML (bytes, mixed encodings) → parseHtml / parseArticle',
    weight: 3,
    property: () =>
      fc.property(htmlBytes, ({ bytes, garbage }) => {
        // Random bytes may split a tag (`</ti\x80tle>`): then markup-like text is the page's own text.
        checkParse(() => parseHtml(bytes, { ...OPTIONS, url: 'https://news.example.ru/a/b' }), { plainText: !garbage });
        // Auto-detection may read a page with leading junk as text; it must still be valid.
        checkParse(() => parseArticle(bytes, OPTIONS));
      }),
  },
  {
    name: 'grammar aggregator text → parseText: schema-valid, no line silently lost',
    weight: 4,
    property: () =>
      fc.property(aggregatorText, ({ text }) => {
        const article = checkParse(() => parseText(text, OPTIONS));
        if (article === null) throw new Error('a generated dump was rejected');
        const lost = lostLines(text, article, OPTIONS_DATE);
        if (lost.length > 0) throw new Error(`lines lost without a warning: ${JSON.stringify(lost)}`);
      }),
  },
  {
    name: 'parseRussianDate / findRussianDates never throw, outputs schema-valid',
    weight: 3,
    property: () =>
      fc.property(dateString, fc.oneof(fc.constant(OPTIONS_DATE), fc.anything()), (s, options) => {
        const one = parseRussianDate(s, options as never);
        if (one !== null && !ParsedDateSchema.safeParse(one).success) throw new Error(`invalid ParsedDate ${JSON.stringify(one)}`);
        const all = findRussianDates(s, options as never);
        for (const m of all) {
          if (!DateMentionSchema.safeParse(m).success) throw new Error(`invalid DateMention ${JSON.stringify(m)}`);
          if (s.slice(m.index, m.index + m.text.length) !== m.text) throw new Error(`mention not at its index ${JSON.stringify(m)}`);
        }
        // Non-string input must not throw either.
        parseRussianDate(options as never);
        findRussianDates(options as never, options as never);
      }),
  },
  {
    name: 'any input and options → safeParseArticle never throws; parse functions throw only ArticleParseError',
    weight: 2,
    property: () =>
      fc.property(fc.oneof(anyString, fc.anything(), fc.uint8Array({ maxLength: 64 })), anyOptions, (input, options) => {
        const result = safeParseArticle(input as string, options as never);
        if (result.success) checkArticle(result.data);
        else if (!(result.error instanceof ArticleParseError) || result.error.code === 'INTERNAL_ERROR') {
          throw new Error(`safeParseArticle failed with ${String(result.error)}`);
        }
        onlyTypedErrors(() => parseText(input as string, options as never));
        onlyTypedErrors(() => parseHtml(input as string, options as never));
      }),
  },
];

