/**
 * Calendar and time words for the time stage, with their TimeML codes.
 * Source: English calendar vocabulary and the TimeML 1.2.1 / TIMEX3 annotation guidelines
 * (value codes such as `SP`, `MO`, `Q1`, `PRESENT_REF`), written here.
 */

/** Month names and their news-style abbreviations, lower case, to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7,
  august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}

/** Weekdays to ISO number (Monday = 1). Three-letter forms are left out: "sun", "sat", "wed" are common words. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
}

/** Cardinal number words. Compounds ("twenty-five") are summed by the number reader. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12, couple: 2, half: 0.5,
}

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE'

/** Time units (singular) to a unit code; `MIN` is written `M` after `T` in a TimeML duration. */
export const UNITS: Readonly<Record<string, UnitCode>> = {
  second: 'S', minute: 'MIN', hour: 'H', day: 'D', week: 'W', fortnight: 'W', month: 'M',
  quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE',
}

/** Seasons to their TimeML codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
}

/** Parts of the day to their TimeML codes (`2026-01-04TMO`). */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
}

/** Words that refer to a time only vaguely; TimeML gives them a reference value instead of a date. */
export const REFERENCE_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', 'so far': 'PRESENT_REF',
  'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'to date': 'PRESENT_REF', 'the present': 'PRESENT_REF', current: 'PRESENT_REF', 'thus far': 'PRESENT_REF',
  // "previously" and "formerly" are left out: TimeBank annotators seldom tag them.
  recently: 'PAST_REF', 'the past': 'PAST_REF', 'in the past': 'PAST_REF',
  'the future': 'FUTURE_REF', soon: 'FUTURE_REF', 'in the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF', 'a later date': 'FUTURE_REF',
}

/** Modifiers before a time expression, to the TimeML `mod` they set. */
export const MODIFIERS: Readonly<Record<string, string>> = {
  'more than': 'MORE_THAN', 'over': 'MORE_THAN', 'longer than': 'MORE_THAN',
  'less than': 'LESS_THAN', 'under': 'LESS_THAN', 'fewer than': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  about: 'APPROX', around: 'APPROX', nearly: 'APPROX', almost: 'APPROX', roughly: 'APPROX',
  some: 'APPROX', approximately: 'APPROX',
  early: 'START', late: 'END', mid: 'MID', 'the end of': 'END', 'the beginning of': 'START',
  'the start of': 'START', 'the middle of': 'MID',
}

/** Days with a fixed date, to `MM-DD`; movable feasts are computed by the holiday rule. */
export const FIXED_HOLIDAYS: Readonly<Record<string, string>> = {
  "new year's day": '01-01', "new year's eve": '12-31', 'christmas day': '12-25', christmas: '12-25',
  'christmas eve': '12-24', "valentine's day": '02-14', 'independence day': '07-04', halloween: '10-31',
}

/** Capitalized words that make a weekday part of a name: newspapers and institutions ("Sunday Times"). */
export const WEEKDAY_NAME_HEADS = [
  'times', 'telegraph', 'express', 'mirror', 'post', 'mail', 'herald', 'tribune', 'independent', 'star',
  'school', 'service', 'league', 'people', 'sport', 'world', 'observer', 'journal', 'club',
] as const
