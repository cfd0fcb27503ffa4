import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseText } from '../../src/index.js';

/** The real first example, read from ../shared/seed when present (never copied into the repo). */
const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', 'kaluga-japan.txt');
const present = existsSync(SEED);

describe.skipIf(!present)('seed: kaluga-japan.txt (issue 2 "Done when")', () => {
  const text = present ? readFileSync(SEED, 'utf8') : '';
  // A reference far from 2017: the year of "24 ноября" must come from the page itself.
  const article = present ? parseText(text, { referenceDate: '2025-02-20T12:00:00+03:00', timeZone: 'Europe/Moscow' }) : null!;

  it('reads the title and the lead', () => {
    expect(article.title).toBe('Калужская область нацелена на расширение сотрудничества с Японией');
    expect(article.lead).toBe(
      '24 ноября в Москве губернатор области Анатолий Артамонов принял участие в 13-ом заседании Российско-Японской Межправительственной комиссии по торгово-экономическим вопросам.',
    );
  });

  it('has 4 body paragraphs with NBSP runs collapsed and no block text in them', () => {
    expect(article.body).toHaveLength(4);
    expect(article.body[0]).toMatch(/^Сопредседателями встречи/);
    expect(article.body[2]).toContain('высказался за необходимость');
    expect(article.body[3]).toMatch(/^Глава региона также предложил установить партнерство/);
    for (const p of article.body) {
      expect(p).not.toMatch(/[\u00A0]| {2}/);
      expect(p).not.toMatch(/По теме|новости о событии/);
    }
    expect(article.text).toBe([article.lead, ...article.body].join('\n\n'));
  });

  it('reads the one more-on-event item with its time in Moscow', () => {
    expect(article.moreOnEvent).toEqual([
      {
        title: article.lead,
        url: null,
        source: 'Администрация Кировского района',
        city: 'Киров',
        snippet: null,
        publishedAt: '2017-12-04T23:16:00+03:00',
      },
    ]);
  });

  it('reads 7 unique related items with their sources (homoglyphs repaired)', () => {
    expect(article.related).toHaveLength(7);
    const titles = article.related.map((r) => r.title);
    expect(new Set(titles).size).toBe(7);
    expect(titles.filter((t) => t.startsWith('8 декабря в Калуге'))).toHaveLength(1);
    const sources = new Set(article.related.map((r) => r.source).filter((s) => s !== null));
    expect([...sources].sort()).toEqual(
      ['Библиотека им. Н.Н. Ремизова', 'Газета Обнинск', 'Калужский перекрёсток', 'Комсомольская Правда'].sort(),
    );
    expect([...sources].join('')).not.toMatch(/[a-z]/i); // "Гaзeтa" with Latin a/e is repaired
    expect(article.related.find((r) => r.source === 'Газета Обнинск')?.title).toBe('У Калужской области будет ИИ-модель');
  });

  it('drops the snippet\'s echo of the title', () => {
    const item = article.related.find((r) => r.title === 'Калужанин из ревности напал с ножом на мужчину');
    expect(item?.source).toBe('Комсомольская Правда');
    expect(item?.snippet).toMatch(/^Инцидент произошел/);
  });

  it('anchors the year of "24 ноября" on the more-on-event date (2017), not on referenceDate', () => {
    const mention = article.dates.find((d) => d.text === '24 ноября');
    expect(mention).toMatchObject({ value: '2017-11-24', granularity: 'day', index: 0 });
    expect(article.warnings.join('\n')).not.toMatch(/guessed from today/);
  });

  it('passes ArticleSchema', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });
});
