import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseArticle, safeParseArticle } from '../src/index.js';

describe('input checks', () => {
  it.each(['', '   ', '\n\t\u00A0 \r\n'])('rejects empty input %j with EMPTY_INPUT', (input) => {
    expect(() => parseArticle(input)).toThrow(ArticleParseError);
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('EMPTY_INPUT');
  });

  it('rejects input over maxInputBytes with INPUT_TOO_LARGE', () => {
    const result = safeParseArticle('Заголовок\n\nТекст новости.', { maxInputBytes: 10 });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INPUT_TOO_LARGE');
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ referenceDate: 'not a date' }, 'referenceDate'],
    [{ maxInputBytes: -1 }, 'maxInputBytes'],
    [{ format: 'pdf' }, 'format'],
    [{ url: 'relative/path' }, 'url'],
    [{ siteRules: [{ name: 'x', body: 'div' }] }, 'siteRules[0].body'],
  ])('rejects bad options %j with INVALID_OPTIONS naming %s', (options, name) => {
    const result = safeParseArticle('Заголовок\n\nТекст.', options as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_OPTIONS');
      expect(result.error.message).toContain(name);
    }
  });
});
