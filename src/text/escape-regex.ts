/** `s` with every regex metacharacter escaped, to match it literally inside a regex source. @internal */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
