/**
 * npm run readability — lists every "in short" summary from the hardest to read, and fails when any
 * is above the reading level young readers need (see src/lib/readability.ts).
 *   npm run readability            the hardest 15 and every one over the limit
 *   npm run readability -- --all   every summary
 */
import path from 'node:path';
import { readContent } from '../integrations/read-content';
import { MAX_GRADE, readability } from '../lib/readability';

const projectRoot = process.cwd();
const { content } = readContent(path.join(projectRoot, 'content'), projectRoot);
const summaries = [...content.priorities, ...content.outcomes]
  .map((entry) => ({ file: entry.filePath, text: entry.data.inShort, ...readability(entry.data.inShort) }))
  .sort((a, b) => b.grade - a.grade || a.file.localeCompare(b.file));

const tooHard = summaries.filter((summary) => summary.grade > MAX_GRADE);
const shown = process.argv.includes('--all') ? summaries : summaries.slice(0, Math.max(15, tooHard.length));
console.log(`"In short" summaries, hardest first (Flesch–Kincaid grade; at most ${MAX_GRADE} passes, about age 12):\n`);
for (const summary of shown) {
  const mark = summary.grade > MAX_GRADE ? 'TOO HARD' : 'ok      ';
  console.log(`${mark} ${summary.grade.toFixed(1).padStart(4)}  ${summary.file}\n               ${summary.text}\n`);
}
console.log(`${summaries.length} summaries; ${tooHard.length} above grade ${MAX_GRADE}.`);
if (tooHard.length > 0) {
  console.log('Make them easier: shorter sentences (split at "and" or a comma), and shorter, everyday words.');
  process.exitCode = 1;
}
