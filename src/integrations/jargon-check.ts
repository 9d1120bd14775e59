import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../lib/content-problem';
import { unexplainedAbbreviations } from '../lib/jargon';
import type { Entry } from '../lib/relations';
import type { GlossaryTerm } from '../schemas';

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
    const text = readFileSync(path.join(contentDir, file), 'utf8');
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
