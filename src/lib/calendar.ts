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

/**
 * A date written day first, as in the UK: "31/03/2023", "31.03.2023", "31-03-2023" or "31 March 2023".
 * `month` is a number (1–12) or a month's name. An impossible date ("03/31/2023", a US date) is an error
 * that says dates are read day first.
 */
export function dayFirstDate(day: string, month: string, year: string, written: string): { ok: true; value: string } | { ok: false; error: string } {
  const monthIndex0 = /^\d+$/.test(month) ? Number(month) - 1 : monthIndex(month);
  const date = monthIndex0 >= 0 && monthIndex0 < 12 ? isoDate(Number(year), monthIndex0, Number(day)) : undefined;
  if (date && Number(date.slice(8, 10)) === Number(day) && Number(date.slice(5, 7)) === monthIndex0 + 1) return { ok: true, value: date };
  const swapped = /^\d+$/.test(month) && Number(month) > 12 && Number(day) <= 12 ? ` Dates are read day first: for ${MONTHS[Number(day) - 1]![0]!.toUpperCase()}${MONTHS[Number(day) - 1]!.slice(1)} ${Number(month)}, write ${month}/${day.padStart(2, '0')}/${year}.` : '';
  return { ok: false, error: `"${written}" is not a real date.${swapped}` };
}

/** "31 March 2023" as the site writes a date. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const name = MONTHS[month - 1]!;
  return `${day} ${name[0]!.toUpperCase()}${name.slice(1)} ${year}`;
}
