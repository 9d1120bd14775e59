import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../lib/content-problem';
import { decodeContentFile } from '../lib/content-text';
import { unexplainedAbbreviations } from '../lib/jargon';
import type { Entry } from '../lib/relations';
import type { GlossaryTerm } from '../schemas';

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** A YAML line without its comment: a # at the start, or after a space outside quotes. */
function yamlLineWithoutComment(line: string): string {
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      if (index === 0 || /[\s:\-[{,]/.test(line[index - 1]!)) quote = char;
    } else if (char === '#' && (index === 0 || /\s/.test(line[index - 1]!))) {
      return line.slice(0, index) + blank(line.slice(index));
    }
  }
  return line;
}

/** A plan's own numbering ("SO1", "PI 3.2") is a code, shown as the plan's reference, not a word to explain. */
const REFERENCE_LINE = /^\s*reference:\s/;

/** Comments are not published, so they may say anything; line numbers stay as they were. */
function withoutComments(text: string, file: string): string {
  const yaml = (part: string) => part.split('\n').map((line) => (REFERENCE_LINE.test(line) ? blank(line) : yamlLineWithoutComment(line))).join('\n');
  if (file.endsWith('.yaml')) return yaml(text);
  if (!file.endsWith('.mdx')) return text;
  const frontmatter = text.match(/^(---\r?\n)([\s\S]*?)(\r?\n---)/);
  const body = frontmatter ? text.slice(frontmatter[0].length) : text;
  const head = frontmatter ? `${frontmatter[1]}${yaml(frontmatter[2]!)}${frontmatter[3]}` : '';
  return head + body.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/**
 * Every abbreviation in the content must be in the glossary (or on the site's ignore list), so the
 * site can explain it where it appears. One problem per abbreviation, at its first use.
 */
export function checkJargon(contentDir: string, projectRoot: string, glossary: Entry<GlossaryTerm>[], ignore: string[]): ContentProblem[] {
  const known = new Set([...ignore, ...glossary.flatMap((entry) => [entry.data.term, ...entry.data.aliases])]);
  const uses = new Map<string, Array<{ file: string; line: number }>>();
  const files = globSync('**/*.{mdx,yaml,csv}', { cwd: contentDir })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !file.startsWith('glossary/') && file !== 'site.yaml')
    .sort();
  for (const file of files) {
    // A file that cannot be read as content (too big, not text) has its own problem already.
    const read = decodeContentFile(readFileSync(path.join(contentDir, file)), file.endsWith('.csv') ? 'csv' : 'text');
    if ('error' in read) continue;
    const text = withoutComments(read.text, file);
    for (const { word, line } of unexplainedAbbreviations(text, known)) {
      uses.set(word, [...(uses.get(word) ?? []), { file: path.relative(projectRoot, path.join(contentDir, file)).split(path.sep).join('/'), line }]);
    }
  }
  return [...uses].map(([word, places]) => {
    const [first] = places;
    const elsewhere = places.length > 1 ? ` It is also in ${places.length - 1} other ${places.length === 2 ? 'file' : 'files'}.` : '';
    return {
      file: first!.file,
      line: first!.line,
      message:
        `"${word}" looks like an abbreviation, and the glossary does not explain it.${elsewhere} ` +
        `Add content/glossary/${word.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml with its term, expansion and a plain explanation ` +
        `(copy another file in content/glossary/), or, if it needs no explanation, add it to \`jargon: ignore:\` in content/site.yaml. ` +
        `If it is a misspelling of a term the glossary has, add it to that term's \`aliases\`.`,
    };
  });
}
