import { expect, test } from 'vitest';
import { readToday } from '../../../src/lib/calendar';

test('"today" is the build date unless PLANSITE_TODAY gives a real date', () => {
  const now = new Date('2026-11-23T21:00:00Z');
  expect(readToday(undefined, now)).toEqual({ ok: true, value: '2026-11-23' });
  expect(readToday('', now)).toEqual({ ok: true, value: '2026-11-23' });
  expect(readToday('2024-01-15', now)).toEqual({ ok: true, value: '2024-01-15' });
  // Change of requirement (issue "Dates the way UK officers write them"): PLANSITE_TODAY is read like the
  // content's dates, so '15/01/2024' (refused before) is now 15 January 2024.
  expect(readToday('15/01/2024', now)).toEqual({ ok: true, value: '2024-01-15' });
  expect(readToday(' 15 January 2024 ', now)).toEqual({ ok: true, value: '2024-01-15' });
  for (const bad of ['2024-02-30', '31/02/2024', '01/15/2024', 'January 2024', '2024/25', 'yesterday', '2024-1-5']) {
    const result = readToday(bad, now);
    expect(result.ok, bad).toBe(false);
    if (!result.ok) expect(result.error).toContain('PLANSITE_TODAY');
  }
});
