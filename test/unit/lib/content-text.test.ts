import { expect, test } from 'vitest';
import { CONTENT_LIMITS, decodeContentFile } from '../../../src/lib/content-text';

const bytes = (text: string) => new TextEncoder().encode(text);

test('reads UTF-8 text, without a byte-order mark, keeping tabs and both kinds of line ending', () => {
  expect(decodeContentFile(bytes('\uFEFFtitle: x\r\n\tlead: y\n'), 'text')).toEqual({ text: 'title: x\r\n\tlead: y\n' });
});

test.each([
  ['\u0000', 'U+0000'],
  ['\u001b[2J', 'U+001B'],
  ['\u0008', 'U+0008'],
  ['\u007f', 'U+007F'],
  ['\u0085', 'U+0085'],
])('refuses a control character (%j) with its line', (character, code) => {
  const result = decodeContentFile(bytes(`title: x\nlead: "a${character}b"\n`), 'text');
  expect(result).toEqual({ line: 2, error: expect.stringContaining(`invisible control character (${code})`) });
});

test.each(['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])('refuses a direction control (%j), but not right-to-left text itself', (character) => {
  expect(decodeContentFile(bytes(`title: "x${character}y"\n`), 'text')).toMatchObject({ line: 1, error: expect.stringContaining('changes the direction of the text') });
  expect(decodeContentFile(bytes('title: "حقوق الأطفال \u200f"\n'), 'text')).toEqual({ text: 'title: "حقوق الأطفال \u200f"\n' });
});

test('refuses files over the size limits, saying how big they are', () => {
  expect(decodeContentFile(new Uint8Array(CONTENT_LIMITS.textFileBytes + 1), 'text')).toEqual({ error: expect.stringMatching(/^this file is 1\.0 MB, more than the 1\.0 MB a page can be/) });
  expect(decodeContentFile(new Uint8Array(12_000_000), 'csv')).toEqual({ error: expect.stringMatching(/^this file is 12 MB, more than the 5\.0 MB a file of figures can be/) });
  expect(decodeContentFile(new Uint8Array(2_000_000).fill(0x41), 'csv')).toEqual({ text: 'A'.repeat(2_000_000) });
});

test('refuses UTF-16 and bytes that are not UTF-8', () => {
  expect(decodeContentFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'text')).toEqual({ error: expect.stringContaining('UTF-16') });
  expect(decodeContentFile(new Uint8Array([0x41, 0xc3, 0x28]), 'text')).toEqual({ error: expect.stringContaining('not text saved as UTF-8') });
});
