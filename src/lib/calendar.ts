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
 * date, and to make builds repeatable).
 */
export function readToday(override: string | undefined, now: Date = new Date()): { ok: true; value: string } | { ok: false; error: string } {
  if (override === undefined || override === '') return { ok: true, value: now.toISOString().slice(0, 10) };
  const match = override.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (match && isoDate(Number(match[1]), Number(match[2]) - 1, Number(match[3])) === match[0]) return { ok: true, value: match[0] };
  return { ok: false, error: `PLANSITE_TODAY is "${override}", which is not a date. Write it as year-month-day, like 2026-11-23, or leave it unset to use today's date.` };
}
