import type { MeasureFacts, PlanFacts } from './health-check';
import { viewMeasure } from './measure-view';
import type { SiteIndex } from './relations';

const NPF_GROUP = /national performance framework/i;
const UNCRC_GROUP = /uncrc/i;
/** Words that name inequalities of outcome, in a title, summary or theme. */
const INEQUALITY = /\binequalit|\bpoverty\b|\bdisadvantag|\bdeprivation\b|\bfairer\b/i;

const DAY = 86_400_000;
const daysIn = (period: { start: string; end: string }) => Math.round((Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / DAY) + 1;

/** What the health check needs to know about a plan, read from the site's index. */
export function planFacts(index: SiteIndex, planId: string): PlanFacts {
  const plan = index.planById.get(planId)!;
  const groupOf = (theme: string) => index.themeById.get(theme)?.data.group ?? '';
  const measureFacts = new Map<string, MeasureFacts>();
  for (const measure of (index.measuresByPlan.get(planId) ?? []).filter((entry) => !entry.data.context)) {
    const rows = index.seriesByMeasure.get(measure.id)?.data.rows ?? [];
    const points = rows.length > 0 ? viewMeasure(measure.data, rows, plan.data.area).points.length : 0;
    measureFacts.set(measure.id, {
      id: measure.id,
      title: measure.data.title,
      quantitative: measure.data.kind === 'quantitative',
      hasBaseline: Boolean(measure.data.baseline),
      hasTarget: Boolean(measure.data.target),
      hasSource: Boolean(measure.data.source),
      dataPoints: points,
    });
  }
  const ownMeasures = (ownerId: string) => (index.measuresByOwner.get(ownerId) ?? []).map((measure) => measureFacts.get(measure.id)).filter((facts): facts is MeasureFacts => Boolean(facts));
  // An outcome and its actions may list the same measure: count it once.
  const measuresOf = (ownerIds: string[]) => [...new Set(ownerIds.flatMap(ownMeasures))];
  const priorities = index.prioritiesByPlan.get(planId) ?? [];
  const outcomes = priorities.flatMap((priority) => index.outcomesByPriority.get(priority.id) ?? []);
  const actions = outcomes.flatMap((outcome) => index.actionsByOutcome.get(outcome.id) ?? []);
  const pagesOfPlan = [...priorities, ...outcomes, ...actions];
  const themeText = (themes: string[]) => themes.map((theme) => `${index.themeById.get(theme)?.data.title ?? theme} ${groupOf(theme)}`).join(' ');
  const namesInequality = (entry: { data: { title: string; inShort: string; themes: string[] } }) => INEQUALITY.test(`${entry.data.title} ${entry.data.inShort} ${themeText(entry.data.themes)}`);
  return {
    vision: plan.data.vision,
    budget: plan.data.resources?.budget?.text,
    fte: plan.data.resources?.fte,
    period: plan.data.period?.text,
    relatedStrategies: plan.data.relatedStrategies.length,
    crossPlanLinks: pagesOfPlan.reduce((total, page) => total + (index.contributesTo.get(page.id)?.length ?? 0), 0),
    reports: (index.reportsByPlan.get(planId) ?? []).map((report) => ({ id: report.id, period: report.data.period.label, days: daysIn(report.data.period) })),
    uncrcTaggedAbove: [plan, ...priorities].some((entry) => entry.data.themes.some((theme) => UNCRC_GROUP.test(groupOf(theme)))),
    priorities: priorities.map((priority) => {
      const under = index.outcomesByPriority.get(priority.id) ?? [];
      const owners = [priority.id, ...under.map((outcome) => outcome.id), ...under.flatMap((outcome) => (index.actionsByOutcome.get(outcome.id) ?? []).map((action) => action.id))];
      return { id: priority.id, title: priority.data.title, measures: measuresOf(owners), outcomeCount: under.length, namesInequality: namesInequality(priority) };
    }),
    outcomes: outcomes.map((outcome) => ({
      id: outcome.id,
      title: outcome.data.title,
      // Some plans list measures by priority, not by outcome: those count for each of the priority's outcomes.
      measureCount: measuresOf([outcome.id, `${planId}/priorities/${outcome.data.priority}`, ...(index.actionsByOutcome.get(outcome.id) ?? []).map((action) => action.id)]).length,
      npfTagged: outcome.data.themes.some((theme) => NPF_GROUP.test(groupOf(theme))),
      uncrcTagged: outcome.data.themes.some((theme) => UNCRC_GROUP.test(groupOf(theme))),
      hasImprovement: Boolean(outcome.data.target) || outcome.data.improvementAims.length > 0,
      namesInequality: namesInequality(outcome),
    })),
    actions: actions.map((action) => ({
      id: action.id,
      title: action.data.title,
      hasLead: Boolean(action.data.lead),
      hasDatedTarget: Boolean(action.data.completionTarget),
      measureCount: ownMeasures(action.id).length,
    })),
    measures: [...measureFacts.values()],
    selfAssessment: plan.data.selfAssessment,
  };
}
