/**
 * How a plan's council compares on the indicator a context statistic is (its measure's `indicator:`):
 * what the statistic's page shows beside the plan's own figures.
 */
import type { ComparisonIndicator, Council } from '../../schemas/comparison';
import { splitPartId } from '../entry-id';
import type { SiteIndex } from '../relations';
import { contextSentence, placeSentence } from './context-sentence';
import { councilStanding, type CouncilStanding } from './council-view';

export interface ContextComparison {
  indicator: ComparisonIndicator;
  council: Council;
  standing: CouncilStanding;
  /** "Angus ranks 14th of 32 councils (2019-20). 1st is the lowest share. …" */
  sentence: string;
  /** The place alone, which the statistic's chart summary ends with; undefined when the council has no figure. */
  place?: string;
}

/** Undefined when the measure names no indicator, or its plan's area is not a council. */
export function contextComparison(index: Pick<SiteIndex, 'comparison' | 'indicatorOfMeasure' | 'councilOfPlan'>, measureId: string): ContextComparison | undefined {
  const indicator = index.indicatorOfMeasure.get(measureId);
  const council = index.councilOfPlan.get(splitPartId(measureId).plan);
  if (!index.comparison || !indicator || !council) return undefined;
  const standing = councilStanding(index.comparison, indicator, council);
  return { indicator, council, standing, sentence: contextSentence(standing), place: placeSentence(standing) };
}
