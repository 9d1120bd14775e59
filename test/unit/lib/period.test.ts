import { describe, expect, test } from 'vitest';
import { comparePeriods, midYear, parsePeriod, type Period } from '../../../src/lib/period';

const ok = (text: string): Period => {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('parsePeriod', () => {
  test.each([
    ['2021', '2021-01-01', '2021-12-31'],
    ['2021/22', '2021-04-01', '2022-03-31'],
    ['2019-20', '2019-04-01', '2020-03-31'],
    ['2017-20', '2017-04-01', '2020-03-31'],
    ['1999/00', '1999-04-01', '2000-03-31'],
    ['2021/22 Q1', '2021-04-01', '2021-06-30'],
    ['2021/22 Q4', '2022-01-01', '2022-03-31'],
    ['2021-22 q3', '2021-10-01', '2021-12-31'],
    ['2021 Q3', '2021-07-01', '2021-09-30'],
    ['Q1 2021', '2021-01-01', '2021-03-31'],
    ['March 2021', '2021-03-01', '2021-03-31'],
    ['Sept 2021', '2021-09-01', '2021-09-30'],
    // "2021-03-31" moved to the table of single days below: a day is now shown as "31 March 2021".
  ])('"%s" runs from %s to %s', (text, start, end) => {
    expect(ok(text)).toEqual({ label: text, start, end });
  });

  test.each(['2021/23 Q1', '2021-02-30', 'Spring 2021', 'last year', '', '21/22', '2021/2020', 'Marchember 2021'])('rejects "%s" with a message', (text) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Write a year/);
  });
});

test('periods of different kinds sort into time order', () => {
  const labels = ['2021/22 Q2', '2020', '2021/22', '2019-20', '2021/22 Q1', 'March 2021', '2017-20'];
  expect(labels.map(ok).sort(comparePeriods).map((period) => period.label)).toEqual([
    '2017-20',
    '2019-20',
    '2020',
    'March 2021',
    '2021/22 Q1',
    '2021/22',
    '2021/22 Q2',
  ]);
});

test('midYear places a period at its middle', () => {
  expect(midYear(ok('2021'))).toBeCloseTo(2021.5, 2);
  expect(midYear(ok('2021/22'))).toBeCloseTo(2021.75, 1);
});

describe('a figure for a day written day first', () => {
  // Change of requirement (issue "Dates the way UK officers write them"): a single day used to keep the
  // author's label; it is now shown the site's one way, "31 March 2021".
  test.each([
    ['2021-03-31', '2021-03-31'],
    ['31/03/2021', '2021-03-31'],
    ['31.03.2021', '2021-03-31'],
    ['31 March 2021', '2021-03-31'],
  ])('"%s" is %s, shown as "31 March 2021"', (label, day) => {
    expect(parsePeriod(label)).toEqual({ ok: true, value: { label: '31 March 2021', start: day, end: day } });
  });

  test('a US date is refused with the day-first reading', () => {
    const result = parsePeriod('03/31/2021');
    expect(result.ok === false && result.error).toContain('Dates are read day first');
  });
});
