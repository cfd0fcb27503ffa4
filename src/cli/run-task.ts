import { safeParseArticle } from '../parse-article.js';
import { formatFailure, formatSuccess } from './output/format-result.js';
import { readInputFile, unwrapInput } from './read-input-file.js';
import type { Task, TaskResult, TaskSettings } from './task.js';

/**
 * Reads, parses and formats one input. Never throws: every failure becomes a formatted
 * error record, so that one bad file never stops a batch.
 */
export function runTask(task: Task, settings: TaskSettings): TaskResult {
  const { seq, file } = task;
  try {
    if (task.failure !== undefined) return failed(seq, file, task.failure, settings);
    const read =
      task.bytes === undefined
        ? readInputFile(file, settings.maxInputBytes)
        : unwrapInput(task.bytes, 'standard input', settings.maxInputBytes);
    if ('failure' in read) return failed(seq, file, read.failure, settings);
    const bytes = read.bytes;
    const result = safeParseArticle(bytes, settings.options);
    if (!result.success) return failed(seq, file, result.error, settings);
    return { seq, ok: true, out: formatSuccess(file, result.data, settings), error: null };
  } catch (error) {
    // Only a bug in the CLI itself can land here; report it in place of the input.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failed(seq, file, { code: 'INTERNAL_ERROR', message }, settings);
  }
}

function failed(seq: number, file: string, error: { code: string; message: string }, settings: TaskSettings): TaskResult {
  const info = { code: error.code, message: error.message };
  return { seq, ok: false, out: formatFailure(file, info, settings), error: info };
}
