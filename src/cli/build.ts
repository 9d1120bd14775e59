/**
 * npm run build — builds the site into a staging folder and moves it to dist/ only when the whole
 * build succeeded, so a failed build never leaves a half-written site to upload: dist/ keeps the
 * last good site. Any extra arguments go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

const MDX_HINT =
  'The text of this page is not valid MDX. Look at the line above: every { needs a matching } and every < must start a tag ' +
  'or component. To show these characters as text, write \\{ or &lt; instead.';

/**
 * A filter for Astro's output, line by line: drops the program's stack traces, which say nothing to an
 * author, and adds a hint after the location of an MDX mistake.
 */
export function authorFilter(): (line: string) => string[] {
  let inStackTrace = false;
  let mdxError = false;
  return (line) => {
    const plain = stripVTControlCharacters(line);
    if (/^\s*Stack trace:\s*$/.test(plain)) {
      inStackTrace = true;
      return [];
    }
    if (inStackTrace && /^\s+at /.test(plain)) return [];
    inStackTrace = false;
    if (/\(mdx[-a-z]*:[a-z-]+\)/.test(plain)) mdxError = true;
    if (mdxError && /\.mdx:\d+:\d+\s*$/.test(plain)) {
      mdxError = false;
      return [line, `  ${MDX_HINT}`];
    }
    return [line];
  };
}

export function authorFacing(lines: string[]): string[] {
  const filter = authorFilter();
  return lines.flatMap(filter);
}

function run(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['inherit', 'pipe', 'pipe'] });
    const pipe = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
      const filter = authorFilter();
      createInterface({ input: stream }).on('line', (line) => {
        for (const text of filter(line)) out.write(`${text}\n`);
      });
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

export async function build(projectRoot: string, astroArguments: string[] = []): Promise<number> {
  const finalDir = path.join(projectRoot, 'dist');
  const stagingRoot = path.join(projectRoot, '.build-staging');
  const stagingDir = path.join(stagingRoot, 'dist');
  rmSync(stagingRoot, { recursive: true, force: true });

  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const status = await run(process.execPath, [astro, 'build', '--outDir', stagingDir, ...astroArguments], projectRoot);
  if (status !== 0) {
    rmSync(stagingRoot, { recursive: true, force: true });
    process.stderr.write(`\nThe build did not finish, so dist/ was left as it was${existsSync(finalDir) ? ' (the last good site)' : ''}.\n`);
    return status;
  }
  const previousDir = path.join(stagingRoot, 'previous');
  if (existsSync(finalDir)) renameSync(finalDir, previousDir);
  renameSync(stagingDir, finalDir);
  rmSync(stagingRoot, { recursive: true, force: true });
  return 0;
}

if (process.argv[1]?.endsWith('build.ts')) process.exitCode = await build(process.cwd(), process.argv.slice(2));
