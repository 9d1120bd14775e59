/**
 * The checks a health check's criteria can name (content/health-check/*.yaml), each worked out from a
 * plan's content: a result as a word, the evidence in sentences, the items that fall short, and what
 * would improve it. A check says "not assessable" where the content cannot show the answer.
 */
import type { HealthCheckName } from '../schemas/health-check';
import { countOf as plural } from './format';
import { THRESHOLDS, type CriterionOutcome, type HealthStatus, type MeasureFacts, type PlanFacts } from './health-check';

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (value: number) => `${Math.round(value * 100)}%`;
const grade = (value: number, met: number, partly: number): HealthStatus => (value >= met ? 'met' : value >= partly ? 'partly met' : 'not met');
const lower = (status: HealthStatus): HealthStatus => (status === 'met' ? 'partly met' : status === 'partly met' ? 'not met' : status);

type Check = (facts: PlanFacts) => CriterionOutcome;

function tagged(facts: PlanFacts, key: 'npfTagged' | 'uncrcTagged'): CriterionOutcome {
  const national = key === 'npfTagged';
  const label = national ? 'a National Performance Framework national outcome' : 'a UNCRC article';
  const taggedOutcomes = facts.outcomes.filter((outcome) => outcome[key]);
  const fraction = share(taggedOutcomes.length, facts.outcomes.length);
  const above = !national && facts.uncrcTaggedAbove;
  // Tags are the site's reading of the plan, added by its editors: none yet says nothing about the plan.
  const nothingTagged = taggedOutcomes.length === 0 && !above;
  return {
    status: facts.outcomes.length === 0 || nothingTagged ? 'not assessable' : fraction >= THRESHOLDS.taggedMet ? 'met' : 'partly met',
    evidence: [
      `${taggedOutcomes.length} of ${facts.outcomes.length} outcomes (${percent(fraction)}) are tagged with ${label}.`,
      ...(above ? ['The plan or one of its priorities is tagged with a UNCRC article.'] : []),
      ...(nothingTagged
        ? [`The site's editors have not tagged any of this plan's pages with ${label} yet, so this is not assessed: it does not mean the plan fails to reflect ${national ? 'the national outcomes' : "children's rights"}.`]
        : []),
    ],
    shortfalls: [{ of: 'outcome', lacking: `not tagged with ${label}`, ids: facts.outcomes.filter((outcome) => !outcome[key]).map((outcome) => outcome.id) }],
    improve: `Tag outcomes with the themes for ${national ? 'the national outcomes they serve' : 'the UNCRC articles they uphold'}, where the plan supports it.`,
  };
}

const measurablePriorities: Check = (facts) => {
  const count = facts.priorities.length;
  const measurable = facts.priorities.filter((priority) => priority.measures.some((measure) => measure.quantitative && (measure.hasBaseline || measure.hasTarget)));
  const fraction = share(measurable.length, count);
  let status: HealthStatus = count === 0 ? 'not met' : count <= THRESHOLDS.prioritiesMet ? 'met' : count <= THRESHOLDS.prioritiesPartly ? 'partly met' : 'not met';
  if (fraction < THRESHOLDS.measurablePrioritiesPartly) status = lower(lower(status));
  else if (fraction < THRESHOLDS.measurablePrioritiesMet) status = lower(status);
  return {
    status,
    evidence: [
      `${plural(count, 'priority', 'priorities')} (the guidance suggests 3 to 5).`,
      `${measurable.length} of ${count} priorities (${percent(fraction)}) have a quantitative measure with a baseline or a target.`,
    ],
    shortfalls: [{ of: 'priority', lacking: 'with no quantitative measure with a baseline or target', ids: facts.priorities.filter((priority) => !measurable.includes(priority)).map((priority) => priority.id) }],
    improve: count > THRESHOLDS.prioritiesMet ? 'Focus on five priorities or fewer.' : 'Give each priority a quantitative measure with a baseline and a target.',
  };
};

const MEASURE_DETAILS = [
  { lacking: 'no baseline', has: 'a baseline', ok: (measure: MeasureFacts) => measure.hasBaseline },
  { lacking: 'no target', has: 'a target', ok: (measure: MeasureFacts) => measure.hasTarget },
  { lacking: 'no source', has: 'a source', ok: (measure: MeasureFacts) => measure.hasSource },
  { lacking: 'no published figures', has: 'published figures', ok: (measure: MeasureFacts) => measure.dataPoints > 0 },
];

const monitoringIndicators: Check = (facts) => {
  const withMeasure = facts.outcomes.filter((outcome) => outcome.measureCount > 0);
  const { measures } = facts;
  const detailShares = MEASURE_DETAILS.map((detail) => share(measures.filter(detail.ok).length, measures.length));
  const outcomeShare = share(withMeasure.length, facts.outcomes.length);
  const average = detailShares.reduce((total, value) => total + value, 0) / MEASURE_DETAILS.length;
  const status: HealthStatus =
    facts.outcomes.length === 0
      ? 'not met'
      : outcomeShare >= THRESHOLDS.monitoringMet && average >= THRESHOLDS.monitoringMet
        ? 'met'
        : outcomeShare >= THRESHOLDS.monitoringPartly && average >= THRESHOLDS.monitoringPartly
          ? 'partly met'
          : 'not met';
  return {
    status,
    evidence: [
      `${withMeasure.length} of ${facts.outcomes.length} outcomes (${percent(outcomeShare)}) have at least one measure (their own, their actions' or their priority's).`,
      `Of ${plural(measures.length, 'measure', 'measures')}: ${MEASURE_DETAILS.map((detail, index) => `${percent(detailShares[index]!)} have ${detail.has}`).join(', ')}.`,
    ],
    shortfalls: [
      { of: 'outcome', lacking: 'with no measure', ids: facts.outcomes.filter((outcome) => outcome.measureCount === 0).map((outcome) => outcome.id) },
      ...MEASURE_DETAILS.map((detail) => ({ of: 'measure' as const, lacking: `with ${detail.lacking}`, ids: measures.filter((measure) => !detail.ok(measure)).map((measure) => measure.id) })),
    ],
    improve: 'Give every outcome a measure, and every measure a baseline, a target, a source and its figures.',
  };
};

const smartActions: Check = (facts) => {
  type ActionFacts = PlanFacts['actions'][number];
  const checks = [
    { lacking: 'no lead', ok: (action: ActionFacts) => action.hasLead },
    { lacking: 'no dated completion target', ok: (action: ActionFacts) => action.hasDatedTarget },
    { lacking: 'no linked measure', ok: (action: ActionFacts) => action.measureCount > 0 },
  ];
  const shares = checks.map((check) => share(facts.actions.filter(check.ok).length, facts.actions.length));
  return {
    status: facts.actions.length === 0 ? 'not met' : grade(Math.min(...shares), THRESHOLDS.smartMet, THRESHOLDS.smartPartly),
    evidence: [
      facts.actions.length === 0
        ? 'The plan lists no actions.'
        : `Of ${plural(facts.actions.length, 'action', 'actions')}: ${percent(shares[0]!)} have a lead, ${percent(shares[1]!)} a dated completion target, ${percent(shares[2]!)} a linked measure.`,
    ],
    shortfalls: checks.map((check) => ({ of: 'action' as const, lacking: `with ${check.lacking}`, ids: facts.actions.filter((action) => !check.ok(action)).map((action) => action.id) })),
    improve: 'Give every action a lead, a dated completion target and a measure of its own.',
  };
};

const linksAndReports: Check = (facts) => {
  const hasLinks = facts.relatedStrategies > 0 || facts.crossPlanLinks > 0;
  const hasReports = facts.reports.length > 0;
  return {
    status: hasLinks && hasReports ? 'met' : hasLinks || hasReports ? 'partly met' : 'not met',
    evidence: [
      `${plural(facts.relatedStrategies, 'related plan or strategy', 'related plans or strategies')} listed; ${plural(facts.crossPlanLinks, 'link', 'links')} to pages in other plans.`,
      `${plural(facts.reports.length, 'progress report', 'progress reports')} published.`,
    ],
    shortfalls: [],
    improve: hasLinks && hasReports ? undefined : hasReports ? 'List the related plans and strategies, or link outcomes to the plans they serve.' : 'Publish progress reports on the plan.',
  };
};

const localOutcomes: Check = (facts) => {
  const withoutOutcomes = facts.priorities.filter((priority) => priority.outcomeCount === 0);
  return {
    status: facts.priorities.length === 0 || facts.outcomes.length === 0 ? 'not met' : withoutOutcomes.length === 0 ? 'met' : 'partly met',
    evidence: [`The plan sets out ${plural(facts.priorities.length, 'priority', 'priorities')} and ${plural(facts.outcomes.length, 'outcome', 'outcomes')}.`],
    shortfalls: [{ of: 'priority', lacking: 'with no outcome', ids: withoutOutcomes.map((priority) => priority.id) }],
    improve: withoutOutcomes.length > 0 || facts.outcomes.length === 0 ? 'Give every priority the local outcomes it aims for.' : undefined,
  };
};

const improvementDescribed: Check = (facts) => {
  const described = facts.outcomes.filter((outcome) => outcome.hasImprovement);
  const fraction = share(described.length, facts.outcomes.length);
  return {
    status: facts.outcomes.length === 0 ? 'not assessable' : grade(fraction, THRESHOLDS.monitoringMet, THRESHOLDS.smartPartly),
    evidence: [`${described.length} of ${facts.outcomes.length} outcomes (${percent(fraction)}) say what improvement is proposed: a target or improvement aims.`],
    shortfalls: [{ of: 'outcome', lacking: 'with no target or improvement aims', ids: facts.outcomes.filter((outcome) => !outcome.hasImprovement).map((outcome) => outcome.id) }],
    improve: fraction < 1 ? 'Give each outcome its target, or the improvement aims that say what will change.' : undefined,
  };
};

const planPeriod: Check = (facts) => {
  if (facts.period) return { status: 'met', evidence: [`The plan covers ${facts.period}.`], shortfalls: [] };
  const dated = facts.actions.filter((action) => action.hasDatedTarget);
  return {
    status: dated.length > 0 ? 'partly met' : 'not met',
    evidence: [
      'The plan states no period of its own.',
      ...(facts.actions.length > 0 ? [`${dated.length} of ${plural(facts.actions.length, 'action', 'actions')} have a dated completion target.`] : []),
    ],
    shortfalls: [],
    improve: 'Add the period the plan covers (the “period” field in plan.mdx).',
  };
};

const inequalities: Check = (facts) => {
  const naming = [...facts.priorities, ...facts.outcomes].filter((entry) => entry.namesInequality);
  return {
    status: naming.length > 0 ? 'met' : 'not met',
    evidence: [
      naming.length > 0
        ? `${plural(naming.length, 'priority or outcome names', 'priorities and outcomes name')} inequalities, poverty or disadvantage, or ${naming.length === 1 ? 'is' : 'are'} tagged with such a theme: ${naming.slice(0, 3).map((entry) => `"${entry.title}"`).join(', ')}${naming.length > 3 ? ' …' : ''}.`
        : 'No priority or outcome names inequalities, poverty or disadvantage, and none is tagged with such a theme.',
    ],
    shortfalls: [],
    improve: naming.length > 0 ? undefined : 'Say which inequalities of outcome the plan will reduce, and for whom.',
  };
};

const annualProgressReport: Check = (facts) => {
  const annual = facts.reports.filter((report) => report.days >= 300);
  const status: HealthStatus = annual.length > 0 ? 'met' : facts.reports.length > 0 ? 'partly met' : 'not met';
  return {
    status,
    evidence: [
      facts.reports.length === 0
        ? 'No progress report has been published.'
        : `${plural(facts.reports.length, 'progress report', 'progress reports')} published (${facts.reports.map((report) => report.period).join('; ')}); ${plural(annual.length, 'covers', 'cover')} a whole year.`,
    ],
    shortfalls: [],
    improve: annual.length > 0 ? undefined : 'Publish a progress report for each year of the plan.',
  };
};

const CHECKS: Record<Exclude<HealthCheckName, 'people'>, Check> = {
  vision: (facts) =>
    facts.vision
      ? { status: 'met', evidence: [`The plan states a vision: "${facts.vision}"`], shortfalls: [] }
      : { status: 'not met', evidence: ['The plan states no vision.'], shortfalls: [], improve: 'Add the plan’s vision statement (the “vision” field in plan.mdx).' },
  'national-outcomes': (facts) => tagged(facts, 'npfTagged'),
  'childrens-rights': (facts) => tagged(facts, 'uncrcTagged'),
  'measurable-priorities': measurablePriorities,
  resources: (facts) => {
    const stated = [facts.budget && `a budget (${facts.budget})`, facts.fte !== undefined && `staffing (${facts.fte} FTE)`].filter(Boolean) as string[];
    return {
      status: stated.length === 2 ? 'met' : stated.length === 1 ? 'partly met' : 'not met',
      evidence: [stated.length > 0 ? `The plan states ${stated.join(' and ')}.` : 'The plan states no budget or staffing.'],
      shortfalls: [],
      improve: stated.length === 2 ? undefined : 'State the money and staff behind the plan (the “resources” field in plan.mdx).',
    };
  },
  'monitoring-indicators': monitoringIndicators,
  'measurable-outcomes': monitoringIndicators,
  'smart-actions': smartActions,
  'links-and-reports': linksAndReports,
  'local-outcomes': localOutcomes,
  'improvement-described': improvementDescribed,
  'plan-period': planPeriod,
  inequalities,
  'annual-progress-report': annualProgressReport,
};

export function runCheck(check: Exclude<HealthCheckName, 'people'>, facts: PlanFacts): CriterionOutcome {
  return CHECKS[check](facts);
}
