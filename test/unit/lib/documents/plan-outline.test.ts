import { describe, expect, test } from 'vitest';
import { outlineTitles, planOutline } from '../../../../src/lib/documents/plan-outline';
import { loadRealContent } from '../../../content/helpers';

const { index } = loadRealContent();

describe.each(index.plans.map((plan) => [plan.id]))('the outline of %s', (planId) => {
  const outline = planOutline(index, planId);
  const measures = outline.flatMap((priority) => [...priority.measures, ...priority.outcomes.flatMap((outcome) => outcome.measures)]);

  test('has every priority, outcome and action of the plan once, in the plan’s order', () => {
    const priorities = index.prioritiesByPlan.get(planId)!;
    expect(outline.map((entry) => entry.priority.id)).toEqual(priorities.map((priority) => priority.id));
    for (const entry of outline) {
      expect(entry.outcomes.map((outcome) => outcome.outcome.id)).toEqual((index.outcomesByPriority.get(entry.priority.id) ?? []).map((outcome) => outcome.id));
      for (const outcome of entry.outcomes) expect(outcome.actions).toEqual(index.actionsByOutcome.get(outcome.outcome.id) ?? []);
    }
  });

  test('has every measure of the plan exactly once, with the outcome or priority it belongs to', () => {
    expect(measures.map((measure) => measure.id).sort()).toEqual((index.measuresByPlan.get(planId) ?? []).map((measure) => measure.id).sort());
    for (const entry of outline)
      for (const outcome of entry.outcomes)
        for (const measure of outcome.measures) {
          const owner = index.ownerOfMeasure.get(measure.id)!;
          expect([outcome.outcome.id, ...outcome.actions.map((action) => action.id)]).toContain(owner.id);
        }
  });

  test('numbers priorities as the plan does and outcomes within them', () => {
    for (const entry of outline) {
      expect(entry.number).toBe(String(entry.priority.data.number));
      expect(entry.outcomes.map((outcome) => outcome.number)).toEqual(entry.outcomes.map((_, position) => `${entry.number}.${position + 1}`));
    }
  });

  test('lists titles in reading order: each priority before its outcomes, each outcome before its actions', () => {
    const titles = outlineTitles(outline);
    expect(titles.length).toBe(outline.length + measures.length + outline.reduce((total, entry) => total + entry.outcomes.length + entry.outcomes.reduce((sum, outcome) => sum + outcome.actions.length, 0), 0));
    const first = outline[0]!;
    expect(titles[0]).toBe(first.priority.data.title);
    if (first.outcomes[0]) expect(titles.indexOf(first.outcomes[0].outcome.data.title)).toBeGreaterThan(0);
  });
});
