import { z } from 'zod';
import { nonEmptyText } from './shared';

/** A term is matched as a word in the text of every page: it starts and ends with a letter or number. */
const term = nonEmptyText.pipe(z.string().regex(/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/u, 'start and end the term with a letter or number, as it is written in the text, like "CAMHS" or "Kinship care"'));

export const glossaryTermSchema = z.strictObject({
  term,
  /** What an acronym stands for. */
  expansion: nonEmptyText.optional(),
  explanation: nonEmptyText,
  /** Other ways the plans write the term, including their misspellings ("CAHMS" for CAMHS), explained the same way. */
  aliases: z.array(term).default([]),
  /** Only for a term local to some areas' plans (a council's own group): the areas. A new site keeps terms with none. */
  areas: z.array(nonEmptyText).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
