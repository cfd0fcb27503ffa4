/**
 * `npm run fuzz [-- --runs N] [--seed S] [--only substring]`: runs every robustness
 * property of test/arbitraries/properties.ts for N cases in all (default 100,000), split
 * by each property's weight, and reports the case count, the time and every failure with
 * its seed and path so that it can be replayed.
 */
import fc from 'fast-check';
import { PROPERTIES } from '../test/arbitraries/properties.js';

process.env.TZ = 'UTC';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const total = Number(arg('runs') ?? 100_000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const only = arg('only');
if (!Number.isInteger(total) || total <= 0) {
  console.error('--runs must be a positive integer');
  process.exit(2);
}

const selected = PROPERTIES.filter((p) => only === undefined || p.name.includes(only));
const weights = selected.reduce((s, p) => s + p.weight, 0);
let cases = 0;
let failures = 0;
const started = performance.now();
console.log(`fuzz: ${total} cases over ${selected.length} properties, seed ${seed}`);
for (const [i, p] of selected.entries()) {
  const numRuns = Math.max(1, Math.round((total * p.weight) / weights));
  const t = performance.now();
  const details = fc.check(p.property() as fc.IProperty<unknown[]>, { numRuns, seed: seed + i, endOnFailure: false });
  const ms = performance.now() - t;
  cases += details.numRuns;
  const status = details.failed ? 'FAILED' : 'ok';
  console.log(`  ${status.padEnd(6)} ${String(details.numRuns).padStart(7)} cases ${(ms / 1000).toFixed(1).padStart(6)} s  ${p.name}`);
  if (details.failed) {
    failures++;
    console.log(`    seed ${details.seed}, path "${details.counterexamplePath}"`);
    console.log(`    counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}`);
    console.log(`    error: ${String((details.errorInstance as Error)?.message ?? details.errorInstance).slice(0, 2000)}`);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${cases} cases, ${failures} failing properties, ${seconds.toFixed(1)} s`);
process.exit(failures === 0 ? 0 : 1);
