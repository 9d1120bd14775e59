/**
 * The quarter after a report's period, as a label the site can read ("2021/22 Q2"), for the empty
 * pair of columns an exported progress sheet keeps ready. Only a period of about three months is a
 * quarter; after anything else there is no next quarter to offer.
 */

/** The financial quarter (April to June is Q1) that starts on an ISO date's month. */
function quarterLabel(year: number, monthIndex0: number): string {
  const first = monthIndex0 >= 3 ? year : year - 1;
  const quarter = Math.floor(((monthIndex0 + 9) % 12) / 3) + 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')} Q${quarter}`;
}

export function nextQuarter(period: { start: string; end: string } | undefined): string | undefined {
  if (!period) return undefined;
  const [startYear, startMonth] = period.start.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = period.end.split('-').map(Number) as [number, number];
  const months = (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
  if (months !== 3 || (startMonth - 1) % 3 !== 0) return undefined;
  const next = new Date(Date.UTC(endYear, endMonth, 1));
  return quarterLabel(next.getUTCFullYear(), next.getUTCMonth());
}
