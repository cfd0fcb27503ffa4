import { z } from './fields.js';
import { ArticleSchema } from './article.js';

/**
 * JSON Schema (draft 2020-12) of {@link Article}, generated from {@link ArticleSchema} with
 * zod's `z.toJSONSchema`, for consumers that do not use TypeScript or zod: validate parser
 * output in Python, Go or a database, or generate types for another language. The same
 * document ships as `docs/article.schema.json` in the repository.
 *
 * The object is deeply frozen; copy it (`structuredClone`) before changing it.
 *
 * @example
 * ```ts
 * import { articleJsonSchema } from 'ru-news-parser';
 *
 * articleJsonSchema.$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * articleJsonSchema.required;
 * //=> ['title', 'lead', 'body', 'text', 'publishedAt', 'modifiedAt', 'url', 'source', 'authors', 'tags', 'images', 'dates', 'moreOnEvent', 'related', 'warnings']
 * ```
 *
 * @example
 * ```ts
 * // Validating records with ajv (any draft 2020-12 validator works):
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * import { articleJsonSchema, parseText } from 'ru-news-parser';
 *
 * const validate = new Ajv2020().compile(articleJsonSchema);
 * const stored = JSON.stringify(parseText('Заголовок новости\n\nПервый абзац новости.'));
 * validate(JSON.parse(stored)); //=> true
 * validate({ title: 'Без остальных полей' }); //=> false
 * ```
 */
export const articleJsonSchema: Readonly<z.core.JSONSchema.BaseSchema> = /* @__PURE__ */ buildArticleJsonSchema();

function buildArticleJsonSchema(): z.core.JSONSchema.BaseSchema {
  const generated = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', io: 'output' });
  const { $schema, ...rest } = generated;
  return deepFreeze({
    $schema,
    title: 'Article',
    description:
      'A Russian news article parsed by ru-news-parser: normalized title, lead and body, ISO 8601 dates, source, related blocks and warnings.',
    ...rest,
  });
}

/** Freezes a JSON value and everything inside it, iteratively (no recursion over depth). */
function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return root;
}
