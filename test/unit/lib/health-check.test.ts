import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { assessPlan as assessAgainst, shortfallLabel, THRESHOLDS, type MeasureFacts, type PlanFacts } from '../../../src/lib/health-check';
import { healthCheckSchema, type HealthCriterion } from '../../../src/schemas';
import { projectRoot } from '../../content/helpers';

/** The national review's 15 criteria for children's services plans, as the sample content gives them. */
const CRITERIA = healthCheckSchema.parse(parse(readFileSync(path.join(projectRoot, 'content/health-check/childrens-services-plan.yaml'), 'utf8'))).criteria;
const assessPlan = (facts: PlanFacts) => assessAgainst(facts, CRITERIA);

const measure = (id: string, details: Partial<MeasureFacts> = {}): MeasureFacts => ({ id, title: id, quantitative: true, hasBaseline: true, hasTarget: true, hasSource: true, dataPoints: 3, ...details });

/** A plan that meets every computed criterion; tests change one thing at a time. */
function plan(changes: Partial<PlanFacts> = {}): PlanFacts {
  const measures = [measure('m1'), measure('m2')];
  return {
    vision: 'Every child thrives.',
    budget: '£1m',
    fte: 10,
    relatedStrategies: 2,
    crossPlanLinks: 1,
    period: '2024–27',
    reports: [{ id: 'r1', period: '2024/25', days: 365 }],
    uncrcTaggedAbove: false,
    priorities: [1, 2, 3].map((n) => ({ id: `p${n}`, title: `P${n}`, measures, outcomeCount: 1, namesInequality: n === 1 })),
    outcomes: [1, 2].map((n) => ({ id: `o${n}`, title: `O${n}`, measureCount: 1, npfTagged: true, uncrcTagged: true, hasImprovement: true, namesInequality: false })),
    actions: [1, 2, 3, 4, 5].map((n) => ({ id: `a${n}`, title: `A${n}`, hasLead: true, hasDatedTarget: true, measureCount: 1 })),
    measures,
    selfAssessment: {},
    ...changes,
  };
}
const result = (facts: PlanFacts, id: string) => assessPlan(facts).find((entry) => entry.id === id)!;
const priorities = (count: number, measurable = count) =>
  Array.from({ length: count }, (_, index) => ({ id: `p${index}`, title: `P${index}`, measures: index < measurable ? [measure('m')] : [], outcomeCount: 1, namesInequality: false }));

describe('assessPlan', () => {
  test('lists all 15 criteria, with 6a and 6b separately, in order', () => {
    expect(assessPlan(plan()).map((entry) => entry.id)).toEqual(['1', '2', '3', '4', '5', '6a', '6b', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
    expect(CRITERIA).toHaveLength(16);
  });

  test('a plan that shows everything meets every computed criterion', () => {
    for (const entry of assessPlan(plan())) if (entry.basis === 'computed') expect(entry.status, entry.id).toBe('met');
  });

  test('criteria only people can judge are "not stated" unless the authors state them, never met by default', () => {
    const facts = plan({ selfAssessment: { '7': { statement: 'Early help comes first.', evidence: [] } } });
    expect(result(facts, '7')).toMatchObject({ status: 'self-assessed', basis: 'self-assessed', evidence: ['Early help comes first.'] });
    for (const id of ['3', '4', '6a', '6b', '8', '10', '11']) expect(result(facts, id).status, id).toBe('not stated');
  });

  test('criterion 5: up to 5 priorities met, 6–7 partly, more not met', () => {
    expect(result(plan({ priorities: priorities(THRESHOLDS.prioritiesMet) }), '5').status).toBe('met');
    expect(result(plan({ priorities: priorities(6) }), '5').status).toBe('partly met');
    expect(result(plan({ priorities: priorities(THRESHOLDS.prioritiesPartly) }), '5').status).toBe('partly met');
    expect(result(plan({ priorities: priorities(8) }), '5').status).toBe('not met');
    expect(result(plan({ priorities: [] }), '5').status).toBe('not met');
  });

  test('criterion 5: fewer measurable priorities lower the result, at 80% and 50%', () => {
    expect(result(plan({ priorities: priorities(5, 4) }), '5').status).toBe('met');
    expect(result(plan({ priorities: priorities(5, 3) }), '5').status).toBe('partly met');
    expect(result(plan({ priorities: priorities(4, 2) }), '5').status).toBe('partly met');
    const few = result(plan({ priorities: priorities(4, 1) }), '5');
    expect(few.status).toBe('not met');
    expect(few.shortfalls[0]).toEqual({ of: 'priority', lacking: 'with no quantitative measure with a baseline or target', ids: ['p1', 'p2', 'p3'] });
    // A measure without a baseline or target does not make a priority measurable.
    expect(result(plan({ priorities: [{ id: 'p', title: 'P', measures: [measure('m', { hasBaseline: false, hasTarget: false })], outcomeCount: 1, namesInequality: false }] }), '5').status).toBe('not met');
  });

  test('criterion 14: the weakest of lead, dated target and measure decides, at 80% and 40%, and the actions that lack each are listed', () => {
    const actions = (withLead: number) => Array.from({ length: 10 }, (_, index) => ({ id: `a${index}`, title: `A${index}`, hasLead: index < withLead, hasDatedTarget: true, measureCount: 1 }));
    expect(result(plan({ actions: actions(8) }), '14').status).toBe('met');
    expect(result(plan({ actions: actions(7) }), '14').status).toBe('partly met');
    expect(result(plan({ actions: actions(4) }), '14').status).toBe('partly met');
    const weak = result(plan({ actions: actions(3) }), '14');
    expect(weak.status).toBe('not met');
    expect(weak.shortfalls).toEqual([{ of: 'action', lacking: 'with no lead', ids: ['a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'] }]);
  });

  test('criterion 13: outcomes with a measure, and measures with a baseline, target, source and figures', () => {
    expect(result(plan({ measures: [measure('m1'), measure('m2', { dataPoints: 0 })] }), '13').status).toBe('met');
    const bare = [measure('m1', { hasBaseline: false, hasTarget: false, hasSource: false, dataPoints: 0 })];
    expect(result(plan({ measures: bare }), '13').status).toBe('not met');
    expect(result(plan({ outcomes: [{ id: 'o1', title: 'O', measureCount: 0, npfTagged: true, uncrcTagged: true, hasImprovement: true, namesInequality: false }] }), '13').status).toBe('not met');
  });

  test('criterion 12: budget and staff met, one of them partly, neither not met', () => {
    expect(result(plan({ fte: undefined }), '12').status).toBe('partly met');
    expect(result(plan({ budget: undefined, fte: undefined }), '12').status).toBe('not met');
  });

  test('criteria 1, 2, 9 and 15 from the vision, tags, links and reports', () => {
    expect(result(plan({ vision: undefined }), '1').status).toBe('not met');
    const untagged = [1, 2].map((n) => ({ id: `o${n}`, title: `O${n}`, measureCount: 1, npfTagged: false, uncrcTagged: n === 1, hasImprovement: true, namesInequality: false }));
    // Nothing tagged is the site's gap, not the plan's: not assessed, never "not met".
    expect(result(plan({ outcomes: untagged }), '2').status).toBe('not assessable');
    expect(result(plan({ outcomes: untagged }), '2').evidence.join(' ')).toContain("have not tagged any of this plan's pages");
    expect(result(plan({ outcomes: untagged }), '9').status).toBe('met');
    expect(result(plan({ outcomes: untagged.map((outcome) => ({ ...outcome, uncrcTagged: false })), uncrcTaggedAbove: true }), '9').status).toBe('partly met');
    expect(result(plan({ reports: [] }), '15').status).toBe('partly met');
    expect(result(plan({ reports: [], relatedStrategies: 0, crossPlanLinks: 0 }), '15').status).toBe('not met');
  });

  test('a plan with no measures, no actions and no reports gets results, not errors', () => {
    const empty = assessPlan(plan({ priorities: [], outcomes: [], actions: [], measures: [], reports: [], relatedStrategies: 0, crossPlanLinks: 0, vision: undefined, budget: undefined, fte: undefined }));
    expect(empty.map((entry) => entry.status)).toEqual(['not met', 'not assessable', 'not stated', 'not stated', 'not met', 'not stated', 'not stated', 'not stated', 'not stated', 'not assessable', 'not stated', 'not stated', 'not met', 'not met', 'not met', 'not met']);
    for (const entry of empty) for (const sentence of entry.evidence) expect(sentence).not.toMatch(/NaN|undefined/);
  });
});

describe('the checks a LOIP\u2019s criteria use', () => {
  const loip = (check: HealthCriterion['check']) => [{ id: 'x', name: 'X', question: 'X?', check }] as HealthCriterion[];
  const run = (facts: PlanFacts, check: HealthCriterion['check']) => assessAgainst(facts, loip(check))[0]!;

  test('local outcomes: every priority has outcomes', () => {
    expect(run(plan(), 'local-outcomes').status).toBe('met');
    expect(run(plan({ priorities: priorities(3).map((priority, index) => ({ ...priority, outcomeCount: index })) }), 'local-outcomes')).toMatchObject({ status: 'partly met', shortfalls: [{ of: 'priority', lacking: 'with no outcome', ids: ['p0'] }] });
    expect(run(plan({ outcomes: [] }), 'local-outcomes').status).toBe('not met');
  });

  test('improvement described: outcomes give a target or improvement aims', () => {
    const outcomes = (described: boolean[]) => described.map((hasImprovement, n) => ({ id: `o${n}`, title: `O${n}`, measureCount: 1, npfTagged: false, uncrcTagged: false, hasImprovement, namesInequality: false }));
    expect(run(plan({ outcomes: outcomes([true, true]) }), 'improvement-described').status).toBe('met');
    expect(run(plan({ outcomes: outcomes([true, false]) }), 'improvement-described').status).toBe('partly met');
    expect(run(plan({ outcomes: outcomes([false, false]) }), 'improvement-described').status).toBe('not met');
  });

  test('plan period and inequalities', () => {
    expect(run(plan(), 'plan-period')).toMatchObject({ status: 'met', evidence: ['The plan covers 2024–27.'] });
    expect(run(plan({ period: undefined, actions: [] }), 'plan-period').status).toBe('not met');
    // With no period of its own, dated completion targets say when some of the improvement is due.
    expect(run(plan({ period: undefined }), 'plan-period')).toMatchObject({ status: 'partly met', evidence: ['The plan states no period of its own.', expect.stringMatching(/of \d+ actions? have a dated completion target\./)] });
    expect(run(plan(), 'inequalities').status).toBe('met');
    expect(run(plan({ priorities: priorities(3) }), 'inequalities')).toMatchObject({ status: 'not met', evidence: [expect.stringContaining('No priority or outcome names inequalities')] });
  });

  test('an annual progress report: a report covering a whole year meets it; quarterly ones only partly', () => {
    expect(run(plan(), 'annual-progress-report').status).toBe('met');
    expect(run(plan({ reports: [{ id: 'q1', period: '2021/22 Quarter 1', days: 91 }] }), 'annual-progress-report')).toMatchObject({ status: 'partly met', evidence: [expect.stringContaining('1 progress report published (2021/22 Quarter 1); 0 cover a whole year')] });
    expect(run(plan({ reports: [] }), 'annual-progress-report').status).toBe('not met');
  });

  test('a criterion judged by people shows the authors\u2019 statement under its own id', () => {
    const facts = plan({ selfAssessment: { x: { statement: 'Community bodies helped write it.', evidence: [] } } });
    expect(run(facts, 'people')).toMatchObject({ status: 'self-assessed', evidence: ['Community bodies helped write it.'] });
  });
});

test('a shortfall is counted in words that agree with its number', () => {
  expect(shortfallLabel({ of: 'outcome', lacking: 'with no target or improvement aims', ids: ['o1'] })).toBe('1 outcome with no target or improvement aims');
  expect(shortfallLabel({ of: 'priority', lacking: 'with no outcome', ids: ['p1', 'p2'] })).toBe('2 priorities with no outcome');
});
