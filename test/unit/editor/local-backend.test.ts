/**
 * The editor's local backend: Decap's proxy protocol over a copy of the content. A save writes only
 * the changed fields; a save the content check would refuse is refused with the check's own words.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../../src/cli/check';
import { asWrittenDays, handleEditorRequest } from '../../../src/editor/local-backend';
import { projectRoot } from '../../content/helpers';

const ACTION = 'content/moray-loip/actions/parent-confidence.yaml';
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plansite-backend-'));
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'public'), path.join(root, 'public'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ask = (action: string, params: Record<string, unknown>) => handleEditorRequest(root, { action, params });
/** What Decap sends for an action: every field, in its own YAML style, plus the file name field. */
const decapRaw = (text: string, change: string) => `${text.replace(/^completionTarget: .*$/m, (line) => `${line}\n${change}`)}fileName: parent-confidence\n`;

describe('the editor’s local backend', () => {
  test('lists a folder’s files and reads one, as Decap’s proxy protocol does', () => {
    const listed = ask('entriesByFolder', { folder: 'content/moray-loip/actions', extension: 'yaml', depth: 1 }).json as Array<{ file: { path: string } }>;
    expect(listed.map((entry) => entry.file.path)).toContain(ACTION);
    const entry = ask('getEntry', { path: ACTION }).json as { data: string };
    expect(entry.data).toBe(readFileSync(path.join(root, ACTION), 'utf8'));
  });

  test('a save with one field changed writes that one line, and the file still passes the check', () => {
    const before = readFileSync(path.join(root, ACTION), 'utf8');
    const answer = ask('persistEntry', { dataFiles: [{ path: ACTION, raw: decapRaw(before, 'status: complete') }], assets: [] });
    expect(answer).toEqual({ status: 200, json: { message: 'entry persisted' } });
    const after = readFileSync(path.join(root, ACTION), 'utf8');
    expect(after).toBe(before.replace(/^(completionTarget: .*)$/m, '$1\nstatus: complete'));
    expect(runCheck(root).exitCode).toBe(0);
  });

  test('a save naming an outcome that does not exist is refused with the check’s message, and nothing is written', () => {
    const before = readFileSync(path.join(root, ACTION), 'utf8');
    const raw = decapRaw(before.replace('outcome: emotional-wellbeing', 'outcome: no-such-outcome'), '');
    const answer = ask('persistEntry', { dataFiles: [{ path: ACTION, raw }], assets: [] });
    expect(answer.status).toBe(422);
    const { error } = answer.json as { error: string };
    expect(error).toMatch(/^Not saved: npm run check would find a problem:\n- content\/moray-loip\/actions\/parent-confidence\.yaml/);
    expect(error).toContain('no-such-outcome');
    expect(readFileSync(path.join(root, ACTION), 'utf8')).toBe(before);
  });

  test('a new file is written as a person would write it, without the fields left at their defaults', () => {
    const file = 'content/moray-loip/actions/holiday-clubs.yaml';
    const raw = 'title: Holiday clubs\noutcome: poverty-mitigated\norder: 20\nstatus: not stated\nhideThisPage: false\nfileName: holiday-clubs\n';
    expect(ask('persistEntry', { dataFiles: [{ path: file, raw }], assets: [] }).status).toBe(200);
    expect(readFileSync(path.join(root, file), 'utf8')).toBe('title: "Holiday clubs"\noutcome: poverty-mitigated\norder: 20\n');
  });

  test('a date the file wrote without quotes, which Decap sends back as a timestamp, is left as it was', () => {
    const file = 'content/moray-loip/actions/parent-confidence.yaml';
    const before = readFileSync(path.join(root, file), 'utf8');
    const unquoted = before.replace(/^completionTarget: .*$/m, 'completionTarget: 2026-03-31');
    writeFileSync(path.join(root, file), unquoted);
    const raw = `${unquoted.replace('completionTarget: 2026-03-31', 'completionTarget: 2026-03-31T00:00:00.000Z')}fileName: parent-confidence\n`;
    expect(ask('persistEntry', { dataFiles: [{ path: file, raw }], assets: [] }).status).toBe(200);
    expect(readFileSync(path.join(root, file), 'utf8')).toBe(unquoted);
    expect(asWrittenDays({ a: ['2021-04-01T00:00:00Z', '2021-04-01T10:30:00Z'] })).toEqual({ a: ['2021-04-01', '2021-04-01T10:30:00Z'] });
    writeFileSync(path.join(root, file), before);
  });

  test('writes nowhere but content/, and never deletes', () => {
    for (const where of ['../outside.yaml', 'src/pages/index.astro', 'content/../package.json', '/etc/passwd']) {
      const answer = ask('persistEntry', { dataFiles: [{ path: where, raw: 'x: 1\n' }], assets: [] });
      expect(answer.status, where).toBe(422);
    }
    expect(ask('deleteFile', { path: ACTION }).status).toBe(422);
    expect(ask('getEntry', { path: '../../etc/passwd' }).status).toBe(422);
  });
});
