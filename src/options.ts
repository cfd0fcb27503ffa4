import { ArticleParseError, describeValue, invalidOption } from './errors.js';
import { validateSiteRules, type SiteRules } from './sites/define-site-rules.js';

/**
 * Options of {@link parseArticle}, {@link parseHtml} and {@link parseText}.
 *
 * @example
 * ```ts
 * import { parseArticle, type ParseOptions } from 'ru-news-parser';
 *
 * const options: ParseOptions = {
 *   url: 'https://news.example.ru/2017/12/04/most',
 *   referenceDate: '2017-12-05T10:00:00+03:00',
 *   timeZone: 'Europe/Kaliningrad',
 * };
 * parseArticle('Мост открыт\n\nВчера в Калининграде открыли мост.', options).dates[0].value;
 * //=> '2017-12-04'
 * ```
 */
export interface ParseOptions {
  /** Page URL: used to absolutize links, as the fallback canonical URL, and to pick site rules. */
  url?: string;
  /** "Now" for relative dates ("вчера") and the last fallback for missing years. Default: the current time. */
  referenceDate?: Date | string;
  /** IANA time zone in which naive local times are read. Default `"Europe/Moscow"`. */
  timeZone?: string;
  /** Input kind. Default `"auto"`: HTML when the input looks like markup, else plain text. */
  format?: 'auto' | 'html' | 'text';
  /** Charset of byte input (`"windows-1251"`, `"koi8-r"`, …); wins over what the page declares. */
  encoding?: string;
  /** Largest accepted input, in bytes (UTF-8 length for strings). Default 10 MiB. */
  maxInputBytes?: number;
  /** Extra site rules, tried before the built-in ones. */
  siteRules?: SiteRules[];
}

/**
 * Options of {@link parseRussianDate} and {@link findRussianDates}.
 *
 * @example
 * ```ts
 * import { parseRussianDate, type DateOptions } from 'ru-news-parser';
 *
 * const options: DateOptions = { reference: '2015-06-10T12:00:00Z', timeZone: 'Asia/Novosibirsk' };
 * parseRussianDate('вчера в 14:05', options)?.value;
 * //=> '2015-06-09T14:05:00+06:00'
 * ```
 */
export interface DateOptions {
  /** "Now" for relative expressions and missing years. Default: the current time. */
  reference?: Date | string;
  /** IANA time zone in which naive local times are read. Default `"Europe/Moscow"`. */
  timeZone?: string;
}

/** Default time zone of Russian news. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';
/** Default `maxInputBytes`: 10 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Resolved options plus the warnings sink, passed to every stage of the pipeline.
 * @internal
 */
export interface ParseContext {
  url: string | null;
  /** The caller's reference date, or the current time. */
  referenceDate: Date;
  /** False when `referenceDate` was not given and the current time stands in. */
  referenceDateGiven: boolean;
  timeZone: string;
  /** True when the caller set `timeZone` (a site rule's zone then does not override it). */
  timeZoneGiven: boolean;
  format: 'auto' | 'html' | 'text';
  encoding: string | null;
  maxInputBytes: number;
  siteRules: SiteRules[];
  warnings: string[];
  warn(message: string): void;
}

/** @internal */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a `Date | string` option into a valid `Date`, or throws `INVALID_OPTIONS` naming it.
 * @internal
 */
export function resolveReference(value: unknown, name: string): Date | null {
  if (value === undefined || value === null) return null;
  const date = value instanceof Date ? new Date(value.getTime()) : typeof value === 'string' ? new Date(value) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw invalidOption(`Option "${name}"`, 'a valid Date or an ISO 8601 string', describeValue(value));
  }
  return date;
}

/** @internal */
export function resolveTimeZone(value: unknown, name = 'timeZone'): string {
  if (value === undefined || value === null) return DEFAULT_TIME_ZONE;
  if (typeof value !== 'string' || !isValidTimeZone(value)) {
    throw invalidOption(`Option "${name}"`, 'an IANA time zone name such as "Europe/Moscow"', describeValue(value));
  }
  return value;
}

/**
 * Validates `ParseOptions` and fills the defaults. The only place that reads the clock.
 * @throws {ArticleParseError} `INVALID_OPTIONS`, naming the bad option.
 * @internal
 */
export function resolveParseOptions(options: ParseOptions | undefined): ParseContext {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidOption('Options', 'an object', options === null ? 'null' : typeof options);
  }
  const o = options ?? {};
  const reference = resolveReference(o.referenceDate, 'referenceDate');
  const timeZone = resolveTimeZone(o.timeZone);

  const format = o.format ?? 'auto';
  if (format !== 'auto' && format !== 'html' && format !== 'text') {
    throw invalidOption('Option "format"', '"auto", "html" or "text"', describeValue(format));
  }
  const maxInputBytes = o.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (typeof maxInputBytes !== 'number' || !Number.isFinite(maxInputBytes) || maxInputBytes <= 0) {
    throw invalidOption('Option "maxInputBytes"', 'a positive number of bytes', describeValue(maxInputBytes));
  }
  if (o.encoding !== undefined && (typeof o.encoding !== 'string' || o.encoding.trim() === '')) {
    throw invalidOption('Option "encoding"', 'a charset name such as "windows-1251"', describeValue(o.encoding));
  }
  let url: string | null = null;
  if (o.url !== undefined) {
    if (typeof o.url !== 'string') {
      throw invalidOption('Option "url"', 'a string', typeof o.url);
    }
    try {
      url = new URL(o.url).href;
    } catch {
      throw invalidOption('Option "url"', 'an absolute URL such as "https://example.ru/news/1"', describeValue(o.url));
    }
  }
  const siteRules = o.siteRules ?? [];
  if (!Array.isArray(siteRules)) {
    throw new ArticleParseError('INVALID_OPTIONS', 'Option "siteRules" must be an array of site rules (see defineSiteRules).');
  }
  siteRules.forEach((rule, i) => {
    validateSiteRules(rule, `siteRules[${i}]`);
    if (rule.timeZone !== undefined) resolveTimeZone(rule.timeZone, `siteRules[${i}].timeZone`);
  });

  const warnings: string[] = [];
  return {
    url,
    referenceDate: reference ?? new Date(),
    referenceDateGiven: reference !== null,
    timeZone,
    timeZoneGiven: o.timeZone !== undefined,
    format,
    encoding: o.encoding ?? null,
    maxInputBytes,
    siteRules,
    warnings,
    warn(message: string) {
      if (!warnings.includes(message)) warnings.push(message);
    },
  };
}
