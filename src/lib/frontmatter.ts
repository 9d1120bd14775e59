/**
 * Splits an .mdx file into its fields (the YAML between the two `---` lines) and its text, the way
 * Astro does: the fields end at the first line that starts with `---` — or with `+++`, which Astro also
 * takes as the end. A `+++` line there would cut the fields short in the build, so it is refused here.
 */
export type SplitFile = { yaml: string; body: string; bodyStartLine: number } | { error: string; line: number };

const FIELDS = /^---\r?\n([\s\S]*?\n)?(---|\+\+\+)/;

export function splitFrontmatter(text: string): SplitFile {
  const match = FIELDS.exec(text);
  if (!match) return { error: 'the file must start with a line of three dashes (---), the fields, and another line of three dashes.', line: 1 };
  const closingLine = match[0].split('\n').length;
  if (match[2] === '+++') {
    return { error: 'this line starts with +++, which ends the fields at the top of the page early. Remove the +++ or put the text in quotes.', line: closingLine };
  }
  const yaml = (match[1] ?? '').replace(/\r?\n$/, '');
  const rest = text.slice(match[0].length);
  const newline = /^\r?\n/.exec(rest);
  return newline
    ? { yaml, body: rest.slice(newline[0].length), bodyStartLine: closingLine + 1 }
    : { yaml, body: rest, bodyStartLine: closingLine };
}
