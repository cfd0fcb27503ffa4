import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces, hasGlobMagic, matchGlob } from '../../src/cli/glob.js';

const matches = (pattern: string, path: string): boolean => expandBraces(pattern).some((p) => matchGlob(compileGlob(p), path));

describe('expandBraces', () => {
  it.each([
    ['a.{html,htm}', ['a.html', 'a.htm']],
    ['{x,y}/{1,2}', ['x/1', 'x/2', 'y/1', 'y/2']],
    ['p{a,b{c,d}}q', ['paq', 'pbcq', 'pbdq']],
    ['{single}', ['{single}']],
    ['no-braces', ['no-braces']],
    ['a\\{b,c}', ['a\\{b,c}']],
  ])('%s → %j', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected);
  });

  it('caps the number of expansions instead of exploding', () => {
    expect(expandBraces('{a,b}'.repeat(30)).length).toBeLessThanOrEqual(1024);
  });
});

describe('matchGlob', () => {
  it.each([
    ['*.html', 'page.html', true],
    ['*.html', 'dir/page.html', false],
    ['**/*.html', 'page.html', true],
    ['**/*.html', 'a/b/c/page.html', true],
    ['corpus/**/page.html', 'corpus/page.html', true],
    ['corpus/**/page.html', 'corpus/x/y/page.html', true],
    ['corpus/**/page.html', 'other/x/page.html', false],
    ['news-?.txt', 'news-1.txt', true],
    ['news-?.txt', 'news-12.txt', false],
    ['*.{html,htm}', 'a.htm', true],
    ['*.{html,htm}', 'a.txt', false],
    ['*', '.hidden', false],
    ['.*', '.hidden', true],
    ['/abs/**/*.gz', '/abs/x/y.txt.gz', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['**', 'any/depth/file', true],
    ['[a-c]*.txt', 'b-news.txt', true],
    ['[a-c]*.txt', 'd-news.txt', false],
    ['[!a-c]*.txt', 'd-news.txt', true],
    ['page-[0-9][0-9].html', 'page-07.html', true],
    ['page-[0-9][0-9].html', 'page-7x.html', false],
    ['[abc', '[abc', true],
    ['[]x]', ']', true],
  ])('%s ~ %s → %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it('finds the literal base a walk starts from', () => {
    expect(compileGlob('corpus/daniel/**/*.html')).toMatchObject({ base: 'corpus/daniel', deep: true });
    expect(compileGlob('/work/x/*.txt')).toMatchObject({ base: '/work/x', deep: false, depth: 1 });
    expect(compileGlob('*.txt')).toMatchObject({ base: '.', depth: 1 });
  });

  it('stays fast on patterns that make naive backtracking explode', () => {
    const name = 'a'.repeat(5000);
    const pattern = `${'*a'.repeat(40)}b`;
    const deep = `${'**/'.repeat(30)}x/${'*'.repeat(1)}`;
    const path = `${'d/'.repeat(3000)}y`;
    const started = performance.now();
    expect(matches(pattern, name)).toBe(false);
    expect(matches(deep, path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('tells globs from plain paths', () => {
    expect(hasGlobMagic('dir/*.html')).toBe(true);
    expect(hasGlobMagic('{a,b}.txt')).toBe(true);
    expect(hasGlobMagic('page-[0-9].html')).toBe(true);
    expect(hasGlobMagic('dir/page.html')).toBe(false);
  });
});
