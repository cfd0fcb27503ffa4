// `npm run eval -- <dir>...`: scores the library (and, with --compare, Readability.js) on
// corpus folders in the format of ../shared/corpus/README.md. See scripts/eval/README.md.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVAL_USAGE, parseEvalArgs, type EvalArgs } from './eval/args.js';
import { formatDiff, loadRun, saveRun, toSavedRun, type SavedRun } from './eval/baseline.js';
import { findCases } from './eval/corpus.js';
import { loadParseArticle } from './eval/ours.js';
import { formatDump, formatSummary, formatVerbose, formatWorst, summarize } from './eval/report.js';
import { evaluate, failingExtractor, oursExtractor, readabilityExtractor, type Extract, type ExtractorName } from './eval/run.js';

const DEFAULT_CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpus');

async function main(): Promise<number> {
  let args: EvalArgs;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(EVAL_USAGE);
    return 0;
  }
  let dirs = args.dirs;
  if (dirs.length === 0) {
    if (!existsSync(DEFAULT_CORPUS)) {
      console.error(`No folder given and ${DEFAULT_CORPUS} does not exist.\n\n${EVAL_USAGE}`);
      return 2;
    }
    dirs = readdirSync(DEFAULT_CORPUS).map((n) => join(DEFAULT_CORPUS, n));
  }
  const warnings: string[] = [];
  let cases = findCases(dirs, warnings);
  if (args.cases.length > 0) cases = cases.filter((c) => args.cases.some((s) => c.id.includes(s)));
  for (const w of warnings) console.error(`eval: ${w}`);
  if (cases.length === 0) {
    console.error('eval: no cases found (a case is a folder with page.html or page.txt and expected.json)');
    return 2;
  }

  let saved: SavedRun | null = null;
  if (args.diff !== null) {
    try {
      saved = loadRun(args.diff);
    } catch (error) {
      console.error(`eval: cannot read --diff ${args.diff}: ${(error as Error).message}`);
      return 2;
    }
  }

  const loaded = await loadParseArticle();
  if ('error' in loaded) console.error(`eval: ${loaded.error} — every page counts as failed`);
  const extractors: Array<[ExtractorName, Extract]> = [['ours', 'error' in loaded ? failingExtractor(loaded.error) : oursExtractor(loaded.parse)]];
  if (args.compare) extractors.push(['readability', readabilityExtractor]);

  const results = evaluate(cases, extractors);
  const names = extractors.map(([n]) => n);
  const summary = summarize(results, names);
  if (args.save !== null) saveRun(args.save, toSavedRun(summary, results));

  if (args.json) {
    const pageRows = results.map(({ prediction, ...r }) => ({ ...r, predictedTitle: prediction?.title ?? null, predictedPublishedAt: prediction?.publishedAt ?? null }));
    console.log(
      JSON.stringify(
        {
          cases: cases.length,
          summary: summary.map((r) => ({ set: r.set, extractor: r.extractor, ...r.metrics })),
          ...(args.verbose || args.worst > 0 ? { pages: pageRows } : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  if (args.dump) console.log(`${formatDump(results)}\n`);
  if (args.verbose) console.log(`${formatVerbose(results)}\n`);
  if (args.worst > 0) console.log(`${formatWorst(results, args.worst)}\n`);
  const failures = new Map<string, number>();
  for (const r of results) if (r.extractor === 'ours' && r.error) failures.set(r.error, (failures.get(r.error) ?? 0) + 1);
  if (failures.size > 0) {
    const top = [...failures].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`ours failed on ${[...failures.values()].reduce((a, b) => a + b, 0)} pages:`);
    for (const [msg, n] of top) console.log(`  ${String(n).padStart(4)} × ${msg.length > 150 ? `${msg.slice(0, 149)}…` : msg}`);
    console.log('');
  }
  console.log(formatSummary(summary, args.compare));
  if (saved !== null && args.diff !== null) console.log(`\n${formatDiff(saved, summary, results, args.diff)}`);
  if (args.save !== null) console.log(`\nsaved to ${args.save}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('eval crashed:', error);
    process.exitCode = 1;
  },
);
