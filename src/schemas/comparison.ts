/**
 * The Local Government Benchmarking Framework's figures for all 32 councils and Scotland, as kept in
 * content/comparison/: the three CSV files copied from the source unchanged, the site's own judgement
 * of each indicator (indicators.yaml) and where the figures came from (source.yaml).
 */
import { z } from 'zod';
import { isYearLabel, YEAR_LABEL_HINT } from '../lib/compare/years';
import { csvNumber, nonEmptyText, slug } from './shared';

/** The one area in the figures that is not a council. */
export const SCOTLAND = 'Scotland';

export const ruralities = ['Urban', 'Mixed', 'Rural'] as const;

/** Which way a change is better: `none` for costs, where neither way is simply better. */
export const comparisonDirections = ['increase', 'decrease', 'none'] as const;
export type ComparisonDirection = (typeof comparisonDirections)[number];

/** A year as the LGBF writes it: "2019-20", or "2010-14" for several years. */
export const yearLabel = z
  .string()
  .trim()
  .refine(isYearLabel, { error: (issue) => `"${String(issue.input)}" is not a year written the LGBF's way: ${YEAR_LABEL_HINT}` });

/** A cell that must name a group: a whole number from 1 to `highest`. */
const groupNumber = (highest: number, meaning: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^[1-${highest}]$`), `write a whole number from 1 to ${highest} (${meaning})`)
    .transform(Number);

/** One row of lgbf-children-all-councils.csv: one indicator's figure for one area in one year. */
export const figureRowSchema = z.object({
  indicator: nonEmptyText,
  title: nonEmptyText,
  area: nonEmptyText,
  year: yearLabel,
  value: csvNumber,
  unit: nonEmptyText,
});
export type FigureRow = z.infer<typeof figureRowSchema>;

/** One row of lgbf-council-groups.csv. */
export const councilRowSchema = z
  .object({
    council: nonEmptyText,
    rurality: z.enum(ruralities),
    deprivation_group: groupNumber(4, '1 is the most deprived, 4 the least'),
    vulnerability_group: groupNumber(5, '1 is the most vulnerable, 5 the least'),
  })
  .transform((row) => ({ name: row.council, rurality: row.rurality, deprivationGroup: row.deprivation_group, vulnerabilityGroup: row.vulnerability_group }));

/** One row of lgbf-indicators.csv, the LGBF's own metadata. */
export const indicatorRowSchema = z
  .object({
    indicator: nonEmptyText,
    title: nonEmptyText,
    source: nonEmptyText,
    /** The order the LGBF ranks councils in: not a statement of which way is better. */
    rank_1_is_highest_value: z.enum(['yes', 'no']),
  })
  .transform((row) => ({ code: row.indicator, title: row.title, collectedBy: row.source, rankOneIsHighest: row.rank_1_is_highest_value === 'yes' }));
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

/** The site's judgement of one indicator, in indicators.yaml under its code. */
export const indicatorEntrySchema = z.strictObject({
  /** The last part of its page's address: /compare/<slug>/. */
  slug,
  betterDirection: z.enum(comparisonDirections),
  /** Why, in words a member of the public can follow. */
  reason: nonEmptyText,
});

/** indicators.yaml: an entry for every indicator, by its LGBF code. */
export const indicatorEntriesSchema = z.record(z.string(), indicatorEntrySchema);
export type IndicatorEntries = z.infer<typeof indicatorEntriesSchema>;

const sourceFile = z.strictObject({
  /** The file's path in the repository. */
  path: nonEmptyText,
  sheet: nonEmptyText.optional(),
  /** What the site took from it. */
  gave: nonEmptyText,
});

/** source.yaml: where the figures came from, cited on every comparison page. */
export const comparisonSourceSchema = z.strictObject({
  publisher: nonEmptyText,
  name: nonEmptyText,
  url: z.url({ protocol: /^https?$/, error: 'write the full address, starting https://' }).optional(),
  /** On GitHub, as owner/name. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'write the repository as owner/name, like "Improvement-Service/LGBF_Analysis"'),
  /** The commit the figures were taken from, so anyone can fetch the same file. */
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'write the full 40-character commit id, in lower case'),
  /** When that commit was made, as the source dates it: "January 2022". */
  commitDate: nonEmptyText,
  /** The newest year in the figures. */
  latestYear: yearLabel,
  files: z.array(sourceFile).min(1, 'name at least the file the figures came from'),
  /** The figures are rounded to at most this many decimal places. */
  decimalPlaces: z.number().int().nonnegative(),
  rounding: nonEmptyText,
  /** What became of the cells the source leaves without a figure. */
  missingFigures: nonEmptyText,
  notes: z.array(nonEmptyText).default([]),
});
export type ComparisonSource = z.infer<typeof comparisonSourceSchema>;

/** An indicator once its metadata, its figures' title and unit, and its indicators.yaml entry are joined. */
export const comparisonIndicatorSchema = z.object({
  code: z.string(),
  slug: z.string(),
  title: z.string(),
  /** As the figures write it: "%", "£", "tariff score", "per 1,000 pupils"… */
  unit: z.string(),
  collectedBy: z.string(),
  rankOneIsHighest: z.boolean(),
  betterDirection: z.enum(comparisonDirections),
  reason: z.string(),
});
export type ComparisonIndicator = z.infer<typeof comparisonIndicatorSchema>;

export const councilSchema = z.object({
  name: z.string(),
  rurality: z.enum(ruralities),
  /** 1 is the most deprived, 4 the least: the basis of the LGBF's family groups for people services. */
  deprivationGroup: z.number().int(),
  /** 1 is the most vulnerable, 5 the least. */
  vulnerabilityGroup: z.number().int(),
});
export type Council = z.infer<typeof councilSchema>;

export const comparisonFigureSchema = z.object({
  indicator: z.string(),
  area: z.string(),
  year: z.string(),
  value: z.number(),
});
export type ComparisonFigure = z.infer<typeof comparisonFigureSchema>;

/** The comparison data once read and checked: what the site's `comparison` collection holds. */
export const comparisonSchema = z.object({
  source: comparisonSourceSchema,
  /** In the order of indicators.yaml. */
  indicators: z.array(comparisonIndicatorSchema),
  /** In the order of the councils file. */
  councils: z.array(councilSchema),
  figures: z.array(comparisonFigureSchema),
  /** Each file's path from the project root, for messages and for citing. */
  files: z.object({ figures: z.string(), councils: z.string(), indicators: z.string(), entries: z.string(), source: z.string() }),
});
export type Comparison = z.infer<typeof comparisonSchema>;
