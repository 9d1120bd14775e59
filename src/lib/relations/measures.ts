/**
 * Measures: which priority, outcome or action each one belongs to, which actions also list it, and the
 * figures in each measure's CSV file, which must match the measure's unit and kind.
 */
import type { Measure } from '../../schemas';
import { partId } from '../entry-id';
import { addToGroup } from '../group';
import type { Entry, MeasureOwner, SeriesFile } from '../relations';
import { reportMissing, planOf, slugOf, type IndexContext } from './context';

export interface MeasureIndex {
  measuresByPlan: Map<string, Entry<Measure>[]>;
  measuresByOwner: Map<string, Entry<Measure>[]>;
  ownerOfMeasure: Map<string, MeasureOwner>;
  /** Figures from the CSV files; reports add theirs later (see reports.ts). */
  seriesByMeasure: Map<string, Entry<SeriesFile>>;
}

/**
 * Who lists each measure. A measure belongs to one priority or outcome, or, when neither lists it, to
 * the first action that does. The actions of that outcome (or of that priority's outcomes) may list it
 * too: a plan's table pairs each action with the measures of its row, and the outcome keeps its list.
 */
function indexOwners(context: IndexContext): Pick<MeasureIndex, 'measuresByOwner' | 'ownerOfMeasure'> {
  const { content, measureById, outcomeById, problems, reportOrphans } = context;
  const measuresByOwner = new Map<string, Entry<Measure>[]>();
  const ownerOfMeasure = new Map<string, MeasureOwner>();
  /** An action's outcome and that outcome's priority: whose measures it may list. */
  const homesOf = (action: MeasureOwner): string[] => {
    if (!('outcome' in action.data)) return [];
    const outcome = outcomeById.get(partId(planOf(action.id), 'outcomes', action.data.outcome));
    return outcome ? [outcome.id, partId(planOf(action.id), 'priorities', outcome.data.priority)] : [];
  };
  const list = (owner: MeasureOwner, slug: string, position: number) => {
    const measureId = partId(planOf(owner.id), 'measures', slug);
    const measure = measureById.get(measureId);
    if (!measure) {
      reportMissing(context, owner, `measures[${position}]`, slug, 'measures', measureById);
      return;
    }
    const earlierOwner = ownerOfMeasure.get(measureId);
    // An action may list a measure of its outcome or priority, or one another action of its outcome lists.
    const shares =
      earlierOwner && 'outcome' in owner.data && ('outcome' in earlierOwner.data ? homesOf(earlierOwner)[0] === homesOf(owner)[0] : homesOf(owner).includes(earlierOwner.id));
    if (earlierOwner && !shares) {
      problems.push({
        file: owner.filePath,
        field: `measures[${position}]`,
        message: `the measure "${slug}" is already listed by ${earlierOwner.filePath}. A measure belongs to one priority or outcome (or, if neither lists it, one action); only the actions of that outcome may list it too. Remove it from one of the two lists.`,
      });
      return;
    }
    if (!earlierOwner) ownerOfMeasure.set(measureId, owner);
    addToGroup(measuresByOwner, owner.id, measure);
  };
  // Priorities and outcomes first, so that a measure an action shares with its outcome belongs to the outcome.
  for (const owner of [...content.priorities, ...content.outcomes, ...content.actions] as MeasureOwner[]) {
    owner.data.measures.forEach((slug, position) => list(owner, slug, position));
  }
  for (const measure of reportOrphans ? content.measures : []) {
    if (ownerOfMeasure.has(measure.id)) continue;
    problems.push({
      file: measure.filePath,
      message: `no priority, outcome or action lists this measure, so no page would link to it. Add "${slugOf(measure.id)}" to the \`measures\` list of the outcome (or priority, or action) it belongs to.`,
    });
  }
  for (const measures of measuresByOwner.values()) measures.sort((a, b) => a.data.order - b.data.order);
  return { measuresByOwner, ownerOfMeasure };
}

function indexSeries({ content, measureById, problems }: IndexContext): Map<string, Entry<SeriesFile>> {
  const seriesByMeasure = new Map<string, Entry<SeriesFile>>();
  for (const series of content.series) {
    const measure = measureById.get(series.data.measure);
    if (!measure) {
      problems.push({
        file: series.filePath,
        message: `this data file has no measure: there is no ${slugOf(series.data.measure)}.yaml beside it. Rename the CSV to match its measure's file name, or add the measure.`,
      });
      continue;
    }
    const otherUnit = series.data.rows.find((row) => row.unit !== '' && row.unit !== measure.data.unit);
    if (otherUnit) {
      problems.push({
        file: series.filePath,
        field: 'unit',
        message: `a figure for ${otherUnit.period} is in "${otherUnit.unit}", but the measure (${measure.filePath}) is in ${measure.data.unit ? `"${measure.data.unit}"` : 'no unit'}. Every figure must be in the measure's unit: convert the figure, or correct the unit.`,
      });
    }
    if (measure.data.kind !== 'quantitative') {
      problems.push({
        file: series.filePath,
        message: `its measure (${measure.filePath}) is of kind "${measure.data.kind}", and only quantitative measures have figures. Set \`kind: quantitative\` in the measure, or remove this file.`,
      });
    }
    seriesByMeasure.set(series.data.measure, series);
  }
  return seriesByMeasure;
}

export function indexMeasures(context: IndexContext): MeasureIndex {
  const measuresByPlan = new Map<string, Entry<Measure>[]>();
  for (const measure of context.content.measures) addToGroup(measuresByPlan, planOf(measure.id), measure);
  return { measuresByPlan, ...indexOwners(context), seriesByMeasure: indexSeries(context) };
}
