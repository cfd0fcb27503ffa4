/** One input of a batch, in the order the output must follow. */
export type InputItem =
  /** A file to read (the worker reads it). `file` is the path as shown in the output. */
  | { kind: 'file'; file: string }
  /** Standard input, read once by the main thread. */
  | { kind: 'stdin'; file: '-' }
  /** An argument that could not become a file (missing path, unreadable directory, empty glob). */
  | { kind: 'error'; file: string; code: string; message: string };
