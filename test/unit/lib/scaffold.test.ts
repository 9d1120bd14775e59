import { expect, test } from 'vitest';
import { nextNumber, reportSlug, slugFromTitle, uniqueSlug } from '../../../src/lib/scaffold';

test('a file name from a title keeps its first meaningful words, plain and lower-case', () => {
  expect(slugFromTitle('Open two new youth cafés in Elgin and Buckie')).toBe('open-two-new-youth-cafes-elgin');
  expect(slugFromTitle('The impact of poverty is mitigated')).toBe('impact-poverty-mitigated');
  expect(slugFromTitle('A')).toBe('a');
  expect(slugFromTitle('!!!')).toBe('untitled');
  expect(slugFromTitle('Supercalifragilisticexpialidocious '.repeat(4), 6, 60).length).toBeLessThanOrEqual(60);
});

test('a name already taken gets -2, -3 …', () => {
  const taken = new Set(['cafes', 'cafes-2']);
  expect(uniqueSlug('cafes', (name) => taken.has(name))).toBe('cafes-3');
  expect(uniqueSlug('other', (name) => taken.has(name))).toBe('other');
});

test('the next number follows the highest; report files are named after their period', () => {
  expect(nextNumber([])).toBe(1);
  expect(nextNumber([1, 4, 2])).toBe(5);
  expect(reportSlug('2021/22 Q2')).toBe('2021-22-q2');
  expect(reportSlug('March 2022')).toBe('march-2022');
});
