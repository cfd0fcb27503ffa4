import { describe, expect, it } from 'vitest';
import { buildArticle, YEAR_FROM_TODAY_WARNING } from '../src/build-article.js';
import { ArticleParseError } from '../src/errors.js';
import { emptyDraft, type ArticleDraft } from '../src/extract/article-draft.js';
import { resolveParseOptions, type ParseContext } from '../src/options.js';
import type { RelatedItem } from '../src/schema/related-item.js';

const REFERENCE = '2025-03-01T12:00:00+03:00';

function ctx(referenceGiven = true): ParseContext {
  const c = resolveParseOptions({ referenceDate: REFERENCE, timeZone: 'Europe/Moscow' });
  // Pin the clock even when "no referenceDate was given", so the result stays deterministic.
  return referenceGiven ? c : { ...c, referenceDateGiven: false };
}

function draft(fields: Partial<ArticleDraft>): ArticleDraft {
  return { ...emptyDraft(), title: 'Заголовок', ...fields };
}

function item(title: string, publishedAt: string | null): RelatedItem {
  return { title, url: null, source: null, city: null, snippet: null, publishedAt };
}

const LEAD = '24 ноября в Калуге открыли мост.';

describe('buildArticle', () => {
  it('normalizes every string, repairs homoglyphs, joins text and drops empty paragraphs', () => {
    const a = buildArticle(
      draft({
        title: '  Мост\u00A0\u00A0открыт ',
        lead: 'Первый\tабзац.',
        body: ['Второй\u200B абзац.', ' \u00A0 ', 'Третий абзац.'],
        source: { name: 'Гaзeтa  Обнинск', url: null, city: ' Обнинск ' },
        authors: ['Иванов', 'Иванов '],
      }),
      ctx(),
    );
    expect(a.title).toBe('Мост открыт');
    expect(a.body).toEqual(['Второй абзац.', 'Третий абзац.']);
    expect(a.text).toBe('Первый абзац.\n\nВторой абзац.\n\nТретий абзац.');
    expect(a.source).toEqual({ name: 'Газета Обнинск', url: null, city: 'Обнинск' });
    expect(a.authors).toEqual(['Иванов']);
  });

  it('throws NOT_AN_ARTICLE without a title', () => {
    expect(() => buildArticle(draft({ title: ' \u00A0 ', lead: 'Текст.' }), ctx())).toThrow(ArticleParseError);
  });

  it('warns when the title was derived', () => {
    const a = buildArticle(draft({ title: 'Мост открыт', titleDerived: true, lead: 'Мост открыт. Движение запущено.' }), ctx());
    expect(a.warnings).toEqual([expect.stringMatching(/title was derived/)]);
  });
});

describe('buildArticle: the year of "24 ноября"', () => {
  it('is anchored on publishedAt first', () => {
    const a = buildArticle(draft({ lead: LEAD, publishedAt: '2018-01-10T10:00:00+03:00', moreOnEvent: [item('Событие', '2016-12-01T10:00:00+03:00')] }), ctx());
    expect(a.dates).toEqual([{ text: '24 ноября', value: '2017-11-24', granularity: 'day', index: 0 }]);
  });

  it('then on the latest full date of the text or of the more-on-event items', () => {
    const fromItems = buildArticle(draft({ lead: LEAD, moreOnEvent: [item('А', '2016-12-04T23:16:00+03:00'), item('Б', '2019-12-04T10:00:00+03:00')] }), ctx());
    expect(fromItems.dates[0]?.value).toBe('2019-11-24');
    const fromText = buildArticle(draft({ lead: LEAD, body: ['Решение приняли 2 декабря 2012 года.'] }), ctx());
    expect(fromText.dates.map((d) => d.value)).toEqual(['2012-11-24', '2012-12-02']);
  });

  it('ignores related items (other stories)', () => {
    const a = buildArticle(draft({ lead: LEAD, related: [item('Другая новость', '2014-12-04T10:00:00+03:00')] }), ctx());
    expect(a.dates[0]?.value).toBe('2024-11-24');
    expect(a.warnings).toEqual([]);
  });

  it('falls back to referenceDate silently, and to today with a warning', () => {
    expect(buildArticle(draft({ lead: LEAD }), ctx()).warnings).toEqual([]);
    const guessed = buildArticle(draft({ lead: LEAD }), ctx(false));
    expect(guessed.dates[0]?.value).toBe('2024-11-24');
    expect(guessed.warnings).toEqual([YEAR_FROM_TODAY_WARNING]);
  });

  it('does not warn when no year had to be guessed', () => {
    const a = buildArticle(draft({ lead: 'Мост открыли 24 ноября 2017 года.' }), ctx(false));
    expect(a.dates[0]?.value).toBe('2017-11-24');
    expect(a.warnings).toEqual([]);
  });

  it('copes with more dated items than a function call takes arguments', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => item(`Новость ${i}`, `2016-0${1 + (i % 9)}-10T10:00:00+03:00`));
    const a = buildArticle(draft({ lead: LEAD, moreOnEvent: many }), ctx());
    expect(a.dates[0]?.value).toBe('2016-11-24');
    expect(a.moreOnEvent).toHaveLength(200_000);
  });
});
