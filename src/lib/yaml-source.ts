/**
 * Reads the YAML of a content file (a .yaml file, or the fields at the top of an .mdx file) exactly as
 * the build does: with js-yaml's default schema, the parser and schema Astro itself uses for data files
 * and frontmatter (test/unit/lib/yaml-source.test.ts fails if Astro stops using it). So an unquoted
 * date (`completionTarget: 2023-03-31`) is a date here as it is in the build, and nothing the check
 * passes can be read differently when the site is built.
 *
 * The `yaml` library is used only to say where things are: the line of a syntax error or of a field,
 * and how many times aliases (`*name`) expand, so a "billion laughs" file is refused before anything
 * expands it.
 */
import { load as loadYaml } from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** The line of a field's value (or of its nearest parent's), counted from the file's first line. */
  lineOf: (fieldPath: PropertyKey[]) => number | undefined;
  /** The line of a field's name, where a value that is a block of fields starts on the line below. */
  keyLineOf: (fieldPath: PropertyKey[]) => number | undefined;
}

export interface YamlError {
  error: string;
  line?: number;
}

/** An alias (`*name`) reuses a block written elsewhere in the file: plain content files have none. */
const ALIAS = /(?:^|[\s:,[{-])\*[^\s,\]}]/m;

const SYNTAX_HINT =
  'Check the indentation and quotes around this line: each field starts at the left edge, list items line up under each other (use spaces, not tabs), and every opening quote is closed.';

/** What each of the yaml library's error codes means, for a comms officer. */
const PLAIN_WORDS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'a colon followed by a space in the middle of a value makes it look like a new field. Put the whole value in double quotes, like title: "Priority 3: poverty".',
  MULTILINE_IMPLICIT_KEY: 'a value runs on to the next line in a way that makes it look like a new field. Put the whole value in double quotes, or start the next line further in than the field name.',
  DUPLICATE_KEY: 'the same field is given twice in this file (a duplicate key). Keep one of them.',
  TAB_AS_INDENT: 'this line is indented with a tab. Indent with spaces instead.',
  BAD_INDENT: 'this line is indented differently from the lines around it. Line up the fields at the left edge, and each list item under the one before.',
  MISSING_CHAR: 'a quote or bracket opened here is never closed. Add the closing " (or \' or ] or }).',
  BAD_DQ_ESCAPE: 'a backslash (\\) inside double quotes starts a special character here. Write the text without the backslash, or put it in single quotes.',
  UNEXPECTED_TOKEN: 'something on this line is not where a field or list item can be. Check for a stray character, or a value that needs double quotes.',
  MULTIPLE_DOCS: 'a line of three dashes (---) inside the fields ends them early. Remove it, or put the text in quotes.',
  BAD_SCALAR_START: 'a value here starts with a character that YAML reads as special (such as @, ` or %). Put the whole value in double quotes.',
};

const INDENTED_FIELD =
  'the next line is indented further than this one, so it reads as part of this value rather than as a field of its own. Line up the fields at the left edge.';

/** True when the line after `line` is a field ("order: 1") indented further than `line`. */
function indentedFieldBelow(text: string, line: number | undefined): boolean {
  if (!line) return false;
  const [here, next] = text.split(/\r?\n/).slice(line - 1, line + 1);
  if (here === undefined || next === undefined) return false;
  const indent = (lineText: string) => lineText.length - lineText.trimStart().length;
  return indent(next) > indent(here) && /^\s*[A-Za-z][\w-]*:(\s|$)/.test(next);
}

/** Where each field is, worked out only when a message needs a line. */
function positions(text: string): { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

const CURLY_QUOTES_HINT =
  'This line has curly quotes (“ ” or ‘ ’), as Word types them, and YAML only understands straight ones. Replace them with straight double quotes (").';

function syntaxError(text: string, lineOffset: number, fallbackLine?: number): YamlError {
  const { document, lineCounter } = positions(text);
  const first = document.errors[0];
  const line = first ? (first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line) : fallbackLine;
  const lineText = line ? (text.split(/\r?\n/)[line - 1] ?? '') : '';
  const words = first ? (indentedFieldBelow(text, line) && first.code.endsWith('IMPLICIT_KEY') ? INDENTED_FIELD : PLAIN_WORDS[first.code]) : undefined;
  const error = /[“”‘’]/.test(lineText) && first?.code !== 'DUPLICATE_KEY' ? `this is not valid YAML. ${CURLY_QUOTES_HINT}` : `this is not valid YAML: ${words ?? SYNTAX_HINT}`;
  return { error, line: line ? line + lineOffset : undefined };
}

/** True when aliases in the text expand so many times that reading it would exhaust memory. */
function aliasesExplode(text: string): boolean {
  const { document } = positions(text);
  if (document.errors.length > 0) return false;
  try {
    document.toJS({ maxAliasCount: 100 });
    return false;
  } catch {
    return true;
  }
}

/**
 * Parses YAML text. `lineOffset` is added to every line number (1 for the fields of an .mdx file,
 * which start on its second line).
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml | YamlError {
  if (ALIAS.test(text) && aliasesExplode(text)) {
    return { error: 'this file repeats the same block (with & and *) so many times that it cannot be read. Write the values out instead.', line: 1 + lineOffset };
  }
  let data: unknown;
  try {
    data = loadYaml(text) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    return syntaxError(text, lineOffset, mark?.line === undefined ? undefined : mark.line + 1);
  }
  let located: ReturnType<typeof positions> | undefined;
  const locate = () => (located ??= positions(text));
  const lineOf = (fieldPath: PropertyKey[]) => {
    const { document, lineCounter } = locate();
    for (let depth = fieldPath.length; depth > 0; depth--) {
      const node = document.getIn(fieldPath.slice(0, depth) as unknown[], true) as { range?: [number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  const keyLineOf = (fieldPath: PropertyKey[]) => {
    const { document, lineCounter } = locate();
    const parent = fieldPath.length > 1 ? document.getIn(fieldPath.slice(0, -1) as unknown[], true) : document.contents;
    const name = fieldPath[fieldPath.length - 1];
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === name) : undefined;
    const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return start === undefined ? lineOf(fieldPath) : lineCounter.linePos(start).line + lineOffset;
  };
  return { data, lineOf, keyLineOf };
}
