import { z } from 'zod';
import { nonEmptyText } from './shared';

/**
 * content/search-words.yaml: the words people type and the plans' words for the same things. Each
 * group lists words and phrases that mean the same; a search for one also finds pages with the others
 * when it finds little by itself. The glossary's terms, expansions and aliases are groups already.
 */
export const searchWordsSchema = z.strictObject({
  synonyms: z.array(z.array(nonEmptyText).min(2, 'give each group at least two words or phrases that mean the same')).default([]),
});

export type SearchWords = z.infer<typeof searchWordsSchema>;
