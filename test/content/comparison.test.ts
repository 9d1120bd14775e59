/**
 * The comparison data in content/comparison/ is the LGBF's, unchanged, and the plans' context
 * statistics say which indicator they are and show the same figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seriesOf } from '../../src/lib/compare/comparison-index';
import { contextComparison } from '../../src/lib/compare/context-statistic';
import { loadRealContent, projectRoot } from './helpers';

const { content, index } = loadRealContent();
const comparison = index.comparison!;

describe('content/comparison/', () => {
  test('has one indicator for each row of lgbf-indicators.csv (37), and one council for each of the 32', () => {
    const rows = readFileSync(path.join(projectRoot, 'content/comparison/lgbf-indicators.csv'), 'utf8').trim().split('\n').length - 1;
    expect(comparison.indicators).toHaveLength(rows);
    expect(rows).toBe(37);
    expect(comparison.councils).toHaveLength(32);
  });

  test('says which way is better for every indicator, with a reason, and none for every cost', () => {
    for (const indicator of comparison.indicators) {
      expect(indicator.reason.length, indicator.code).toBeGreaterThan(20);
      expect(indicator.slug).toBe(indicator.code.toLowerCase());
      if (indicator.unit === '£') expect(indicator.betterDirection, indicator.code).toBe('none');
    }
    const direction = (code: string) => comparison.indicatorByCode.get(code)!.betterDirection;
    for (const code of ['CHN14a', 'CHN14b', 'CHN20a', 'CHN20b', 'CHN22', 'CHN23', 'CHN24']) expect(direction(code), code).toBe('decrease');
  });
});

describe('context statistics', () => {
  const statistics = content.measures.filter((measure) => measure.data.context);

  test('every one names its LGBF indicator', () => {
    expect(statistics.length).toBeGreaterThan(0);
    for (const measure of statistics) expect(index.indicatorOfMeasure.get(measure.id), measure.filePath).toBeDefined();
  });

  test('every one\u2019s figures are the comparison data\u2019s, for its plan\u2019s council and for Scotland', () => {
    for (const [measureId, indicator] of index.indicatorOfMeasure) {
      const plan = measureId.split('/')[0]!;
      const council = index.councilOfPlan.get(plan)!;
      expect(council, plan).toBeDefined();
      const rows = index.seriesByMeasure.get(measureId)?.data.rows ?? [];
      expect(rows.length, measureId).toBeGreaterThan(0);
      for (const row of rows) {
        const area = row.area === '' ? council.name : row.area;
        expect(seriesOf(comparison, indicator.code, area).get(row.period), `${measureId} ${area} ${row.period}`).toBe(row.value);
      }
    }
  });

  test('each one\u2019s page can say how its council compares', () => {
    for (const measureId of index.indicatorOfMeasure.keys()) expect(contextComparison(index, measureId)?.sentence, measureId).toMatch(/^(Moray|Clackmannanshire) (ranks|is) /);
    expect(contextComparison(index, 'moray-csp-2020-23/measures/lgbf-chn24-child-poverty')?.sentence).toBe(
      'Moray ranks 14th of 32 councils (2019-20). 1st is the lowest share. The median of the other councils in its deprivation group (group 3) is 23.9%.',
    );
  });
});
