import { distance } from 'fastest-levenshtein';

/**
 * The id a mistyped one was probably meant to be: one containing all its words
 * ("safe-homes" → "safe-stable-homes"), or one a few letters away ("early-intervention-spending").
 */
export function closestId(wrong: string, candidates: string[]): string | undefined {
  const words = wrong.split('-').filter(Boolean);
  const containing = candidates.filter((candidate) => words.every((word) => candidate.split('-').includes(word)));
  if (containing.length > 0) return containing.sort((a, b) => a.length - b.length)[0];
  const ranked = candidates
    .map((candidate) => ({ candidate, cost: distance(wrong, candidate) }))
    .filter(({ candidate, cost }) => cost <= Math.max(2, Math.floor(Math.max(wrong.length, candidate.length) * 0.4)))
    .sort((a, b) => a.cost - b.cost);
  return ranked[0]?.candidate;
}
