import { expect, test } from 'vitest';
import { addToGroup } from '../../../src/lib/group';

test('values are kept in lists under their keys, in the order they were added', () => {
  const groups = new Map<string, number[]>();
  addToGroup(groups, 'a', 1);
  addToGroup(groups, 'b', 2);
  addToGroup(groups, 'a', 3);
  expect([...groups]).toEqual([
    ['a', [1, 3]],
    ['b', [2]],
  ]);
});
