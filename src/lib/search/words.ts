/**
 * The words of a search, as search compares them: lower case, letters and numbers only ("What's" →
 * "whats", "ELC?" → "elc"). Shared by the search page and the build's check of the search words file.
 */
export function searchTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A phrase as one comparable string: "Early Learning & Childcare" → "early learning childcare" (and/& kept out). */
export function phraseKey(text: string): string {
  return searchTokens(text)
    .filter((token) => token !== 'and')
    .join(' ');
}
