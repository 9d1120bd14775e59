/**
 * Councils number what they list: "SO1: A fairer city", "1.1 More people in work", "Action 3.2 –
 * Open youth cafés", "PRIORITY 1 : The wellbeing of …". The number is kept as the item's reference
 * and taken off its title; a figure that starts a title ("10% more children …") is not a number.
 */

const PREFIXED = /^((?:strategic\s+)?(?:priority|outcome|action|objective|aim|project|so|sp|po|lo|lop|ip)\s*[-:]?\s*\d+(?:\.\d+)*[a-z]?)\s*(?:[:.)–—-]\s*|\s+)(?=\S)/i;
const DOTTED = /^(\d+(?:\.\d+)+[a-z]?)\s*[:.)–—-]?\s+(?=\S)/;
const PUNCTUATED = /^(\d+[a-z]?|[a-z])\s*(?:[.):]|\s[–—-])\s*(?=\S)/i;

export interface Numbered {
  /** The numbering as written, without its punctuation: "SO1", "1.1", "Action 3.2". */
  reference?: string;
  title: string;
}

/** The title without its numbering, and the numbering as its reference. */
export function splitNumbering(text: string): Numbered {
  const trimmed = text.trim();
  for (const pattern of [PREFIXED, DOTTED, PUNCTUATED]) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const title = trimmed.slice(match[0].length).trim();
    // "1. 5% more …" is numbered; "10% more …" never matches. A bare letter needs a bracket: "a) …".
    if (!title || (pattern === PUNCTUATED && /^[a-z]$/i.test(match[1]!) && !/^[a-z]\)/i.test(trimmed))) continue;
    return { reference: match[1]!.replace(/\s*[-:]\s*|\s+/g, ' ').trim(), title };
  }
  return { title: trimmed };
}

/** The number in a reference, when it is a whole number: "PRIORITY 1" → 1, "SO2" → 2, "1.1" → undefined. */
export function wholeNumberIn(reference: string | undefined): number | undefined {
  const match = reference ? /(\d+)$/.exec(reference) : null;
  return match && !/\d\.\d/.test(reference!) ? Number(match[1]) : undefined;
}

/** A row's title and reference: from its own reference column as written, or else from the title's numbering. */
export function titleAndReference(text: string, reference: string | undefined): Numbered {
  return reference ? { reference, title: text.trim() } : splitNumbering(text);
}
