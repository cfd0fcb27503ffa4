import { availableParallelism } from 'node:os';
import { ArticleParseError } from '../../errors.js';
import { DEFAULT_MAX_INPUT_BYTES, isValidTimeZone, resolveParseOptions, type ParseOptions } from '../../options.js';
import { collectInputs } from '../collect-inputs.js';
import { PARSE_HELP } from '../help-text.js';
import type { InputItem } from '../input-item.js';
import { loadSiteRules } from '../load-site-rules.js';
import { BrokenPipeError, openFileSink, stdoutSink, type OutputSink } from '../output/output-sink.js';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '../output/output-format.js';
import { ProgressBar } from '../output/progress-bar.js';
import { parseCommandLine } from '../parse-command-line.js';
import { readStdin } from '../read-stdin.js';
import { runOrdered } from '../run-ordered.js';
import type { Task, TaskSettings } from '../task.js';
import type { TaskExecutor } from '../task-executor.js';
import { UsageError } from '../usage-error.js';
import { createWorkerPool } from '../worker-pool.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  url: { type: 'string' },
  'reference-date': { type: 'string' },
  'time-zone': { type: 'string' },
  encoding: { type: 'string' },
  'site-rules': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const MAX_JOBS = 256;
/**
 * Default --jobs: at least this many files per worker thread. Each thread compiles and
 * optimizes the parser on its own (about 0.5 s of CPU before it runs at full speed), so
 * fewer files than this per thread finish sooner on one thread (measured: 190 pages took
 * longer on 2 threads than on 1; see docs/cli.md).
 */
const MIN_FILES_PER_DEFAULT_WORKER = 200;
/** Finished results allowed to wait per running task for a slow earlier one. */
const WINDOW_PER_SLOT = 32;

/** What `parse` was asked to do, after validation. */
interface ParseRun {
  args: string[];
  format: OutputFormat | undefined;
  output: string | undefined;
  jobs: number;
  jobsGiven: boolean;
  quiet: boolean;
  options: ParseOptions;
}

/** `ru-news-parser parse …`: returns the exit code. */
export async function parseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  if (values.help === true) {
    process.stdout.write(PARSE_HELP);
    return 0;
  }
  const run = validate(values, positionals);
  const items = collectInputs(run.args);
  if (items.filter((item) => item.kind === 'stdin').length > 1) throw new UsageError('standard input ("-") can be read only once');

  const single = run.args.length === 1 && items.length === 1 && items[0]?.file === run.args[0];
  const format = run.format ?? (single ? 'json' : 'jsonl');
  const settings: TaskSettings = { options: run.options, format, single, maxInputBytes: DEFAULT_MAX_INPUT_BYTES };

  const sink = run.output === undefined ? stdoutSink() : await openFileSink(run.output);
  const stdin = items.some((item) => item.kind === 'stdin') ? await readStdin(DEFAULT_MAX_INPUT_BYTES) : undefined;
  const tasks = items.map((item, seq) => toTask(item, seq, stdin));

  const fileTasks = items.filter((item) => item.kind !== 'error').length;
  // Without --jobs, a small batch is not worth starting threads for: each worker should
  // get enough files to pay back its warm-up. An explicit --jobs is honoured (up to the number of files).
  const jobs = Math.min(run.jobs, run.jobsGiven ? fileTasks : Math.max(1, Math.floor(fileTasks / MIN_FILES_PER_DEFAULT_WORKER)));
  // The parser is loaded here only when this thread parses; worker threads load their own.
  const executor: TaskExecutor =
    jobs > 1
      ? createWorkerPool(jobs, settings, new URL('./worker.js', import.meta.url))
      : (await import('../inline-executor.js')).createInlineExecutor(settings);

  const startedAt = performance.now();
  const stderr = process.stderr;
  const bar = !run.quiet && stderr.isTTY && items.length > 1 ? new ProgressBar(stderr, items.length, startedAt) : null;
  const logError = (line: string): void => {
    if (bar !== null) bar.log(line);
    else stderr.write(`${line}\n`);
  };

  let failed = 0;
  let written = 0;
  try {
    if (format === 'json' && !single) await sink.write('[\n');
    await runOrdered(
      tasks.length,
      executor.concurrency,
      executor.concurrency * WINDOW_PER_SLOT,
      (index) => executor.run(tasks[index] as Task),
      async (_index, result) => {
        if (!result.ok) failed++;
        // JSON formats carry errors in the output; the human formats report them here.
        // A lone input's failure is reported here too, unless --quiet.
        const humanFormat = format === 'text' || format === 'markdown';
        if (result.error !== null && (humanFormat || (single && !run.quiet))) {
          logError(`${tasks[result.seq]?.file}: ${result.error.code}: ${result.error.message}`);
        }
        if (result.out !== '') {
          const separator = written === 0 ? '' : separatorFor(format);
          written++;
          await sink.write(separator + result.out);
        }
        bar?.tick(result.ok);
      },
    );
    if (format === 'json' && !single) await sink.write(written === 0 ? ']\n' : '\n]\n');
  } catch (error) {
    if (!(error instanceof BrokenPipeError)) throw error;
  } finally {
    bar?.finish();
    await executor.close();
  }
  await sink.close();

  if (!run.quiet && !single) stderr.write(`${summary(tasks.length, failed, performance.now() - startedAt)}\n`);
  return failed > 0 ? 1 : 0;
}

function validate(values: Record<string, string | boolean | undefined>, positionals: string[]): ParseRun {
  if (positionals.length === 0) throw new UsageError('parse needs at least one file, directory, glob or "-"');
  const str = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const format = str('format');
  if (format !== undefined && !isOutputFormat(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`);
  }
  const jobsText = str('jobs');
  let jobs = availableParallelism();
  if (jobsText !== undefined) {
    jobs = Number(jobsText);
    if (!/^\d+$/.test(jobsText) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, got "${jobsText}"`);
  }
  const options: ParseOptions = {};
  const url = str('url');
  if (url !== undefined) {
    if (!URL.canParse(url)) throw new UsageError(`--url must be an absolute URL such as https://example.ru/news/1, got "${url}"`);
    options.url = url;
  }
  const reference = str('reference-date');
  if (reference !== undefined) {
    if (Number.isNaN(new Date(reference).getTime())) throw new UsageError(`--reference-date must be an ISO 8601 date such as 2017-12-05T10:00:00+03:00, got "${reference}"`);
    options.referenceDate = reference;
  }
  const timeZone = str('time-zone');
  if (timeZone !== undefined) {
    if (!isValidTimeZone(timeZone)) throw new UsageError(`--time-zone must be an IANA zone such as Europe/Moscow, got "${timeZone}"`);
    options.timeZone = timeZone;
  }
  const encoding = str('encoding');
  if (encoding !== undefined) {
    if (!isKnownEncoding(encoding)) throw new UsageError(`--encoding must be a charset such as windows-1251, koi8-r or utf-8, got "${encoding}"`);
    options.encoding = encoding;
  }
  const rulesPath = str('site-rules');
  if (rulesPath !== undefined) options.siteRules = loadSiteRules(rulesPath);
  try {
    resolveParseOptions(options);
  } catch (error) {
    if (error instanceof ArticleParseError) throw new UsageError(error.message);
    throw error;
  }
  return { args: positionals, format, output: str('output'), jobs, jobsGiven: jobsText !== undefined, quiet: values.quiet === true, options };
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function toTask(item: InputItem, seq: number, stdin: { bytes: Uint8Array; truncated: boolean } | undefined): Task {
  if (item.kind === 'error') return { seq, file: item.file, failure: { code: item.code, message: item.message } };
  if (item.kind === 'stdin') {
    if (stdin?.truncated === true) {
      const message = `Standard input is larger than the limit of ${DEFAULT_MAX_INPUT_BYTES} bytes.`;
      return { seq, file: item.file, failure: { code: 'INPUT_TOO_LARGE', message } };
    }
    return { seq, file: item.file, bytes: stdin?.bytes ?? new Uint8Array(0) };
  }
  return { seq, file: item.file };
}

function separatorFor(format: OutputFormat): string {
  if (format === 'json') return ',\n';
  if (format === 'text') return '\n';
  if (format === 'markdown') return '\n---\n\n';
  return '';
}

/** The closing line on stderr: parsed, failed, time, speed. */
export function summary(total: number, failed: number, ms: number): string {
  const seconds = ms / 1000;
  const rate = seconds > 0 ? total / seconds : 0;
  const time = seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
  return `Parsed ${total - failed} of ${total} ${total === 1 ? 'input' : 'inputs'}, ${failed} failed, in ${time} (${rate.toFixed(1)} pages/s)`;
}
