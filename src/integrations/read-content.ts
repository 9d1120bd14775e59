import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  actionSchema,
  glossaryTermSchema,
  measureSchema,
  outcomeSchema,
  planSchema,
  prioritySchema,
  reportSchema,
  seriesRowSchema,
  siteSettingsSchema,
  themeSchema,
  youngPeoplePageSchema,
} from '../schemas';
import type { ContentProblem } from '../lib/content-problem';
import { entryIdFromPath } from '../lib/entry-id';
import { closestId } from '../lib/suggest';
import { parsePeriod } from '../lib/period';
import { findComponentUses, findMeasureEmbeds, findOutcomeSections, findUnknownComponents, MDX_COMPONENTS } from '../lib/embeds';
import { isStatus, STATUS_WORDS } from '../lib/status-appearance';
import type { Entry, SeriesFile, SiteContent } from '../lib/relations';
import type { SiteSettings } from '../schemas';

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
  series: '*/measures/*.csv',
  site: 'site.yaml',
  youngPeople: 'young-people.mdx',
} as const;

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

interface ParsedSource {
  data: unknown;
  lineOf: (fieldPath: PropertyKey[]) => number | undefined;
}

/** An alias (`*name`) reuses a block written elsewhere in the file: plain content files have none. */
const ALIAS = /(?:^|[\s:,[{-])\*[^\s,\]}]/m;

/**
 * Reads YAML. Most files are plain, and a fast parser (js-yaml, the one Astro uses) reads them; the
 * positions of fields, for "line 12" in a message, are worked out only if a message needs them. Files
 * with aliases, and files the fast parser refuses, go to the full parser, which reports the line of a
 * syntax error and refuses aliases that expand without limit.
 */
function parseYamlSource(text: string, lineOffset: number): ParsedSource | { error: string; line?: number } {
  if (!ALIAS.test(text)) {
    try {
      const data: unknown = loadYaml(text, { schema: CORE_SCHEMA }) ?? {};
      let positions: ParsedSource | undefined;
      return {
        data,
        lineOf: (fieldPath) => {
          positions ??= parseYamlFully(text, lineOffset) as ParsedSource;
          return 'lineOf' in positions ? positions.lineOf(fieldPath) : undefined;
        },
      };
    } catch {
      // Reported by the full parser below, with its line.
    }
  }
  return parseYamlFully(text, lineOffset);
}

function parseYamlFully(text: string, lineOffset: number): ParsedSource | { error: string; line?: number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    return {
      error: `this is not valid YAML (${first.code.toLowerCase().replace(/_/g, ' ')}). Check the indentation and quotes around this line: each field starts at the left edge, list items line up under each other (use spaces, not tabs), and every opening quote is closed.`,
      line: line ? line + lineOffset : undefined,
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    // The yaml library refuses aliases that expand without limit (a "billion laughs" file).
    return { error: 'this file repeats the same block (with & and *) so many times that it cannot be read. Write the values out instead.', line: 1 + lineOffset };
  }
  return {
    data,
    lineOf: (fieldPath) => {
      for (let depth = fieldPath.length; depth > 0; depth--) {
        const node = document.getIn(fieldPath.slice(0, depth) as unknown[], true) as { range?: [number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}

function fieldName(fieldPath: PropertyKey[]): string {
  return fieldPath.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

function valueAt(data: unknown, fieldPath: PropertyKey[]): unknown {
  return fieldPath.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Rewords zod's issue for a comms officer; `data` is what the file holds, to quote the wrong value. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema?: z.ZodType): string {
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) return 'this field is required but missing.';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `"${String(value)}" is not allowed here. Use one of: ${issue.values.map((allowed) => `"${String(allowed)}"`).join(', ')}.`;
  }
  if (issue.code === 'unrecognized_keys') {
    const fields = schema ? fieldsAt(schema, issue.path) : [];
    return issue.keys
      .map((key) => {
        const suggestion = closestId(key, fields);
        return `"${key}" is not a field this kind of page has.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
      })
      .join(' ')
      .concat(fields.length > 0 ? ` The fields here are: ${fields.join(', ')}.` : ' Check the spelling against the authoring guide in README.md.');
  }
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, but found ${value === null ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value}.`;
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}

/** The fields an object in a schema has, at a path in the data: for "did you mean" on a misspelt field. */
function fieldsAt(schema: z.ZodType, issuePath: PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (type: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let inner = type;
    for (let depth = 0; inner && depth < 10; depth++) {
      const def = inner._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
      if (def.innerType) inner = def.innerType;
      else if (def.type === 'pipe' && def.in) inner = def.in;
      else break;
    }
    return inner;
  };
  for (const key of issuePath) {
    const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } | undefined;
    if (def?.type === 'array') current = def.element;
    else if (def?.type === 'object') current = def.shape?.[String(key)];
    else return [];
  }
  const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A content file's text, or why it cannot be read as text: every content file must be saved as UTF-8. */
export function readText(file: string): { text: string } | { error: string } {
  const bytes = readFileSync(file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'this file is saved as UTF-16. Save it again as UTF-8 (in most editors: "Save as", then choose the encoding "UTF-8").' };
  }
  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'this file is not text saved as UTF-8, or it has been damaged. Save it again as UTF-8 text, or restore it from the last good version.' };
  }
}

function relativeFile(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Reads and validates every file under `contentDir` with the same schemas the site uses.
 * Returns the valid entries and a problem for everything else, so all problems are reported in one run.
 */
export function readContent(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
): { content: SiteContent; settings?: SiteSettings; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const embeds: NonNullable<SiteContent['embeds']> = [];
  const outcomeSections: NonNullable<SiteContent['outcomeSections']> = [];

  function files(pattern: string): string[] {
    return globSync(pattern, { cwd: contentDir }).map((file) => file.split(path.sep).join('/')).sort();
  }

  function load<T>(pattern: string, schema: z.ZodType<T>, withFrontmatter: boolean): Entry<T>[] {
    const entries: Entry<T>[] = [];
    for (const relative of files(pattern)) {
      const absolute = path.join(contentDir, relative);
      const filePath = relativeFile(projectRoot, absolute);
      const baseName = path.basename(relative).replace(/\.[a-z]+$/i, '');
      if (baseName !== 'plan' && baseName !== 'site' && !FILE_NAME.test(baseName)) {
        problems.push({ file: filePath, message: `the file name "${baseName}" becomes part of the page's web address, so use lower-case letters, numbers and single hyphens only, like "mental-wellbeing".` });
        continue;
      }
      const read = readText(absolute);
      if ('error' in read) {
        problems.push({ file: filePath, message: read.error });
        continue;
      }
      let text = read.text;
      let lineOffset = 0;
      if (withFrontmatter) {
        const match = text.match(FRONTMATTER);
        if (!match) {
          problems.push({ file: filePath, line: 1, message: 'the file must start with a line of three dashes (---), the fields, and another line of three dashes.' });
          continue;
        }
        const bodyStartLine = match[0].split('\n').length;
        const body = text.slice(match[0].length);
        for (const embed of findMeasureEmbeds(body, bodyStartLine)) embeds.push({ filePath, ...embed });
        for (const section of findOutcomeSections(body, bodyStartLine)) outcomeSections.push({ filePath, id: entryIdFromPath(relative), ...section });
        for (const { line, name } of findUnknownComponents(body, bodyStartLine)) {
          problems.push({ file: filePath, line, field: `<${name}>`, message: `there is no component called ${name}. The components you can use are: ${MDX_COMPONENTS.map((component) => `<${component}>`).join(', ')}. To show a < as text, write &lt;.` });
        }
        for (const { line, value } of findComponentUses(body, 'StatusBadge', 'status', bodyStartLine)) {
          if (!isStatus(value)) problems.push({ file: filePath, line, field: '<StatusBadge>', message: `"${value}" is not a status the site knows. Use one of: ${STATUS_WORDS.map((word) => `"${word}"`).join(', ')}.` });
        }
        text = match[1]!;
        lineOffset = 1;
      }
      const parsed = parseYamlSource(text, lineOffset);
      if ('error' in parsed) {
        problems.push({ file: filePath, line: parsed.line, message: parsed.error });
        continue;
      }
      const result = schema.safeParse(parsed.data);
      if (!result.success) {
        // A misspelt field is found on its own line; anything else at the field's line (or its parent's).
        const issues = result.error.issues.map((issue) => ({
          issue,
          line: parsed.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path),
        }));
        issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
        for (const { issue, line } of issues) {
          problems.push({ file: filePath, line, field: fieldName(issue.path) || undefined, message: describeIssue(issue, parsed.data, schema) });
        }
        continue;
      }
      entries.push({ id: entryIdFromPath(relative), filePath, data: result.data });
    }
    return entries;
  }

  function loadSeries(): Entry<SeriesFile>[] {
    const entries: Entry<SeriesFile>[] = [];
    for (const relative of files(collectionPatterns.series)) {
      const absolute = path.join(contentDir, relative);
      const filePath = relativeFile(projectRoot, absolute);
      const read = readText(absolute);
      if ('error' in read) {
        problems.push({ file: filePath, message: read.error });
        continue;
      }
      const result = readSeries(read.text);
      for (const problem of result.problems) problems.push({ file: filePath, ...problem });
      if (result.problems.length === 0) entries.push({ id: entryIdFromPath(relative), filePath, data: { measure: entryIdFromPath(relative), rows: result.rows } });
    }
    return entries;
  }

  const content: SiteContent = {
    plans: load(collectionPatterns.plans, planSchema, true),
    priorities: load(collectionPatterns.priorities, prioritySchema, true),
    outcomes: load(collectionPatterns.outcomes, outcomeSchema, true),
    actions: load(collectionPatterns.actions, actionSchema, false),
    measures: load(collectionPatterns.measures, measureSchema, false),
    reports: load(collectionPatterns.reports, reportSchema, true),
    themes: load(collectionPatterns.themes, themeSchema, false),
    glossary: load(collectionPatterns.glossary, glossaryTermSchema, false),
    series: loadSeries(),
    embeds,
    outcomeSections,
    youngPeople: load(collectionPatterns.youngPeople, youngPeoplePageSchema, true)[0],
  };
  const settings = load(collectionPatterns.site, siteSettingsSchema, false);
  if (settings.length === 0) problems.push({ file: 'content/site.yaml', message: 'this file is missing. It names the website and its publisher: copy it from the README\'s authoring guide.' });
  return { content, settings: settings[0]?.data, problems };
}

export const SERIES_COLUMNS = ['period', 'value', 'area', 'unit', 'flag', 'footnote'] as const;

/** Parses a measure's CSV of figures; problems carry the line and column to fix. */
export function readSeries(text: string): { rows: z.infer<typeof seriesRowSchema>[]; problems: Omit<ContentProblem, 'file'>[] } {
  const problems: Omit<ContentProblem, 'file'>[] = [];
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], problems: [{ line, message: `this is not a valid CSV file (${(error as Error).message.replace(/^Invalid Record Length: /, '')}). Check for a missing or extra comma on this line.` }] };
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',').map((name) => name.trim());
  for (const required of ['period', 'value']) {
    if (!header.includes(required)) problems.push({ line: 1, message: `the first line must name the columns, including "${required}". The columns are: ${SERIES_COLUMNS.join(', ')}.` });
  }
  const unknown = header.filter((name) => !(SERIES_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) problems.push({ line: 1, message: `unknown column ${unknown.map((name) => `"${name}"`).join(', ')}. The columns are: ${SERIES_COLUMNS.join(', ')}.` });
  if (problems.length > 0) return { rows: [], problems };

  const rows: z.infer<typeof seriesRowSchema>[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const line = index + 2;
    const result = seriesRowSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ line, field: String(issue.path[0] ?? ''), message: `${issue.path[0] === 'value' ? `"${record.value}": ` : ''}${describeIssue(issue, record)}` });
      }
      return;
    }
    const period = parsePeriod(result.data.period);
    if (!period.ok) {
      problems.push({ line, field: 'period', message: period.error });
      return;
    }
    const key = `${result.data.area.toLowerCase()}|${period.value.start}|${period.value.end}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ line, field: 'period', message: `the period "${result.data.period}"${result.data.area ? ` for ${result.data.area}` : ''} is already on line ${earlier}. Keep one row per period and area.` });
      return;
    }
    seen.set(key, line);
    rows.push(result.data);
  });
  return { rows, problems };
}
