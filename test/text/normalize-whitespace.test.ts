import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';

/** The plain definition: every white-space run becomes one space (invisibles removed first). */
function reference(text: string): string {
  return text
    .replace(/[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

describe('normalizeText white space', () => {
  it('collapses every run exactly like the plain definition', () => {
    const ch = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u202F', '\u2009', '\u3000', '\u200B', '\u00AD', 'z', 'б', 'Ж', '.', '-');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        // "z" has no Cyrillic twin, so homoglyph repair never changes these strings.
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('is fast on ordinary text with a space between every word', () => {
    const text = 'слово '.repeat(800_000);
    const t = performance.now();
    expect(normalizeText(text).length).toBe(text.length - 1);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
