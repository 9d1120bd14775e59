/**
 * What Word and Excel do to text pasted into a content file, and how the site reads it. Curly quotes
 * wrapping a whole value (`lead: “Sustainable City group”`) are meant as quotation marks, so they are
 * read as such and a warning names them; curly apostrophes inside text (children’s) are kept.
 */

const WRAPPED = /^\s*(?:“([^“”]*)”|‘([^‘’]*)’)\s*$/;

/** The value without curly quotes that wrap all of it; anything else unchanged. */
export function withoutWrappingCurlyQuotes(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = WRAPPED.exec(value);
  return match ? (match[1] ?? match[2]!) : value;
}

/** Every text value in parsed YAML wrapped in curly quotes, with its field path. */
export function curlyQuotedValues(data: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; value: string }> {
  if (typeof data === 'string') return WRAPPED.test(data) ? [{ path, value: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => curlyQuotedValues(item, [...path, index]));
  if (data && typeof data === 'object' && !(data instanceof Date)) return Object.entries(data).flatMap(([key, item]) => curlyQuotedValues(item, [...path, key]));
  return [];
}

export const CURLY_QUOTES = /[“”‘’]/;

export function curlyQuoteWarning(value: string): string {
  return `${value.trim()} is wrapped in curly quotes, as Word types them. The site read them as quotation marks and leaves them out; to be sure, type straight quotes (") instead.`;
}
