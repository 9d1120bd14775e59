import { z } from 'zod';
import { contact, link, nonEmptyText, slug, timeframe } from './shared';

export const planKinds = {
  'childrens-services-plan': "Children's Services Plan",
  'local-outcomes-improvement-plan': 'Local Outcomes Improvement Plan',
  'service-plan': 'Service plan',
} as const;

const principle = z.strictObject({
  title: nonEmptyText,
  text: nonEmptyText.optional(),
});

const principleGroup = z.strictObject({
  title: nonEmptyText,
  intro: nonEmptyText.optional(),
  principles: z.array(principle).min(1),
});

/** A figure about the area, e.g. "Life expectancy for females is 80.7 years". */
const keyFact = z.strictObject({
  label: nonEmptyText,
  value: z.number(),
  unit: nonEmptyText.optional(),
  year: nonEmptyText.optional(),
  source: nonEmptyText.optional(),
  /** The sentence as the plan writes it. */
  text: nonEmptyText,
});

export const planSchema = z.strictObject({
  title: nonEmptyText,
  shortTitle: nonEmptyText,
  kind: z.enum(Object.keys(planKinds) as [keyof typeof planKinds, ...Array<keyof typeof planKinds>]),
  partnership: nonEmptyText,
  area: nonEmptyText,
  period: timeframe.optional(),
  inShort: nonEmptyText,
  vision: nonEmptyText.optional(),
  principles: z.array(principleGroup).default([]),
  partners: z.array(nonEmptyText).default([]),
  governance: z.array(nonEmptyText).default([]),
  relatedStrategies: z.array(link).default([]),
  keyFacts: z.array(keyFact).default([]),
  resources: z
    .strictObject({
      budget: z.strictObject({ amount: z.number().nonnegative(), text: nonEmptyText }).optional(),
      fte: z.number().nonnegative().optional(),
    })
    .optional(),
  /** For a service plan: the teams and services it covers. */
  services: z.array(nonEmptyText).default([]),
  /** For a service plan: what was identified for improvement, and the evidence used. */
  improvementAreas: z
    .array(z.strictObject({ title: nonEmptyText, evidence: nonEmptyText }))
    .default([]),
  alternativeFormats: contact.optional(),
  published: timeframe.optional(),
  review: nonEmptyText.optional(),
  source: nonEmptyText,
  themes: z.array(slug).default([]),
  order: z.number().int().default(0),
  /**
   * The authors' own statement, with evidence (addresses of pages in the plan), for each health-check
   * criterion only people can judge, by the criterion's id in content/health-check/<kind>.yaml
   * (for a children's services plan: 3, 4, 6a, 6b, 7, 8, 10 and 11).
   */
  selfAssessment: z
    .record(z.string(), z.strictObject({ statement: nonEmptyText, evidence: z.array(nonEmptyText).default([]) }))
    .default({}),
});

export type Plan = z.infer<typeof planSchema>;
