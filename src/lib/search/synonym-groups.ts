/**
 * The groups of words search treats as meaning the same: those of content/search-words.yaml, and each
 * glossary term with its expansion and other spellings (so every acronym finds its expansion and back).
 * A file group and a glossary group that share a word become one group.
 */
import type { GlossaryTerm } from '../../schemas/glossary';
import { stopWordsFor } from './stop-words';
import { phraseKey, searchTokens } from './words';

/** What is wrong with the file's groups, one sentence each: a word in two groups, or a group of small words only. */
export function synonymProblems(groups: string[][], language = 'en'): Array<{ field: string; message: string }> {
  const stopWords = stopWordsFor(language);
  const problems: Array<{ field: string; message: string }> = [];
  const firstGroup = new Map<string, number>();
  groups.forEach((group, index) => {
    const field = `synonyms[${index}]`;
    const seen = new Set<string>();
    for (const phrase of group) {
      const key = phraseKey(phrase);
      if (!key) {
        problems.push({ field, message: `"${phrase}" has no letters or numbers for search to look for. Write a word or phrase, or take it out.` });
        continue;
      }
      if (searchTokens(phrase).every((token) => stopWords.has(token))) {
        problems.push({ field, message: `"${phrase}" is made only of words search leaves out of a question ("what", "is", "the"…), so it can never be searched for. Write the word that matters, or take it out.` });
      }
      if (seen.has(key)) problems.push({ field, message: `"${phrase}" is in this group twice. Take one out.` });
      const other = firstGroup.get(key);
      if (other !== undefined && other !== index) {
        problems.push({ field, message: `"${phrase}" is also in group ${other + 1} (synonyms[${other}]). A word means one thing to search: merge the two groups, or take it out of one.` });
      }
      seen.add(key);
      if (other === undefined) firstGroup.set(key, index);
    }
  });
  return problems;
}

/** The file's groups and the glossary's, with any that share a word merged, in the order first seen. */
export function synonymGroups(fileGroups: string[][], glossary: GlossaryTerm[]): string[][] {
  const glossaryGroups = glossary.map((entry) => [entry.term, ...(entry.expansion ? [entry.expansion] : []), ...entry.aliases]).filter((group) => group.length > 1);
  const merged: string[][] = [];
  const groupOf = new Map<string, string[]>();
  for (const group of [...fileGroups, ...glossaryGroups]) {
    const target = group.map((phrase) => groupOf.get(phraseKey(phrase))).find(Boolean) ?? (merged[merged.push([]) - 1] as string[]);
    for (const phrase of group) {
      const key = phraseKey(phrase);
      if (!key || groupOf.has(key)) continue;
      target.push(phrase);
      groupOf.set(key, target);
    }
  }
  return merged.filter((group) => group.length > 1);
}
