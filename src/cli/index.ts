#!/usr/bin/env node
/**
 * The `ru-news-parser` command. Node-only code lives under src/cli/ and is built as its
 * own entry (dist/cli/index.js); the library entry stays free of `node:` imports.
 */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ru-news-parser: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
