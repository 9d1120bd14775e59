import { expect, test } from 'vitest';
import { closestId } from '../../../src/lib/suggest';

const outcomes = ['safe-in-community', 'safe-supportive-families', 'safe-stable-homes', 'mentally-well', 'herd-immunity'];

test.each([
  ['safe-homes', 'safe-stable-homes'],
  ['mentaly-well', 'mentally-well'],
  ['herd-immunty', 'herd-immunity'],
  ['safe-community', 'safe-in-community'],
])('suggests "%s" → "%s"', (wrong, expected) => {
  expect(closestId(wrong, outcomes)).toBe(expected);
});

test('suggests nothing when no id is close', () => {
  expect(closestId('child-poverty', outcomes)).toBeUndefined();
  expect(closestId('anything', [])).toBeUndefined();
});
