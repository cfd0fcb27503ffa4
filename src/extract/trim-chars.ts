/**
 * Removes the characters of `chars` from the end of `text`. A loop rather than a
 * `[…]+$` regex, which backtracks quadratically on long runs that do not reach the end.
 * @internal
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Removes the characters of `chars` from the start of `text`.
 * @internal
 */
export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}
