/**
 * Weekday vocabulary (ISO numbering, 1 = Monday): Russian full forms in the cases
 * news use, Russian abbreviations, English names. Data only.
 * @internal
 */
export interface WeekdayWords {
  weekday: number;
  words: readonly string[];
  /** Abbreviations, matched with or without a trailing dot. */
  short: readonly string[];
}

/** @internal */
export const WEEKDAYS: readonly WeekdayWords[] = [
  { weekday: 1, words: ['понедельник', 'понедельника', 'понедельнику', 'monday'], short: ['пнд', 'пн', 'mon'] },
  { weekday: 2, words: ['вторник', 'вторника', 'вторнику', 'tuesday'], short: ['втр', 'вт', 'tue'] },
  { weekday: 3, words: ['среда', 'среду', 'среды', 'wednesday'], short: ['срд', 'ср', 'wed'] },
  { weekday: 4, words: ['четверг', 'четверга', 'четвергу', 'thursday'], short: ['чтв', 'чт', 'thu'] },
  { weekday: 5, words: ['пятница', 'пятницу', 'пятницы', 'friday'], short: ['птн', 'пт', 'fri'] },
  { weekday: 6, words: ['суббота', 'субботу', 'субботы', 'saturday'], short: ['сбт', 'сб', 'sat'] },
  { weekday: 7, words: ['воскресенье', 'воскресенья', 'sunday'], short: ['вскр', 'вс', 'sun'] },
];
