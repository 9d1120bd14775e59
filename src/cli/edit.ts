/**
 * `npm run edit`: the browser editor on this computer. Starts the dev server (which serves /admin/ and
 * its local backend, src/integrations/editor.ts) and prints the editor's address once it answers.
 * Options go to `astro dev`: `npm run edit -- --port 4400`. Stop it with Ctrl+C.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ranDirectly } from './ran-directly';

const ADDRESS = /(https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]|[\d.]+):\d+\/[^\s]*)/;

/** The editor's address, from the dev server's "Local http://localhost:4321/" line. */
export function editorAddress(devOutput: string): string | undefined {
  const local = devOutput.split('\n').find((line) => /Local/.test(line) && ADDRESS.test(line)) ?? devOutput.split('\n').find((line) => ADDRESS.test(line));
  const address = local ? ADDRESS.exec(local)?.[1] : undefined;
  return address ? new URL('admin/', address.endsWith('/') ? address : `${address}/`).href : undefined;
}

export function startEditor(projectRoot: string, args: string[]): void {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const dev = spawn(process.execPath, [astro, 'dev', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_DEV_BACKGROUND: '0' },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let output = '';
  let announced = false;
  dev.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk.toString();
    const address = announced ? undefined : editorAddress(output.replace(/\x1b\[[0-9;]*m/g, ''));
    if (!address) return;
    announced = true;
    process.stdout.write(`\nThe editor is ready: open ${address} in Chrome, Edge or Firefox.\nSaving there writes the files in content/, and npm run check's rules refuse a save they would refuse. Stop with Ctrl+C.\n\n`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
  dev.on('close', (code) => (process.exitCode = code ?? 0));
}

if (ranDirectly(import.meta.url)) startEditor(process.cwd(), process.argv.slice(2));
