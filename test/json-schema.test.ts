import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, articleJsonSchema, parseArticle, type Article, type ParseOptions } from '../src/index.js';

const root = resolve(import.meta.dirname, '..');
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(articleJsonSchema);

const valid: Article = {
  title: 'В Калуге открыли новый мост через Оку',
  lead: 'Движение по мосту запустили 24 ноября в 10:00.',
  body: ['Строительство шло три года.', 'Следующий мост построят в Обнинске.'],
  text: 'Движение по мосту запустили 24 ноября в 10:00.\n\nСтроительство шло три года.\n\nСледующий мост построят в Обнинске.',
  publishedAt: '2017-11-24T12:30:00+03:00',
  modifiedAt: null,
  url: 'https://news.kaluga.example/2017/11/24/most',
  source: { name: 'Калужские вести', url: 'https://news.kaluga.example/', city: 'Калуга' },
  authors: ['Ирина Петрова'],
  tags: ['транспорт'],
  images: [{ url: 'https://news.kaluga.example/i/most.jpg', caption: null }],
  dates: [{ text: '24 ноября в 10:00', value: '2017-11-24T10:00:00+03:00', granularity: 'minute', index: 31 }],
  moreOnEvent: [
    {
      title: 'Мост через Оку открыт',
      url: null,
      source: 'Знамя',
      city: 'Калуга',
      snippet: null,
      publishedAt: '2017-11-24T13:05:00+03:00',
    },
  ],
  related: [{ title: 'В Туле закрыли старый мост', url: null, source: null, city: null, snippet: null, publishedAt: null }],
  warnings: [],
};

describe('articleJsonSchema', () => {
  it('is a draft 2020-12 schema that compiles in ajv strict mode', () => {
    expect(articleJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  it('requires every Article field and forbids unknown ones', () => {
    expect([...(articleJsonSchema.required ?? [])].sort()).toEqual(Object.keys(ArticleSchema.shape).sort());
    expect(articleJsonSchema.additionalProperties).toBe(false);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(articleJsonSchema)).toBe(true);
    expect(Object.isFrozen(articleJsonSchema.properties)).toBe(true);
    expect(Object.isFrozen(articleJsonSchema.properties?.title)).toBe(true);
  });

  it('matches docs/article.schema.json, the copy written by the build', () => {
    const written = JSON.parse(readFileSync(join(root, 'docs/article.schema.json'), 'utf8'));
    expect(written).toEqual(articleJsonSchema);
  });

  it('accepts a complete hand-written Article', () => {
    expect(validate(valid), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.each<[string, (a: Record<string, unknown>) => void, string]>([
    ['an empty title', (a) => { a.title = ''; }, '/title'],
    ['a missing field', (a) => { delete a.warnings; }, "'warnings'"],
    ['an unknown field', (a) => { a.summary = 'x'; }, 'must NOT have additional properties'],
    ['a string body', (a) => { a.body = 'one paragraph'; }, '/body'],
    ['an unknown granularity', (a) => { a.dates = [{ text: 'x', value: '2017', granularity: 'week', index: 0 }]; }, '/dates/0/granularity'],
    ['a negative date index', (a) => { a.dates = [{ text: 'x', value: '2017', granularity: 'year', index: -1 }]; }, '/dates/0/index'],
    ['a related item without title', (a) => { a.related = [{ url: null, source: null, city: null, snippet: null, publishedAt: null }]; }, '/related/0'],
    ['a source without name', (a) => { a.source = { name: '', url: null, city: null }; }, '/source'],
  ])('rejects %s', (_name, mutate, where) => {
    const broken = structuredClone(valid) as unknown as Record<string, unknown>;
    mutate(broken);
    expect(validate(broken)).toBe(false);
    expect(ajv.errorsText(validate.errors)).toContain(where);
    // zod strips unknown keys instead of failing; the JSON Schema describes zod's output, which never has them.
    if (!('summary' in broken)) expect(ArticleSchema.safeParse(broken).success).toBe(false);
  });

  it('agrees with ArticleSchema on generated near-Articles', () => {
    const nullableString = fc.option(fc.string({ maxLength: 8 }), { nil: null });
    const item = fc.record({
      title: fc.string({ maxLength: 8 }),
      url: nullableString,
      source: nullableString,
      city: nullableString,
      snippet: nullableString,
      publishedAt: nullableString,
    });
    const mention = fc.record(
      {
        text: fc.string({ maxLength: 8 }),
        value: fc.string({ maxLength: 8 }),
        granularity: fc.constantFrom('year', 'month', 'day', 'minute', 'second', 'week'),
        end: fc.string({ maxLength: 8 }),
        index: fc.oneof(fc.nat(), fc.integer({ min: -3, max: -1 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
      },
      { requiredKeys: ['text', 'value', 'granularity', 'index'] },
    );
    const article = fc.record(
      {
        title: fc.string({ maxLength: 8 }),
        lead: nullableString,
        body: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
        text: fc.string({ maxLength: 8 }),
        publishedAt: nullableString,
        modifiedAt: nullableString,
        url: nullableString,
        source: fc.option(fc.record({ name: fc.string({ maxLength: 4 }), url: nullableString, city: nullableString }), { nil: null }),
        authors: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
        tags: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
        images: fc.array(fc.record({ url: fc.string({ maxLength: 4 }), caption: nullableString }), { maxLength: 2 }),
        dates: fc.array(mention, { maxLength: 2 }),
        moreOnEvent: fc.array(item, { maxLength: 2 }),
        related: fc.array(item, { maxLength: 2 }),
        warnings: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
      },
      { requiredKeys: ['title', 'body', 'text', 'dates', 'related', 'warnings'] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(article, (candidate) => {
        const byZod = ArticleSchema.safeParse(candidate).success;
        expect(validate(candidate)).toBe(byZod);
        if (byZod) accepted += 1;
      }),
      { numRuns: 500, seed: 20261124 },
    );
    // The generator must exercise both verdicts, or the comparison proves nothing.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(500);
  });
});

interface FixtureCase {
  name: string;
  input: string | Uint8Array;
  options: ParseOptions;
  expected: unknown;
}

/** fixtures/<case>/ with input.txt (UTF-8 text) or input.html (bytes), meta.json options and expected.json. */
function loadFixtures(): FixtureCase[] {
  const dir = join(root, 'fixtures');
  if (!existsSync(dir)) return [];
  const cases: FixtureCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const caseDir = join(dir, name);
    const text = join(caseDir, 'input.txt');
    const html = join(caseDir, 'input.html');
    const input = existsSync(text) ? readFileSync(text, 'utf8') : existsSync(html) ? new Uint8Array(readFileSync(html)) : null;
    if (input === null) continue;
    const metaFile = join(caseDir, 'meta.json');
    const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>) : {};
    const options: ParseOptions = {};
    for (const key of ['url', 'referenceDate', 'timeZone', 'encoding'] as const) {
      if (typeof meta[key] === 'string') options[key] = meta[key] as string;
    }
    const expectedFile = join(caseDir, 'expected.json');
    const expected: unknown = existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : undefined;
    // `{ "error": CODE }` fixtures expect an ArticleParseError: there is no Article to validate.
    if (expected !== null && typeof expected === 'object' && 'error' in expected) continue;
    cases.push({ name, input, options, expected });
  }
  return cases;
}

describe('fixture outputs validate against articleJsonSchema', () => {
  const fixtures = loadFixtures();
  it('has article fixtures to validate', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const article: Article = parseArticle(fixture.input, fixture.options);
    // Through JSON, as a non-TypeScript consumer would receive it.
    expect(validate(JSON.parse(JSON.stringify(article))), ajv.errorsText(validate.errors)).toBe(true);
    if (fixture.expected !== undefined) {
      expect(validate(fixture.expected), `expected.json: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});
