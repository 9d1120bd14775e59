/**
 * Adding a measure to the `measures:` list of the page it belongs to, as `npm run new -- measure` does:
 * every other line of the file, its comments and its line endings stay exactly as written.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';

export type EditResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * The fields at the top of an .mdx file (between the two `---` lines), edited by `edit`; the text after
 * them is kept as it is.
 */
export function editFrontmatter(mdx: string, edit: (yaml: string) => EditResult): EditResult {
  const match = /^(---\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/.exec(mdx);
  if (!match) return { ok: false, error: 'it does not start with fields between two --- lines' };
  const edited = edit(match[2] ?? '');
  if (!edited.ok) return edited;
  return { ok: true, text: `${match[1]}${edited.text}${mdx.slice(match[1]!.length + (match[2] ?? '').length)}` };
}

/** The text with `insert` put in place of the characters from `start` to `end`. */
function splice(text: string, start: number, end: number, insert: string): string {
  return `${text.slice(0, start)}${insert}${text.slice(end)}`;
}

/** Where the line holding `position` ends (before its line break), or the end of the text. */
function endOfLine(text: string, position: number): number {
  const match = /\r?\n/.exec(text.slice(position));
  return match ? position + match.index : text.length;
}

function startOfLine(text: string, position: number): number {
  return text.lastIndexOf('\n', position - 1) + 1;
}

/** Adds `measure` to the source text of the document's `measures` field, touching nothing else. */
function spliceMeasure(yaml: string, document: Document, measure: string): EditResult {
  const lineBreak = yaml.includes('\r\n') ? '\r\n' : '\n';
  const root = document.contents;
  if (root !== null && !isMap(root)) return { ok: false, error: 'its fields cannot be read' };
  const pair = root?.items.find((item) => isScalar(item.key) && item.key.value === 'measures');
  if (!pair) {
    const ending = yaml === '' || yaml.endsWith('\n') ? '' : lineBreak;
    return { ok: true, text: `${yaml}${ending}measures:${lineBreak}  - ${measure}${lineBreak}` };
  }
  const key = pair.key as Scalar;
  const keyIndent = ' '.repeat(key.range![0] - startOfLine(yaml, key.range![0]));
  const value = pair.value;
  if (value === null || (isScalar(value) && value.value === null)) {
    // "measures:" with nothing after it (or only a comment): the list starts on the next line.
    const at = endOfLine(yaml, key.range![1]);
    return { ok: true, text: splice(yaml, at, at, `${lineBreak}${keyIndent}  - ${measure}`) };
  }
  if (!isSeq(value)) return { ok: false, error: 'its `measures:` is not a list' };
  const [valueStart, valueEnd] = value.range!;
  if (value.flow && value.items.length === 0) {
    // "measures: []" becomes a list with one measure per line, as people write it by hand.
    const from = yaml.slice(0, valueStart).replace(/[ \t]+$/, '').length;
    return { ok: true, text: splice(yaml, from, valueEnd, `${lineBreak}${keyIndent}  - ${measure}`) };
  }
  if (value.flow) {
    const closing = yaml.lastIndexOf(']', valueEnd);
    const separator = /,\s*$/.test(yaml.slice(valueStart, closing)) ? ' ' : ', ';
    return { ok: true, text: splice(yaml, closing, closing, `${separator}${measure}`) };
  }
  const last = value.items.at(-1) as Scalar;
  const lineStart = startOfLine(yaml, last.range![0]);
  const dash = yaml.slice(lineStart, last.range![0]);
  const prefix = /^[ \t]*-[ \t]+$/.test(dash) ? dash : `${keyIndent}  - `;
  const at = endOfLine(yaml, last.range![1]);
  return { ok: true, text: splice(yaml, at, at, `${lineBreak}${prefix}${measure}`) };
}

/**
 * The YAML with `measure` added to the end of its `measures:` list. Every other character (comments,
 * quotes, spacing, long lines) stays as written: the document is read to find where the list is, and
 * only the new line is put into the text.
 */
export function withMeasureListed(yaml: string, measure: string): EditResult {
  const document = parseDocument(yaml);
  if (document.errors.length > 0) return { ok: false, error: `its fields cannot be read (${document.errors[0]!.message.split('\n')[0]})` };
  const before = (document.toJS() ?? {}) as Record<string, unknown>;
  const listed = Array.isArray(before.measures) ? before.measures : [];
  if (listed.includes(measure)) return { ok: true, text: yaml };
  const edited = spliceMeasure(yaml, document, measure);
  if (!edited.ok) return edited;
  // The edit must change nothing but the list; anything else means the file is written in a way this does not expect.
  const after = parseDocument(edited.text);
  if (after.errors.length > 0 || !isDeepStrictEqual(after.toJS(), { ...before, measures: [...listed, measure] })) {
    return { ok: false, error: 'its `measures:` list is written in a way this command cannot add to; add the measure to it by hand' };
  }
  return edited;
}
