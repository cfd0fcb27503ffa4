/**
 * Case- and ё-insensitive comparison key of an already normalized string, with the same
 * length as the input so that offsets found in it apply to the original. Strings whose
 * lower case changes length (rare: `İ`) are returned unchanged.
 * @internal
 */
export function foldText(text: string): string {
  const folded = text.toLowerCase().replaceAll('ё', 'е');
  return folded.length === text.length ? folded : text;
}
