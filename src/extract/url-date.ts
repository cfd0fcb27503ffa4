import { formatDay, isValidDay } from '../date/calendar.js';

/** `/2017/12/04/`, `/2017-12-04/`, `/2017_12_04` — year first, in path segments. */
const YMD_PATH = /(?:^|[/_-])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/u;
/** `20171204` as a whole path segment or slug part. */
const YMD_COMPACT = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/u;
/** `-28-02-2022.htm`, `/04.12.2017/` — day first, four-digit year. */
const DMY_PATH = /(?:^|[/_-])(0?[1-9]|[12]\d|3[01])[._-](0?[1-9]|1[0-2])[._-]((?:19|20)\d{2})(?=$|[/_.-])/u;

/**
 * The publication day written in a page URL (`/2017/12/04/`, `/20171204/`,
 * `…-28-02-2022.htm`), as `YYYY-MM-DD`; null when the path holds none, or holds a year
 * and month only. Only the path is read: query strings carry ids and cache-busters.
 *
 * @example
 * ```ts
 * dateFromUrl('https://lenta.ru/news/2017/12/04/most/'); //=> '2017-12-04'
 * dateFromUrl('https://example.ru/news/20171204-most');  //=> '2017-12-04'
 * dateFromUrl('https://example.ru/posts/52033');          //=> null
 * ```
 * @internal
 */
export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  path = path.slice(0, 2000);
  for (const [re, yi, mi, di] of [[YMD_PATH, 1, 2, 3], [YMD_COMPACT, 1, 2, 3], [DMY_PATH, 3, 2, 1]] as const) {
    const m = re.exec(path);
    if (m === null) continue;
    const year = Number(m[yi]);
    const month = Number(m[mi]);
    const day = Number(m[di]);
    if (isValidDay(year, month, day)) return formatDay(year, month, day);
  }
  return null;
}
