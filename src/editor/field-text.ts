/**
 * Writes a content file the way a person does when the editor saves it: only the fields that changed
 * are rewritten, each in the style the authoring guide uses, and every other line stays byte for byte
 * as it was (comments, quotes, blank lines). Top-level fields are the unit of change: a field whose
 * value is the same is never touched.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, parse, visit, type Scalar } from 'yaml';

export type Fields = Record<string, unknown>;

/** YAML words that read as something other than text when written without quotes. */
const YAML_WORDS = /^(y|n|yes|no|true|false|on|off|null|~)$/i;

/**
 * Lower-case words (a slug, a status, a kind) are written plain, as the guide writes `status: in progress`;
 * any other text in double quotes, as it writes titles, so a colon, a date or a number never changes what it means.
 */
function styleOf(text: string): Scalar.Type {
  return /^[a-z][a-z0-9]*(?:[ -][a-z0-9]+)*$/.test(text) && !YAML_WORDS.test(text) ? 'PLAIN' : 'QUOTE_DOUBLE';
}

/** One field as its own lines of YAML: `key: value`, or `key:` and its indented list or fields. */
export function fieldLines(key: string, value: unknown): string {
  const document = new Document({ [key]: value });
  visit(document, {
    Scalar(place, node) {
      if (typeof node.value === 'string') node.type = place === 'key' ? 'PLAIN' : styleOf(node.value);
    },
  });
  return document.toString({ lineWidth: 0, indentSeq: true });
}

/** A value the officer left empty, which the file leaves out. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A top-level field's lines: its own (`key:` and what is indented under it), then the blank and comment lines after them. */
interface Segment {
  key: string;
  own: string[];
  after: string[];
}

const TOP_LEVEL_KEY = /^([A-Za-z_][A-Za-z0-9_]*)\s*:/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/** The lines before the first field, and each field's segment. */
function segmentsOf(text: string): { preamble: string[]; segments: Segment[] } {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const starts = lines.flatMap((line, index) => (TOP_LEVEL_KEY.test(line) ? [index] : []));
  const segments = starts.map((start, index) => {
    const next = starts[index + 1] ?? lines.length;
    let end = next;
    while (end > start + 1 && BLANK_OR_COMMENT.test(lines[end - 1]!)) end -= 1;
    return { key: TOP_LEVEL_KEY.exec(lines[start]!)![1]!, own: lines.slice(start, end), after: lines.slice(end, next) };
  });
  return { preamble: lines.slice(0, starts[0] ?? lines.length), segments };
}

const linesOf = (key: string, value: unknown) => fieldLines(key, value).replace(/\n$/, '').split('\n');

/**
 * The YAML text with `changed` applied: fields whose value differs from the text's are rewritten in
 * place, new fields go in `fieldOrder`'s place, and fields of the schema that `changed` leaves out or
 * empties are removed. `defaults` are the values a field has when left out: giving a field the file
 * does not have its default value adds nothing.
 */
export function editFields(original: string, changed: Fields, fieldOrder: readonly string[], defaults: Fields = {}): string {
  const before = (parse(original) ?? {}) as Fields;
  const { preamble, segments } = segmentsOf(original);
  const additions = newFields(before, changed, fieldOrder, defaults);
  const out = [...preamble];
  const addAfter = (key: string) => additions.filter((field) => field.after === key).forEach((field) => out.push(...linesOf(field.key, field.value)));
  addAfter('');
  for (const segment of segments) {
    const value = changed[segment.key];
    const known = fieldOrder.includes(segment.key);
    if (!known || isDeepStrictEqual(value, before[segment.key])) out.push(...segment.own);
    else if (isEmpty(value)) {
      // Removed: its own lines go; the lines after it stay.
    } else out.push(...linesOf(segment.key, value));
    out.push(...segment.after);
    addAfter(segment.key);
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Fields the file does not have yet, each placed after the last field before it in the schema's order that the file has. */
function newFields(before: Fields, changed: Fields, fieldOrder: readonly string[], defaults: Fields): Array<{ key: string; value: unknown; after: string }> {
  const additions: Array<{ key: string; value: unknown; after: string }> = [];
  for (const key of fieldOrder) {
    const value = changed[key];
    if (key in before || isEmpty(value) || isDeepStrictEqual(value, defaults[key])) continue;
    const earlier = fieldOrder.slice(0, fieldOrder.indexOf(key)).filter((field) => field in before);
    additions.push({ key, value, after: earlier.at(-1) ?? '' });
  }
  return additions;
}

const FIELDS_BLOCK = /^---\r?\n([\s\S]*?\n)?---[ \t]*(\r?\n|$)/;

/**
 * An .mdx page with `changed` applied to its fields (between the `---` lines) and `body` as its text.
 * A new page is written as `---`, its fields, `---`, a blank line and its text.
 */
export function editPage(original: string | undefined, changed: Fields, body: string | undefined, fieldOrder: readonly string[], defaults: Fields = {}): string {
  const match = original === undefined ? null : FIELDS_BLOCK.exec(original);
  if (original === undefined || !match) {
    const text = body?.trim() ? `\n${body.trim()}\n` : '';
    return `---\n${editFields('', changed, fieldOrder, defaults)}---\n${text}`;
  }
  const fields = editFields(match[1] ?? '', changed, fieldOrder, defaults);
  const oldBody = original.slice(match[0].length);
  const newBody = body === undefined || body.trim() === oldBody.trim() ? oldBody : `${oldBody.match(/^\s*/)![0] || '\n'}${body.trim()}\n`;
  return `---\n${fields}---${match[2] || '\n'}${newBody}`;
}
