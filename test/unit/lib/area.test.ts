import { expect, test } from 'vitest';
import { areaKey, areaLabel, figureSlot } from '../../../src/lib/area';

test.each([
  ['', 'Moray', 'moray'],
  ['  ', 'Moray', 'moray'],
  ['moray', 'Moray', 'moray'],
  [' MORAY ', 'Moray', 'moray'],
  ['Scotland', 'Moray', 'scotland'],
])('areaKey(%j, %j) is %j', (area, planArea, key) => {
  expect(areaKey(area, planArea)).toBe(key);
});

test('areaLabel gives the plan\\u2019s spelling of its own area, and the first spelling of any other', () => {
  const spellings = new Map<string, string>();
  expect(['', 'moray', 'Scotland', 'SCOTLAND'].map((area) => areaLabel(area, 'Moray', spellings))).toEqual(['Moray', 'Moray', 'Scotland', 'Scotland']);
});

test('figureSlot puts one period, however written, and one area, however spelt, in one slot', () => {
  expect(figureSlot('2021/22', '', 'Moray')).toBe(figureSlot('2021-22', 'moray', 'Moray'));
  expect(figureSlot('2021/22', 'Scotland', 'Moray')).not.toBe(figureSlot('2021/22', '', 'Moray'));
});
