import type { ParseOptions } from '../options.js';
import type { OutputFormat } from './output/output-format.js';

/** What every parse task of a run shares; sent once to each worker. */
export interface TaskSettings {
  options: ParseOptions;
  format: OutputFormat;
  /** One input printed on its own (a bare JSON Article), rather than one record of many. */
  single: boolean;
  maxInputBytes: number;
}

/** One input to parse: a path (the worker reads it) or the bytes of standard input. */
export interface Task {
  seq: number;
  file: string;
  bytes?: Uint8Array;
  /** A failure known before parsing (missing path, empty glob): only formatted. */
  failure?: { code: string; message: string };
}

/** The outcome of a task, already formatted, so the main thread only writes it. */
export interface TaskResult {
  seq: number;
  ok: boolean;
  /** Text for the output stream (may be empty). */
  out: string;
  /** Why the input failed, or null when it parsed. */
  error: { code: string; message: string } | null;
}
