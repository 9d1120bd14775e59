/**
 * `npm run dev` keeps the same rule as the build: an MDX page with code in it is never compiled, so
 * the code never runs on the editor's machine, although the dev server only warns about content.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { buildEnvironment, copyProject } from './project-copy';

test('code in an MDX page does not run in the dev server, and the page shows the problem instead', async () => {
  const projectDir = copyProject();
  const marker = path.join(projectDir, 'code-ran.txt');
  writeFileSync(
    path.join(projectDir, 'content/moray-loip/outcomes/runs-code.mdx'),
    `---\ntitle: "A page with code"\npriority: better-future\norder: 20\ninShort: "A test page."\n---\nimport { writeFileSync } from 'node:fs';\n\n{writeFileSync(${JSON.stringify(marker)}, 'ran')} and {process.env.HOME}\n`,
  );
  const port = 4400 + Math.floor(Math.random() * 500);
  const dev = spawn(path.join(projectRoot, 'node_modules', '.bin', 'node'), [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectDir,
    env: { ...buildEnvironment(), ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const started = Date.now();
    while (!/127\.0\.0\.1:\d+/.test(output) && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 200));
    // The server is ready when it serves an ordinary page.
    for (let tries = 0; tries < 50 && (await fetch(`http://127.0.0.1:${port}/moray-loip/`)).status !== 200; tries++) await new Promise((resolve) => setTimeout(resolve, 200));
    const response = await fetch(`http://127.0.0.1:${port}/moray-loip/outcomes/runs-code/`);
    const body = await response.text();
    expect(existsSync(marker), 'the code in the page ran').toBe(false);
    expect(body).not.toContain(process.env.HOME ?? '/root');
    expect(response.status, `${body.slice(0, 2000)}\n${output.slice(-3000)}`).toBe(500);
    expect(`${body}\n${output}`).toContain('"import" lines are not allowed in a page\'s text');
  } finally {
    dev.kill('SIGTERM');
    await new Promise((resolve) => dev.on('close', resolve));
    rmSync(projectDir, { recursive: true, force: true });
  }
}, 120_000);
