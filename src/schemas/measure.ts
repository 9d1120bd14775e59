import { z } from 'zod';
import { ids, nonEmptyText } from './shared';

export const measureKinds = {
  quantitative: 'Figures over time',
  milestone: 'Milestone',
  qualitative: 'Evidence in words',
} as const;

export const betterDirections = {
  increase: 'Higher is better',
  decrease: 'Lower is better',
  none: 'Information only',
  'not stated': 'Not stated',
} as const;

const point = z.object({
  period: nonEmptyText.optional(),
  value: z.number().optional(),
  /** The wording the plan uses, e.g. "baseline: Realigning Children's Services data". */
  text: nonEmptyText,
});

export const measureSchema = z.object({
  title: nonEmptyText,
  kind: z.enum(['quantitative', 'milestone', 'qualitative']),
  order: z.number().int().nonnegative().default(0),
  description: nonEmptyText.optional(),
  unit: nonEmptyText.optional(),
  betterDirection: z.enum(['increase', 'decrease', 'none', 'not stated']).default('not stated'),
  baseline: point.optional(),
  target: point.optional(),
  source: z.object({ name: nonEmptyText, url: z.url({ protocol: /^https?$/ }).optional() }).optional(),
  frequency: nonEmptyText.optional(),
  themes: ids,
});

export type Measure = z.infer<typeof measureSchema>;

/** One row of a measure's data series CSV (content/<plan>/measures/<measure>.csv). */
export const seriesRowSchema = z.object({
  period: nonEmptyText,
  value: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'write a plain number, without commas, % or £')
    .transform(Number),
  area: z.string().trim().default(''),
  flag: z.enum(['', 'provisional', 'estimated', 'break in series', 'revised']).default(''),
  footnote: z.string().trim().default(''),
});

export type SeriesRow = z.infer<typeof seriesRowSchema>;

/** A measure's whole series once its CSV is read: what the site's `series` collection holds. */
export const seriesFileSchema = z.object({
  measure: z.string(),
  rows: z.array(
    z.object({
      period: z.string(),
      value: z.number(),
      area: z.string(),
      flag: seriesRowSchema.shape.flag,
      footnote: z.string(),
    }),
  ),
});
