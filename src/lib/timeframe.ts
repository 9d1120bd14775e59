/**
 * Timeframes as plans write them: "March 2023", "2021-26", "2020-2022", "2021/22", "Q3 2021/22",
 * "2023-03-31", "31/03/2023", "March 2023 with milestone annual improvements", "by Dec 2021".
 * The wording is kept for display, except that a single day is shown the site's one way, "31 March 2023";
 * start and end (ISO dates, inclusive) make it comparable.
 */
import { calendarQuarter, dayFirstDate, financialQuarter, formatDate, isoDate, isoDay, lastDayOfMonth, monthIndex, secondYear, type DayFirstNote, type DayResult } from './calendar';

export interface Timeframe {
  text: string;
  start: string;
  end: string;
  /** Set when the timeframe is a numeric date that could also be read month first, e.g. "04/05/2021". */
  dayFirst?: DayFirstNote;
}

export type TimeframeResult = { ok: true; value: Timeframe } | { ok: false; error: string };

export const TIMEFRAME_FORMATS =
  'a year ("2023"), a range of years ("2021-26" or "2020-2022"), a financial year ("2021/22"), a quarter ("Q3 2021/22"), a month ("March 2023") or a date ("31 March 2023", "31/03/2023" or "2023-03-31")';

/** No plan runs longer than this; a longer range is a typing mistake, e.g. "2026-21". */
const MAX_RANGE_YEARS = 30;

const MONTH_NAMES_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

type Range = { start: string; end: string; dayFirst?: DayFirstNote };

/** A single day as a range, or what is wrong with it. */
function day(result: DayResult): Range | string {
  if (!result.ok) return result.error;
  return result.dayFirst ? { start: result.value, end: result.value, dayFirst: result.dayFirst } : { start: result.value, end: result.value };
}

function quarterOf(first: string, second: string, quarter: string, written: string): Range | string {
  return financialQuarter(Number(first), second, Number(quarter)) ?? `"${written}" names a financial year whose two years do not follow on.`;
}

const PATTERNS: Array<{ regex: RegExp; read: (m: RegExpMatchArray) => Range | string | null }> = [
  {
    // ISO date: 2023-03-31
    regex: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    read: (m) => {
      const date = isoDay(m[1]!, m[2]!, m[3]!, m[0]);
      return date.ok ? day(date) : null;
    },
  },
  {
    // A date written day first, as in the UK: 31/03/2023, 31.03.2023, 31-03-2023
    regex: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/,
    read: (m) => day(dayFirstDate(m[1]!, m[3]!, m[4]!, m[0])),
  },
  {
    // Day, month and year: 31 March 2023, 1st Dec 2021
    regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAMES_PATTERN}\\.?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => day(dayFirstDate(m[1]!, m[2]!, m[3]!, m[0])),
  },
  {
    // Month and year: March 2023, Dec 2021
    regex: new RegExp(`\\b${MONTH_NAMES_PATTERN}\\.?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => {
      const month = monthIndex(m[1]!);
      const year = Number(m[2]);
      return { start: isoDate(year, month, 1), end: lastDayOfMonth(year, month) };
    },
  },
  {
    // A quarter of a financial year: Q3 2021/22 (or 2021/22 Q3) is October to December 2021
    regex: /\bQ([1-4])\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\b/i,
    read: (m) => quarterOf(m[2]!, m[3]!, m[1]!, m[0]),
  },
  {
    regex: /\b(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*Q([1-4])\b/i,
    read: (m) => quarterOf(m[1]!, m[2]!, m[3]!, m[0]),
  },
  {
    // A quarter of a calendar year: Q3 2021 (or 2021 Q3) is July to September 2021
    regex: /\b(?:Q([1-4])\s*(\d{4})|(\d{4})\s*Q([1-4]))\b/i,
    read: (m) => calendarQuarter(Number(m[2] ?? m[3]), Number(m[1] ?? m[4])),
  },
  {
    // Financial year: 2021/22 runs April 2021 to March 2022
    regex: /\b(\d{4})\/(\d{2}|\d{4})\b/,
    read: (m) => {
      const startYear = Number(m[1]);
      const endYear = secondYear(startYear, m[2]!);
      if (endYear !== startYear + 1) return null;
      return { start: isoDate(startYear, 3, 1), end: isoDate(endYear, 2, 31) };
    },
  },
  {
    // Range of years: 2021-26, 2020-2022, 2020–23
    regex: /\b(\d{4})\s*[-–—]\s*(\d{4}|\d{2})\b/,
    read: (m) => {
      const startYear = Number(m[1]);
      const endYear = secondYear(startYear, m[2]!);
      if (endYear < startYear || endYear - startYear > MAX_RANGE_YEARS) return null;
      return { start: isoDate(startYear, 0, 1), end: isoDate(endYear, 11, 31) };
    },
  },
  {
    // A single year: 2023
    regex: /\b(\d{4})\b/,
    read: (m) => {
      const year = Number(m[1]);
      return { start: isoDate(year, 0, 1), end: isoDate(year, 11, 31) };
    },
  },
];

/** The wording with its date shown the site's one way: "Complete by 30/06/2022" → "Complete by 30 June 2022". */
function showDay(text: string, match: RegExpMatchArray, date: string): string {
  const at = match.index ?? 0;
  return `${text.slice(0, at)}${formatDate(date)}${text.slice(at + match[0].length)}`;
}

/**
 * Reads the first timeframe written in `text`. Words around it ("with milestone annual
 * improvements", "Submission to Scottish Government by") are kept in `text` for display.
 */
export function parseTimeframe(text: string): TimeframeResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `it is empty. Write ${TIMEFRAME_FORMATS}.` };
  for (const pattern of PATTERNS) {
    const match = trimmed.match(pattern.regex);
    if (!match) continue;
    const range = pattern.read(match);
    if (typeof range === 'string') return { ok: false, error: `${range} Write ${TIMEFRAME_FORMATS}.` };
    if (!range) return { ok: false, error: `"${match[0]}" is not a real date or range. Write ${TIMEFRAME_FORMATS}.` };
    const year = Number(range.start.slice(0, 4));
    if (year < 1900 || year > 2200) {
      return { ok: false, error: `"${match[0]}" is outside the years 1900 to 2200. Check the year.` };
    }
    return { ok: true, value: { text: range.start === range.end ? showDay(trimmed, match, range.start) : trimmed, ...range } };
  }
  return { ok: false, error: `"${trimmed}" has no date in it. Write ${TIMEFRAME_FORMATS}.` };
}

/** True when the whole of the timeframe lies before `today` (an ISO date). */
export function hasPassed(timeframe: Timeframe, today: string): boolean {
  return timeframe.end < today;
}
