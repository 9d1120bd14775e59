import type { Unit } from '../schemas/measure';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Text with its first letter in capitals: status words and flags as written at the start of a label. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A count with its noun in the right number: "1 result", "3 results", "2 priorities". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A figure written the British way with its unit: "14.2%", "£4,422.45", "12.5 per 1,000". */
export function formatValue(value: number, unit?: Unit): string {
  const number = NUMBER.format(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  switch (unit) {
    case '%':
      return `${sign}${number}%`;
    case '£':
      return `${sign}£${number}`;
    case 'percentage points':
      return `${sign}${number} percentage ${Math.abs(value) === 1 ? 'point' : 'points'}`;
    case 'rate per 1,000':
      return `${sign}${number} per 1,000`;
    default:
      return `${sign}${number}`;
  }
}

/**
 * A baseline or target as the page shows it: the plan's words, then its figure and period in brackets
 * where the words do not already say them ("90.3% in 2015-16", not "90.3% in 2015-16 (90.3%, 2015-16)").
 */
export function describePoint(point: { text: string; value?: number; period?: { label: string } }, unit?: Unit): string {
  const value = point.value === undefined ? undefined : formatValue(point.value, unit);
  const inWords = (part: string | undefined) => part !== undefined && point.text.replace(/\s+/g, '').includes(part.replace(/\s+/g, ''));
  const extra = [value !== undefined && !inWords(value) ? value : undefined, point.period && !inWords(point.period.label) ? point.period.label : undefined].filter(Boolean);
  return extra.length > 0 ? `${point.text} (${extra.join(', ')})` : point.text;
}

/** "Q2, Q3 and Q4": a list as a sentence says it. */
export function listInWords(items: string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

/** A position in words: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st. */
export function ordinal(position: number): string {
  const lastTwo = position % 100;
  const last = position % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${position}${suffix}`;
}
