import type { Article } from '../../schema/article.js';
import type { TaskSettings } from '../task.js';
import { formatMarkdown } from './format-markdown.js';
import { formatText } from './format-text.js';

/** The error record of a failed input. */
export interface ErrorInfo {
  code: string;
  message: string;
}

/** Formats a parsed Article for the run's output format. */
export function formatSuccess(file: string, article: Article, settings: TaskSettings): string {
  switch (settings.format) {
    case 'json':
      return settings.single ? `${JSON.stringify(article, null, 2)}\n` : indent(JSON.stringify({ file, ...article }, null, 2));
    case 'jsonl':
      return `${JSON.stringify({ file, ...article })}\n`;
    case 'text':
      return settings.single ? formatText(article) : `==> ${file} <==\n${formatText(article)}`;
    case 'markdown':
      return settings.single ? formatMarkdown(article) : `<!-- file: ${file.replaceAll('--', '-\\-')} -->\n\n${formatMarkdown(article)}`;
  }
}

/**
 * Formats a failed input: a `{"file","error"}` record in the JSON formats; nothing in the
 * human-readable ones (the CLI reports it on standard error, so the text stays clean).
 */
export function formatFailure(file: string, error: ErrorInfo, settings: TaskSettings): string {
  const record = { file, error: { code: error.code, message: error.message } };
  switch (settings.format) {
    case 'json':
      return settings.single ? `${JSON.stringify(record, null, 2)}\n` : indent(JSON.stringify(record, null, 2));
    case 'jsonl':
      return `${JSON.stringify(record)}\n`;
    case 'text':
    case 'markdown':
      return '';
  }
}

/** Indents a pretty-printed JSON value by two spaces, to sit inside a JSON array. */
function indent(json: string): string {
  return `  ${json.replaceAll('\n', '\n  ')}`;
}
