/**
 * The periods a measure's figures are for, as people write them: "2021", "2021/22" or "2021-22"
 * (a financial or academic year), "2017-20" (several years, e.g. a rolling average),
 * "2021/22 Q1" or "Q1 2021/22" (a quarter of a financial year), "2021 Q3" (a calendar quarter),
 * "March 2021", "31/03/2021", "31 March 2021", "2021-03-31".
 * The label is kept for display, except that a single day is shown the site's one way, "31 March 2021";
 * start and end (ISO dates) sort and place it on a time line.
 */
import { calendarQuarter, financialQuarter, formatDate, isoDate, lastDayOfMonth, monthIndex, readDay, secondYear, type DayFirstNote } from './calendar';

export interface Period {
  label: string;
  start: string;
  end: string;
  /** Set when the period is a numeric date that could also be read month first, e.g. "04/05/2021". */
  dayFirst?: DayFirstNote;
}

export type PeriodResult = { ok: true; value: Period } | { ok: false; error: string };

export const PERIOD_FORMATS =
  'a year ("2021"), a financial or academic year ("2021/22"), several years ("2017-20"), a quarter ("2021/22 Q1", "Q1 2021/22" or "2021 Q3"), a month ("March 2021") or a date ("31/03/2021" or "2021-03-31")';

type Reader = (match: RegExpMatchArray) => { start: string; end: string } | string;

const READERS: Array<[RegExp, Reader]> = [
  [/^(\d{4})$/, (m) => ({ start: isoDate(Number(m[1]), 0, 1), end: isoDate(Number(m[1]), 11, 31) })],
  [
    /^(?:(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*Q([1-4])|Q([1-4])\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4}))$/i,
    (m) => financialQuarter(Number(m[1] ?? m[5]), m[2] ?? m[6]!, Number(m[3] ?? m[4])) ?? `"${m[0]}" names a financial year whose two years do not follow on`,
  ],
  [/^(?:(\d{4})\s*Q([1-4])|Q([1-4])\s*(\d{4}))$/i, (m) => calendarQuarter(Number(m[1] ?? m[4]), Number(m[2] ?? m[3]))],
  [
    /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/,
    (m) => {
      const first = Number(m[1]);
      const last = secondYear(first, m[2]!);
      if (last <= first || last - first > 10) return `"${m[0]}" is not a span of years`;
      // A year written "2021/22" runs from April (financial) or August (academic): place it from April.
      return { start: isoDate(first, 3, 1), end: isoDate(last, 2, 31) };
    },
  ],
  [
    /^([a-z]{3,9})\.?\s+(\d{4})$/i,
    (m) => {
      const month = monthIndex(m[1]!);
      if (month < 0) return `"${m[1]}" is not a month`;
      return { start: isoDate(Number(m[2]), month, 1), end: lastDayOfMonth(Number(m[2]), month) };
    },
  ],
];

/** A single day: "31/03/2021", "31 March 2021" or "2021-03-31", shown as "31 March 2021". */
function readDayPeriod(label: string): PeriodResult | undefined {
  const day = readDay(label);
  if (!day) return undefined;
  if (!day.ok) return { ok: false, error: `${day.error} Write ${PERIOD_FORMATS}.` };
  const period: Period = { label: formatDate(day.value), start: day.value, end: day.value };
  return { ok: true, value: day.dayFirst ? { ...period, dayFirst: day.dayFirst } : period };
}

export function parsePeriod(text: string): PeriodResult {
  const label = text.trim();
  const day = readDayPeriod(label);
  if (day) return day;
  for (const [pattern, read] of READERS) {
    const match = label.match(pattern);
    if (!match) continue;
    const range = read(match);
    if (typeof range === 'string') return { ok: false, error: `${range}. Write ${PERIOD_FORMATS}.` };
    return { ok: true, value: { label, ...range } };
  }
  return { ok: false, error: `"${label}" is not a period this site can read. Write ${PERIOD_FORMATS}.` };
}

/** Orders periods by when they start, then by when they end. */
export function comparePeriods(a: Period, b: Period): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end);
}

/** A period's middle as a fractional year (2021.5), for drawing a trend line through figures. */
export function midYear(period: Period): number {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`) + 86_400_000;
  const middle = new Date((start + end) / 2);
  const year = middle.getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1);
  return year + (middle.getTime() - yearStart) / (Date.UTC(year + 1, 0, 1) - yearStart);
}
