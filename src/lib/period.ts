/**
 * The periods a measure's figures are for, as people write them: "2021", "2021/22" or "2021-22"
 * (a financial or academic year), "2017-20" (several years, e.g. a rolling average),
 * "2021/22 Q1" (a quarter of a financial year), "2021 Q3" (a calendar quarter), "March 2021", "2021-03-31".
 * The label is kept for display; start and end (ISO dates) sort and place it on a time line.
 */
import { dayFirstDate, isoDate, lastDayOfMonth, monthIndex, secondYear } from './calendar';

export interface Period {
  label: string;
  start: string;
  end: string;
}

export type PeriodResult = { ok: true; value: Period } | { ok: false; error: string };

export const PERIOD_FORMATS =
  'a year ("2021"), a financial or academic year ("2021/22"), several years ("2017-20"), a quarter ("2021/22 Q1" or "2021 Q3"), a month ("March 2021") or a date ("31/03/2021" or "2021-03-31")';

type Reader = (match: RegExpMatchArray) => { start: string; end: string } | string;

const READERS: Array<[RegExp, Reader]> = [
  [/^(\d{4})$/, (m) => ({ start: isoDate(Number(m[1]), 0, 1), end: isoDate(Number(m[1]), 11, 31) })],
  [
    /^(\d{4})-(\d{2})-(\d{2})$/,
    (m) => {
      const date = isoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      return date === m[0] ? { start: date, end: date } : `"${m[0]}" is not a real date`;
    },
  ],
  [
    // A date written day first, as in the UK: "31/03/2021", "31.03.2021", "31 March 2021".
    /^(\d{1,2})(?:([/.-])(\d{1,2})\2|(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+)(\d{4})$/i,
    (m) => {
      const date = dayFirstDate(m[1]!, m[3] ?? m[4]!, m[5]!, m[0]);
      return date.ok ? { start: date.value, end: date.value } : date.error.replace(/\.$/, '');
    },
  ],
  [
    /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*Q([1-4])$/i,
    (m) => {
      const first = Number(m[1]);
      if (secondYear(first, m[2]!) !== first + 1) return `"${m[0]}" names a financial year whose two years do not follow on`;
      // Financial quarters: Q1 is April to June.
      const startMonth = 3 + (Number(m[3]) - 1) * 3;
      const year = first + Math.floor(startMonth / 12);
      return { start: isoDate(year, startMonth % 12, 1), end: lastDayOfMonth(year, (startMonth % 12) + 2) };
    },
  ],
  [
    /^(?:(\d{4})\s*Q([1-4])|Q([1-4])\s*(\d{4}))$/i,
    (m) => {
      const year = Number(m[1] ?? m[4]);
      const quarter = Number(m[2] ?? m[3]);
      return { start: isoDate(year, (quarter - 1) * 3, 1), end: lastDayOfMonth(year, (quarter - 1) * 3 + 2) };
    },
  ],
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

export function parsePeriod(text: string): PeriodResult {
  const label = text.trim();
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
