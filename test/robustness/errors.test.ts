import { describe, expect, it } from 'vitest';
import { ArticleParseError, defineSiteRules, findRussianDates, parseArticle, parseHtml, parseRussianDate, parseText, safeParseArticle } from '../../src/index.js';

/**
 * Issue 7, guarantee 1: only typed errors. Every bad option names itself in an
 * INVALID_OPTIONS message, from all three parse functions and from safeParseArticle; the
 * date functions return null / [] instead of throwing; bad input maps to its code.
 */
const ARTICLE = 'В Калуге открыли мост\n\n24 ноября в Калуге открыли новый мост через Оку.';
const GOOD = { referenceDate: '2024-06-01T12:00:00+03:00', timeZone: 'Europe/Moscow' };
const PARSERS = { parseArticle, parseHtml, parseText } as const;

function errorOf(run: () => unknown): ArticleParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError);
    const e = error as ArticleParseError;
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ArticleParseError');
    expect(e.message.length).toBeGreaterThan(20);
    return e;
  }
  throw new Error('expected an ArticleParseError, nothing was thrown');
}

/** [case, options, text the message must contain] */
const BAD_OPTIONS: [string, unknown, string][] = [
  ['unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
  ['empty time zone', { timeZone: '' }, 'timeZone'],
  ['time zone of the wrong type', { timeZone: 3 }, 'timeZone'],
  ['unparsable referenceDate', { referenceDate: 'позавчера утром' }, 'referenceDate'],
  ['Invalid Date referenceDate', { referenceDate: new Date(Number.NaN) }, 'referenceDate'],
  ['numeric referenceDate', { referenceDate: 1_700_000_000_000 }, 'referenceDate'],
  ['negative maxInputBytes', { maxInputBytes: -1 }, 'maxInputBytes'],
  ['zero maxInputBytes', { maxInputBytes: 0 }, 'maxInputBytes'],
  ['NaN maxInputBytes', { maxInputBytes: Number.NaN }, 'maxInputBytes'],
  ['infinite maxInputBytes', { maxInputBytes: Number.POSITIVE_INFINITY }, 'maxInputBytes'],
  ['string maxInputBytes', { maxInputBytes: '10mb' }, 'maxInputBytes'],
  ['unknown format', { format: 'pdf' }, 'format'],
  ['empty encoding', { encoding: ' ' }, 'encoding'],
  ['numeric encoding', { encoding: 1251 }, 'encoding'],
  ['relative url', { url: '/news/1.html' }, 'url'],
  ['url of the wrong type', { url: { href: 'https://example.ru' } }, 'url'],
  ['siteRules not an array', { siteRules: { name: 'dle' } }, 'siteRules'],
  ['site rule that is null', { siteRules: [null] }, 'siteRules[0]'],
  ['site rule without a name', { siteRules: [{ title: ['h1'] }] }, 'siteRules[0].name'],
  ['site rule with a string selector list', { siteRules: [{ name: 'x', title: 'h1' }] }, 'siteRules[0].title'],
  ['site rule with an empty selector', { siteRules: [{ name: 'x' }, { name: 'y', body: ['div.text', ''] }] }, 'siteRules[1].body'],
  ['site rule with a bad time zone', { siteRules: [{ name: 'x', timeZone: 'Europe/Atlantis' }] }, 'siteRules[0].timeZone'],
  // Values that cannot be turned into text (String() and JSON.stringify throw on them) must still be named, not crash.
  ['maxInputBytes that cannot become a string', { maxInputBytes: { toString: false } }, 'maxInputBytes'],
  ['bigint format', { format: 10n }, 'format'],
  ['encoding whose toJSON throws', { encoding: { toJSON: () => { throw new Error('no'); } } }, 'encoding'],
  ['cyclic time zone', { timeZone: (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })() }, 'timeZone'],
  ['symbol referenceDate', { referenceDate: Symbol('x') }, 'referenceDate'],
  ['options that are not an object', 'Europe/Moscow', 'Options'],
  ['options that are null', null, 'Options'],
];

describe('errors: bad options', () => {
  for (const [label, options, names] of BAD_OPTIONS) {
    it(`${label} → INVALID_OPTIONS naming ${names}`, () => {
      for (const [fn, parse] of Object.entries(PARSERS)) {
        const e = errorOf(() => parse(ARTICLE, options as never));
        expect(e.code, fn).toBe('INVALID_OPTIONS');
        expect(e.message, fn).toContain(names);
      }
      const safe = safeParseArticle(ARTICLE, options as never);
      expect(safe.success).toBe(false);
      if (!safe.success) expect(safe.error.code).toBe('INVALID_OPTIONS');
    });
  }

  it('a malformed site rule is refused by defineSiteRules too', () => {
    expect(errorOf(() => defineSiteRules({ name: 'x', body: 'div' } as never)).code).toBe('INVALID_OPTIONS');
    expect(errorOf(() => defineSiteRules(null as never)).message).toContain('defineSiteRules');
    expect(defineSiteRules({ name: 'ok', body: ['div.text'] }).name).toBe('ok');
  });

  it('date functions never throw on bad options or input: null / []', () => {
    const bad: unknown[] = [{ timeZone: 'Mars/Base' }, { reference: 'never' }, { reference: new Date(Number.NaN) }, null, 'x', 42, { reference: {} }];
    for (const options of bad) {
      expect(parseRussianDate('04.12.2017', options as never)).toBeNull();
      expect(findRussianDates('Мост открыли 04.12.2017.', options as never)).toEqual([]);
    }
    for (const input of [null, undefined, 42, {}, [], Symbol('x')]) {
      expect(parseRussianDate(input as never)).toBeNull();
      expect(findRussianDates(input as never)).toEqual([]);
    }
    // Good options still work, so null above is about the options.
    expect(parseRussianDate('04.12.2017', { reference: GOOD.referenceDate, timeZone: GOOD.timeZone })?.value).toBe('2017-12-04');
  });
});

describe('errors: bad input', () => {
  it('empty and white-space input → EMPTY_INPUT', () => {
    for (const input of ['', '   ', '\n\r\n\t', '\u00A0\u202F\u00A0', '\u200B\uFEFF', new Uint8Array(0), new TextEncoder().encode(' \n ')]) {
      for (const [fn, parse] of Object.entries(PARSERS)) {
        if (fn === 'parseText' && typeof input !== 'string') continue;
        expect(errorOf(() => parse(input as string, GOOD)).code, `${fn} ${JSON.stringify(input)}`).toBe('EMPTY_INPUT');
      }
    }
  });

  it('input over maxInputBytes → INPUT_TOO_LARGE, counting UTF-8 bytes, before any work', () => {
    const cyrillic = 'Мост'.repeat(300); // 1,200 characters, 2,400 bytes
    for (const [, parse] of Object.entries(PARSERS)) {
      const e = errorOf(() => parse(cyrillic, { ...GOOD, maxInputBytes: 2_000 }));
      expect(e.code).toBe('INPUT_TOO_LARGE');
      expect(e.message).toContain('maxInputBytes');
    }
    expect(errorOf(() => parseArticle(new Uint8Array(5_000), { maxInputBytes: 4_999 })).code).toBe('INPUT_TOO_LARGE');
    expect(parseText(cyrillic, { ...GOOD, maxInputBytes: 2_400 }).lead).toBe(cyrillic); // exactly at the limit: accepted
  });

  it('binary garbage → NOT_AN_ARTICLE (bytes and strings)', () => {
    let x = 7;
    const bytes = Uint8Array.from({ length: 4_000 }, () => (x = (x * 1103515245 + 12345) % 2 ** 31) % 256);
    expect(errorOf(() => parseArticle(bytes, GOOD)).code).toBe('NOT_AN_ARTICLE');
    expect(errorOf(() => parseHtml(bytes, GOOD)).code).toBe('NOT_AN_ARTICLE');
    const controls = String.fromCharCode(...Array.from({ length: 2_000 }, (_, i) => i % 31));
    expect(errorOf(() => parseText(controls, GOOD)).code).toBe('NOT_AN_ARTICLE');
  });

  it('a page with no article text → NOT_AN_ARTICLE', () => {
    expect(errorOf(() => parseHtml('<html><body><nav><a href="/">Главная</a></nav></body></html>', GOOD)).code).toBe('NOT_AN_ARTICLE');
  });

  it('an unknown forced charset → UNSUPPORTED_ENCODING', () => {
    const bytes = new TextEncoder().encode('<html><body><h1>Мост</h1><p>Текст новости о мосте.</p></body></html>');
    expect(errorOf(() => parseArticle(bytes, { ...GOOD, encoding: 'x-klingon' })).code).toBe('UNSUPPORTED_ENCODING');
    expect(errorOf(() => parseHtml(bytes, { ...GOOD, encoding: 'x-klingon' })).message).toContain('x-klingon');
  });

  it('input that is neither a string nor bytes → INVALID_OPTIONS, and safeParseArticle never throws', () => {
    for (const input of [null, undefined, 42, {}, [], ['a'], new ArrayBuffer(8), Symbol('x'), () => 'x']) {
      for (const [fn, parse] of Object.entries(PARSERS)) {
        expect(errorOf(() => parse(input as never, GOOD)).code, fn).toBe('INVALID_OPTIONS');
      }
      const r = safeParseArticle(input as never, GOOD);
      expect(r.success).toBe(false);
    }
  });

  it('getters that throw inside options become ArticleParseError, not a raw error', () => {
    const hostile = Object.defineProperty({}, 'timeZone', {
      get() {
        throw new RangeError('boom');
      },
    });
    const e = errorOf(() => parseArticle(ARTICLE, hostile));
    expect(e.code).toBe('INTERNAL_ERROR');
    expect(safeParseArticle(ARTICLE, hostile).success).toBe(false);
    const proxy = new Proxy({}, { get: () => { throw new TypeError('trap'); } });
    expect(errorOf(() => parseText(ARTICLE, proxy)).code).toBe('INTERNAL_ERROR');
    expect(parseRussianDate('04.12.2017', proxy as never)).toBeNull();
    expect(findRussianDates('04.12.2017', proxy as never)).toEqual([]);
  });
});
