import { z } from 'zod';
import { nonEmptyText } from './shared';

export const glossaryTermSchema = z.strictObject({
  term: nonEmptyText,
  /** What an acronym stands for. */
  expansion: nonEmptyText.optional(),
  explanation: nonEmptyText,
  /** Other ways the plans write the term, including their misspellings ("CAHMS" for CAMHS), explained the same way. */
  aliases: z.array(nonEmptyText).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
