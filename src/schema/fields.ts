import * as z from 'zod';

/**
 * zod, imported here once for every schema module (a bundle then imports it once), and
 * the field shapes the schemas repeat. Each call builds a fresh schema, so no shape is
 * shared between fields (`z.toJSONSchema` writes every field inline).
 * @internal
 */
export { z };

/** A string that must not be empty. @internal */
export const nonEmptyString = () => z.string().min(1);

/** A string, or null when the value is unknown. @internal */
export const nullableString = () => z.string().nullable();

/** A list of strings. @internal */
export const stringList = () => z.array(z.string());
