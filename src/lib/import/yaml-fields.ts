/**
 * Fields written the way plansite's own files write them: text in double quotes (so a colon or a #
 * in it is safe), file names and numbers plain, lists one item per line. Changing a field of a file
 * that exists changes that field's lines only (withField).
 */
import { Document, isMap, isScalar, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';

export type FieldValue = string | number | boolean | FieldValue[] | { [key: string]: FieldValue | undefined };

const PLAIN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Words YAML reads as something other than text. */
const RESERVED = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'y', 'n']);

/** Writes a value as a YAML node: file names plain, other text double-quoted. */
function node(document: Document, value: FieldValue): unknown {
  if (Array.isArray(value)) {
    const list = new YAMLSeq();
    for (const item of value) list.add(node(document, item));
    return list;
  }
  if (typeof value === 'object') {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) if (item !== undefined) map.set(key, node(document, item));
    return map;
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string') scalar.type = PLAIN.test(value) && /[a-z]/.test(value) && !RESERVED.has(value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** The YAML text of a new file's fields, in the order given; undefined fields are left out. */
export function yamlOf(fields: Array<[string, FieldValue | undefined]>): string {
  const document = new Document({});
  for (const [key, value] of fields) if (value !== undefined && !(Array.isArray(value) && value.length === 0)) document.set(key, node(document, value));
  return document.toString({ lineWidth: 0 });
}

/** A file's fields, to read them. */
export function editableFields(yaml: string): Document {
  return parseDocument(yaml);
}

/** One field as yamlOf writes it, without its line ending: `status: complete`, or a list's lines. */
function fieldText(key: string, value: FieldValue): string {
  const document = new Document({});
  document.set(key, node(document, value));
  return document.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/**
 * The YAML text with one top-level field set, written as yamlOf writes it. Only that field's text
 * changes: every other field keeps its formatting, and every comment, blank line and line ending stays
 * as it was. A field the file lacks goes at the end.
 */
export function withField(yaml: string, key: string, value: FieldValue): string {
  const newline = yaml.includes('\r\n') ? '\r\n' : '\n';
  const text = fieldText(key, value).replace(/\n/g, newline);
  const contents = parseDocument(yaml).contents;
  const pair = isMap(contents) ? contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
  if (!pair || !keyRange) return `${yaml === '' || yaml.endsWith('\n') ? yaml : yaml + newline}${text}${newline}`;
  const end = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? keyRange[1];
  // A block value's text ends with its line ending; a plain value's ends before it (and any comment).
  const ending = /\r?\n$/.exec(yaml.slice(keyRange[0], end))?.[0] ?? '';
  return yaml.slice(0, keyRange[0]) + text + ending + yaml.slice(end);
}

/** The plain JavaScript value of a field, as the file gives it. */
export function fieldValue(document: Document, key: string): unknown {
  return (document.toJS() as Record<string, unknown> | null)?.[key];
}
