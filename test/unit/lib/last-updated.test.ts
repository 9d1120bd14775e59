import { expect, test } from 'vitest';
import { formatDate, lastChangedFromGitLog } from '../../../src/lib/last-updated';

test('takes the newest date for each file from git log output', () => {
  const log = ['@2026-11-20', '', 'content/a.yaml', 'content/b.yaml', '@2026-10-01', '', 'content/a.yaml', 'content/c.yaml', ''].join('\n');
  expect(Object.fromEntries(lastChangedFromGitLog(log))).toEqual({
    'content/a.yaml': '2026-11-20',
    'content/b.yaml': '2026-11-20',
    'content/c.yaml': '2026-10-01',
  });
});

test('formats dates the British way', () => {
  expect(formatDate('2026-11-23')).toBe('23 November 2026');
});
