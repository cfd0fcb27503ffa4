import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatKb, measureLibrarySize, SIZE_BUDGET_BYTES } from '../../scripts/check-size.js';

const entry = resolve(import.meta.dirname, '../../dist/index.js');

describe('size budget', () => {
  it(`keeps the library entry within ${SIZE_BUDGET_BYTES / 1024} KB minified + gzipped, dependencies excluded`, async () => {
    expect(existsSync(entry), 'dist/index.js is missing: run `npm run build` first').toBe(true);
    const size = await measureLibrarySize(entry);
    console.log(`library entry: ${formatKb(size.minified)} minified, ${formatKb(size.gzipped)} minified + gzipped (excluding ${size.external.join(', ')})`);
    // The dependencies really are left out: they are not bundled into the measured code.
    expect(size.external).toContain('zod');
    expect(size.external).toContain('date-fns');
    expect(size.gzipped).toBeGreaterThan(1024);
    expect(size.gzipped).toBeLessThanOrEqual(SIZE_BUDGET_BYTES);
  });
});
