import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readComparison } from '../../../../src/integrations/read-comparison';
import { groupIndicators, indicatorGroupOf } from '../../../../src/lib/compare/indicator-groups';
import { projectRoot } from '../../../content/helpers';
import { COST, GAP, SHARE } from './small-comparison';

const real = readComparison(path.join(projectRoot, 'content'), projectRoot).comparison!;

describe('indicatorGroupOf', () => {
  test.each([
    ['CHN1', 'costs'],
    ['CHN1-Real', 'costs'],
    ['CHN8b-Real', 'costs'],
    ['CHN4', 'attainment'],
    ['CHN14b', 'attainment'],
    ['CHN21', 'attainment'],
    ['CHN9', 'looked-after'],
    ['CHN19b', 'looked-after'],
    ['CHN22', 'looked-after'],
    ['CHN17', 'early-years'],
    ['CHN24', 'poverty'],
    ['CHN99', 'other'],
    ['CHN1-Realistic', 'other'],
  ])('%s is in %s', (code, group) => {
    expect(indicatorGroupOf({ code })).toBe(group);
  });
});

describe('groupIndicators', () => {
  test('keeps the groups in page order and the indicators in the order given, leaving out empty groups', () => {
    const other = { ...SHARE, code: 'NEW1' };
    const poverty = { ...GAP, code: 'CHN24' };
    const cost = { ...COST, code: 'CHN3-Real' };
    const groups = groupIndicators([other, poverty, cost, { ...COST, code: 'CHN2' }]);
    expect(groups.map((group) => [group.id, group.indicators.map((indicator) => indicator.code)])).toEqual([
      ['costs', ['CHN3-Real', 'CHN2']],
      ['poverty', ['CHN24']],
      ['other', ['NEW1']],
    ]);
    expect(groups[0]!.title).toBe('Costs');
  });

  test('puts every one of the real indicators in a named group, each once', () => {
    const groups = groupIndicators(real.indicators);
    expect(groups.map((group) => group.id)).toEqual(['costs', 'attainment', 'looked-after', 'early-years', 'poverty']);
    expect(groups.flatMap((group) => group.indicators.map((indicator) => indicator.code)).sort()).toEqual(real.indicators.map((indicator) => indicator.code).sort());
  });

  test('the costs group holds exactly the indicators with no better direction', () => {
    const costs = groupIndicators(real.indicators).find((group) => group.id === 'costs')!;
    expect(costs.indicators.map((indicator) => indicator.code).sort()).toEqual(real.indicators.filter((indicator) => indicator.betterDirection === 'none').map((indicator) => indicator.code).sort());
  });
});
