import { expect, test } from 'vitest';
import { describeFileSize } from '../../../../src/lib/documents/file-size';

test.each([
  [0, '0 bytes'],
  [1, '1 byte'],
  [850, '850 bytes'],
  [1023, '1023 bytes'],
  [1024, '1 KB'],
  [1535, '1 KB'],
  [1536, '2 KB'],
  [48 * 1024, '48 KB'],
  [1023 * 1024, '1023 KB'],
  [1024 * 1024 - 100, '1.0 MB'],
  [1024 * 1024, '1.0 MB'],
  [1.2 * 1024 * 1024, '1.2 MB'],
  [25.46 * 1024 * 1024, '25.5 MB'],
] as const)('%s bytes is "%s"', (bytes, expected) => {
  expect(describeFileSize(bytes)).toBe(expected);
});
