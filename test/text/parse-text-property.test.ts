import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, ArticleSchema, safeParseArticle } from '../../src/index.js';
import { textToLines } from '../../src/blocks/from-text.js';

/** Lines in the aggregator's vocabulary, so that random dumps hit every branch of the parser. */
const LINE = fc.oneof(
  fc.constantFrom(
    'Ещё новости о событии:', 'Еще новости о событии', 'По теме', 'Читайте также:', 'Самое читаемое',
    'Источник: Тульские новости', 'Источник:', '20.06.2024 10:15', '23:16 04.12.2017 Знамя - Калуга', '10:00 31.11.2017 Весть',
    'Знамя', 'Весть', 'Мост - Знамя Мост Текст.', 'Тула - Калуга - Весть Тула - Калуга', 'Еще одна новость',
    'В Туле открыли мост 24 ноября.', 'https://x.example/a', 'Гaзeтa Обнинск', ' ', '\u00A0\u00A0', '— - –', 'а.', 'Мост открыт. Движение запущено.',
  ),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[А-Яа-яЁё .,«»:-]{0,60}$/),
);
const DUMP = fc.tuple(fc.array(LINE, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([lines, nl]) => lines.join(nl));
const DATE_TOKEN = /^\d{1,2}[:.]\d{2}(?:\.\d{2,4})?$/;

describe('parseText on random dumps', () => {
  it('returns a schema-valid Article or an ArticleParseError, and loses no word silently', () => {
    fc.assert(
      fc.property(DUMP, (input) => {
        const result = safeParseArticle(input, { format: 'text', referenceDate: '2024-06-20T12:00:00+03:00' });
        if (!result.success) {
          expect(result.error).toBeInstanceOf(ArticleParseError);
          expect(['EMPTY_INPUT', 'NOT_AN_ARTICLE']).toContain(result.error.code);
          return;
        }
        const a = result.data;
        expect(ArticleSchema.safeParse(a).success).toBe(true);
        const haystack = [a.title, a.lead ?? '', ...a.body, a.source?.name ?? '', a.source?.url ?? '', a.publishedAt ?? '',
          ...[...a.moreOnEvent, ...a.related].flatMap((i) => [i.title, i.url ?? '', i.source ?? '', i.city ?? '', i.snippet ?? ''])].join('\n');
        const warnings = a.warnings.join('\n');
        for (const line of textToLines(input)) {
          if (line.heading !== null) continue;
          // Either quoted in a warning (what was dropped or guessed), or every word is in a field.
          if (warnings.includes(line.text.slice(0, 80))) continue;
          for (const word of line.text.split(' ')) {
            if (DATE_TOKEN.test(word) || /^(?:[-–—]|Источник:)$/.test(word)) continue; // an ISO date, a separator, the trailer label
            expect(haystack, `"${word}" of line "${line.text}"`).toContain(word);
          }
        }
      }),
      { numRuns: 400, seed: 20240620 },
    );
  });
});
