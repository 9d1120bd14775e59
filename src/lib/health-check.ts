/**
 * How a plan measures up to the criteria for its kind of plan (content/health-check/<kind>.yaml: the
 * national review's 15 for children's services plans, what the Community Empowerment (Scotland) Act
 * asks of a LOIP), computed from the plan's content where content can show it (health-checks.ts).
 * Criteria only people can judge are "self-assessed" with the authors' own statement, or "not stated":
 * never computed from guesswork, never met by default.
 */
import type { HealthCriterion } from '../schemas/health-check';
import { runCheck } from './health-checks';


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
  /** The period the plan covers, as written. */
  period?: string;
  relatedStrategies: number;
  /** Links to other plans' pages from this plan's pages. */
  crossPlanLinks: number;
  /** The progress reports, with the period each covers and its length in days. */
  reports: Array<{ id: string; period: string; days: number }>;
  /** Whether the plan itself, or one of its priorities, is tagged with a UNCRC article. */
  uncrcTaggedAbove: boolean;
  priorities: Array<{ id: string; title: string; measures: MeasureFacts[]; outcomeCount: number; namesInequality: boolean }>;
  outcomes: Array<{ id: string; title: string; measureCount: number; npfTagged: boolean; uncrcTagged: boolean; hasImprovement: boolean; namesInequality: boolean }>;
  actions: Array<{ id: string; title: string; hasLead: boolean; hasDatedTarget: boolean; measureCount: number }>;
  measures: MeasureFacts[];
  /** The authors' own statements for criteria only people can judge, by criterion id. */
  selfAssessment: Record<string, { statement: string; evidence: string[] }>;
}

/** Items of one kind that fall short of a criterion in one way: "3 actions with no lead". */
export interface Shortfall {
  of: 'priority' | 'outcome' | 'action' | 'measure';
  /** What they lack, after the items' name: "with no lead", "not tagged with a UNCRC article". */
  lacking: string;
  ids: string[];
}

const PLURALS: Record<Shortfall['of'], string> = { priority: 'priorities', outcome: 'outcomes', action: 'actions', measure: 'measures' };

/** "1 outcome with no measure", "3 actions with no lead". */
export function shortfallLabel({ of, lacking, ids }: Shortfall): string {
  return `${ids.length} ${ids.length === 1 ? of : PLURALS[of]} ${lacking}`;
}

export interface CriterionResult {
  id: string;
  name: string;
  /** Where the criterion's source says it. */
  reference?: string;
  /** What the source says. */
  says?: string;
  question: string;
  basis: 'computed' | 'self-assessed';
  status: HealthStatus;
  /** What the result rests on, in sentences. */
  evidence: string[];
  /** Items that fall short, by what they lack, with page ids to link to. */
  shortfalls: Shortfall[];
  /** What would improve it. */
  improve?: string;
}

/** A criterion's result, before its name and question are attached. */
export type CriterionOutcome = Omit<CriterionResult, 'id' | 'name' | 'question' | 'reference' | 'says' | 'basis'>;

/**
 * Checks a plan against a health check's criteria, in their order. A computed criterion runs its
 * check; one only people can judge shows the authors' own statement, or "not stated".
 */
export function assessPlan(facts: PlanFacts, criteria: HealthCriterion[]): CriterionResult[] {
  return criteria.map(({ id, name, question, reference, says, check }) => {
    if (check !== 'people') {
      const result = runCheck(check, facts);
      return { id, name, question, reference, says, basis: 'computed' as const, ...result, shortfalls: result.shortfalls.filter((shortfall) => shortfall.ids.length > 0) };
    }
    const own = facts.selfAssessment[id];
    return own
      ? { id, name, question, reference, says, basis: 'self-assessed' as const, status: 'self-assessed' as const, evidence: [own.statement], shortfalls: [] }
      : {
          id,
          name,
          question,
          reference,
          says,
          basis: 'self-assessed' as const,
          status: 'not stated' as const,
          evidence: ['Only people can judge this. The plan’s authors have not stated how the plan meets it.'],
          shortfalls: [],
          improve: 'Add the authors’ own statement and evidence (the “selfAssessment” field in plan.mdx).',
        };
  });
}
