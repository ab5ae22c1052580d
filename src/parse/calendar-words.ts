// Weekday and month names, written out and abbreviated: capitalized words that are never part of a
// person's name. One home for the sentence splitter and the speaker finder; dates are parse/text's.

/** The days of the week. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The months, written out. */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** The months' abbreviations, written with a full stop (`Sept. 12`); May, June and July are not abbreviated. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Every weekday and month word above. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);
