import { z } from 'zod';
import { csvNumber, ids, nonEmptyText, period, timeframe, hideThisPage } from './shared';

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

/** The units a measure's figures can be in; every value in its CSV is in this unit. */
export const units = ['%', 'percentage points', 'number', 'rate per 1,000', '£', 'score'] as const;
export type Unit = (typeof units)[number];

const point = z.strictObject({
  period: period.optional(),
  value: z.number().optional(),
  /** The wording the plan uses, e.g. "baseline: 2019 survey data". */
  text: nonEmptyText,
});

/**
 * How big a change must be before it counts as improving or worsening, as Scotland's National
 * Performance Framework publishes for each indicator. Smaller changes are "maintaining".
 */
const criteriaForChange = z.strictObject({
  /** "relative": a share of the previous value, in %; "absolute": in the measure's own unit. */
  kind: z.enum(['relative', 'absolute']),
  tolerance: z.number().nonnegative(),
  /** Where the criteria come from, if the source says. */
  text: nonEmptyText.optional(),
});

export const measureSchema = z.strictObject({
  title: nonEmptyText,
  /** The plan's own numbering, kept off the title: "SO1", "1.1", "Action 3.2". */
  reference: nonEmptyText.optional(),
  kind: z.enum(['quantitative', 'milestone', 'qualitative']),
  order: z.number().int().nonnegative().default(0),
  description: nonEmptyText.optional(),
  unit: z.enum(units).optional(),
  betterDirection: z.enum(['increase', 'decrease', 'none', 'not stated']).default('not stated'),
  baseline: point.optional(),
  target: point.optional(),
  source: z.strictObject({ name: nonEmptyText, url: z.url({ protocol: /^https?$/ }).optional() }).optional(),
  frequency: nonEmptyText.optional(),
  nextUpdateDue: timeframe.optional(),
  criteriaForChange: criteriaForChange.optional(),
  /** A milestone measure: whether it has been reached, and when. Leave out until a report says. */
  milestone: z.strictObject({ achieved: z.boolean(), date: timeframe.optional() }).optional(),
  /**
   * A published statistic shown for context beside the plan's own measures (e.g. from the Local
   * Government Benchmarking Framework), not a measure the plan itself set.
   */
  context: z.boolean().default(false),
  /**
   * The Local Government Benchmarking Framework indicator this measure is, by its code ("CHN9"), which
   * must be in content/comparison/: its page then says how the plan's council compares with the others.
   */
  indicator: nonEmptyText.optional(),
  /**
   * Fields whose value is the site's reading of the plan's wording, where the plan itself does not
   * state it (a "£" unit for "no less than £1/2m per annum", say). The page says so beside them.
   */
  siteReading: z.array(z.enum(['unit', 'betterDirection'])).default([]),
  themes: ids,
  hideThisPage,
});

export type Measure = z.infer<typeof measureSchema>;

export const seriesFlags = ['', 'provisional', 'estimated', 'break in series', 'revised'] as const;

/** One row of a measure's data series CSV (content/<plan>/measures/<measure>.csv). */
export const seriesRowSchema = z.object({
  period: nonEmptyText,
  value: csvNumber,
  /** The area the figure is for; empty means the plan's own area. Other areas are comparators, e.g. "Scotland". */
  area: z.string().trim().default(''),
  /** Optional; when given it must match the measure's unit. */
  unit: z.string().trim().default(''),
  flag: z.enum(seriesFlags).default(''),
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
      unit: z.string(),
      flag: z.enum(seriesFlags),
      footnote: z.string(),
    }),
  ),
});
