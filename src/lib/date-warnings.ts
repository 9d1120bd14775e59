/**
 * Numeric dates that could be read two ways. "04/05/2021" is read day first, as 4 May 2021, but an
 * author used to American dates may have meant 5 April 2021: the check warns, naming both readings.
 */
import { formatDate, isoDate, type DayFirstNote } from './calendar';
import type { ContentProblem } from './content-problem';
import { parsePeriod } from './period';
import type { Entry, SeriesFile, SiteContent } from './relations';

type Found = { field: string; note: DayFirstNote };

/** What to tell the author about a date read day first. */
export function dayFirstMessage(note: DayFirstNote): string {
  const parts = note.written.match(/^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/);
  const read = `"${note.written}" is read day first, as ${note.readAs}.`;
  if (!parts) return `${read} To be sure, write the month in words, "${note.readAs}".`;
  const [day, separator, month, year] = [parts[1]!, parts[2]!, parts[3]!, parts[4]!];
  const otherReading = formatDate(isoDate(Number(year), Number(day) - 1, Number(month)));
  return `${read} If you meant ${otherReading}, write "${month}${separator}${day}${separator}${year}" — or write the month in words, "${note.readAs}", to be sure.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function isNote(value: unknown): value is DayFirstNote {
  return isRecord(value) && typeof value.written === 'string' && typeof value.readAs === 'string';
}

function periodNote(text: string, field: string): Found[] {
  const period = parsePeriod(text);
  return period.ok && period.value.dayFirst ? [{ field, note: period.value.dayFirst }] : [];
}

/**
 * Every parsed timeframe or period under `value` that carries a note, with its field path
 * (`completionTarget`, `baseline.period`). A period kept as text (a report's `figures[0].period`) is read again.
 */
function notesIn(value: unknown, field: string): Found[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => notesIn(item, `${field}[${index}]`));
  if (!isRecord(value)) return [];
  if (isNote(value.dayFirst)) return [{ field, note: value.dayFirst }];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = field ? `${field}.${key}` : key;
    return key === 'period' && typeof child === 'string' ? periodNote(child, path) : notesIn(child, path);
  });
}

function isEntry(value: unknown): value is Entry<unknown> {
  return isRecord(value) && typeof value.filePath === 'string' && 'data' in value;
}

/** The entries of every collection but the CSV series, whatever collections the site has. */
function entriesOf(content: SiteContent): Entry<unknown>[] {
  return Object.entries(content)
    .filter(([collection]) => collection !== 'series')
    .flatMap(([, value]: [string, unknown]) => (Array.isArray(value) ? value : [value]))
    .filter(isEntry);
}

/** A CSV file keeps only each row's period as written: read each once, and name the period, not the line. */
function seriesNotes(series: Entry<SeriesFile>): Found[] {
  const periods = new Set(series.data.rows.map((row) => row.period));
  return [...periods].flatMap((period) => periodNote(period, 'period'));
}

/** A warning for every numeric date in the content whose day is 12 or less, so it could be read month first. */
export function dateWarnings(content: SiteContent): ContentProblem[] {
  const found = [
    ...entriesOf(content).map((entry) => ({ file: entry.filePath, notes: notesIn(entry.data, '') })),
    ...content.series.map((series) => ({ file: series.filePath, notes: seriesNotes(series) })),
  ];
  return found.flatMap(({ file, notes }) => notes.map(({ field, note }) => ({ file, field, message: dayFirstMessage(note) })));
}
