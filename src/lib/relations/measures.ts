/**
 * Measures: which priority, outcome or action lists each one (exactly one must), and the figures in
 * each measure's CSV file, which must match the measure's unit and kind.
 */
import type { Measure } from '../../schemas';
import { partId } from '../entry-id';
import { addToGroup } from '../group';
import type { Entry, MeasureOwner, SeriesFile } from '../relations';
import { missingReference, planOf, slugOf, type IndexContext } from './context';

export interface MeasureIndex {
  measuresByPlan: Map<string, Entry<Measure>[]>;
  measuresByOwner: Map<string, Entry<Measure>[]>;
  ownerOfMeasure: Map<string, MeasureOwner>;
  /** Figures from the CSV files; reports add theirs later (see reports.ts). */
  seriesByMeasure: Map<string, Entry<SeriesFile>>;
}

function indexOwners({ content, measureById, problems, reportOrphans }: IndexContext): Pick<MeasureIndex, 'measuresByOwner' | 'ownerOfMeasure'> {
  const measuresByOwner = new Map<string, Entry<Measure>[]>();
  const ownerOfMeasure = new Map<string, MeasureOwner>();
  const owners: MeasureOwner[] = [...content.priorities, ...content.outcomes, ...content.actions];
  for (const owner of owners) {
    owner.data.measures.forEach((slug, position) => {
      const measureId = partId(planOf(owner.id), 'measures', slug);
      const measure = measureById.get(measureId);
      if (!measure) {
        problems.push(missingReference(owner, `measures[${position}]`, slug, 'measures', measureById));
        return;
      }
      const earlierOwner = ownerOfMeasure.get(measureId);
      if (earlierOwner) {
        problems.push({
          file: owner.filePath,
          field: `measures[${position}]`,
          message: `the measure "${slug}" is already listed by ${earlierOwner.filePath}. A measure belongs to one priority, outcome or action: remove it from one of the two lists.`,
        });
        return;
      }
      ownerOfMeasure.set(measureId, owner);
      addToGroup(measuresByOwner, owner.id, measure);
    });
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
