/**
 * How a plan measures up to the 15 criteria the national review of Children's Services Plans uses
 * (Part 3 statutory guidance, Children and Young People (Scotland) Act 2014), computed from the plan's
 * content where content can show it. Criteria only people can judge are "self-assessed" with the
 * authors' own statement, or "not stated": never computed from guesswork, never met by default.
 */

export type HealthStatus = 'met' | 'partly met' | 'not met' | 'not assessable' | 'self-assessed' | 'not stated';

/** Every threshold in one place. Shares are fractions of 1. */
export const THRESHOLDS = {
  /** Criterion 5: the guidance suggests 3–5 priorities. */
  prioritiesMet: 5,
  prioritiesPartly: 7,
  /** Criterion 5: share of priorities with a quantitative measure that has a baseline or target. */
  measurablePrioritiesMet: 0.8,
  measurablePrioritiesPartly: 0.5,
  /** Criterion 13: share of outcomes with a measure, and the average share of measures with each detail. */
  monitoringMet: 0.8,
  monitoringPartly: 0.5,
  /** Criterion 14: share of actions with a lead, with a dated completion target, and with a measure. */
  smartMet: 0.8,
  smartPartly: 0.4,
  /** Criteria 2 and 9: share of outcomes tagged with a national outcome or a UNCRC article. */
  taggedMet: 0.5,
} as const;

export interface MeasureFacts {
  id: string;
  title: string;
  quantitative: boolean;
  hasBaseline: boolean;
  hasTarget: boolean;
  hasSource: boolean;
  dataPoints: number;
}

export interface PlanFacts {
  vision?: string;
  budget?: string;
  fte?: number;
  relatedStrategies: number;
  /** Links to other plans' pages from this plan's pages. */
  crossPlanLinks: number;
  reports: number;
  /** Whether the plan itself, or one of its priorities, is tagged with a UNCRC article. */
  uncrcTaggedAbove: boolean;
  priorities: Array<{ id: string; title: string; measures: MeasureFacts[] }>;
  outcomes: Array<{ id: string; title: string; measureCount: number; npfTagged: boolean; uncrcTagged: boolean }>;
  actions: Array<{ id: string; title: string; hasLead: boolean; hasDatedTarget: boolean; measureCount: number }>;
  measures: MeasureFacts[];
  /** The authors' own statements for criteria only people can judge, by criterion id. */
  selfAssessment: Record<string, { statement: string; evidence: string[] }>;
}

export interface CriterionResult {
  id: string;
  name: string;
  question: string;
  basis: 'computed' | 'self-assessed';
  status: HealthStatus;
  /** What the result rests on, in sentences. */
  evidence: string[];
  /** Items that fall short, by what they lack, with page ids to link to. */
  shortfalls: Array<{ lacking: string; ids: string[] }>;
  /** What would improve it. */
  improve?: string;
}

export const CRITERIA: Array<{ id: string; name: string; question: string; computed: boolean }> = [
  { id: '1', name: 'Vision', question: 'A clear, shared vision of what will be achieved by the end of the plan?', computed: true },
  { id: '2', name: 'National Performance Framework', question: 'Reflects the relevant national outcomes?', computed: true },
  { id: '3', name: 'Joint strategic needs assessment', question: "An evidence-based needs assessment of the area's children?", computed: false },
  { id: '4', name: 'Data', question: 'Analysis of quantitative and qualitative evidence on service performance and wellbeing?', computed: false },
  { id: '5', name: 'Manageable, measurable priorities', question: 'A manageable number of measurable priorities clearly linked to the needs assessment?', computed: true },
  { id: '6a', name: "Children's services in scope", question: "Are all children's services in scope?", computed: false },
  { id: '6b', name: 'Related services in scope', question: 'Are related services in scope?', computed: false },
  { id: '7', name: 'Prevention and early intervention', question: 'Does the plan prioritise prevention and early intervention?', computed: false },
  { id: '8', name: 'GIRFEC practice', question: 'Is Getting it right for every child practice embedded?', computed: false },
  { id: '9', name: "Children's rights", question: 'Are children’s rights (UNCRC) shaping the plan?', computed: true },
  { id: '10', name: 'Engagement and ownership', question: 'Engagement and ownership by children, families and staff?', computed: false },
  { id: '11', name: 'Family support', question: 'Does the plan set out family support?', computed: false },
  { id: '12', name: 'Resources', question: 'Are the resources behind the plan set out?', computed: true },
  { id: '13', name: 'Monitoring indicators', question: 'Are there indicators to track progress?', computed: true },
  { id: '14', name: 'SMART', question: 'Are the actions specific, measurable, achievable, relevant and time-bound?', computed: true },
  { id: '15', name: 'Links to other plans and reports', question: 'Does the plan link to other plans and to its reports?', computed: true },
];

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (value: number) => `${Math.round(value * 100)}%`;
const grade = (value: number, met: number, partly: number): HealthStatus => (value >= met ? 'met' : value >= partly ? 'partly met' : 'not met');
const lower = (status: HealthStatus): HealthStatus => (status === 'met' ? 'partly met' : status === 'partly met' ? 'not met' : status);

function computed(id: string, facts: PlanFacts): Omit<CriterionResult, 'id' | 'name' | 'question' | 'basis'> {
  switch (id) {
    case '1':
      return facts.vision
        ? { status: 'met', evidence: [`The plan states a vision: "${facts.vision}"`], shortfalls: [] }
        : { status: 'not met', evidence: ['The plan states no vision.'], shortfalls: [], improve: 'Add the plan’s vision statement (the “vision” field in plan.mdx).' };
    case '2':
    case '9': {
      const key = id === '2' ? 'npfTagged' : 'uncrcTagged';
      const label = id === '2' ? 'a National Performance Framework national outcome' : 'a UNCRC article';
      const tagged = facts.outcomes.filter((outcome) => outcome[key]);
      const fraction = share(tagged.length, facts.outcomes.length);
      const above = id === '9' && facts.uncrcTaggedAbove;
      // Tags are the site's reading of the plan, added by its editors: none yet says nothing about the plan.
      const nothingTagged = tagged.length === 0 && !above;
      return {
        status: facts.outcomes.length === 0 || nothingTagged ? 'not assessable' : fraction >= THRESHOLDS.taggedMet ? 'met' : 'partly met',
        evidence: [
          `${tagged.length} of ${facts.outcomes.length} outcomes (${percent(fraction)}) are tagged with ${label}.`,
          ...(above ? ['The plan or one of its priorities is tagged with a UNCRC article.'] : []),
          ...(nothingTagged
            ? [`The site's editors have not tagged any of this plan's pages with ${label} yet, so this is not assessed: it does not mean the plan fails to reflect ${id === '2' ? 'the national outcomes' : "children's rights"}.`]
            : []),
        ],
        shortfalls: [{ lacking: `not tagged with ${label}`, ids: facts.outcomes.filter((outcome) => !outcome[key]).map((outcome) => outcome.id) }],
        improve: `Tag outcomes with the themes for ${id === '2' ? 'the national outcomes they serve' : 'the UNCRC articles they uphold'}, where the plan supports it.`,
      };
    }
    case '5': {
      const count = facts.priorities.length;
      const measurable = facts.priorities.filter((priority) => priority.measures.some((measure) => measure.quantitative && (measure.hasBaseline || measure.hasTarget)));
      const fraction = share(measurable.length, count);
      let status: HealthStatus = count === 0 ? 'not met' : count <= THRESHOLDS.prioritiesMet ? 'met' : count <= THRESHOLDS.prioritiesPartly ? 'partly met' : 'not met';
      if (fraction < THRESHOLDS.measurablePrioritiesPartly) status = lower(lower(status));
      else if (fraction < THRESHOLDS.measurablePrioritiesMet) status = lower(status);
      return {
        status,
        evidence: [
          `${count} ${count === 1 ? 'priority' : 'priorities'} (the guidance suggests 3 to 5).`,
          `${measurable.length} of ${count} priorities (${percent(fraction)}) have a quantitative measure with a baseline or a target.`,
        ],
        shortfalls: [{ lacking: 'no quantitative measure with a baseline or target', ids: facts.priorities.filter((priority) => !measurable.includes(priority)).map((priority) => priority.id) }],
        improve: count > THRESHOLDS.prioritiesMet ? 'Focus on five priorities or fewer.' : 'Give each priority a quantitative measure with a baseline and a target.',
      };
    }
    case '12': {
      const stated = [facts.budget && `a budget (${facts.budget})`, facts.fte !== undefined && `staffing (${facts.fte} FTE)`].filter(Boolean) as string[];
      return {
        status: stated.length === 2 ? 'met' : stated.length === 1 ? 'partly met' : 'not met',
        evidence: [stated.length > 0 ? `The plan states ${stated.join(' and ')}.` : 'The plan states no budget or staffing.'],
        shortfalls: [],
        improve: stated.length === 2 ? undefined : 'State the money and staff behind the plan (the “resources” field in plan.mdx).',
      };
    }
    case '13': {
      const withMeasure = facts.outcomes.filter((outcome) => outcome.measureCount > 0);
      const measures = facts.measures;
      const details = [
        { lacking: 'no baseline', ok: (measure: MeasureFacts) => measure.hasBaseline },
        { lacking: 'no target', ok: (measure: MeasureFacts) => measure.hasTarget },
        { lacking: 'no source', ok: (measure: MeasureFacts) => measure.hasSource },
        { lacking: 'no published figures', ok: (measure: MeasureFacts) => measure.dataPoints > 0 },
      ];
      const detailShares = details.map((detail) => share(measures.filter(detail.ok).length, measures.length));
      const outcomeShare = share(withMeasure.length, facts.outcomes.length);
      const average = detailShares.reduce((total, value) => total + value, 0) / details.length;
      const status: HealthStatus =
        facts.outcomes.length === 0 ? 'not met' : outcomeShare >= THRESHOLDS.monitoringMet && average >= THRESHOLDS.monitoringMet ? 'met' : outcomeShare >= THRESHOLDS.monitoringPartly && average >= THRESHOLDS.monitoringPartly ? 'partly met' : 'not met';
      return {
        status,
        evidence: [
          `${withMeasure.length} of ${facts.outcomes.length} outcomes (${percent(outcomeShare)}) have at least one measure (their own, their actions' or their priority's).`,
          `Of ${measures.length} measures: ${details.map((detail, index) => `${percent(detailShares[index]!)} ${detail.lacking.replace('no ', 'have a ').replace('have a published figures', 'have published figures')}`).join(', ')}.`,
        ],
        shortfalls: [
          { lacking: 'outcomes with no measure', ids: facts.outcomes.filter((outcome) => outcome.measureCount === 0).map((outcome) => outcome.id) },
          ...details.map((detail) => ({ lacking: `measures with ${detail.lacking}`, ids: measures.filter((measure) => !detail.ok(measure)).map((measure) => measure.id) })),
        ],
        improve: 'Give every outcome a measure, and every measure a baseline, a target, a source and its figures.',
      };
    }
    case '14': {
      const checks = [
        { lacking: 'no lead', ok: (action: PlanFacts['actions'][number]) => action.hasLead },
        { lacking: 'no dated completion target', ok: (action: PlanFacts['actions'][number]) => action.hasDatedTarget },
        { lacking: 'no linked measure', ok: (action: PlanFacts['actions'][number]) => action.measureCount > 0 },
      ];
      const shares = checks.map((check) => share(facts.actions.filter(check.ok).length, facts.actions.length));
      const lowest = Math.min(...shares);
      return {
        status: facts.actions.length === 0 ? 'not met' : grade(lowest, THRESHOLDS.smartMet, THRESHOLDS.smartPartly),
        evidence: [
          facts.actions.length === 0
            ? 'The plan lists no actions.'
            : `Of ${facts.actions.length} actions: ${percent(shares[0]!)} have a lead, ${percent(shares[1]!)} a dated completion target, ${percent(shares[2]!)} a linked measure.`,
        ],
        shortfalls: checks.map((check) => ({ lacking: `actions with ${check.lacking}`, ids: facts.actions.filter((action) => !check.ok(action)).map((action) => action.id) })),
        improve: 'Give every action a lead, a dated completion target and a measure of its own.',
      };
    }
    case '15': {
      const hasLinks = facts.relatedStrategies > 0 || facts.crossPlanLinks > 0;
      const hasReports = facts.reports > 0;
      return {
        status: hasLinks && hasReports ? 'met' : hasLinks || hasReports ? 'partly met' : 'not met',
        evidence: [
          `${facts.relatedStrategies} related plans or strategies listed; ${facts.crossPlanLinks} links to pages in other plans.`,
          `${facts.reports} progress ${facts.reports === 1 ? 'report' : 'reports'} published.`,
        ],
        shortfalls: [],
        improve: hasLinks && hasReports ? undefined : hasReports ? 'List the related plans and strategies, or link outcomes to the plans they serve.' : 'Publish progress reports on the plan.',
      };
    }
  }
  return { status: 'not assessable', evidence: [], shortfalls: [] };
}

export function assessPlan(facts: PlanFacts): CriterionResult[] {
  return CRITERIA.map(({ id, name, question, computed: isComputed }) => {
    if (isComputed) {
      const result = computed(id, facts);
      return { id, name, question, basis: 'computed' as const, ...result, shortfalls: result.shortfalls.filter((shortfall) => shortfall.ids.length > 0) };
    }
    const own = facts.selfAssessment[id];
    return own
      ? { id, name, question, basis: 'self-assessed' as const, status: 'self-assessed' as const, evidence: [own.statement], shortfalls: [] }
      : {
          id,
          name,
          question,
          basis: 'self-assessed' as const,
          status: 'not stated' as const,
          evidence: ['Only people can judge this. The plan’s authors have not stated how the plan meets it.'],
          shortfalls: [],
          improve: 'Add the authors’ own statement and evidence (the “selfAssessment” field in plan.mdx).',
        };
  });
}
