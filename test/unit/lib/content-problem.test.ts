import { expect, test } from 'vitest';
import { formatProblem, printable } from '../../../src/lib/content-problem';

test('printable shows control and invisible characters as their codes, so content cannot rewrite the terminal', () => {
  expect(printable('a\u001b[2Jb')).toBe('a<U+001B>[2Jb');
  expect(printable('x\ry')).toBe('x<U+000D>y');
  expect(printable('mentally\u200b-well')).toBe('mentally<U+200B>-well');
  expect(printable('\u202egnp.exe')).toBe('<U+202E>gnp.exe');
  expect(printable('Cothrom na Fèinne — حقوق')).toBe('Cothrom na Fèinne — حقوق');
});

test('every problem is printed printable, file name and all', () => {
  expect(formatProblem({ file: 'content/a/\u001b[31mred.yaml', line: 2, field: 'outcome', message: 'no "x\u200b"' })).toBe('content/a/<U+001B>[31mred.yaml, line 2, `outcome`: no "x<U+200B>"');
});
