import JSZip from 'jszip';
import { afterEach, describe, expect, test } from 'vitest';
import { readZip, writeZip } from '../../../../src/lib/documents/zip-archive';

const MODIFIED = new Date('2025-04-01T09:30:17Z');
const entries = [
  { path: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { path: 'word/document.xml', data: Buffer.from('<w:document>Café ✓</w:document>'.repeat(50)) },
  { path: 'word/empty.xml', data: new Uint8Array() },
];

describe('writeZip and readZip', () => {
  test('what is written reads back: same paths, order and bytes', () => {
    const read = readZip(writeZip(entries, MODIFIED));
    expect(read.map((entry) => entry.path)).toEqual(entries.map((entry) => entry.path));
    read.forEach((entry, index) => expect(Buffer.from(entry.data).equals(Buffer.from(entries[index]?.data ?? []))).toBe(true));
  });

  test('another zip reader reads it, with the fixed date on every entry', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, MODIFIED));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Café ✓');
    expect(new Set(Object.values(zip.files).map((entry) => entry.date.toISOString()))).toEqual(new Set(['2025-04-01T09:30:16.000Z']));
  });

  test('the same entries and date give the same bytes', () => {
    expect(writeZip(entries, MODIFIED).equals(writeZip(entries, new Date(MODIFIED)))).toBe(true);
  });

  test('it reads a zip another writer made, stored and deflated entries alike', async () => {
    const zip = new JSZip();
    zip.file('stored.txt', 'plain', { compression: 'STORE' });
    zip.file('folder/deflated.txt', 'squeezed '.repeat(100), { compression: 'DEFLATE' });
    const read = readZip(await zip.generateAsync({ type: 'uint8array' }));
    expect(read.map((entry) => [entry.path, Buffer.from(entry.data).toString()])).toEqual([
      ['stored.txt', 'plain'],
      ['folder/deflated.txt', 'squeezed '.repeat(100)],
    ]);
  });

  test('something that is not a zip is refused', () => {
    expect(() => readZip(Buffer.from('not a zip file at all, just some text'))).toThrow('Not a zip file');
  });
});

describe('the time written in the zip', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  test.each(['UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata'])('is the same when the machine is in %s', async (zone) => {
    process.env.TZ = 'UTC';
    const inUtc = writeZip(entries, MODIFIED);
    process.env.TZ = zone;
    const elsewhere = writeZip(entries, MODIFIED);
    expect(elsewhere.equals(inUtc)).toBe(true);
    process.env.TZ = 'UTC';
    const zip = await JSZip.loadAsync(elsewhere);
    expect(zip.file('word/document.xml')!.date.toISOString()).toBe('2025-04-01T09:30:16.000Z');
  });
});
