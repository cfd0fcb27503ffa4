/** Output formats of `parse`. */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'markdown'] as const;

/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** True when `value` names an output format. */
export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
