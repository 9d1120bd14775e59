/**
 * A problem the import found, at the cell where a person can fix it. Every step of the pipeline
 * reports problems this way, and nothing is written while there is one.
 */
export interface ImportProblem {
  /** The cell, as "Actions!C14", or the sheet ("Sheet 'Figures'"), or absent for the file as a whole. */
  at?: string;
  /** What is wrong and how to put it right, in plain words, naming the value. */
  message: string;
}

/** "Actions!C14: the status "Done-ish" is not one the import knows. …" */
export function formatImportProblem(file: string, problem: ImportProblem): string {
  // A CSV file is its only sheet: "actions.csv, cell C14", not "actions.csv, 'actions.csv'!C14".
  const at = problem.at?.replace(new RegExp(`^'?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'?!`), 'cell ');
  return `${file}${at ? `, ${at}` : ''}: ${problem.message}`;
}

/** "1 problem stops the import:" and each problem on its own line, then what happens next. */
export function formatImportProblems(file: string, problems: ImportProblem[]): string {
  const heading = `${problems.length} ${problems.length === 1 ? 'problem stops' : 'problems stop'} the import:`;
  return [heading, '', ...problems.map((problem) => `  - ${formatImportProblem(file, problem)}`), '', 'Nothing was written. Fix these in the file (or the command), then run the import again.'].join('\n');
}
