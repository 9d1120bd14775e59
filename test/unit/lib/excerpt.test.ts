import { expect, test } from 'vitest';
import { excerptParts } from '../../../src/lib/excerpt';

test('reads Pagefind\\u2019s excerpt into text, with the matched words marked', () => {
  expect(excerptParts('Support for <mark>kinship</mark> carers &amp; families')).toEqual([
    { text: 'Support for ', marked: false },
    { text: 'kinship', marked: true },
    { text: ' carers & families', marked: false },
  ]);
});

test('anything else that looks like markup is text, and no tag survives', () => {
  const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)> <mark>safe</mark>');
  expect(parts.map((part) => part.text).join('')).toBe('<script>alert(1)</script>  safe');
  expect(parts.find((part) => part.marked)?.text).toBe('safe');
});
