/**
 * npm run check — checks every content file the way the build does, without building:
 * every error (which would stop the build) and every warning, each with its file, line, field and fix.
 * Exits 1 when there is an error, 0 when there are only warnings.
 */
import { reviewContent } from '../integrations/content-check';
import { ranDirectly } from './ran-directly';
import { formatProblem, formatWarnings } from '../lib/content-problem';

export function runCheck(projectRoot: string): { exitCode: number; output: string } {
  const { errors, warnings } = reviewContent(projectRoot);
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(`${errors.length} ${errors.length === 1 ? 'problem stops' : 'problems stop'} the site being built:`, '');
    lines.push(...errors.map((error) => `  - ${formatProblem(error)}`), '');
  }
  if (warnings.length > 0) lines.push(formatWarnings(warnings));
  if (errors.length === 0) lines.push(warnings.length === 0 ? 'The content is ready to publish: no problems found.' : 'The content can be published.');
  else lines.push('Fix the problems above, then run `npm run check` again.');
  return { exitCode: errors.length > 0 ? 1 : 0, output: lines.join('\n') };
}

// Run from the command line (not when a test imports runCheck).
if (ranDirectly(import.meta.url)) {
  const { exitCode, output } = runCheck(process.cwd());
  console.log(output);
  process.exitCode = exitCode;
}
