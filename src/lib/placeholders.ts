/**
 * Text a template left for the author to replace ("Write one to three short sentences…"), found in a
 * content file's text outside comments: published, it would tell readers nothing.
 */
import type { ContentProblem } from './content-problem';
import { TEMPLATE_PLACEHOLDERS } from './scaffold';

const PROBLEM_START = 'this is the template’s placeholder text';

/** Lines that are not published: YAML comments, and the inside of MDX comments, blanked out with their line breaks kept. */
function withoutComments(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => (/^\s*#/.test(line) ? '' : line))
    .join('\n');
}

/** Each placeholder left in the text, with its line. */
export function placeholdersIn(text: string): Array<{ line: number; placeholder: string }> {
  const lines = withoutComments(text).split('\n');
  return lines.flatMap((line, index) => TEMPLATE_PLACEHOLDERS.filter((placeholder) => line.includes(placeholder)).map((placeholder) => ({ line: index + 1, placeholder })));
}

export function placeholderMessage(placeholder: string): string {
  return `${PROBLEM_START}, “${placeholder}” Replace it with the plan’s own words, or delete it, before you publish.`;
}

/** True for the problem placeholdersIn leads to: `npm run new` expects it in a file it has just made. */
export function isPlaceholderProblem(problem: ContentProblem): boolean {
  return problem.message.startsWith(PROBLEM_START);
}
