import { describe, expect, test } from 'vitest';
import { collapseWhitespace, hasText, type Inline } from '../../../../src/lib/documents/document-inline';

const text = (value: string, bold = false): Inline => ({ kind: 'text', text: value, bold, italic: false });
const lineBreak: Inline = { kind: 'break' };

describe('collapseWhitespace', () => {
  test.each<[string, Inline[], Inline[]]>([
    ['runs of spaces and newlines become one space', [text('a  \n\t b')], [text('a b')]],
    ['the block’s edges are trimmed', [text('\n  a b  \n')], [text('a b')]],
    ['a space across two runs is kept once', [text('a '), text(' b', true)], [text('a '), text('b', true)]],
    ['a space-only run between words is kept', [text('a', true), text('  '), text('b', true)], [text('a', true), text(' '), text('b', true)]],
    ['spaces around a line break go', [text('a  '), lineBreak, text('\n  b')], [text('a'), lineBreak, text('b')]],
    ['trailing space-only runs go', [text('a'), text(' '), text('\n')], [text('a')]],
    ['a no-break space is text', [text('\u00a0a\u00a0')], [text('\u00a0a\u00a0')]],
    ['whitespace alone leaves nothing', [text('  \n ')], []],
  ])('%s', (_case, inlines, expected) => {
    expect(collapseWhitespace(inlines)).toEqual(expected);
  });

  test('the runs given are not changed', () => {
    const inlines = [text('a  ')];
    collapseWhitespace(inlines);
    expect(inlines).toEqual([text('a  ')]);
  });
});

describe('hasText', () => {
  test.each<[Inline[], boolean]>([
    [[], false],
    [[lineBreak], false],
    [[lineBreak, text('a')], true],
  ])('%j → %s', (inlines, expected) => {
    expect(hasText(inlines)).toBe(expected);
  });
});
