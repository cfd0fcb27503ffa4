/**
 * Regular expressions of the date finder, composed once at module load from the
 * vocabulary modules. Every quantifier is bounded (`\s{1,4}`, `\d{1,2}`) and every
 * alternation is of fixed words tried longest first, so each regex does constant work
 * per start position: linear in the input.
 * @internal
 */
import { ALL_MONTHS } from './months.js';
import { CARDINAL_ONES, CARDINAL_TEENS, CARDINAL_TENS, HALF_SUFFIX_WORDS, ORDINAL_ONES, ORDINAL_OTHER, ORDINAL_TENS } from './number-words.js';
import { alternation } from './regex-source.js';
import {
  HEDGE_WORDS,
  JUST_NOW_WORDS,
  LOCAL_ZONE_WORDS,
  MOSCOW_ZONE_WORDS,
  RELATIVE_COUNTED_UNITS,
  RELATIVE_DAYS,
  RELATIVE_UNITS,
  YEAR_CUE_WORDS,
} from './relative-words.js';
import { WEEKDAYS } from './weekdays.js';

/** Letters of the scripts met in Russian news (Latin, Cyrillic, Greek) and digits. */
const LETTER = 'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f';
/** Not followed by a letter; by a letter or digit; not preceded by either. */
const NO_LETTER = `(?![${LETTER}])`;
const R = `(?![${LETTER}\\d])`;
const NO_WORD_BEFORE = `(?<![${LETTER}\\d])`;
/** Not glued to a following number part ("04.12.2017.5", "12:30:1"). */
const R_NUM = `(?![${LETTER}\\d]|[.,:/]\\d)`;
const SP = '\\s+';
const SP0 = '\\s*';
/** A separator between a date and its time: ", ", " ", " в ", ", в ", " | " (news-feed layouts). */
const SEP_TIME = `(?:${SP0}[,|]${SP0}|${SP})(?:в${SP})?`;

/** A month name (any case form, or an abbreviation with an optional dot), not followed by a letter. */
function monthGroup(name: string): string {
  return (
    `(?<${name}>${alternation(ALL_MONTHS.flatMap((m) => m.full))}${NO_LETTER}` +
    `|${alternation(ALL_MONTHS.flatMap((m) => m.short))}${NO_LETTER}\\.?)`
  );
}
const MONTH = monthGroup('mon');

const WEEKDAY_FULL = alternation(WEEKDAYS.flatMap((w) => w.words));
const WEEKDAY_ANY = alternation(WEEKDAYS.flatMap((w) => [...w.words, ...w.short]));
/**
 * "Пн, ", "понедельник, ", "в пятницу, ", "Mon, " right before a date (checked on a short
 * slice), with the one character before it, which must be neither letter nor digit: the
 * caller puts a space before the slice so that its start counts as such a character. No
 * look-around (what follows the weekday is a dot, a comma or white space anyway), so that
 * recheck's exact automaton checker can prove it linear; on the look-behind version its
 * fuzz checker came out quadratic in some runs and safe in others.
 */
export const WEEKDAY_BEFORE_RE = new RegExp(`[^${LETTER}\\d](?:во?${SP})?(?<wd>${WEEKDAY_ANY})\\.?(?:${SP0},)?${SP}$`, 'i');
/** "с " / "со " right before a range start (checked on a short slice). */
export const RANGE_FROM_BEFORE_RE = /(?<![\p{L}\p{N}])со?\s{1,4}$/iu;
/** ", понедельник" (full words only: "ВС" after a date is more often an army than a Sunday). */
const WEEKDAY_SUFFIX = `(?:${SP0}[,(]${SP0}(?<wd2>${WEEKDAY_FULL})${NO_LETTER}\\)?)?`;

const YEAR_CUE = `(?:${SP0}(?<ycue>${alternation(YEAR_CUE_WORDS)})${NO_LETTER})?`;

/** A clock time after a date: "23:16", "23:16:05", "23.16" (dot only here). */
const TIME_AFTER = `(?:${SEP_TIME}(?<taH>\\d{1,2})(?<taSep>[:.])(?<taM>\\d{2})(?:[:.](?<taS>\\d{2}))?(?![\\d]))?`;
/** A clock time before a date: "23:16 04.12.2017", "23:16, 4 декабря". Colon only. */
const TIME_BEFORE = `(?:(?<tbH>\\d{1,2}):(?<tbM>\\d{2})(?::(?<tbS>\\d{2}))?(?:${SP0}[,|])?${SP}(?:(?:от|за)${SP})?)?`;

/** An explicit zone after a time: МСК, "(мск)", "по московскому времени", "+0300", "UTC+3", GMT. */
const ZONE =
  `(?:${SP0}(?:\\(${SP0})?(?<zmsk>${alternation(MOSCOW_ZONE_WORDS)})\\)?${NO_LETTER}` +
  `|${SP}(?<zlocal>${alternation(LOCAL_ZONE_WORDS)})${NO_LETTER}` +
  `|${SP0}(?<zutc>utc|gmt)(?<zutcOff>[+-]\\d{1,2}(?::?\\d{2})?)?(?![${LETTER}\\d])` +
  `|${SP}(?<zoff>[+-]\\d{2}:?\\d{2})(?!\\d))?`;

/** Between the two ends of a range: "–", " - ", " по ", " до ". */
const RANGE_SEP = `${SP0}[-–—]${SP0}|${SP}(?:по|до)${SP}`;

/** Start of a range before the final day: "10 по ", "10–", "10 - ", "10-го до " ("с" is looked up before). */
const RANGE_START = `(?:(?<d0>\\d{1,2})(?:-?го)?(?<rsep>${RANGE_SEP}))?`;

const ORDINAL_DAY =
  `(?:${alternation(Object.keys(ORDINAL_TENS))}${SP})?${alternation(Object.keys(ORDINAL_ONES))}` +
  `|${alternation(Object.keys(ORDINAL_OTHER))}`;
const ORDINAL_WORDS = [...Object.keys(ORDINAL_TENS), ...Object.keys(ORDINAL_ONES), ...Object.keys(ORDINAL_OTHER)];

/** Digit-led expressions start with a digit not glued to a word or a number part. */
const DIGIT_START = `(?=\\d)(?<![${LETTER}\\d]|\\d[.,:/])`;

/** A fast word start: a first-letter class (lets the engine skip quickly), then the word boundary. */
function wordStart(words: readonly string[]): string {
  const firsts = new Set<string>();
  for (const w of words) {
    const c = w[0]?.toLowerCase();
    if (c === undefined) continue;
    for (const v of c === 'е' || c === 'ё' ? ['е', 'ё'] : [c]) {
      firsts.add(v);
      firsts.add(v.toUpperCase());
    }
  }
  return `(?=[${[...firsts].join('')}])${NO_WORD_BEFORE}`;
}

const DATE_TAIL = `(?:${SP}(?<y>\\d{4})(?!\\d)${YEAR_CUE})?${TIME_AFTER}${ZONE}${WEEKDAY_SUFFIX}${R_NUM}`;

/** "4 декабря 2017 года, 23:16", "04 Dec 2017 23:16:00 +0300", "10–12 июля", "23:16, 4 декабря". */
export const MONTH_NAME_DATE_RE = new RegExp(
  `${DIGIT_START}${TIME_BEFORE}${RANGE_START}(?<d>\\d{1,2})(?:-(?:го|ое|е))?${SP}${MONTH}${DATE_TAIL}`,
  'gi',
);

/** "четвёртого декабря 2017 года", "двадцать первое мая". */
export const ORDINAL_MONTH_DATE_RE = new RegExp(`${wordStart(ORDINAL_WORDS)}(?<dw>${ORDINAL_DAY})${SP}${MONTH}${DATE_TAIL}`, 'gi');

/** Cheap test for {@link ORDINAL_MONTH_DATE_RE}: an ordinal ending right before a month stem. */
export const ORDINAL_MONTH_HINT_RE = /[оеь]\s{1,4}(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;

/** "04.12.2017", "4.12.17", "04/12/2017 23:16", "23:16 04.12.2017", "10-12.07.2024". */
export const NUMERIC_DATE_RE = new RegExp(
  `${DIGIT_START}${TIME_BEFORE}${RANGE_START}` +
    `(?<d>\\d{1,2})(?<sep>[./])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?(?!\\d)${YEAR_CUE}${TIME_AFTER}${ZONE}${WEEKDAY_SUFFIX}${R_NUM}`,
  'gi',
);

/** ISO 8601: "2017-12-04", "2017-12-04T23:16", "2017-12-04T23:16:00+03:00", "…Z". */
export const ISO_DATE_RE = new RegExp(
  `${DIGIT_START}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:(?:T|\\s)(?<H>\\d{2}):(?<M>\\d{2})(?::(?<S>\\d{2})(?:[.,]\\d{1,9})?)?(?<off>Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![${LETTER}\\d]|[-:.]\\d)`,
  'gi',
);

/**
 * A four-digit year with a month name before it ("в сентябре 2017" → month; "в
 * сентябре–октябре 2011" → a month range) or a cue
 * word after it ("в 2019 году" → year); the month is read by a lookbehind, so the scan
 * stays digit-led.
 */
export const YEAR_RE = new RegExp(
  `${DIGIT_START}(?:(?<y0>\\d{4})(?:-?(?:го|х|м))?(?<ysep>${RANGE_SEP}))?(?<y>\\d{4})(?<=(?:${NO_WORD_BEFORE}(?:${monthGroup('mon0')}(?:${RANGE_SEP}))?${MONTH}${SP})?\\d{4})(?!\\d)` +
    `(?:(?<ysuf>-?(?:м|й|го))?${SP0}(?<ycue>${alternation(YEAR_CUE_WORDS)})${NO_LETTER})?${R_NUM}`,
  'gi',
);

const CARDINAL =
  `(?:${alternation(Object.keys(CARDINAL_TENS))}(?:${SP}${alternation(Object.keys(CARDINAL_ONES))})?` +
  `|${alternation([...Object.keys(CARDINAL_ONES), ...Object.keys(CARDINAL_TEENS)])})${NO_LETTER}`;
/** A count: digits ("3", "1,5"), words ("трёх", "двадцать пять"), optionally "с половиной". */
const COUNT = `(?:\\d{1,4}(?:[.,]5)?|${CARDINAL})(?:${SP}${alternation(HALF_SUFFIX_WORDS)}${NO_LETTER})?`;
const UNIT = `${alternation(Object.keys(RELATIVE_UNITS))}${NO_LETTER}\\.?`;

/**
 * "3 часа назад", "около трёх часов назад", "2 ч. 21 мин. назад", "час назад",
 * "полчаса назад", "неделю назад": found at "назад", read backwards by a lookbehind.
 */
export const AGO_RE = new RegExp(
  `назад(?<=${NO_WORD_BEFORE}(?:(?<hedge>${alternation(HEDGE_WORDS)})${SP})?` +
    `(?:(?<n1>${COUNT})${SP0}(?<u1>${UNIT})${SP})?` +
    `(?:(?<n2>${COUNT})${SP0})?(?<u2>${UNIT}|${alternation(Object.keys(RELATIVE_COUNTED_UNITS))}${NO_LETTER})` +
    `${SP}(?:тому${SP})?назад)${R}`,
  'gid',
);

/** "сегодня", "вчера, 23:16", "позавчера в 14.05", "Сегодня 14:05 МСК". */
export const RELATIVE_DAY_RE = new RegExp(
  `${wordStart(Object.keys(RELATIVE_DAYS))}(?<w>${alternation(Object.keys(RELATIVE_DAYS))})${NO_LETTER}` +
    `(?:(?:${SP0}[,|]${SP0}|${SP})(?:(?<tv>в)${SP})?(?<taH>\\d{1,2})(?<taSep>[:.])(?<taM>\\d{2})(?::(?<taS>\\d{2}))?(?!\\d))?${ZONE}${R_NUM}`,
  'gi',
);

/** "только что". */
export const JUST_NOW_RE = new RegExp(`${wordStart(JUST_NOW_WORDS)}${alternation(JUST_NOW_WORDS)}${R}`, 'gi');

/**
 * A sticky twin of a global regex with match indices (`d`), used only on the rare paths
 * that need group positions: indices cost time on every match of the scan itself.
 */
function spansTwin(re: RegExp): RegExp {
  return new RegExp(re.source, 'idy');
}
/** @internal */
export const MONTH_NAME_DATE_SPANS_RE = spansTwin(MONTH_NAME_DATE_RE);
/** @internal */
export const ORDINAL_MONTH_DATE_SPANS_RE = spansTwin(ORDINAL_MONTH_DATE_RE);
/** @internal */
export const NUMERIC_DATE_SPANS_RE = spansTwin(NUMERIC_DATE_RE);
/** @internal */
export const YEAR_SPANS_RE = spansTwin(YEAR_RE);

/** Whole-string only: a bare clock time "14:05" (today) or a bare year "2019". */
export const BARE_TIME_RE = /^(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2}))?$/u;
/** @internal */
export const BARE_YEAR_RE = /^(?<y>\d{4})$/u;
