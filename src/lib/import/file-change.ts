/**
 * One file an import would create or change, worked out before anything is written: a new file from
 * all of an entity's fields, or the fields the import gives set in the file there is, keeping the rest.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sameValue, type Fields } from './entity-fields';
import { editableFields, fieldValue, withField, yamlOf, type FieldValue } from './yaml-fields';

const isPlainObject = (value: unknown): value is Record<string, FieldValue> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export interface FileChange {
  /** From the project root: "content/city-plan/actions/light-streets.yaml". */
  file: string;
  change: 'create' | 'update' | 'unchanged';
  /** The file's whole new text (its old text when unchanged). */
  text: string;
  /** What it is, for the report: "action", "measure figures". */
  kind: string;
  title: string;
  /** For an update: the fields that change. */
  fields: string[];
}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))([\s\S]*)$/;

export interface FileParts {
  yaml: string;
  body: string;
  /** An .mdx file's `---` lines, as written (with their line endings). */
  fences?: [string, string];
}

/** A file's fields and, for an .mdx file, the text after them. */
export function splitFile(text: string, mdx: boolean): FileParts {
  if (!mdx) return { yaml: text, body: '' };
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[2] ?? '', body: match[4] ?? '', fences: [match[1]!, match[3]!] } : { yaml: '', body: text };
}

export function joinFile(yaml: string, body: string, mdx: boolean, fences: [string, string] = ['---\n', '---\n']): string {
  return mdx ? `${fences[0]}${yaml}${fences[1]}${body}` : yaml;
}

/** A change to one entity's file: a new file from all its fields, or the given fields set in the old one. */
export function entityChange(projectRoot: string, file: string, kind: string, fields: Fields, given: Set<string> | 'all', body = ''): FileChange {
  const mdx = file.endsWith('.mdx');
  const newTitle = fields.find(([key]) => key === 'title')?.[1];
  let title = String(newTitle ?? path.basename(file));
  const full = path.join(projectRoot, file);
  if (!existsSync(full)) {
    return { file, change: 'create', text: joinFile(yamlOf(fields), body ? `\n${body.trim()}\n` : '', mdx), kind, title, fields: [] };
  }
  const old = readFileSync(full, 'utf8');
  const parts = splitFile(old, mdx);
  const document = editableFields(parts.yaml);
  if (newTitle === undefined && typeof fieldValue(document, 'title') === 'string') title = fieldValue(document, 'title') as string;
  const changed: string[] = [];
  let yaml = parts.yaml;
  for (const [key, value] of fields) {
    if (value === undefined || (given !== 'all' && !given.has(key))) continue;
    const before = fieldValue(document, key);
    // A field with parts (a measure's source: its name and address) keeps the parts the import does not give.
    const after = isPlainObject(value) && isPlainObject(before) ? { ...before, ...value } : value;
    if (sameValue(key, before, after)) continue;
    yaml = withField(yaml, key, after as FieldValue);
    changed.push(key);
  }
  if (changed.length === 0) return { file, change: 'unchanged', text: old, kind, title, fields: [] };
  return { file, change: 'update', text: joinFile(yaml, parts.body, mdx, parts.fences), kind, title, fields: changed };
}
