/**
 * What a plan's context statistic says about its council beside the others, in short sentences:
 * "Angus ranks 12th of 32 councils (2019-20). 1st is the highest share. The median of the other
 * councils in its deprivation group (group 3) is 84.1%." For a cost there is no better or worse, so
 * the place is a position: "Angus is 12th of 32 councils by cost, counted from the lowest (2019-20)."
 */
import { ordinal } from '../format';
import type { CouncilStanding } from './council-view';
import { endOfOrder, figureNoun, formatIndicatorValue } from './indicator-words';

function place(standing: CouncilStanding): string {
  return `${standing.joint ? 'joint ' : ''}${ordinal(standing.rank!)} of ${standing.counted} councils`;
}

function rankSentences(standing: CouncilStanding): string[] {
  const { council, indicator, ranking, year } = standing;
  if (ranking.meaning === 'position') {
    return [`${council.name} is ${place(standing)} by ${figureNoun(indicator.unit)}, counted from the ${endOfOrder(indicator.unit, ranking.highestFirst)} (${year}).`];
  }
  return [`${council.name} ranks ${place(standing)} (${year}).`, `1st is the ${endOfOrder(indicator.unit, ranking.highestFirst)}.`];
}

function groupSentence({ deprivationGroup, indicator }: CouncilStanding): string[] {
  if (deprivationGroup.median === undefined) return [];
  return [`The median of the other councils in its deprivation group (group ${deprivationGroup.group}) is ${formatIndicatorValue(deprivationGroup.median, indicator.unit)}.`];
}

/** Where the council is placed, for a chart's summary: "Angus ranks 12th of 32 councils (2019-20). 1st is the highest share." */
export function placeSentence(standing: CouncilStanding): string | undefined {
  return standing.rank === undefined ? undefined : rankSentences(standing).join(' ');
}

export function contextSentence(standing: CouncilStanding): string {
  if (standing.rank === undefined) return `The LGBF has no figure for ${standing.council.name} on this indicator.`;
  return [...rankSentences(standing), ...groupSentence(standing)].join(' ');
}
