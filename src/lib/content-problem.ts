/** A problem in the content, worded for the comms officer who has to fix it. */
export interface ContentProblem {
  /** Path from the project root, e.g. content/city-loip/actions/youth-cafes.yaml */
  file: string;
  line?: number;
  /** The field, e.g. `outcome` or `improvementAims[2].id`. */
  field?: string;
  message: string;
}

/** Characters a terminal would act on (escape sequences, a carriage return) or that cannot be seen. */
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text that is safe to print in a terminal and shows what is really there: a control or invisible
 * character quoted from content becomes its code, like <U+200B>, so it can neither rewrite the screen
 * (an escape sequence printing a fake "ready to publish") nor hide in a message.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}, line ${problem.line}` : problem.file;
  const field = problem.field ? `, \`${problem.field}\`` : '';
  return printable(`${where}${field}: ${problem.message}`);
}

export function formatWarnings(warnings: ContentProblem[]): string {
  const heading = warnings.length === 1 ? '1 warning (the site can still be published):' : `${warnings.length} warnings (the site can still be published):`;
  return [heading, '', ...warnings.map((warning) => `  - ${formatProblem(warning)}`), ''].join('\n');
}

export function formatProblems(problems: ContentProblem[]): string {
  const heading =
    problems.length === 1
      ? 'The site was not built because of 1 problem in the content:'
      : `The site was not built because of ${problems.length} problems in the content:`;
  return [heading, '', ...problems.map((problem) => `  - ${formatProblem(problem)}`), ''].join('\n');
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}
