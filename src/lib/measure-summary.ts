/**
 * What a measure's figures say, in words: the sentences a reader or screen reader gets instead of
 * reading the chart. They say what a statistician would — the latest figure, the change since the
 * last one and since the baseline, how it compares with other areas, and progress to the target —
 * in short sentences with everyday words, so that a reader of about 12 can follow them
 * (test/unit/lib/measure-summary.test.ts holds them to lib/readability's MAX_GRADE).
 */
import type { Unit } from '../schemas/measure';
import { formatValue } from './format';
import { comparePeriods, type Period } from './period';
import type { Point, TargetAssessment, TrendAssessment, TrendStatus } from './trend';

export interface SummaryInput {
  /** The plan's own area, whose figures `points` are. */
  area: string;
  points: Point[];
  comparators: Array<{ area: string; points: Point[] }>;
  unit?: Unit;
  trend: TrendAssessment;
  /** True when `trend.baseline` is the plan's stated baseline, not just the earliest figure. */
  baselineStated: boolean;
  target?: { text: string; value?: number; period?: Period };
  targetStatus?: TargetAssessment;
}

/** How many other areas the summary compares with; the table has them all. */
const MAX_COMPARATORS = 2;

const JUDGEMENT: Record<Exclude<TrendStatus, 'insufficient data'>, string> = {
  improving: ', which is better',
  worsening: ', which is worse',
  maintaining: ', too small a change to count as better or worse',
  'information only': '',
};

const judged = (status: TrendStatus) => (status === 'insufficient data' ? '' : JUDGEMENT[status]);

export function summariseFigures(input: SummaryInput): string {
  const latest = input.points.at(-1);
  if (!latest) return 'No data published yet.';
  return [latestSentence(input, latest), baselineSentence(input, latest), ...comparisonSentences(input), targetSentence(input)].filter(Boolean).join(' ');
}

function latestSentence({ unit, trend }: SummaryInput, latest: Point): string {
  const value = formatValue(latest.value, unit);
  const previous = trend.previous;
  if (!previous) return `The latest figure is ${value} (${latest.period.label}). There are not enough figures yet to show a trend.`;
  const opening = `The latest figure is ${value} for ${latest.period.label}.`;
  if (previous.value === latest.value) return `${opening} It was the same in ${previous.period.label}.`;
  const way = latest.value > previous.value ? 'up' : 'down';
  return `${opening} It went ${way} from ${formatValue(previous.value, unit)} in ${previous.period.label}${judged(trend.status)}.`;
}

/** The long view: against the stated baseline, or the earliest figure when it is not the one before the latest. */
function baselineSentence({ unit, trend, baselineStated }: SummaryInput, latest: Point): string {
  const start = trend.baseline;
  if (!start || start === latest || (!baselineStated && start === trend.previous)) return '';
  const way = latest.value === start.value ? 'the same as then' : latest.value > start.value ? 'higher now' : 'lower now';
  const when = baselineStated ? `The baseline was ${formatValue(start.value, unit)} in ${start.period.label}` : `The earliest figure here is ${formatValue(start.value, unit)}, for ${start.period.label}`;
  return `${when}, so it is ${way}${latest.value === start.value ? '' : judged(trend.sinceBaseline)}.`;
}

/** Each other area against the plan's area, in the latest period both have a figure for. */
function comparisonSentences({ area, points, comparators, unit }: SummaryInput): string[] {
  return comparators.slice(0, MAX_COMPARATORS).flatMap((comparator) => {
    for (const point of [...points].reverse()) {
      const other = comparator.points.find((candidate) => comparePeriods(candidate.period, point.period) === 0);
      if (!other) continue;
      const relation = point.value === other.value ? 'the same as' : point.value > other.value ? 'higher than' : 'lower than';
      return [`For ${point.period.label}, ${possessive(area)} figure was ${relation} ${possessive(comparator.area)} ${formatValue(other.value, unit)}.`];
    }
    return [];
  });
}

function targetSentence({ unit, target, targetStatus }: SummaryInput): string {
  if (!target) return '';
  if (target.value === undefined) return `The target is "${target.text}", which has no figure to check progress against.`;
  const aim = `The target is ${formatValue(target.value, unit)}${target.period ? ` by ${target.period.label}` : ''}`;
  switch (targetStatus?.status) {
    case 'target met':
      return `${aim}, and it has been met.`;
    case 'on track':
      return `${aim}. The figures are on track to reach it.`;
    case 'off track':
      return `${aim}. The figures are not on track to reach it.`;
    case 'insufficient data':
      return `${aim}. There are too few figures yet to tell if it is on track.`;
    default:
      return `${aim}.`;
  }
}

/** "Anytown’s", "Scotland’s"; a name ending in s takes only the apostrophe ("Western Isles’"). */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}
