/**
 * Weekday vocabulary (ISO numbering, 1 = Monday): Russian full forms in the cases
 * news use, Russian abbreviations, English names. Data only; the Russian case forms are written as
 * stem + endings.
 * @internal
 */
export interface WeekdayWords {
  weekday: number;
  words: readonly string[];
  /** Abbreviations, matched with or without a trailing dot. */
  short: readonly string[];
}

/** Nominative, genitive, dative of a masculine weekday ("вторник", "вторника", "вторнику"). */
const masculine = (word: string): string[] => [word, `${word}а`, `${word}у`];
/** Nominative, accusative, genitive of a feminine weekday ("среда", "среду", "среды"). */
const feminine = (stem: string): string[] => [`${stem}а`, `${stem}у`, `${stem}ы`];

/** @internal */
export const WEEKDAYS: readonly WeekdayWords[] = [
  { weekday: 1, words: [...masculine('понедельник'), 'monday'], short: ['пнд', 'пн', 'mon'] },
  { weekday: 2, words: [...masculine('вторник'), 'tuesday'], short: ['втр', 'вт', 'tue'] },
  { weekday: 3, words: [...feminine('сред'), 'wednesday'], short: ['срд', 'ср', 'wed'] },
  { weekday: 4, words: [...masculine('четверг'), 'thursday'], short: ['чтв', 'чт', 'thu'] },
  { weekday: 5, words: [...feminine('пятниц'), 'friday'], short: ['птн', 'пт', 'fri'] },
  { weekday: 6, words: [...feminine('суббот'), 'saturday'], short: ['сбт', 'сб', 'sat'] },
  { weekday: 7, words: ['воскресенье', 'воскресенья', 'sunday'], short: ['вскр', 'вс', 'sun'] },
];
