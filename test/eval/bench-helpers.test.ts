import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { depthVerdict, sizeVerdict } from '../../bench/linear-bench.js';
import { memoryVerdict } from '../../bench/memory-bench.js';
import { buildNestedPage, buildNewsPage } from '../../bench/synthetic-page.js';

describe('synthetic pages', () => {
  it('grows a news page to the requested size, deterministically', () => {
    const page = buildNewsPage(300_000);
    const bytes = Buffer.byteLength(page);
    expect(bytes).toBeGreaterThanOrEqual(300_000);
    expect(bytes).toBeLessThan(310_000);
    expect(buildNewsPage(300_000)).toBe(page);
    expect(page).toContain('Читайте также:');
    expect(page.match(/<p>/g)!.length).toBeGreaterThan(200);
  });

  it('nests the article under exactly the requested number of divs', () => {
    let depth = 0;
    let max = 0;
    const parser = new Parser({
      onopentag: (name) => {
        if (name === 'div') max = Math.max(max, ++depth);
      },
      onclosetag: (name) => {
        if (name === 'div') depth--;
      },
    });
    parser.write(buildNestedPage(500));
    parser.end();
    expect(max).toBe(500);
  });
});

describe('verdicts', () => {
  const sample = (pages: number, heapUsedMB: number) => ({ pages, rssMB: 100, heapUsedMB, externalMB: 1 });

  it('calls memory flat within noise and growing beyond it', () => {
    expect(memoryVerdict([sample(0, 40), sample(250, 41), sample(500, 40.5), sample(2000, 42)]).flat).toBe(true);
    const leak = memoryVerdict([sample(0, 40), sample(250, 41), sample(500, 42), sample(2000, 60)]);
    expect(leak.flat).toBe(false);
    expect(leak.growthMB).toBeCloseTo(19);
  });

  const size = (mb: number, ms: number, error: string | null = null) => ({ bytes: mb * 1e6, ours: { ms, error }, tokenizeMs: mb * 4 });

  it('says whether time per MB rises with size', () => {
    expect(sizeVerdict([size(0.1, 12), size(1, 90), size(2, 180), size(20, 1900)])).toMatch(/flat/);
    expect(sizeVerdict([size(0.1, 12), size(1, 90), size(2, 180), size(20, 4000)])).toMatch(/RISES/);
    expect(sizeVerdict([size(1, 1, 'UNSUPPORTED_FORMAT: no'), size(20, 1, 'UNSUPPORTED_FORMAT: no')])).toMatch(/n\/a/);
  });

  it('says whether the cost per nesting level rises with depth', () => {
    const d = (depth: number, ms: number) => ({ depth, bytes: 30_000 + depth * 25, ours: { ms, error: null }, tokenizeMs: 1 });
    expect(depthVerdict([d(10, 3), d(100, 3.3), d(1000, 6), d(10_000, 33)])).toMatch(/linear in depth/);
    expect(depthVerdict([d(10, 3), d(100, 3.3), d(1000, 6), d(10_000, 300)])).toMatch(/RISES/);
  });
});
