import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { acquireBuildLock, isRunning } from '../../../src/lib/build-lock';

const lockFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'plansite-lock-')), '.build.lock');

test('one build holds the lock; a second is refused with who holds it, until the first releases it', () => {
  const file = lockFile();
  const first = acquireBuildLock(file);
  expect(first.ok).toBe(true);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
  const second = acquireBuildLock(file);
  expect(second).toMatchObject({ ok: false, holder: { pid: process.pid } });
  expect(!second.ok && second.message).toMatch(/^Another build of this site is running \(process \d+, started at .* on .*\), so this one did not start/);
  if (first.ok) first.release();
  expect(existsSync(file)).toBe(false);
  expect(acquireBuildLock(file).ok).toBe(true);
});

test('a lock left by a build that is no longer running is taken over', () => {
  const file = lockFile();
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  expect(isRunning(Number(gone))).toBe(false);
  writeFileSync(file, JSON.stringify({ pid: Number(gone), host: hostname(), started: '2026-01-01T00:00:00Z' }));
  expect(acquireBuildLock(file).ok).toBe(true);
  writeFileSync(file, 'half-written');
  expect(acquireBuildLock(file).ok).toBe(true);
});

test('a lock held on another machine (a shared folder) is not taken over', () => {
  const file = lockFile();
  writeFileSync(file, JSON.stringify({ pid: 1, host: 'another-machine', started: '2026-01-01T00:00:00Z' }));
  expect(acquireBuildLock(file)).toMatchObject({ ok: false, message: expect.stringContaining('on another-machine') });
});
