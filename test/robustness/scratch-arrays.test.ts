import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withScratchArrays, zeroed } from '../../src/blocks/scratch-arrays.js';

const int32Array = (n: number): Int32Array => zeroed(Int32Array, n);
const float64Array = (n: number): Float64Array => zeroed(Float64Array, n);
const uint8Array = (n: number): Uint8Array => zeroed(Uint8Array, n);
const int8Array = (n: number): Int8Array => zeroed(Int8Array, n);
import { parseArticle } from '../../src/index.js';

/**
 * src/blocks/scratch-arrays.ts lends one buffer to one parse at a time. Every array it
 * hands out must be zeroed (the buffer holds the last page's numbers), no two may share
 * bytes, a nested parse must not release or reuse the outer one's arrays, and a page parsed after
 * another must come out exactly as when parsed first.
 */
describe('scratch arrays', () => {
  it('hands out zeroed arrays even when the last parse left numbers in the buffer', () => {
    withScratchArrays(() => {
      int32Array(1000).fill(-7);
      float64Array(1000).fill(3.5);
      uint8Array(999).fill(255);
    });
    withScratchArrays(() => {
      expect(int32Array(1000).every((v) => v === 0)).toBe(true);
      expect(float64Array(1000).every((v) => v === 0)).toBe(true);
      expect(uint8Array(999).every((v) => v === 0)).toBe(true);
      expect(int8Array(5).every((v) => v === 0)).toBe(true);
    });
  });

  it('never lets two arrays of one parse share bytes, across odd lengths and a buffer that has to grow', () => {
    withScratchArrays(() => {
      const arrays: { a: Int32Array | Float64Array | Uint8Array | Int8Array; mark: number }[] = [];
      // Odd byte lengths (alignment), then more than the first buffer holds (growth).
      const lengths = [1, 3, 7, 13, 100, 4097, 20_000, 5, 70_000, 2];
      lengths.forEach((n, i) => {
        const make = [uint8Array, int8Array, int32Array, float64Array][i % 4]!;
        const a = make(n);
        expect(a.length).toBe(n);
        a.fill(i + 1);
        arrays.push({ a, mark: i + 1 });
      });
      for (const { a, mark } of arrays) expect(a.every((v) => v === mark)).toBe(true);
    });
  });

  it('lets a nested parse cut its arrays after the outer ones, never over them', () => {
    withScratchArrays(() => {
      const outer = int32Array(500).fill(42);
      const inner = withScratchArrays(() => int32Array(500).fill(9));
      expect(outer.every((v) => v === 42)).toBe(true);
      expect(inner.every((v) => v === 9)).toBe(true);
      // The nested parse did not release the buffer: the outer parse's next array follows both.
      const next = int32Array(10);
      expect(next.buffer).toBe(outer.buffer);
      expect(next.byteOffset).toBeGreaterThanOrEqual(Math.max(outer.byteOffset + outer.byteLength, inner.byteOffset + inner.byteLength));
    });
  });

  it('gives fresh arrays outside a parse, and lends the buffer again after a parse that threw', () => {
    expect(int32Array(8).buffer.byteLength).toBe(32);
    expect(() =>
      withScratchArrays(() => {
        int32Array(8);
        throw new Error('page failed');
      }),
    ).toThrow('page failed');
    withScratchArrays(() => {
      const a = int32Array(8);
      expect(a.buffer.byteLength).toBeGreaterThan(32);
      expect(a.byteOffset).toBe(0);
    });
  });

  it('parses a page exactly the same whatever pages came before it', () => {
    const dir = resolve(__dirname, '../../fixtures');
    const pages = readdirSync(dir)
      .filter((name) => {
        try {
          readFileSync(resolve(dir, name, 'input.html'));
          return true;
        } catch {
          return false;
        }
      })
      .map((name) => readFileSync(resolve(dir, name, 'input.html')));
    expect(pages.length).toBeGreaterThan(5);
    const options = { referenceDate: new Date('2024-06-01T12:00:00Z') };
    const parse = (bytes: Uint8Array): string => {
      try {
        return JSON.stringify(parseArticle(bytes, options));
      } catch (error) {
        return String(error);
      }
    };
    const first = pages.map(parse);
    // Largest page first, so that every later page reuses a buffer full of its numbers.
    const bySize = pages.map((_, i) => i).sort((a, b) => pages[b]!.length - pages[a]!.length);
    for (const i of bySize) expect(parse(pages[i]!)).toBe(first[i]);
    for (let i = pages.length - 1; i >= 0; i--) expect(parse(pages[i]!)).toBe(first[i]);
  });
});
