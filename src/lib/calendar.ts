/** Date arithmetic shared by the readers of timeframes and periods. All dates are ISO strings in UTC. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function isoDate(year: number, monthIndex0: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex0, day)).toISOString().slice(0, 10);
}

export function lastDayOfMonth(year: number, monthIndex0: number): string {
  return isoDate(year, monthIndex0 + 1, 0);
}

/** "March", "Mar" or "sept" → 2; -1 when it is not a month. */
export function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return lower.length < 3 ? -1 : MONTHS.findIndex((month) => month.startsWith(lower));
}

/** The second year of "2021-26" or "2021/22": two digits belong to the first year's century. */
export function secondYear(first: number, written: string): number {
  if (written.length === 4) return Number(written);
  const candidate = Math.floor(first / 100) * 100 + Number(written);
  return candidate < first ? candidate + 100 : candidate;
}

/**
 * "Today" for overdue actions: the build date, or PLANSITE_TODAY when set (to preview the site as of a
 * date, and to make builds repeatable). It is read like any date in the content: "23/11/2026",
 * "23 November 2026" or "2026-11-23".
 */
export function readToday(override: string | undefined, now: Date = new Date()): DayResult {
  if (override === undefined || override === '') return { ok: true, value: now.toISOString().slice(0, 10) };
  const day = readDay(override.trim());
  if (day?.ok) return day;
  return { ok: false, error: `PLANSITE_TODAY is "${override}", which is not a single day. Write it as one day, like 23/11/2026, 23 November 2026 or 2026-11-23, or leave it unset to use today's date.` };
}

/** A numeric date read day first whose numbers could also be read month first: "04/05/2021". */
export interface DayFirstNote {
  /** The date as written, e.g. "04/05/2021". */
  written: string;
  /** How the site reads it, e.g. "4 May 2021". */
  readAs: string;
}

export type DayResult = { ok: true; value: string; dayFirst?: DayFirstNote } | { ok: false; error: string };

/** A date written year-month-day: "2023-03-31". */
export function isoDay(year: string, month: string, day: string, written: string): DayResult {
  const date = isoDate(Number(year), Number(month) - 1, Number(day));
  return date === `${year}-${month}-${day}` ? { ok: true, value: date } : { ok: false, error: `"${written}" is not a real date.` };
}

/**
 * A date written day first, as in the UK: "31/03/2023", "31.03.2023", "31-03-2023" or "31 March 2023".
 * `month` is a number (1–12) or a month's name. An impossible date ("03/31/2023", a US date) is an error
 * that says dates are read day first. A numeric date that could also be read month first ("04/05/2021")
 * carries a note, so the check can warn about it.
 */
export function dayFirstDate(day: string, month: string, year: string, written: string): DayResult {
  const numeric = /^\d+$/.test(month);
  const monthIndex0 = numeric ? Number(month) - 1 : monthIndex(month);
  const date = monthIndex0 >= 0 && monthIndex0 < 12 ? isoDate(Number(year), monthIndex0, Number(day)) : undefined;
  if (date && date.slice(0, 4) === year && Number(date.slice(8, 10)) === Number(day) && Number(date.slice(5, 7)) === monthIndex0 + 1) {
    const ambiguous = numeric && Number(day) <= 12 && Number(day) !== Number(month);
    return ambiguous ? { ok: true, value: date, dayFirst: { written, readAs: formatDate(date) } } : { ok: true, value: date };
  }
  const swapped = numeric && Number(month) > 12 && Number(day) <= 12 ? ` Dates are read day first: for ${MONTHS[Number(day) - 1]![0]!.toUpperCase()}${MONTHS[Number(day) - 1]!.slice(1)} ${Number(month)}, write ${month}/${day.padStart(2, '0')}/${year}.` : '';
  return { ok: false, error: `"${written}" is not a real date.${swapped}` };
}

const WHOLE_DAYS: Array<[RegExp, (m: RegExpMatchArray) => DayResult]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => isoDay(m[1]!, m[2]!, m[3]!, m[0])],
  // Day first: "31/03/2021", "31.03.2021", "31-03-2021", "31 March 2021", "1st Dec 2021".
  [/^(\d{1,2})(?:([/.-])(\d{1,2})\2|(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+)(\d{4})$/i, (m) => dayFirstDate(m[1]!, m[3] ?? m[4]!, m[5]!, m[0])],
];

/** `text` as one day, or undefined when it is not written as a day (a month, a year, a range). */
export function readDay(text: string): DayResult | undefined {
  for (const [pattern, read] of WHOLE_DAYS) {
    const match = text.match(pattern);
    if (match) return read(match);
  }
  return undefined;
}

/** One day as the content writes it, or the reason it is not one: what a report's `start` and `end` must be. */
export function parseDay(written: string): { ok: true; value: { iso: string; dayFirst?: DayFirstNote } } | { ok: false; error: string } {
  const result = readDay(written.trim());
  if (!result) return { ok: false, error: `"${written}" is not a single day. Write one day, like 31/03/2021, 31 March 2021 or 2021-03-31.` };
  return result.ok ? { ok: true, value: { iso: result.value, dayFirst: result.dayFirst } } : result;
}

/**
 * A quarter of a financial year: Q1 is April to June, so "Q3 2021/22" is October to December 2021.
 * `second` is the second year as written ("22" or "2022").
 */
export function financialQuarter(first: number, second: string, quarter: number): { start: string; end: string } | undefined {
  if (secondYear(first, second) !== first + 1) return undefined;
  const startMonth = 3 + (quarter - 1) * 3;
  const year = first + Math.floor(startMonth / 12);
  return { start: isoDate(year, startMonth % 12, 1), end: lastDayOfMonth(year, (startMonth % 12) + 2) };
}

/** A quarter of a calendar year: Q1 is January to March. */
export function calendarQuarter(year: number, quarter: number): { start: string; end: string } {
  return { start: isoDate(year, (quarter - 1) * 3, 1), end: lastDayOfMonth(year, (quarter - 1) * 3 + 2) };
}

/** "31 March 2023" as the site writes a date. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const name = MONTHS[month - 1]!;
  return `${day} ${name[0]!.toUpperCase()}${name.slice(1)} ${year}`;
}
