/**
 * A measure's figures, read from its CSV file (content/<plan>/measures/<measure>.csv). The same reader
 * serves the content check and the build, so a file the check passes is read the same way in both.
 */
import { seriesRowSchema, type SeriesRow } from '../schemas/measure';
import { areaKey } from './area';
import { headerNames, readCsvRecords } from './csv-records';
import type { ContentProblem } from './content-problem';
import { CONTENT_LIMITS } from './content-text';
import { parsePeriod } from './period';
import { describeIssue } from './schema-issues';

export const SERIES_COLUMNS = ['period', 'value', 'area', 'unit', 'flag', 'footnote'] as const;

export type SeriesProblem = Omit<ContentProblem, 'file'>;

function headerProblems(text: string): SeriesProblem[] {
  const problems: SeriesProblem[] = [];
  const header = headerNames(text);
  for (const required of ['period', 'value']) {
    if (!header.includes(required)) problems.push({ line: 1, message: `the first line must name the columns, including "${required}". The columns are: ${SERIES_COLUMNS.join(', ')}.` });
  }
  const unknown = header.filter((name) => !(SERIES_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) problems.push({ line: 1, message: `unknown column ${unknown.map((name) => `"${name}"`).join(', ')}. The columns are: ${SERIES_COLUMNS.join(', ')}.` });
  return problems;
}

/**
 * Parses a measure's CSV of figures; problems carry the line and column to fix. `planArea` is the
 * plan's own area: a blank area means it, and it matches whatever its capitals ("anytown" is "Anytown"),
 * so a figure cannot be given twice for the plan's area in two spellings.
 */
export function readSeries(text: string, planArea = ''): { rows: SeriesRow[]; problems: SeriesProblem[] } {
  const read = readCsvRecords(text);
  if ('problem' in read) return { rows: [], problems: [read.problem] };
  const { records } = read;
  const problems = headerProblems(text);
  if (problems.length > 0) return { rows: [], problems };
  if (records.length > CONTENT_LIMITS.csvRows) {
    return { rows: [], problems: [{ message: `this file has ${records.length.toLocaleString('en-GB')} figures, more than the ${CONTENT_LIMITS.csvRows.toLocaleString('en-GB')} a measure's page can show. Keep only the figures the plan reports, or split the measure into several.` }] };
  }

  const rows: SeriesRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const result = seriesRowSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ line, field: String(issue.path[0] ?? ''), message: `${issue.path[0] === 'value' ? `"${record.value}": ` : ''}${describeIssue(issue, record)}` });
      }
      continue;
    }
    const period = parsePeriod(result.data.period);
    if (!period.ok) {
      problems.push({ line, field: 'period', message: period.error });
      continue;
    }
    const key = `${areaKey(result.data.area, planArea)}|${period.value.start}|${period.value.end}`;
    const earlier = seen.get(key);
    if (earlier) {
      const area = result.data.area || planArea;
      problems.push({ line, field: 'period', message: `the period "${result.data.period}"${area ? ` for ${area}` : ''} is already on line ${earlier}${result.data.area === '' && planArea ? ` (an empty area means the plan's own area, ${planArea})` : ''}. Keep one row per period and area.` });
      continue;
    }
    seen.set(key, line);
    rows.push(result.data);
  }
  return { rows, problems };
}
