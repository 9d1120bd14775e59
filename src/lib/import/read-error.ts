/**
 * A file the import cannot read at all: the wrong format, a broken file, one that is not there.
 * The message is written for the person running the import (it names the file and says what to do),
 * so the CLI prints it as it is, without a stack trace.
 */
export class ImportReadError extends Error {
  override name = 'ImportReadError';

  /** `file` is the file's name as messages show it, without its folder. */
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** How an Office file starts: a zip archive (.xlsx, .docx), or the older compound file (.xls, .doc, or any password-protected Office file). */
export function officeContainer(bytes: Uint8Array): 'zip' | 'compound' | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'compound';
  return undefined;
}
