import { appendFileSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../content/helpers';
import { copyProject, runBuild } from './project-copy';

/** A measure with a baseline, a target, a comparator and flagged figures, built into a throwaway copy. */
const measureId = 'moray-csp-2020-23/measures/improved-school-attainment';
let projectDir: string;
let build: ReturnType<typeof runBuild>;

beforeAll(() => {
  projectDir = copyProject();
  const fixture = path.join(projectRoot, 'test', 'fixtures', 'measure-with-target');
  copyFileSync(path.join(fixture, 'measure.yaml'), path.join(projectDir, 'content', `${measureId}.yaml`));
  copyFileSync(path.join(fixture, 'measure.csv'), path.join(projectDir, 'content', `${measureId}.csv`));
  appendFileSync(path.join(projectDir, 'content', 'moray-csp-2020-23', 'plan.mdx'), `\n<MeasureChart measure="${measureId}" />\n`);
  build = runBuild(projectDir);
}, 300_000);
afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

/** The figures in words: the latest, the last change, the change since the baseline, Scotland and the target. */
const SUMMARY =
  'The latest figure is 68.2% for 2021. It went up from 64% in 2020, which is better. ' +
  'The baseline was 60% in 2018, so it is higher now, which is better. ' +
  'For 2021, Moray’s figure was higher than Scotland’s 63.4%. ' +
  'The target is 75% by 2024. The figures are on track to reach it.';

const page = () => load(readFileSync(path.join(projectDir, 'dist', measureId, 'index.html'), 'utf8'));

describe('a measure with a baseline, target and comparator', () => {
  test('builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  test('states the trend and target status in words, with the criteria used', () => {
    const text = page()('main').text().replace(/\s+/g, ' ');
    expect(text).toContain('Trend: Improving');
    expect(text).toContain('Target: On track');
    expect(text).toContain(SUMMARY);
    expect(text).toContain('A change of 1% or less counts as maintaining');
  });

  test('gives the chart its summary as a text alternative and carries baseline and target in its data', () => {
    const $ = page();
    const figure = $('figure[data-module="ps-measure-chart"]');
    expect(figure.find('canvas[role="img"]').attr('aria-label')).toBe(SUMMARY);
    // Not in the tab order until the script makes it a chart that can be heard (scripts/chart-sound.ts).
    expect(figure.find('canvas').attr('tabindex')).toBeUndefined();
    expect(figure.find('[data-chart-announcer]').length).toBe(1);
    const data = JSON.parse(figure.attr('data-chart')!);
    expect(data.series.map((series: { name: string }) => series.name)).toEqual(['Moray', 'Scotland']);
    expect(data.reference).toEqual([
      { kind: 'baseline', name: 'Baseline 60% (2018)', value: 60, at: 0 },
      { kind: 'target', name: 'Target 75% (by 2024)', value: 75, at: 4 },
    ]);
    expect(data.type).toBe('line');
    // The value axis fits the figures, baseline and target (60% to 75%), not 0 to 100.
    expect(data.axis).toEqual({ min: 55, max: 80, step: 5 });
  });

  test('follows the chart with every figure and its flags in a table: a row per period, a column per area', () => {
    const $ = page();
    const cells = (selector: string) =>
      $(selector)
        .map((_, cell) => $(cell).text().replace(/\s+/g, ' ').trim())
        .get();
    expect(cells('table.ds_table thead th[scope="col"]')).toEqual(['Period', 'Moray', 'Scotland', 'Notes']);
    // The figures' rows; the baseline and target follow in their own rows (next test).
    expect(cells('table.ds_table tbody:not(.ps_series-table__references) th[scope="row"]')).toEqual(['2018', '2019', '2020', '2021', '2022']);
    const rows = cells('table.ds_table tbody tr');
    expect(rows).toContain('2020 64% 63% Moray: estimated. Smaller sample during the pandemic');
    expect(rows).toContain('2021 68.2% 63.4% Moray: provisional');
    expect(rows).toContain('2018 60% 62%');
    // Scotland's 2022 figure is out before Moray's.
    expect(rows).toContain('2022 No figure 63.9%');
  });

  test('ends the table with the baseline and target, with their periods, in the plan’s area’s column', () => {
    const $ = page();
    const references = $('table.ds_table tbody.ps_series-table__references tr')
      .map((_, row) => $(row).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(references).toEqual(['Baseline (2018) 60% 60% in 2018', 'Target (by 2024) 75% 75% by 2024']);
  });

  test('can be placed in any MDX page with <MeasureChart measure="…" />', () => {
    const $ = load(readFileSync(path.join(projectDir, 'dist', 'moray-csp-2020-23', 'index.html'), 'utf8'));
    expect($('figure[data-module="ps-measure-chart"] canvas[role="img"]').attr('aria-label')).toBe(SUMMARY);
    expect($(`a[href="/${measureId}/"]`).length).toBeGreaterThan(0);
    expect($('script[src^="/_astro/"]').length).toBeGreaterThan(0);
  });

  test('offers the figures as CSV', () => {
    const csv = readFileSync(path.join(projectDir, 'dist', `${measureId}.csv`), 'utf8');
    expect(csv.split('\n')[1]).toBe('2018,Moray,60,%,,');
    expect(csv).toContain('2020,Moray,64,%,estimated,Smaller sample during the pandemic');
  });
});
