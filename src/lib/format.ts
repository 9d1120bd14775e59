import type { Unit } from '../schemas/measure';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Text with its first letter in capitals: status words and flags as written at the start of a label. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
