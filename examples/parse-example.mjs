// Parses the bundled example page and prints the Article as JSON.
// Usage: npm run example [-- path/to/page.html|.txt]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../dist/index.js';

const file = process.argv[2] ?? fileURLToPath(new URL('./tula-bridge.txt', import.meta.url));
const article = parseArticle(readFileSync(file), { referenceDate: '2024-06-20T12:00:00+03:00' });
console.log(JSON.stringify(article, null, 2));
