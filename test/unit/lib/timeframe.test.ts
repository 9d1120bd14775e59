import { describe, expect, test } from 'vitest';
import { hasPassed, parseTimeframe } from '../../../src/lib/timeframe';

describe('parseTimeframe', () => {
  test.each([
    ['March 2023', '2023-03-01', '2023-03-31'],
    ['March 2023 with milestone annual improvements', '2023-03-01', '2023-03-31'],
    ['April 2021', '2021-04-01', '2021-04-30'],
    ['Dec 2021', '2021-12-01', '2021-12-31'],
    ['Submission to Scottish Government by Dec 2021', '2021-12-01', '2021-12-31'],
    ['February 2024', '2024-02-01', '2024-02-29'],
    ['2021-26', '2021-01-01', '2026-12-31'],
    ['2021-2026', '2021-01-01', '2026-12-31'],
    ['2020-2022', '2020-01-01', '2022-12-31'],
    ['2020-23', '2020-01-01', '2023-12-31'],
    ['2020–23', '2020-01-01', '2023-12-31'],
    ['2098-02', '2098-01-01', '2102-12-31'],
    ['2021/22', '2021-04-01', '2022-03-31'],
    ['2023', '2023-01-01', '2023-12-31'],
    // "2023-03-31" moved to the table of single days below: a day is now shown as "31 March 2023".
  ])('"%s" runs from %s to %s', (text, start, end) => {
    expect(parseTimeframe(text)).toEqual({ ok: true, value: { text, start, end } });
  });

  test('keeps the wording, trimmed, for display', () => {
    const result = parseTimeframe('  March 2023 with milestone annual improvements ');
    expect(result.ok && result.value.text).toBe('March 2023 with milestone annual improvements');
  });

  test.each([
    ['', 'empty'],
    ['Ongoing', 'has no date'],
    ['2023-02-30', 'not a real date'],
    ['2023-13-01', 'not a real date'],
    ['2026-21', 'not a real date'],
    ['2023-03', 'not a real date'],
    ['2021/24', 'not a real date'],
    ['1066', 'outside the years'],
  ])('rejects "%s" with a message (%s)', (text, phrase) => {
    const result = parseTimeframe(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(phrase);
  });
});

describe('hasPassed', () => {
  const march2023 = { text: 'March 2023', start: '2023-03-01', end: '2023-03-31' };
  test.each([
    ['2023-03-30', false],
    ['2023-03-31', false],
    ['2023-04-01', true],
  ])('on %s: %s', (today, passed) => {
    expect(hasPassed(march2023, today)).toBe(passed);
  });
});

describe('dates written day first, as UK officers write them', () => {
  // Change of requirement (issue "Dates the way UK officers write them"): a single day used to keep the
  // author's wording; it is now shown the site's one way, "31 March 2023", inside any words around it.
  test.each([
    ['2023-03-31', '2023-03-31', '31 March 2023'],
    ['31/03/2023', '2023-03-31', '31 March 2023'],
    ['31.03.2023', '2023-03-31', '31 March 2023'],
    ['31-03-2023', '2023-03-31', '31 March 2023'],
    ['1/4/2023', '2023-04-01', '1 April 2023'],
    ['31 March 2023', '2023-03-31', '31 March 2023'],
    ['1st Dec 2021', '2021-12-01', '1 December 2021'],
    ['Complete by 30/06/2022', '2022-06-30', 'Complete by 30 June 2022'],
  ])('"%s" is the single day %s, not the whole year, shown as "%s"', (text, day, shown) => {
    expect(parseTimeframe(text)).toMatchObject({ ok: true, value: { text: shown, start: day, end: day } });
  });

  test.each([
    ['03/31/2021', 'Dates are read day first: for March 31, write 31/03/2021'],
    ['31/02/2021', '"31/02/2021" is not a real date'],
    ['32 March 2021', '"32 March 2021" is not a real date'],
  ])('refuses the impossible date "%s"', (text, says) => {
    const result = parseTimeframe(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(says);
  });
});
