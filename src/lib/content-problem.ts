/** A problem in the content, worded for the comms officer who has to fix it. */
export interface ContentProblem {
  /** Path from the project root, e.g. content/moray-csp-2020-23/actions/foster-carers.yaml */
  file: string;
  line?: number;
  /** The field, e.g. `outcome` or `improvementAims[2].id`. */
  field?: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}, line ${problem.line}` : problem.file;
  const field = problem.field ? `, \`${problem.field}\`` : '';
  return `${where}${field}: ${problem.message}`;
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
