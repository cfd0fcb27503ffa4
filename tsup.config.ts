import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // Ship Cyrillic as UTF-8: esbuild's default ASCII escapes (\u0444…) triple every Russian word list.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // The command-line tool (issue 6): Node-only, ESM; its worker thread is its own entry.
    // The shebang comes from src/cli/index.ts (tsup keeps it and marks the file executable).
    entry: { index: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
]);
