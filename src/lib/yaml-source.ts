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
import { LineCounter, parseDocument } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** The line of a field (or of its nearest parent that has one), counted from the file's first line. */
  lineOf: (fieldPath: PropertyKey[]) => number | undefined;
}

export interface YamlError {
  error: string;
  line?: number;
}

/** An alias (`*name`) reuses a block written elsewhere in the file: plain content files have none. */
const ALIAS = /(?:^|[\s:,[{-])\*[^\s,\]}]/m;

const SYNTAX_HINT =
  'Check the indentation and quotes around this line: each field starts at the left edge, list items line up under each other (use spaces, not tabs), and every opening quote is closed.';

/** Where each field is, worked out only when a message needs a line. */
function positions(text: string): { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

function syntaxError(text: string, lineOffset: number, fallbackLine?: number): YamlError {
  const { document, lineCounter } = positions(text);
  const first = document.errors[0];
  const line = first ? (first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line) : fallbackLine;
  const what = first ? ` (${first.code.toLowerCase().replace(/_/g, ' ')})` : '';
  return { error: `this is not valid YAML${what}. ${SYNTAX_HINT}`, line: line ? line + lineOffset : undefined };
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
  return {
    data,
    lineOf: (fieldPath) => {
      located ??= positions(text);
      const { document, lineCounter } = located;
      for (let depth = fieldPath.length; depth > 0; depth--) {
        const node = document.getIn(fieldPath.slice(0, depth) as unknown[], true) as { range?: [number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}
