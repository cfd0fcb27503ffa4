import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs in strict mode, with its errors turned into one-line
 * {@link UsageError}s.
 */
export function parseCommandLine<T extends Options>(
  args: string[],
  options: T,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(describeParseArgsError(error));
  }
}

function describeParseArgsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted ?? message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return quoted !== undefined && message.includes('argument missing') ? `option ${quoted.replace(' <value>', '')} needs a value` : firstSentence(message);
  }
  return firstSentence(message);
}

function firstSentence(message: string): string {
  const end = message.search(/\.(?:\s|$)/);
  return end === -1 ? message : message.slice(0, end);
}
