/**
 * The fingerprint selector of a CMS that names itself in `<meta name="generator">`
 * (`generatorMeta('Joomla')` → `meta[name="generator" i][content*="Joomla" i]`); `match`
 * `'^='` when the content must start with the name.
 * @internal
 */
export function generatorMeta(cms: string, match: '*=' | '^=' = '*='): string {
  return `meta[name="generator" i][content${match}"${cms}" i]`;
}
