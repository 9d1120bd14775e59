/**
 * Reads and writes the zip files Office documents are, with fflate. Writing stamps every entry with one
 * given time, so the same entries always give the same bytes, on any machine.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

export function readZip(zip: Uint8Array): ZipEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    // Folders have entries of their own in some zips; an Office document's parts are the files.
    files = unzipSync(zip, { filter: (file) => !file.name.endsWith('/') });
  } catch (error) {
    throw new Error(`Not a zip file: ${(error as Error).message}`);
  }
  return Object.entries(files).map(([path, data]) => ({ path, data }));
}

/**
 * Zip entries hold a time without a time zone, which fflate takes from the local time of the date it is
 * given; handing it the moment whose local time reads as `modified` in UTC stores the same time everywhere.
 */
export function zipTimeFor(modified: Date): Date {
  const shifted = new Date(modified.getTime() + modified.getTimezoneOffset() * 60_000);
  return new Date(modified.getTime() + shifted.getTimezoneOffset() * 60_000);
}

export function writeZip(entries: readonly ZipEntry[], modified: Date): Buffer {
  const mtime = zipTimeFor(modified);
  const files: Zippable = {};
  for (const entry of entries) files[entry.path] = [entry.data, { mtime, level: 6 }];
  return Buffer.from(zipSync(files));
}
