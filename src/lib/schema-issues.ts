/**
 * zod's findings about a content file, reworded for the comms officer who has to fix them: the field
 * in the file's own terms (`improvementAims[2].id`), the value quoted, and what to write instead.
 */
import type { z } from 'zod';
import type { ContentProblem } from './content-problem';
import { closestId } from './suggest';
import type { ParsedYaml } from './yaml-source';

/** `['improvementAims', 2, 'id']` → `improvementAims[2].id`. */
export function fieldName(fieldPath: PropertyKey[]): string {
  return fieldPath.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

function valueAt(data: unknown, fieldPath: PropertyKey[]): unknown {
  return fieldPath.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Zero-width spaces and joiners, word joiners, soft hyphens and non-breaking spaces: pasted in, and unseen. */
const INVISIBLE = /[\u00a0\u00ad\u200b-\u200f\u2060\ufeff]/;

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

/** Rewords zod's issue; `data` is what the file holds, to quote the wrong value. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema?: z.ZodType): string {
  const value = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && value === undefined) return 'this field is required but missing.';
  if (issue.code === 'invalid_type' && value instanceof Date) {
    return `this is read as a date and time, not as text. Put it in double quotes, like "${value.toISOString().slice(0, 10)}".`;
  }
  if (issue.code === 'invalid_format' && typeof value === 'string' && INVISIBLE.test(value)) {
    return `"${value}" has an invisible character in it (shown here as <U+…>), usually pasted from Word or a web page. Delete the value and type it again.`;
  }
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
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, but found ${describeValue(value)}.`;
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

/** zod's findings about a YAML file, in words, each at its field's line, in line order. */
export function yamlSchemaProblems(issues: z.core.$ZodIssue[], parsed: ParsedYaml, schema: z.ZodType): Array<Omit<ContentProblem, 'file'>> {
  // A misspelt field is found on its own line; anything else at the field's line (or its parent's).
  const located = issues.map((issue) => ({
    issue,
    line: parsed.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path),
  }));
  located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return located.map(({ issue, line }) => ({ line, field: fieldName(issue.path) || undefined, message: describeIssue(issue, parsed.data, schema) }));
}
