/**
 * File names made from titles, by one mechanism wherever the site makes one (npm run new, npm run
 * import): the first meaningful words, plain lower-case letters and numbers, joined by hyphens. One
 * list of words too common to be meaningful serves both, so a title gives the same file name however
 * the file is made.
 */

const COMMON_WORDS: ReadonlySet<string> = new Set(
  'a all also an and are as at be been being by can for from has have in into is it its of on or our so that the their them there these this those to via was we which who will with within'.split(' '),
);

/** Lower-case words of a text without accents or punctuation: "Children's cafés" → ["childrens", "cafes"]. */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Joins words with hyphens, stopping at the last whole word that fits in maxLength. */
export function joinWithin(words: string[], maxLength: number): string {
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > maxLength) break;
    slug = longer;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/**
 * A file name from a title: its first meaningful words, short enough to read in a web address.
 * "Agree and resource a partnership model of engagement" → "agree-resource-partnership-model-engagement".
 * Empty when the title has no letters or numbers.
 */
export function slugFromTitle(title: string, maxWords = 6, maxLength = 60): string {
  const all = plainWords(title);
  const meaningful = all.filter((word) => !COMMON_WORDS.has(word));
  return joinWithin((meaningful.length > 0 ? meaningful : all).slice(0, maxWords), maxLength);
}

/** The slug, or the slug with -2, -3… when that name is taken. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  let candidate = slug;
  for (let suffix = 2; taken(candidate); suffix++) candidate = `${slug}-${suffix}`;
  return candidate;
}
