/**
 * Weekday vocabulary (ISO numbering, 1 = Monday): Russian full forms in the cases
 * news use, Russian abbreviations, English names and their three-letter abbreviations.
 * Data only; regular Russian case forms are written as stem + endings.
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

/** Weekdays, Monday first: Russian full forms and abbreviations, then the English name and its first three letters. @internal */
export const WEEKDAYS: readonly WeekdayWords[] = (
  [
    [masculine('понедельник'), ['пнд', 'пн'], 'monday'],
    [masculine('вторник'), ['втр', 'вт'], 'tuesday'],
    [feminine('сред'), ['срд', 'ср'], 'wednesday'],
    [masculine('четверг'), ['чтв', 'чт'], 'thursday'],
    [feminine('пятниц'), ['птн', 'пт'], 'friday'],
    [feminine('суббот'), ['сбт', 'сб'], 'saturday'],
    [['воскресенье', 'воскресенья'], ['вскр', 'вс'], 'sunday'],
  ] as const
).map(([words, short, english], i) => ({ weekday: i + 1, words: [...words, english], short: [...short, english.slice(0, 3)] }));
