/**
 * The years of the LGBF's figures, kept as the source writes them: "2019-20" for one year (a financial
 * or academic year), "2010-14" or "2017-20" for several (CHN10's rolling averages). Years sort by
 * their first year, then their last; nothing is ever filled in between them.
 */

const YEAR_LABEL = /^(\d{4})-(\d{2})$/;

/** The longest span a label may cover: CHN10's "2010-14" covers four. */
const LONGEST_SPAN = 9;

export const YEAR_LABEL_HINT =
  'write the first year in full and the last year as two digits, joined by a hyphen, as the LGBF does: "2019-20" for one year, "2010-14" for several';

export function firstYear(label: string): number {
  return Number(YEAR_LABEL.exec(label)?.[1] ?? Number.NaN);
}

export function lastYear(label: string): number {
  const match = YEAR_LABEL.exec(label);
  if (!match) return Number.NaN;
  const first = Number(match[1]);
  const last = Math.floor(first / 100) * 100 + Number(match[2]);
  return last < first ? last + 100 : last;
}

export function isYearLabel(label: string): boolean {
  const span = lastYear(label) - firstYear(label);
  return span >= 1 && span <= LONGEST_SPAN;
}

/** Each label once, earliest first. */
export function yearsInOrder(labels: Iterable<string>): string[] {
  return [...new Set(labels)].sort((a, b) => firstYear(a) - firstYear(b) || lastYear(a) - lastYear(b));
}

/** The year `steps` places before `year` in an indicator's own list of years, if the list goes back that far. */
export function yearBefore(years: readonly string[], year: string, steps = 1): string | undefined {
  const position = years.indexOf(year);
  return position - steps >= 0 && position !== -1 ? years[position - steps] : undefined;
}
