import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblems, type ContentProblem } from '../lib/content-problem';
import { readToday } from '../lib/calendar';
import { buildSiteIndex, type SiteContent } from '../lib/relations';
import { summaryWarning } from '../lib/readability';
import { contentWarnings } from '../lib/content-warnings';
import { dayFirstMessage } from '../lib/date-warnings';
import { readContent } from './read-content';
import { checkJargon } from './jargon-check';
import { startWorkerThread } from './worker-thread';
import { setCheckInProgress } from './check-in-progress';

type Review = { errors: ContentProblem[]; warnings: ContentProblem[] };

/** Priorities' and outcomes' "in short" summaries too hard for young readers (see npm run readability): a warning each, with the grade and the hardest sentence. */
function summaryWarnings(content: SiteContent): ContentProblem[] {
  return [...content.priorities, ...content.outcomes].flatMap((entry) => {
    const message = sameAsTitle(entry.data) ? SAME_AS_TITLE : summaryWarning(entry.data.inShort);
    return message ? [{ file: entry.filePath, field: 'inShort', message }] : [];
  });
}

/** An import with no summary column uses the title as the summary: it tells young readers nothing more. */
const sameAsTitle = (data: { title: string; inShort: string }) => data.inShort.trim().toLowerCase() === data.title.trim().toLowerCase();
const SAME_AS_TITLE = 'this summary only repeats the title (an import with no "in short" column does this). Write one to three short sentences a young person can follow, saying what this means for them.';

/**
 * Checks every content file and reference, and reports all problems at once: errors, which stop the
 * build, and warnings, which do not.
 */
export function reviewContent(projectRoot: string): Review {
  const contentDir = path.join(projectRoot, 'content');
  const { content, settings, problems: fileProblems, warnings: fileWarnings, unreadable, indicatorCodes } = readContent(contentDir, projectRoot);
  const { index, problems: relationProblems } = buildSiteIndex(content, { reportOrphans: fileProblems.length === 0, unreadable });
  const today = readToday(process.env.PLANSITE_TODAY);
  const settingProblems: ContentProblem[] = today.ok ? [] : [{ file: 'PLANSITE_TODAY (environment variable)', message: today.error }];
  // Which words need no explanation is a site setting: without readable settings, the check would be wrong.
  // Indicator codes name the comparison's indicators, whose pages give each one's title.
  const jargonProblems = settings ? checkJargon(contentDir, projectRoot, content.glossary, [...settings.jargon.ignore, ...indicatorCodes]) : [];
  const logo = settings?.logo;
  if (logo && !existsSync(path.join(projectRoot, 'public', logo.src))) {
    settingProblems.push({ file: 'content/site.yaml', field: 'logo.src', message: `there is no file public/${logo.src}. Put the logo in the public/ folder, or correct its name.` });
  }
  const errors = [...settingProblems, ...fileProblems, ...relationProblems, ...jargonProblems];
  const todayWarnings: ContentProblem[] = today.ok && today.dayFirst ? [{ file: 'PLANSITE_TODAY (environment variable)', message: dayFirstMessage(today.dayFirst) }] : [];
  const warnings = [...todayWarnings, ...fileWarnings, ...summaryWarnings(content), ...(errors.length === 0 && today.ok ? contentWarnings(index, today.value) : [])];
  return { errors, warnings };
}

/** The problems that stop the build. */
export function checkContent(projectRoot: string): ContentProblem[] {
  return reviewContent(projectRoot).errors;
}

/**
 * Astro keeps parsed content between builds and re-reads a file only when the file changes. When
 * plansite's schemas change (an upgrade adds a field with a default), that store is out of date:
 * throw it away whenever the schema files change.
 */
function forgetContentStoreIfSchemasChanged(projectRoot: string, cacheDir: string): void {
  const sources = [path.join(projectRoot, 'src', 'content.config.ts'), ...globSync('src/schemas/*.ts', { cwd: projectRoot }).sort().map((file) => path.join(projectRoot, file))];
  const hash = createHash('sha256');
  for (const source of sources) if (existsSync(source)) hash.update(readFileSync(source));
  const digest = hash.digest('hex');
  const marker = path.join(cacheDir, 'plansite-schemas.sha256');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === digest) return;
  rmSync(path.join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(path.dirname(marker), { recursive: true });
  writeFileSync(marker, digest);
}

/** Reviews the content on a worker thread (see content-check-worker.mjs), or here if no worker can start. */
async function reviewContentAlongside(projectRoot: string): Promise<Review> {
  try {
    return await new Promise<Review>((resolve, reject) => {
      const worker = startWorkerThread(new URL('./content-check-worker.mjs', import.meta.url), { projectRoot });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the content check's thread stopped (exit code ${code})`)));
    });
  } catch {
    return reviewContent(projectRoot);
  }
}

function report({ errors: problems, warnings }: Review, started: number, command: string, logger: AstroIntegrationLogger): void {
  logger.info(`Content checked in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
  if (warnings.length > 0) logger.warn(`${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} about the content (the site is still built). Run \`npm run check\` to see them.`);
  if (problems.length === 0) return;
  if (command === 'dev') {
    logger.warn(formatProblems(problems));
    return;
  }
  // Printed plainly and stopped here, so nothing is built and no stack trace hides the message.
  process.stderr.write(`\n${formatProblems(problems)}\nFix these and run the build again. Nothing was published.\n`);
  process.exit(1);
}

/**
 * Checks the content before anything is built. A build runs the check on another thread while Astro reads
 * the content on the main thread, so the two take little more time than one. Astro's loaders wait for the
 * check before they report anything (see check-in-progress.ts), and the build waits for it before it
 * writes anything.
 */
export default function contentCheck(): AstroIntegration {
  let checked: Promise<void> = Promise.resolve();
  return {
    name: 'plansite:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        forgetContentStoreIfSchemasChanged(projectRoot, fileURLToPath(config.cacheDir));
        const started = performance.now();
        if (command !== 'build') return report(reviewContent(projectRoot), started, command, logger);
        checked = reviewContentAlongside(projectRoot).then((review) => report(review, started, command, logger));
        setCheckInProgress(checked);
      },
      'astro:build:start': async () => {
        await checked;
      },
    },
  };
}
