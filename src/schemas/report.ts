import { z } from 'zod';
import { parsePeriod } from '../lib/period';
import { editorHints } from './editor-hints';
import { actionStatus, day, nonEmptyText, ragStatus, slug, timeframe } from './shared';

const person = z.strictObject({
  name: nonEmptyText,
  role: nonEmptyText,
  /** Only where the source publishes the address. */
  email: z.email().optional(),
});

const actionUpdate = z
  .strictObject({
    action: slug,
    status: actionStatus.exclude(['not stated']).optional(),
    commentary: nonEmptyText.optional(),
  })
  .refine((update) => update.status !== undefined || update.commentary !== undefined, {
    message: 'give the action a `status`, a `commentary` or both',
  });

/** A period label such as "2021/22 Q2", kept as written once it is known to be readable. */
const periodLabel = z
  .preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string())
  .pipe(z.string().trim())
  .superRefine((text, ctx) => {
    const result = parsePeriod(text);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
  })
  .register(editorHints, { widget: 'period' });

const reportedFigure = z.strictObject({
  measure: slug,
  period: periodLabel,
  value: z.number({ error: 'write a plain number, without commas, % or £' }),
  /** Empty means the plan's own area. */
  area: z.string().trim().default(''),
  footnote: z.string().trim().default(''),
});

export const reportSchema = z.strictObject({
  title: nonEmptyText,
  priority: slug.optional(),
  /** The period covered, e.g. "2021/22 Quarter 1 (April to June 2021)". */
  period: z
    .strictObject({ label: nonEmptyText, start: day, end: day })
    .refine((period) => period.start.iso <= period.end.iso, { message: 'the period ends before it starts: check `start` and `end`', path: ['end'] })
    // Kept as ISO dates; a day that could be read month first is noted for the check's warning.
    .transform(({ label, start, end }) => ({ label, start: start.iso, end: end.iso, dayFirst: start.dayFirst ?? end.dayFirst })),
  published: timeframe.optional(),
  priorityManager: person.optional(),
  leadOfficer: person.optional(),
  overallStatus: z.strictObject({
    actions: ragStatus.default('not stated'),
    measures: ragStatus.default('not stated'),
  }),
  /** % of the year's delivery plan completed against planned. */
  deliveryPlanCompletion: z.number().min(0).max(100).optional(),
  /** Each outcome the report covers: its RAG status and, optionally, a short commentary shown on the outcome's page. */
  outcomes: z
    .array(z.strictObject({ outcome: slug, ragStatus: ragStatus.default('not stated'), commentary: nonEmptyText.optional() }))
    .default([]),
  /** Updates to actions: a new status, a commentary, or both. The newest report's status is the action's status. */
  actions: z.array(actionUpdate).default([]),
  /** New figures for the plan's measures, added to their charts and tables. */
  figures: z.array(reportedFigure).default([]),
  risks: z.array(z.strictObject({ risk: nonEmptyText, mitigation: nonEmptyText.optional() })).default([]),
  changeRequests: nonEmptyText.optional(),
  nextSteps: z
    .array(z.strictObject({ target: nonEmptyText, comment: nonEmptyText.optional(), due: nonEmptyText.optional() }))
    .default([]),
});

export type Report = z.infer<typeof reportSchema>;
