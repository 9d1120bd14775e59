import { describe, expect, test } from 'vitest';
import type { ChartData } from '../../../src/lib/chart-data';
import { drawnPoint, soundGroups } from '../../../src/lib/chart-sound';

const data: ChartData = {
  unit: '%',
  labels: ['2018', '2019', '2020'],
  series: [
    { name: 'Moray', values: [60, null, 64], notes: ['', '', 'estimated'] },
    { name: 'Scotland', values: [62, 62.5, 63], notes: ['', '', ''] },
  ],
  reference: [{ kind: 'target', name: 'Target 75% (by 2024)', value: 75, at: 2 }],
  type: 'line',
};

describe('a chart as sound', () => {
  test('has a group per area, leaving out periods without a figure, and keeps each figure’s note', () => {
    const groups = soundGroups(data);
    expect(Object.keys(groups)).toEqual(['Moray', 'Scotland', 'Target 75% (by 2024)']);
    expect(groups.Moray).toEqual([
      { x: 0, y: 60 },
      { x: 2, y: 64, label: 'estimated' },
    ]);
  });

  test('plays the target as a flat line at every period', () => {
    expect(soundGroups(data)['Target 75% (by 2024)']).toEqual([
      { x: 0, y: 75 },
      { x: 1, y: 75 },
      { x: 2, y: 75 },
    ]);
  });

  test('maps a heard point back to the drawn one, across gaps', () => {
    // Moray's second figure is 2020's: 2019 has none.
    const groups = soundGroups(data);
    expect(drawnPoint(groups, 'Moray', 1)).toEqual({ datasetIndex: 0, index: 2 });
    expect(drawnPoint(groups, 'Target 75% (by 2024)', 0)).toEqual({ datasetIndex: 2, index: 0 });
    expect(drawnPoint(groups, 'Nowhere', 0)).toBeUndefined();
  });
});
