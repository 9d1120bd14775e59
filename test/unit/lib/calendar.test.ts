import { expect, test } from 'vitest';
import { readToday } from '../../../src/lib/calendar';

test('"today" is the build date unless PLANSITE_TODAY gives a real date', () => {
  const now = new Date('2026-11-23T21:00:00Z');
  expect(readToday(undefined, now)).toEqual({ ok: true, value: '2026-11-23' });
  expect(readToday('', now)).toEqual({ ok: true, value: '2026-11-23' });
  expect(readToday('2024-01-15', now)).toEqual({ ok: true, value: '2024-01-15' });
  for (const bad of ['2024-02-30', '15/01/2024', 'yesterday', '2024-1-5']) {
    const result = readToday(bad, now);
    expect(result.ok, bad).toBe(false);
    if (!result.ok) expect(result.error).toContain('PLANSITE_TODAY');
  }
});
