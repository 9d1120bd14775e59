import { describe, expect, test } from 'vitest';
import { loadRealContent } from './helpers';
import { MORAY_CSP_ACTION_MEASURES } from './moray-csp-rows';

const PLAN = 'moray-csp-2020-23';
const { content, index } = loadRealContent();
const actions = content.actions.filter((action) => action.id.startsWith(`${PLAN}/`));
const slugOf = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** Each Moray CSP action lists the measures of its row(s) in the seed's action-plan tables. */
describe('Moray CSP actions carry the measures of their rows in the seed', () => {
  test('the transcription has an entry for every Moray CSP action and no other', () => {
    expect(actions).toHaveLength(56);
    expect(Object.keys(MORAY_CSP_ACTION_MEASURES).sort()).toEqual(actions.map((action) => slugOf(action.id)).sort());
  });

  test.each(actions.map((action) => [slugOf(action.id), action] as const))('%s lists the measures of its row', (slug, action) => {
    expect(action.data.measures).toEqual(MORAY_CSP_ACTION_MEASURES[slug]);
  });

  test.each(actions.map((action) => [slugOf(action.id), action] as const))('the measures of %s belong to its outcome or priority', (slug, action) => {
    const outcome = index.outcomeById.get(`${PLAN}/outcomes/${action.data.outcome}`);
    expect(outcome, action.filePath).toBeDefined();
    const priority = index.priorityById.get(`${PLAN}/priorities/${outcome!.data.priority}`);
    expect(priority, outcome!.filePath).toBeDefined();
    const homes = new Set([...outcome!.data.measures, ...priority!.data.measures]);
    for (const measure of MORAY_CSP_ACTION_MEASURES[slug]!) {
      expect(homes.has(measure), `${measure} is not listed by ${outcome!.filePath} or ${priority!.filePath}`).toBe(true);
    }
  });

  test('every plan measure is in some row, and each belongs to its outcome, not to an action', () => {
    const planMeasures = content.measures.filter((measure) => measure.id.startsWith(`${PLAN}/`) && !measure.data.context).map((measure) => slugOf(measure.id));
    expect(new Set(Object.values(MORAY_CSP_ACTION_MEASURES).flat())).toEqual(new Set(planMeasures));
    for (const measure of planMeasures) {
      expect(index.ownerOfMeasure.get(`${PLAN}/measures/${measure}`)?.id, measure).toMatch(new RegExp(`^${PLAN}/outcomes/`));
    }
  });
});
