import { describe, expect, it } from 'vitest';
import { dateMatches, relatedFound, snippetFailures, tokenDiff, tokenF1, tokenize } from '../../scripts/eval/score.js';
import { normalizePublishedTime } from '../../scripts/eval/readability.js';

describe('tokenize', () => {
  it('lower-cases, folds ё to е and splits on anything but letters and digits', () => {
    expect(tokenize('Ёлка в Твери — 25,5 м!')).toEqual(['елка', 'в', 'твери', '25', '5', 'м']);
  });

  it('applies NFC first, so a decomposed й is one letter', () => {
    expect(tokenize('Краи\u0306')).toEqual(['край']);
  });
});

describe('tokenF1', () => {
  it('computes precision, recall and F1 from the bag of words', () => {
    // 3 of 4 predicted tokens are in the 6-token reference.
    const s = tokenF1('мост открыли в среду', 'в Калуге открыли новый мост через');
    expect(s.matched).toBe(3);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
  });

  it('counts multiplicity: a repeated token matches only as often as the reference has it', () => {
    const s = tokenF1('мост мост мост', 'мост через мост');
    expect(s.matched).toBe(2);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
  });

  it('treats ё and е, and upper and lower case, as the same token', () => {
    expect(tokenF1('ЕЩЕ ОДИН', 'Ещё один').f1).toBe(1);
  });

  it('gives 0 to an empty prediction and 1 when both sides are empty', () => {
    expect(tokenF1('', 'текст статьи').f1).toBe(0);
    expect(tokenF1('...', '').f1).toBe(1);
  });
});

describe('tokenDiff', () => {
  it('lists the reference tokens the prediction lacks, in order, respecting counts', () => {
    expect(tokenDiff('мост через мост реку', 'мост')).toEqual(['через', 'мост', 'реку']);
  });
});

describe('dateMatches', () => {
  it('matches a full datetime at the same instant within 59 seconds, whatever the offset', () => {
    expect(dateMatches('2018-08-27T15:34:30Z', '2018-08-27T18:34:00+03:00', 'Europe/Moscow')).toBe(true);
    expect(dateMatches('2018-08-27T18:35:00+03:00', '2018-08-27T18:34:00+03:00', 'Europe/Moscow')).toBe(false);
  });

  it('does not accept the right wall-clock time with the wrong offset', () => {
    expect(dateMatches('2020-12-01T14:02:00+03:00', '2020-12-01T14:02:00+06:00', 'Asia/Almaty')).toBe(false);
  });

  it('does not accept a day-only prediction for a full datetime', () => {
    expect(dateMatches('2018-08-27', '2018-08-27T18:34:00+03:00', 'Europe/Moscow')).toBe(false);
  });

  it('compares a full datetime with an expected day by its calendar day in the case zone', () => {
    // 22:30 UTC on the 26th is 01:30 on the 27th in Moscow.
    expect(dateMatches('2018-08-26T22:30:00Z', '2018-08-27', 'Europe/Moscow')).toBe(true);
    expect(dateMatches('2018-08-26T22:30:00Z', '2018-08-27', 'Europe/London')).toBe(false);
    expect(dateMatches('2018-08-27', '2018-08-27', 'Europe/Moscow')).toBe(true);
  });

  it('expects null when the page has no date', () => {
    expect(dateMatches(null, null, 'Europe/Moscow')).toBe(true);
    expect(dateMatches('2015-06-01', null, 'Europe/Moscow')).toBe(false);
    expect(dateMatches(null, '2015-06-01', 'Europe/Moscow')).toBe(false);
    expect(dateMatches('вчера', '2015-06-01', 'Europe/Moscow')).toBe(false);
  });
});

describe('snippets and related titles', () => {
  const prediction = {
    title: 'Мост открыт',
    text: 'В Калуге  открыли\nновый мост.\n\nЧитайте также: пробки',
    publishedAt: null,
    relatedTitles: ['В Туле закрыли старый мост на ремонт', 'Погода'],
  };

  it('checks mustContain in title + text and mustNotContain in text, whitespace collapsed', () => {
    const f = snippetFailures(prediction, ['открыт В Калуге', 'открыли новый мост', 'в Туле'], ['Читайте также', 'Мост открыт']);
    expect(f.missing).toEqual(['в Туле']);
    expect(f.present).toEqual(['Читайте также']);
  });

  it('finds a related title by containment either way, only through found titles over 10 characters', () => {
    expect(relatedFound('В Туле закрыли старый мост', prediction.relatedTitles)).toBe(true);
    expect(relatedFound('В Туле закрыли старый мост на ремонт до весны', prediction.relatedTitles)).toBe(true);
    expect(relatedFound('Погода в Калуге на выходные', prediction.relatedTitles)).toBe(false);
    expect(relatedFound('Погода', prediction.relatedTitles)).toBe(true);
  });
});

describe('normalizePublishedTime (Readability baseline)', () => {
  it('keeps days and offsets, reads naive times in the zone', () => {
    expect(normalizePublishedTime('2018-08-27', 'Europe/Moscow')).toBe('2018-08-27');
    expect(normalizePublishedTime('2018-08-27T18:34:00+03:00', 'Europe/Moscow')).toBe('2018-08-27T18:34:00+03:00');
    expect(normalizePublishedTime('2018-08-27 18:34', 'Europe/Moscow')).toBe('2018-08-27T18:34:00.000+03:00');
    expect(normalizePublishedTime('nonsense', 'Europe/Moscow')).toBeNull();
  });
});
