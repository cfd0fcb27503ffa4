import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

/** The bundled example that `npm run example` prints: it must show both aggregator blocks. */
describe('examples/tula-bridge.txt', () => {
  const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'tula-bridge.txt')));
  const a = parseArticle(bytes, { referenceDate: '2024-06-20T12:00:00+03:00' });

  it('parses as a text article with both blocks split off the body', () => {
    expect(a.title).toBe('В Туле открыли новый мост через Упу на улице Епифанской');
    expect(a.body).toHaveLength(2);
    expect(a.text).not.toMatch(/По теме|новости о событии/);
    expect(a.moreOnEvent.map((i) => [i.source, i.city, i.publishedAt])).toEqual([
      ['Тульские известия', 'Тула', '2024-06-18T17:05:00+03:00'],
      ['Слобода', 'Тула', '2024-06-18T18:30:00+03:00'],
    ]);
    expect(a.related.map((i) => [i.title, i.source])).toEqual([
      ['В Новомосковске отремонтируют путепровод на улице Мира.', null],
      ['Набережную Упы благоустроят к осени', 'Тульская пресса'],
      ['В Алексине - новый пешеходный мост через Оку', 'Алексинские вести'],
    ]);
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ['18 июня', '2024-06-18'],
      ['1 сентября', '2024-09-01'],
    ]);
    expect(a.warnings).toEqual([]);
  });
});
