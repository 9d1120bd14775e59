/**
 * Reads every file under content/ the way the build does and validates it with the site's schemas:
 * the same text rules (content-text.ts), the same split of an .mdx file (frontmatter.ts), the same YAML
 * reading (yaml-source.ts), the same MDX parser and allow-list (mdx-body.ts) and the same CSV reader
 * (series-csv.ts). Returns the valid entries and a problem for everything else, so all problems are
 * reported in one run.
 */
import { globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  actionSchema,
  glossaryTermSchema,
  healthCheckSchema,
  measureSchema,
  outcomeSchema,
  planSchema,
  prioritySchema,
  reportSchema,
  siteSettingsSchema,
  themeSchema,
  youngPeoplePageSchema,
  searchWordsSchema,
} from '../schemas';
import type { SiteSettings } from '../schemas';
import type { ContentProblem } from '../lib/content-problem';
import { ADDRESS_NAME, isHousekeepingFile, planFolderProblem, SITE_FOLDERS, unreadFileProblem } from '../lib/content-layout';
import { CONTENT_LIMITS, decodeContentFile } from '../lib/content-text';
import { entryIdFromPath } from '../lib/entry-id';
import { splitFrontmatter } from '../lib/frontmatter';
import { readMdxBody } from '../lib/mdx-body';
import { fieldName, yamlSchemaProblems } from '../lib/schema-issues';
import { readSeries } from '../lib/series-csv';
import { isStatus, STATUS_WORDS } from '../lib/status-appearance';
import { curlyQuotedValues, curlyQuoteWarning } from '../lib/word-habits';
import { parseYaml } from '../lib/yaml-source';
import { placeholderMessage, placeholdersIn } from '../lib/placeholders';
import { synonymProblems } from '../lib/search/synonym-groups';
import { readComparison } from './read-comparison';
import { COMPARISON_ID } from '../lib/compare/comparison-index';
import type { Entry, SeriesFile, SiteContent } from '../lib/relations';

export { readSeries } from '../lib/series-csv';

/** Where each collection's files live under content/, shared with src/content.config.ts. */
export const collectionPatterns = {
  plans: '*/plan.mdx',
  priorities: '*/priorities/*.mdx',
  outcomes: '*/outcomes/*.mdx',
  actions: '*/actions/*.yaml',
  measures: '*/measures/*.yaml',
  reports: '*/reports/*.mdx',
  themes: 'themes/*.yaml',
  glossary: 'glossary/*.yaml',
  healthChecks: 'health-check/*.yaml',
  series: '*/measures/*.csv',
  site: 'site.yaml',
  youngPeople: 'young-people.mdx',
  searchWords: 'search-words.yaml',
} as const;

const SITE_FILE_NAMES = new Set(['plan', 'site', 'young-people', 'search-words']);

/** A content file's text, or why it cannot be used. */
export function readText(file: string, kind: 'text' | 'csv' = 'text'): { text: string } | { error: string; line?: number } {
  return decodeContentFile(readFileSync(file), kind);
}

function relativeFile(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

interface Reader {
  contentDir: string;
  projectRoot: string;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  embeds: NonNullable<SiteContent['embeds']>;
  outcomeSections: NonNullable<SiteContent['outcomeSections']>;
  /** Every file a collection reads, to find the ones none does. */
  read: Set<string>;
  /** Ids of the files that could not be read, to keep their problems from causing others. */
  unreadable: Set<string>;
  /** The comparison's indicator codes (see read-comparison.ts). */
  indicatorCodes: string[];
}

/** True for a file in a plan folder whose name is refused: the folder is reported once, not each file in it. */
function inRefusedPlanFolder(file: string): boolean {
  const folder = file.includes('/') ? file.split('/')[0]! : undefined;
  return folder !== undefined && !(SITE_FOLDERS as readonly string[]).includes(folder) && planFolderProblem(folder) !== undefined;
}

function files(reader: Reader, pattern: string): string[] {
  const found = globSync(pattern, { cwd: reader.contentDir }).map((file) => file.split(path.sep).join('/')).sort();
  for (const file of found) reader.read.add(file);
  return found.filter((file) => !inRefusedPlanFolder(file));
}

/** Reads an MDX body: its problems, and the charts and report sections it places. */
function readBody(reader: Reader, filePath: string, relative: string, body: string, firstLine: number): void {
  const { problems, components } = readMdxBody(body, firstLine);
  for (const problem of problems) reader.problems.push({ file: filePath, ...problem });
  for (const use of components) {
    const line = use.line ?? firstLine;
    if (use.name === 'MeasureChart') reader.embeds.push({ filePath, line, measure: use.attributes.measure! });
    if (use.name === 'OutcomeProgress') reader.outcomeSections.push({ filePath, id: entryIdFromPath(relative), line, outcome: use.attributes.outcome! });
    if (use.name === 'StatusBadge' && !isStatus(use.attributes.status!)) {
      reader.problems.push({ file: filePath, line, field: '<StatusBadge>', message: `"${use.attributes.status}" is not a status the site knows. Use one of: ${STATUS_WORDS.map((word) => `"${word}"`).join(', ')}.` });
    }
  }
}

/** Reads one file of a collection: an entry, or its problems. */
function readEntry<T>(reader: Reader, relative: string, schema: z.ZodType<T>, withFrontmatter: boolean): Entry<T> | undefined {
  const absolute = path.join(reader.contentDir, relative);
  const filePath = relativeFile(reader.projectRoot, absolute);
  const report = (problem: Omit<ContentProblem, 'file'>) => {
    reader.problems.push({ file: filePath, ...problem });
    reader.unreadable.add(entryIdFromPath(relative));
  };
  const baseName = path.basename(relative).replace(/\.[a-z]+$/i, '');
  if (!SITE_FILE_NAMES.has(baseName) && !ADDRESS_NAME.test(baseName)) {
    report({ message: `the file name "${baseName}" becomes part of the page's web address, so use lower-case letters, numbers and single hyphens only, like "mental-wellbeing".` });
    return undefined;
  }
  const read = readText(absolute);
  if ('error' in read) return void report({ line: read.line, message: read.error });
  for (const { line, placeholder } of placeholdersIn(read.text)) reader.problems.push({ file: filePath, line, message: placeholderMessage(placeholder) });
  let yaml = read.text;
  let lineOffset = 0;
  if (withFrontmatter) {
    const split = splitFrontmatter(read.text);
    if ('error' in split) return void report({ line: split.line, message: split.error });
    readBody(reader, filePath, relative, split.body, split.bodyStartLine);
    yaml = split.yaml;
    lineOffset = 1;
  }
  const parsed = parseYaml(yaml, lineOffset);
  if ('error' in parsed) return void report({ line: parsed.line, message: parsed.error });
  for (const { path: fieldPath, value } of curlyQuotedValues(parsed.data)) {
    reader.warnings.push({ file: filePath, line: parsed.lineOf(fieldPath), field: fieldName(fieldPath) || undefined, message: curlyQuoteWarning(value) });
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const problem of yamlSchemaProblems(result.error.issues, parsed, schema)) report(problem);
    return undefined;
  }
  return { id: entryIdFromPath(relative), filePath, data: result.data };
}

function load<T>(reader: Reader, pattern: string, schema: z.ZodType<T>, withFrontmatter: boolean): Entry<T>[] {
  return files(reader, pattern).flatMap((relative) => readEntry(reader, relative, schema, withFrontmatter) ?? []);
}

function loadSeries(reader: Reader, areaOfPlan: Map<string, string>): Entry<SeriesFile>[] {
  const entries: Entry<SeriesFile>[] = [];
  for (const relative of files(reader, collectionPatterns.series)) {
    const filePath = relativeFile(reader.projectRoot, path.join(reader.contentDir, relative));
    const read = readText(path.join(reader.contentDir, relative), 'csv');
    if ('error' in read) {
      reader.problems.push({ file: filePath, line: read.line, message: read.error });
      continue;
    }
    const id = entryIdFromPath(relative);
    const result = readSeries(read.text, areaOfPlan.get(relative.split('/')[0]!) ?? '');
    for (const problem of result.problems) reader.problems.push({ file: filePath, ...problem });
    if (result.problems.length > 0) continue;
    if (result.rows.length > CONTENT_LIMITS.csvRowsWarning) {
      reader.warnings.push({ file: filePath, message: `this file has ${result.rows.length.toLocaleString('en-GB')} figures. The measure's page shows every one in its table, which makes a heavy page for readers on phones: keep only the figures the plan reports, if you can.` });
    }
    entries.push({ id, filePath, data: { measure: id, rows: result.rows } });
  }
  return entries;
}

/** The LGBF figures for every council (content/comparison/), read as the build reads them. */
function loadComparison(reader: Reader): SiteContent['comparison'] {
  const { comparison, problems, warnings, read, indicatorCodes } = readComparison(reader.contentDir, reader.projectRoot);
  reader.problems.push(...problems);
  reader.warnings.push(...warnings);
  for (const file of read) reader.read.add(file);
  reader.indicatorCodes.push(...indicatorCodes);
  if (problems.length > 0) reader.unreadable.add(COMPARISON_ID);
  return comparison;
}

/** Plan folders with names that cannot be addresses, and files that no collection reads. */
function layoutProblems(reader: Reader): void {
  const contentFiles = readdirSync(reader.contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relativeFile(reader.contentDir, path.join(entry.parentPath, entry.name)));
  const folders = new Set(contentFiles.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!));
  for (const folder of [...folders].sort()) {
    const problem = (SITE_FOLDERS as readonly string[]).includes(folder) ? undefined : planFolderProblem(folder);
    if (problem) reader.problems.push({ file: `content/${folder}/`, message: problem });
  }
  for (const file of contentFiles.sort()) {
    if (reader.read.has(file) || isHousekeepingFile(file) || inRefusedPlanFolder(file)) continue;
    const { severity, message } = unreadFileProblem(file);
    (severity === 'error' ? reader.problems : reader.warnings).push({ file: `content/${file}`, message });
  }
}

/**
 * Reads and validates every file under `contentDir` with the same schemas the site uses. Returns the
 * valid entries, the problems that stop the build, and warnings that do not.
 */
export function readContent(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
): { content: SiteContent; settings?: SiteSettings; problems: ContentProblem[]; warnings: ContentProblem[]; unreadable: Set<string>; indicatorCodes: string[] } {
  const reader: Reader = { contentDir, projectRoot, problems: [], warnings: [], embeds: [], outcomeSections: [], read: new Set(), unreadable: new Set(), indicatorCodes: [] };
  const plans = load(reader, collectionPatterns.plans, planSchema, true);
  const areaOfPlan = new Map(plans.map((plan) => [plan.id, plan.data.area]));
  const content: SiteContent = {
    plans,
    priorities: load(reader, collectionPatterns.priorities, prioritySchema, true),
    outcomes: load(reader, collectionPatterns.outcomes, outcomeSchema, true),
    actions: load(reader, collectionPatterns.actions, actionSchema, false),
    measures: load(reader, collectionPatterns.measures, measureSchema, false),
    reports: load(reader, collectionPatterns.reports, reportSchema, true),
    themes: load(reader, collectionPatterns.themes, themeSchema, false),
    glossary: load(reader, collectionPatterns.glossary, glossaryTermSchema, false),
    healthChecks: load(reader, collectionPatterns.healthChecks, healthCheckSchema, false),
    series: loadSeries(reader, areaOfPlan),
    embeds: reader.embeds,
    outcomeSections: reader.outcomeSections,
    youngPeople: load(reader, collectionPatterns.youngPeople, youngPeoplePageSchema, true)[0],
    searchWords: load(reader, collectionPatterns.searchWords, searchWordsSchema, false)[0],
    comparison: loadComparison(reader),
  };
  for (const problem of synonymProblems(content.searchWords?.data.synonyms ?? [])) reader.problems.push({ file: 'content/search-words.yaml', ...problem });
  const siteFileExists = files(reader, collectionPatterns.site).length > 0;
  const settings = load(reader, collectionPatterns.site, siteSettingsSchema, false);
  if (!siteFileExists) reader.problems.push({ file: 'content/site.yaml', message: "this file is missing. It names the website and its publisher: copy it from the README's authoring guide." });
  layoutProblems(reader);
  return { content, settings: settings[0]?.data, problems: reader.problems, warnings: reader.warnings, unreadable: reader.unreadable, indicatorCodes: reader.indicatorCodes };
}
