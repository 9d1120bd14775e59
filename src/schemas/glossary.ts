import { z } from 'zod';
import { nonEmptyText } from './shared';

export const glossaryTermSchema = z.object({
  term: nonEmptyText,
  /** What an acronym stands for. */
  expansion: nonEmptyText.optional(),
  explanation: nonEmptyText,
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
