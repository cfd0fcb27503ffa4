// Writes docs/article.schema.json from the built library (runs as `postbuild`).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'docs/article.schema.json');
const { articleJsonSchema } = await import(pathToFileURL(resolve(root, 'dist/index.js')).href);

await mkdir(dirname(target), { recursive: true });
await writeFile(target, `${JSON.stringify(articleJsonSchema, null, 2)}\n`);
console.log(`wrote ${target.slice(root.length + 1)}`);
