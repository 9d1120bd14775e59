/**
 * The comparison of councils, indexed once, and the links into it: the LGBF indicator each measure
 * names (`indicator:`), which must be in the comparison data, and the council each plan's area is.
 */
import type { ComparisonIndicator, Council } from '../../schemas';
import { COMPARISON_ID, findCouncil, indexComparison, type ComparisonIndex } from '../compare/comparison-index';
import { closestId } from '../suggest';
import { listOfIds, planOf, type IndexContext } from './context';

export interface ComparisonLinks {
  /** Undefined when the site has no content/comparison/. */
  comparison?: ComparisonIndex;
  /** The indicator a measure is, by the measure's id: for its "how does our area compare?" sentence. */
  indicatorOfMeasure: Map<string, ComparisonIndicator>;
  /** The council a plan is for, by the plan's id, where its area is a council's name. */
  councilOfPlan: Map<string, Council>;
}

/** Why a measure's `indicator` names nothing, unless the comparison's own problems explain it already. */
function missingIndicator({ unreadable }: IndexContext, comparison: ComparisonIndex | undefined, code: string): string | undefined {
  // Until the comparison's own problems are fixed, its indicators are not all known.
  if (unreadable.has(COMPARISON_ID)) return undefined;
  if (!comparison) return `this names the LGBF indicator "${code}", but the site has no comparison data (content/comparison/). Add the comparison files, or remove the \`indicator\` field.`;
  const codes = [...comparison.indicatorByCode.keys()];
  const suggestion = closestId(code, codes);
  return `there is no indicator "${code}" in ${comparison.files.indicators}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Write the LGBF code as that file does. The indicators are: ${listOfIds(codes, 40)}.`;
}

function indicatorsOfMeasures(context: IndexContext, comparison: ComparisonIndex | undefined): Map<string, ComparisonIndicator> {
  const indicatorOfMeasure = new Map<string, ComparisonIndicator>();
  for (const measure of context.content.measures) {
    const code = measure.data.indicator;
    if (code === undefined) continue;
    const indicator = comparison?.indicatorByCode.get(code);
    if (indicator) indicatorOfMeasure.set(measure.id, indicator);
    const message = indicator ? undefined : missingIndicator(context, comparison, code);
    if (message) context.problems.push({ file: measure.filePath, field: 'indicator', message });
  }
  return indicatorOfMeasure;
}

function councilsOfPlans({ content }: IndexContext, comparison: ComparisonIndex | undefined): Map<string, Council> {
  const councilOfPlan = new Map<string, Council>();
  if (!comparison) return councilOfPlan;
  for (const plan of content.plans) {
    const council = findCouncil(comparison, plan.data.area);
    if (council) councilOfPlan.set(plan.id, council);
  }
  return councilOfPlan;
}

/** The council a plan's area may mean: one whose name contains it ("Dundee" → "Dundee City"), or the closest spelling. */
function councilItMayMean(comparison: ComparisonIndex, area: string): string | undefined {
  const names = comparison.councils.map((council) => council.name);
  const wanted = area.trim().toLowerCase();
  return names.find((name) => wanted.length > 0 && name.toLowerCase().includes(wanted)) ?? closestId(area, names);
}

/** A measure that names an indicator can only be compared when its plan's area is a council: otherwise its page would silently say nothing. */
function checkComparableAreas(context: IndexContext, links: ComparisonLinks): void {
  const { comparison, indicatorOfMeasure, councilOfPlan } = links;
  if (!comparison) return;
  for (const [measureId, indicator] of indicatorOfMeasure) {
    const planId = planOf(measureId);
    const plan = context.planById.get(planId);
    const measure = context.measureById.get(measureId)!;
    if (!plan || councilOfPlan.has(planId)) continue;
    const suggestion = councilItMayMean(comparison, plan.data.area);
    context.problems.push({
      file: measure.filePath,
      field: 'indicator',
      message:
        `this names the LGBF indicator "${indicator.code}", but its plan\u2019s area, "${plan.data.area}" (the \`area\` of ${plan.filePath}), is not a council in ${comparison.files.councils}, so its page cannot say how the area compares.` +
        `${suggestion ? ` Did you mean "${suggestion}"?` : ''} Write the plan\u2019s area as that file names the council, or remove the \`indicator\` field.`,
    });
  }
}

export function indexComparisonLinks(context: IndexContext): ComparisonLinks {
  const comparison = context.content.comparison ? indexComparison(context.content.comparison) : undefined;
  const links = { comparison, indicatorOfMeasure: indicatorsOfMeasures(context, comparison), councilOfPlan: councilsOfPlans(context, comparison) };
  checkComparableAreas(context, links);
  return links;
}
