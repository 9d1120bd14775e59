/**
 * The comparison logic on the real LGBF data, checked against the CSV files read here with plain
 * string splitting, not the site's reader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readComparison } from '../../../../src/integrations/read-comparison';
import { indexComparison } from '../../../../src/lib/compare/comparison-index';
import { contextSentence } from '../../../../src/lib/compare/context-sentence';
import { councilView } from '../../../../src/lib/compare/council-view';
import { indicatorTable } from '../../../../src/lib/compare/indicator-table';
import { projectRoot } from '../../../content/helpers';

const index = indexComparison(readComparison(path.join(projectRoot, 'content'), projectRoot).comparison!);
const csv = (file: string) => readFileSync(path.join(projectRoot, 'content', 'comparison', file), 'utf8').trim().split('\n').slice(1);

/** An indicator's rows, for one whose title has no commas or quotes, so that a plain split is safe. */
function rowsOf(code: string): Array<{ area: string; year: string; value: number }> {
  return csv('lgbf-children-all-councils.csv')
    .filter((line) => line.startsWith(`${code},`))
    .map((line) => {
      const [, , area, year, value] = line.split(',');
      return { area: area!, year: year!, value: Number(value) };
    });
}

/** Each council's rank in the latest year, counted by hand: 1 + the number of councils with a better figure. */
function ranksByHand(code: string, better: (a: number, b: number) => boolean) {
  const rows = rowsOf(code);
  const latest = rows.map((row) => row.year).sort().pop()!;
  const councils = rows.filter((row) => row.year === latest && row.area !== 'Scotland');
  const ranks = new Map(councils.map((council) => [council.area, 1 + councils.filter((other) => better(other.value, council.value)).length]));
  return { rows, latest, councils, ranks };
}

describe('CHN24, child poverty, in its latest year (lower is better)', () => {
  const { rows, latest, councils, ranks } = ranksByHand('CHN24', (other, council) => other < council);
  const table = indicatorTable(index, 'CHN24')!;

  test('is 2019-20, with 32 councils and Scotland', () => {
    expect(latest).toBe('2019-20');
    expect(table.year).toBe(latest);
    expect(table.rows).toHaveLength(32);
    expect(table.counted).toBe(councils.length);
    expect(table.scotland.value).toBe(rows.find((row) => row.year === latest && row.area === 'Scotland')!.value);
  });

  test('ranks every council as counting by hand does', () => {
    expect(new Map(table.rows.map((row) => [row.council.name, row.rank]))).toEqual(ranks);
  });

  test('the median is the mean of the 16th and 17th figures', () => {
    const sorted = councils.map((council) => council.value).sort((a, b) => a - b);
    expect(table.median).toBeCloseTo((sorted[15]! + sorted[16]!) / 2, 6);
  });
});

test('CHN9, looked after in the community, in its latest year (higher is better): ties share a rank, as counting by hand does', () => {
  const { ranks } = ranksByHand('CHN9', (other, council) => other > council);
  const table = indicatorTable(index, 'CHN9')!;
  expect(new Map(table.rows.map((row) => [row.council.name, row.rank]))).toEqual(ranks);
  expect(new Set(ranks.values()).size, 'the real data has a tie to test').toBeLessThan(ranks.size);
});

describe('councils like each other', () => {
  const groups = new Map(csv('lgbf-council-groups.csv').map((line) => {
    const [council, rurality, deprivation] = line.split(',');
    return [council!, { rurality: rurality!, deprivation: deprivation! }];
  }));

  test('every council\u2019s similar sets are the other councils of its deprivation group and of its rurality', () => {
    for (const [name, group] of groups) {
      const view = councilView(index, name)!;
      const others = (same: (other: { rurality: string; deprivation: string }) => boolean) => [...groups].filter(([other, value]) => other !== name && same(value)).map(([other]) => other);
      expect(view.similar.deprivation.map((council) => council.name), name).toEqual(others((other) => other.deprivation === group.deprivation));
      expect(view.similar.rurality.map((council) => council.name), name).toEqual(others((other) => other.rurality === group.rurality));
    }
  });

  test('every council has a standing on all 37 indicators, and one page address of its own', () => {
    expect(index.councilBySlug.size).toBe(32);
    for (const council of index.councils) expect(councilView(index, council.name)!.standings).toHaveLength(37);
  });

  test('a context statistic\u2019s sentence from the real figures', () => {
    const standing = councilView(index, 'Moray')!.standings.find((entry) => entry.indicator.code === 'CHN24')!;
    expect(contextSentence(standing)).toMatch(/^Moray ranks (joint )?\d+(st|nd|rd|th) of 32 councils \(2019-20\)\. 1st is the lowest share\. The median of the other councils in its deprivation group \(group 3\) is [\d.]+%\.$/);
  });
});
