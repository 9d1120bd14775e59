/**
 * What every content file must be before anything reads it: text saved as UTF-8, of a sensible size,
 * with no control characters (which can hide text or rewrite a terminal) and no characters that
 * reverse the direction of text (which make a line display differently from how it reads).
 */

export const CONTENT_LIMITS = {
  /** A page's text and fields: the longest plan in the samples is under 40 KB. */
  textFileBytes: 1_000_000,
  /** A measure's figures: 20,000 rows of a few columns is well under this. */
  csvFileBytes: 5_000_000,
  /** More figures than this make a page too big to open on a phone. */
  csvRows: 20_000,
  /** Above this, the figures table makes a heavy page: said as a warning. */
  csvRowsWarning: 2_000,
} as const;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Control characters other than tab and line endings, in C0, DEL and C1. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Embeddings, overrides and isolates: they reorder the text around them when it is displayed. */
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/;

export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let position = text.indexOf('\n'); position !== -1 && position < index; position = text.indexOf('\n', position + 1)) line++;
  return line;
}

/** A content file's text, or why it cannot be used. `kind` picks the size limit. */
export function decodeContentFile(bytes: Uint8Array, kind: 'text' | 'csv'): { text: string } | { error: string; line?: number } {
  const limit = kind === 'csv' ? CONTENT_LIMITS.csvFileBytes : CONTENT_LIMITS.textFileBytes;
  if (bytes.length > limit) {
    return {
      error: `this file is ${megabytes(bytes.length)}, more than the ${megabytes(limit)} a ${kind === 'csv' ? 'file of figures' : 'page'} can be. ${kind === 'csv' ? 'Keep only the figures the plan reports, or split the measure into several.' : 'Split the text into several pages.'}`,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'this file is saved as UTF-16. Save it again as UTF-8 (in most editors: "Save as", then choose the encoding "UTF-8").' };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { error: 'this file is not text saved as UTF-8, or it has been damaged. Save it again as UTF-8 text, or restore it from the last good version.' };
  }
  const control = CONTROL.exec(text);
  if (control) {
    return {
      line: lineOf(text, control.index),
      error: `this line has an invisible control character (${codePoint(control[0])}), which is not text: it usually comes from copying out of another program. Delete it (retype the words around it if you cannot see where it is).`,
    };
  }
  const direction = DIRECTION.exec(text);
  if (direction) {
    return {
      line: lineOf(text, direction.index),
      error: `this line has an invisible character (${codePoint(direction[0])}) that changes the direction of the text around it, so the line would display differently from how it reads. Delete it; text in Arabic, Hebrew or Urdu displays correctly without it.`,
    };
  }
  return { text };
}
