import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, type ContentProblem } from '../lib/content-problem';
import { readToday } from '../lib/calendar';
import { buildSiteIndex } from '../lib/relations';
import { readContent } from './read-content';
import { checkJargon } from './jargon-check';

/** Checks every content file and reference before Astro builds anything, and reports all problems at once. */
export function checkContent(projectRoot: string) {
  const contentDir = path.join(projectRoot, 'content');
  const { content, settings, problems: fileProblems } = readContent(contentDir, projectRoot);
  const { problems: relationProblems } = buildSiteIndex(content, { reportOrphans: fileProblems.length === 0 });
  const today = readToday(process.env.PLANSITE_TODAY);
  const settingProblems: ContentProblem[] = today.ok ? [] : [{ file: 'PLANSITE_TODAY (environment variable)', message: today.error }];
  const jargonProblems = checkJargon(contentDir, projectRoot, content.glossary, settings?.jargon.ignore ?? []);
  return [...settingProblems, ...fileProblems, ...relationProblems, ...jargonProblems];
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'plansite:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        if (command === 'dev') {
          logger.warn(formatProblems(problems));
          return;
        }
        // Printed plainly and stopped here, so nothing is built and no stack trace hides the message.
        process.stderr.write(`\n${formatProblems(problems)}\nFix these and run the build again. Nothing was published.\n`);
        process.exit(1);
      },
    },
  };
}
