/**
 * Progress reports: each plan's reports newest first, what they say about outcomes, actions and
 * measures (every name checked), and their figures merged into the measures' series, where a figure
 * the CSV file also gives must agree with it.
 */
import type { Report } from '../../schemas';
import { figureSlot } from '../area';
import { partId, splitPartId } from '../entry-id';
import { addToGroup } from '../group';
import { collectProgress, type Progress } from '../progress';
import type { Entry, SeriesFile } from '../relations';
import { reportMissing, onceEach, planOf, slugOf, type IndexContext } from './context';

export interface ReportIndex {
  reportsByPlan: Map<string, Entry<Report>[]>;
  progress: Progress;
}

function checkReport(context: IndexContext, report: Entry<Report>): void {
  const { priorityById, outcomeById, actionById, measureById, problems } = context;
  const plan = planOf(report.id);
  const planArea = context.planById.get(plan)?.data.area ?? '';
  if (report.data.priority && !priorityById.has(partId(plan, 'priorities', report.data.priority))) {
    reportMissing(context, report, 'priority', report.data.priority, 'priorities', priorityById);
  }
  const once = onceEach(report, problems);
  report.data.outcomes.forEach((section, position) => {
    const field = `outcomes[${position}].outcome`;
    if (!outcomeById.has(partId(plan, 'outcomes', section.outcome))) reportMissing(context, report, field, section.outcome, 'outcomes', outcomeById);
    else once(field, `outcome:${section.outcome}`, `the outcome "${section.outcome}" is listed twice. Give each outcome one entry with its status and commentary.`);
  });
  report.data.actions.forEach((update, position) => {
    const field = `actions[${position}].action`;
    if (!actionById.has(partId(plan, 'actions', update.action))) reportMissing(context, report, field, update.action, 'actions', actionById);
    else once(field, `action:${update.action}`, `the action "${update.action}" is listed twice. Give each action one entry with its status and commentary.`);
  });
  report.data.figures.forEach((figure, position) => {
    const measure = measureById.get(partId(plan, 'measures', figure.measure));
    const field = `figures[${position}].measure`;
    if (!measure) reportMissing(context, report, field, figure.measure, 'measures', measureById);
    else if (measure.data.kind !== 'quantitative') {
      problems.push({
        file: report.filePath,
        field,
        message: `the measure "${figure.measure}" is of kind "${measure.data.kind}", and only quantitative measures have figures. Set \`kind: quantitative\` in ${measure.filePath}, or remove this figure.`,
      });
    } else {
      once(`figures[${position}].period`, `figure:${figure.measure}|${figureSlot(figure.period, figure.area, planArea)}`, `the figure for "${figure.measure}" in ${figure.period}${figure.area ? ` for ${figure.area}` : ''} is given twice. Keep one.`);
    }
  });
}

/** `<OutcomeProgress outcome="…">` may only start the section of an outcome its report lists. */
function checkOutcomeSections({ content, reportById, problems }: IndexContext): void {
  for (const section of content.outcomeSections ?? []) {
    const report = reportById.get(section.id);
    // A report that could not be read has had its problems reported already.
    if (!report && splitPartId(section.id).kind === 'reports') continue;
    if (report?.data.outcomes.some((entry) => entry.outcome === section.outcome)) continue;
    problems.push({
      file: section.filePath,
      line: section.line,
      field: 'OutcomeProgress',
      message: report
        ? `the outcome "${section.outcome}" is not in this report's \`outcomes\` list, so it has no status. Add "- outcome: ${section.outcome}" with its \`ragStatus\` to \`outcomes\` at the top of the file, or correct the name.`
        : "<OutcomeProgress> shows an outcome's progress in a progress report, and works only in files in a plan's reports/ folder. Remove it from this page.",
    });
  }
}

/** Adds the reports' figures to the measures' series; a figure the CSV file also has must agree with it. */
function mergeReportedFigures(context: IndexContext, progress: Progress, seriesByMeasure: Map<string, Entry<SeriesFile>>): void {
  const { measureById, reportById, planById, problems } = context;
  for (const [measureId, figures] of progress.figuresByMeasure) {
    const measure = measureById.get(measureId);
    if (!measure || measure.data.kind !== 'quantitative') continue;
    const planArea = planById.get(planOf(measureId))?.data.area ?? '';
    const series = seriesByMeasure.get(measureId);
    const rows = [...(series?.data.rows ?? [])];
    for (const figure of figures) {
      const slot = figureSlot(figure.period, figure.area, planArea);
      const inFile = rows.find((row) => figureSlot(row.period, row.area, planArea) === slot);
      if (inFile && inFile.value !== figure.value) {
        problems.push({
          file: reportById.get(figure.report.id)!.filePath,
          field: 'figures',
          message: `the figure for "${slugOf(measureId)}" in ${figure.period} is ${figure.value}, but ${series!.filePath} gives ${inFile.value}. Keep the figure in one place, or correct the one that is wrong.`,
        });
      }
      if (inFile) continue;
      rows.push({ period: figure.period, value: figure.value, area: figure.area, unit: '', flag: '', footnote: figure.footnote || `From ${figure.report.title}.` });
    }
    seriesByMeasure.set(measureId, {
      id: series?.id ?? measureId,
      filePath: series?.filePath ?? reportById.get(figures[0]!.report.id)!.filePath,
      data: { measure: measureId, rows },
    });
  }
}

/** Indexes the reports, and adds their figures to `seriesByMeasure`. */
export function indexReports(context: IndexContext, seriesByMeasure: Map<string, Entry<SeriesFile>>): ReportIndex {
  const reportsByPlan = new Map<string, Entry<Report>[]>();
  for (const report of context.content.reports) {
    addToGroup(reportsByPlan, planOf(report.id), report);
    checkReport(context, report);
  }
  for (const reports of reportsByPlan.values()) reports.sort((a, b) => b.data.period.end.localeCompare(a.data.period.end) || b.id.localeCompare(a.id));
  checkOutcomeSections(context);
  const areaOfPlan = new Map([...context.planById].map(([id, plan]) => [id, plan.data.area]));
  const progress = collectProgress(context.content.reports.filter((report) => reportsByPlan.has(planOf(report.id))), areaOfPlan);
  mergeReportedFigures(context, progress, seriesByMeasure);
  return { reportsByPlan, progress };
}
