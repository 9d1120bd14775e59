/**
 * One build at a time in a project folder. A build holds `.build.lock` (made atomically, holding its
 * process id) from start to publish; a second build finds it and stops before touching anything. A
 * lock left by a build that no longer runs (the machine restarted, the process was killed) is taken
 * over, so a crash never blocks the next build.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the build started. */
  started: string;
}

export type LockResult = { ok: true; release: () => void } | { ok: false; holder: LockHolder; message: string };

/** True when a process with this id is running on this machine. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' ? { pid: holder.pid, host: String(holder.host ?? ''), started: String(holder.started ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/** A lock is stale when its build is not running: on this machine, its process is gone; an unreadable lock is half-written, or damaged. */
function isStale(holder: LockHolder | undefined): boolean {
  return !holder || (holder.host === hostname() && !isRunning(holder.pid));
}

function describeStart(started: string): string {
  const date = new Date(started);
  if (Number.isNaN(date.getTime())) return '';
  return `, started at ${date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })} on ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

export function acquireBuildLock(lockFile: string, now: Date = new Date()): LockResult {
  const me: LockHolder = { pid: process.pid, host: hostname(), started: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const descriptor = openSync(lockFile, 'wx');
      writeSync(descriptor, JSON.stringify(me));
      closeSync(descriptor);
      return { ok: true, release: () => (readHolder(lockFile)?.pid === me.pid ? rmSync(lockFile, { force: true }) : undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      if (attempt === 0 && isStale(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      const who = holder ?? { pid: 0, host: '', started: '' };
      return {
        ok: false,
        holder: who,
        message:
          `Another build of this site is running (process ${who.pid}${who.host && who.host !== hostname() ? ` on ${who.host}` : ''}${describeStart(who.started)}), ` +
          'so this one did not start: two builds at once would each publish half a site. Wait for it to finish and run the build again. ' +
          `If no build is running, delete the file ${lockFile.split(/[\\/]/).pop()} in the project folder.`,
      };
    }
  }
  throw new Error('unreachable: the build lock was neither taken nor refused');
}
