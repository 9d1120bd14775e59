import { z } from 'zod';
import { nonEmptyText, slug } from './shared';

/** content/young-people.mdx: the "For young people" page. Its body explains what the plans are. */
export const youngPeoplePageSchema = z.strictObject({
  title: nonEmptyText,
  inShort: nonEmptyText,
  /** How each plan says children and young people can have a say, in the plan's own words. */
  haveASay: z
    .array(z.strictObject({ plan: slug, ways: z.array(nonEmptyText).default([]), text: nonEmptyText.optional() }))
    .default([]),
  /** Rights the plans relate to, quoted from a plan. */
  rights: z.array(z.strictObject({ title: nonEmptyText, text: nonEmptyText, plan: slug })).default([]),
  /** Themes to point young people to after their rights: a theme's id, or none for the list of themes. */
  seeAlso: z.array(z.strictObject({ text: nonEmptyText, theme: slug.optional() })).default([]),
});

export type YoungPeoplePage = z.infer<typeof youngPeoplePageSchema>;
