// Required by test/package/install.test.ts from a temporary project where the packed
// tarball is installed: proves the CJS entry loads with require() and works.
const lib = require('ru-news-parser');
const { ArticleParseError, articleJsonSchema, defineSiteRules, safeParseArticle } = lib;

const empty = safeParseArticle('   ');
let badRule = null;
try {
  defineSiteRules({ name: 'broken', body: 'div.text' });
} catch (error) {
  badRule = { isArticleParseError: error instanceof ArticleParseError, code: error.code };
}
const rule = defineSiteRules({ name: 'kaluga-news', hosts: ['news.kaluga.example'], body: ['div.news-text'] });

console.log(
  JSON.stringify({
    exports: Object.keys(lib).sort(),
    emptyInput: { success: empty.success, code: empty.error?.code, isArticleParseError: empty.error instanceof ArticleParseError },
    badRule,
    rule: rule.name,
    schemaDraft: articleJsonSchema.$schema,
    resolved: require.resolve('ru-news-parser'),
  }),
);
