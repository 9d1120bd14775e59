import { describe, expect, test } from 'vitest';
import { splitNumbering, wholeNumberIn } from '../../../../src/lib/import/numbering';

describe('numbering is kept as a reference and taken off the title', () => {
  test.each([
    ['SO1: A fairer Anytown', 'SO1', 'A fairer Anytown'],
    ['SO1 - A fairer Anytown', 'SO1', 'A fairer Anytown'],
    ['1.1 More people are in fair work', '1.1', 'More people are in fair work'],
    ['1.1. More people are in fair work', '1.1', 'More people are in fair work'],
    ['Action 3.2 – Open youth cafés', 'Action 3.2', 'Open youth cafés'],
    ['Action 1.1.1: Support people into jobs', 'Action 1.1.1', 'Support people into jobs'],
    ['PRIORITY 1 : The wellbeing of children and young people is improved', 'PRIORITY 1', 'The wellbeing of children and young people is improved'],
    ['Priority 2: Children are safe', 'Priority 2', 'Children are safe'],
    ['PRIORITY: 2 Children and young people are safe and free from harm', 'PRIORITY 2', 'Children and young people are safe and free from harm'],
    ['3. Improve attendance', '3', 'Improve attendance'],
    ['a) Review the policy', 'a', 'Review the policy'],
  ])('"%s" → reference %s, title "%s"', (text, reference, title) => {
    expect(splitNumbering(text)).toEqual({ reference, title });
  });

  test.each(['10% more children and young people report they feel mentally well by 2023', '5% more primary school pupils', '147 children used the service', 'Herd immunity is achieved', 'A. N. Other review', '2021/22 report'])('"%s" has no numbering', (text) => {
    expect(splitNumbering(text)).toEqual({ title: text });
  });

  test('a whole number in a reference is the priority’s number', () => {
    expect(wholeNumberIn('PRIORITY 1')).toBe(1);
    expect(wholeNumberIn('SO2')).toBe(2);
    expect(wholeNumberIn('1.1')).toBeUndefined();
    expect(wholeNumberIn(undefined)).toBeUndefined();
  });
});
