import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from '../arbitraries/properties.js';

/**
 * Guarantees 1, 2, 5 (plain-text output, safe URLs) and 6 (no silent loss) of issue 7 as
 * fast-check properties, 2,000 cases each. On failure fast-check prints the seed and the
 * path: replay with `npm run fuzz -- --only "<name>" --seed <seed>` or pass
 * `{ seed, path }` to fc.assert. `FC_SEED` pins the seed of a run.
 */
const NUM_RUNS = Number(process.env.FC_RUNS ?? 2000);
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

describe('robustness properties', () => {
  for (const p of PROPERTIES) {
    it(p.name, { timeout: 120_000 }, () => {
      fc.assert(p.property() as fc.IProperty<unknown[]>, { numRuns: NUM_RUNS, seed, verbose: 1 });
    });
  }
});
