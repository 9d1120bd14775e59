import { z } from 'zod';
import { nonEmptyText } from './shared';

/**
 * The checks the site can work out from a plan's content (src/lib/health-checks.ts). A criterion
 * names one, or `people`: only the plan's authors can judge it, and the page shows their statement.
 */
export const HEALTH_CHECKS = [
  'vision',
  'national-outcomes',
  'measurable-priorities',
  'childrens-rights',
  'resources',
  'monitoring-indicators',
  'smart-actions',
  'links-and-reports',
  'local-outcomes',
  'improvement-described',
  'measurable-outcomes',
  'plan-period',
  'inequalities',
  'annual-progress-report',
  'people',
] as const;
export type HealthCheckName = (typeof HEALTH_CHECKS)[number];

const criterion = z.strictObject({
  /** Short and unique in the file: "1", "6a", "local-outcomes". A plan's selfAssessment uses it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, numbers and hyphens, like "6a" or "local-outcomes"'),
  name: nonEmptyText,
  question: nonEmptyText,
  /** Where the source says it: "Section 6(1); guidance paragraph 128". */
  reference: nonEmptyText.optional(),
  /** What the source says, briefly, quoting its words: shown with the criterion. */
  says: nonEmptyText.optional(),
  check: z.enum(HEALTH_CHECKS),
});

/**
 * content/health-check/<plan kind>.yaml: the criteria a kind of plan is checked against. A kind with
 * no file gets no health check.
 */
export const healthCheckSchema = z.strictObject({
  title: nonEmptyText,
  introduction: nonEmptyText,
  sources: z.array(z.strictObject({ title: nonEmptyText, url: z.url({ protocol: /^https?$/ }).optional() })).default([]),
  criteria: z.array(criterion).min(1, 'list at least one criterion'),
});

export type HealthCheck = z.infer<typeof healthCheckSchema>;
export type HealthCriterion = HealthCheck['criteria'][number];
