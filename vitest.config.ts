import { configDefaults, defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';

/**
 * Two groups, both run by `npm test`:
 * - `unit`: everything under test/ except the stress group;
 * - `stress`: test/stress/** — 20 MB pages, 100,000-deep nesting, 5 MB lines, attack
 *   strings (issue 7). Run alone with `npx vitest run --project stress`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/stress/**'] },
      },
      {
        extends: true,
        test: { name: 'stress', include: ['test/stress/**/*.test.ts'], testTimeout: 300_000 },
      },
    ],
  },
});
