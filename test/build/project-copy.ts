import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../content/helpers';

/**
 * A throwaway copy of the project whose content/ can be changed freely; node_modules is linked.
 */
export function copyProject(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'plansite-build-'));
  // Source files are copied, not linked: Vite drops styles imported from outside the project root.
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(path.join(projectRoot, name))) cpSync(path.join(projectRoot, name), path.join(copy, name), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

/** This process's environment without what the test runner sets (NODE_ENV=test, BASE_URL=/), which would change the build. */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const runnerVariables = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !runnerVariables.test(name)));
}

/** Runs `astro build` in a project folder with the project's own Node 22, as `npm run build` does. */
export function runBuild(projectDir: string, outDir = 'dist', env: Record<string, string> = {}) {
  const node = path.join(projectRoot, 'node_modules', '.bin', 'node');
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(node, [astro, 'build', '--outDir', outDir], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs `npm run build` in a project folder: the staged build that replaces dist/ only on success. */
export function runNpmBuild(projectDir: string, env: Record<string, string> = {}) {
  const node = path.join(projectRoot, 'node_modules', '.bin', 'node');
  const jiti = path.join(projectRoot, 'node_modules', 'jiti', 'lib', 'jiti-cli.mjs');
  const result = spawnSync(node, [jiti, 'src/cli/build.ts'], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Starts `npm run build` in a project folder without waiting for it: for stopping it, or running two at once. */
export function startNpmBuild(projectDir: string, env: Record<string, string> = {}) {
  const child = spawn('npm', ['run', 'build'], {
    cwd: projectDir,
    env: { ...buildEnvironment(), PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    /** Resolves when the output has shown `pattern` (or the build has ended). */
    async reached(pattern: RegExp, timeoutMs = 120_000): Promise<boolean> {
      const started = Date.now();
      while (!pattern.test(output) && child.exitCode === null && Date.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 100));
      return pattern.test(output);
    },
  };
}
