/**
 * Reads content/comparison/, the LGBF figures for every council, the one way both the content check
 * (read-content.ts) and the build (content.config.ts) do: the same text rules, CSV readers, YAML
 * reading and schemas, and the same checks across the five files. A site without the folder has no
 * comparison pages; a folder missing some of its files is a problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { comparisonSourceSchema, indicatorEntriesSchema, type Comparison } from '../schemas/comparison';
import type { ContentProblem } from '../lib/content-problem';
import { decodeContentFile } from '../lib/content-text';
import { readCouncils, readFigures, readIndicatorRows, type CsvRead } from '../lib/compare/comparison-csv';
import { joinComparison } from '../lib/compare/join-comparison';
import { placeholderMessage, placeholdersIn } from '../lib/placeholders';
import { fieldName, yamlSchemaProblems } from '../lib/schema-issues';
import { curlyQuotedValues, curlyQuoteWarning } from '../lib/word-habits';
import { parseYaml, type ParsedYaml } from '../lib/yaml-source';

/** The comparison's files, from content/. */
export const COMPARISON_FILES = {
  figures: 'comparison/lgbf-children-all-councils.csv',
  councils: 'comparison/lgbf-council-groups.csv',
  indicators: 'comparison/lgbf-indicators.csv',
  entries: 'comparison/indicators.yaml',
  source: 'comparison/source.yaml',
} as const;

type FileKind = keyof typeof COMPARISON_FILES;

export interface ComparisonRead {
  /** Undefined when the site has no comparison, or its files could not be read. */
  comparison?: Comparison;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** The files read, from content/. */
  read: string[];
  /**
   * The indicators' codes, as far as the files could be read: names the glossary need not explain, as
   * every comparison page gives an indicator's title beside its code.
   */
  indicatorCodes: string[];
}

interface Reading {
  contentDir: string;
  files: Comparison['files'];
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

function readFile(reading: Reading, kind: FileKind): string | undefined {
  const read = decodeContentFile(readFileSync(path.join(reading.contentDir, COMPARISON_FILES[kind])), kind === 'entries' || kind === 'source' ? 'text' : 'csv');
  if ('error' in read) {
    reading.problems.push({ file: reading.files[kind], line: read.line, message: read.error });
    return undefined;
  }
  return read.text;
}

function readCsv<T>(reading: Reading, kind: FileKind, reader: (text: string) => CsvRead<T>): CsvRead<T> | undefined {
  const text = readFile(reading, kind);
  if (text === undefined) return undefined;
  const result = reader(text);
  for (const problem of result.problems) reading.problems.push({ file: reading.files[kind], ...problem });
  return result.problems.length === 0 ? result : undefined;
}

function readYaml<T>(reading: Reading, kind: FileKind, schema: z.ZodType<T>): ({ data: T } & Pick<ParsedYaml, 'lineOf' | 'keyLineOf'>) | undefined {
  const text = readFile(reading, kind);
  if (text === undefined) return undefined;
  const file = reading.files[kind];
  for (const { line, placeholder } of placeholdersIn(text)) reading.problems.push({ file, line, message: placeholderMessage(placeholder) });
  const parsed = parseYaml(text);
  if ('error' in parsed) return void reading.problems.push({ file, line: parsed.line, message: parsed.error });
  for (const { path: fieldPath, value } of curlyQuotedValues(parsed.data)) {
    reading.warnings.push({ file, line: parsed.lineOf(fieldPath), field: fieldName(fieldPath) || undefined, message: curlyQuoteWarning(value) });
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, lineOf: parsed.lineOf, keyLineOf: parsed.keyLineOf };
  for (const problem of yamlSchemaProblems(result.error.issues, parsed, schema)) reading.problems.push({ file, ...problem });
  return undefined;
}

const MISSING =
  'this file is missing. Comparing councils needs all five files in content/comparison/: the three LGBF CSV files, indicators.yaml and source.yaml. Restore it, or remove the whole folder to publish no comparison.';

export function readComparison(contentDir: string, projectRoot = path.dirname(contentDir)): ComparisonRead {
  const fromRoot = (file: string) => path.relative(projectRoot, path.join(contentDir, file)).split(path.sep).join('/');
  const files = Object.fromEntries(Object.entries(COMPARISON_FILES).map(([kind, file]) => [kind, fromRoot(file)])) as Comparison['files'];
  const reading: Reading = { contentDir, files, problems: [], warnings: [] };
  const present = (Object.keys(COMPARISON_FILES) as FileKind[]).filter((kind) => existsSync(path.join(contentDir, COMPARISON_FILES[kind])));
  const read = present.map((kind) => COMPARISON_FILES[kind]);
  if (present.length === 0) return { problems: [], warnings: [], read, indicatorCodes: [] };
  const missing = (Object.keys(COMPARISON_FILES) as FileKind[]).filter((kind) => !present.includes(kind));
  if (missing.length > 0) return { problems: missing.map((kind) => ({ file: files[kind], message: MISSING })), warnings: [], read, indicatorCodes: [] };

  const figures = readCsv(reading, 'figures', readFigures);
  const councils = readCsv(reading, 'councils', readCouncils);
  const indicatorRows = readCsv(reading, 'indicators', readIndicatorRows);
  const entries = readYaml(reading, 'entries', indicatorEntriesSchema);
  const source = readYaml(reading, 'source', comparisonSourceSchema);
  // Known even when another file has a problem, so that its codes are not reported as jargon too.
  const indicatorCodes = indicatorRows?.rows.map(({ row }) => row.code) ?? Object.keys(entries?.data ?? {});
  const { problems, warnings } = reading;
  if (!figures || !councils || !indicatorRows || !entries || !source) return { problems, warnings, read, indicatorCodes };
  const joined = joinComparison({ figures: figures.rows, councils: councils.rows, indicatorRows: indicatorRows.rows, entries, source, files });
  return { comparison: joined.comparison, problems: [...problems, ...joined.problems], warnings, read, indicatorCodes };
}
