import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { contentWarnings } from '../../../src/lib/content-warnings';
import { dateWarnings, dayFirstMessage } from '../../../src/lib/date-warnings';
import { buildSiteIndex, type Entry, type SiteContent } from '../../../src/lib/relations';
import { actionSchema, measureSchema, outcomeSchema, planSchema, prioritySchema, reportSchema, seriesRowSchema } from '../../../src/schemas';

function entry<T>(schema: z.ZodType<T>, id: string, data: unknown, extension: string): Entry<T> {
  const file = id.includes('/') ? `content/${id}.${extension}` : `content/${id}/plan.${extension}`;
  return { id, filePath: file, data: schema.parse(data) };
}

const rows = (...periods: Array<[string, string]>) => periods.map(([period, area]) => seriesRowSchema.parse({ period, value: '1', area }));

/** A small plan whose dates are written every way: some could be read month first, some could not. */
function content(): SiteContent {
  return {
    plans: [entry(planSchema, 'test-plan', { title: 'Test plan', shortTitle: 'Test', kind: 'service-plan', partnership: 'P', area: 'Moray', inShort: 'A plan.', source: 'S', published: '01/06/2020' }, 'mdx')],
    priorities: [entry(prioritySchema, 'test-plan/priorities/safe', { title: 'Safe', number: 1, inShort: 'Safe.' }, 'mdx')],
    outcomes: [entry(outcomeSchema, 'test-plan/outcomes/feel-safe', { title: 'Children feel safe', priority: 'safe', order: 1, inShort: 'You feel safe.', measures: ['rate'] }, 'mdx')],
    actions: [
      entry(actionSchema, 'test-plan/actions/ambiguous', { title: 'A', outcome: 'feel-safe', order: 1, status: 'in progress', completionTarget: '04/05/2021' }, 'yaml'),
      entry(actionSchema, 'test-plan/actions/in-words', { title: 'B', outcome: 'feel-safe', order: 2, status: 'in progress', completionTarget: 'Complete by 13/05/2021' }, 'yaml'),
      entry(actionSchema, 'test-plan/actions/worded', { title: 'C', outcome: 'feel-safe', order: 3, status: 'in progress', completionTarget: 'Complete by 1.2.2022' }, 'yaml'),
    ],
    measures: [
      entry(measureSchema, 'test-plan/measures/rate', {
        title: 'Rate', kind: 'quantitative',
        baseline: { period: '01/03/2020', value: 5, text: 'Baseline' },
        target: { period: 'March 2023', value: 6, text: 'Target' },
        nextUpdateDue: '2024-03-02',
      }, 'yaml'),
    ],
    reports: [
      entry(reportSchema, 'test-plan/reports/q1', {
        title: 'Q1', period: { label: 'Q1 2021/22', start: '2021-04-01', end: '2021-06-30' }, overallStatus: {},
        figures: [{ measure: 'rate', period: '2021/22 Q1', value: 4 }, { measure: 'rate', period: '30/06/2021', value: 4, area: 'Scotland' }, { measure: 'rate', period: '06/07/2021', value: 4 }],
      }, 'mdx'),
    ],
    themes: [],
    glossary: [],
    series: [{ id: 'test-plan/measures/rate', filePath: 'content/test-plan/measures/rate.csv', data: { measure: 'test-plan/measures/rate', rows: rows(['04/05/2021', ''], ['04/05/2021', 'Scotland'], ['31/03/2021', ''], ['2021/22', '']) } }],
  };
}

describe('dateWarnings', () => {
  const warnings = dateWarnings(content());

  test.each([
    ['content/test-plan/plan.mdx', 'published', '01/06/2020', '1 June 2020', '6 January 2020', '06/01/2020'],
    ['content/test-plan/actions/ambiguous.yaml', 'completionTarget', '04/05/2021', '4 May 2021', '5 April 2021', '05/04/2021'],
    ['content/test-plan/actions/worded.yaml', 'completionTarget', '1.2.2022', '1 February 2022', '2 January 2022', '2.1.2022'],
    ['content/test-plan/measures/rate.yaml', 'baseline.period', '01/03/2020', '1 March 2020', '3 January 2020', '03/01/2020'],
    ['content/test-plan/reports/q1.mdx', 'figures[2].period', '06/07/2021', '6 July 2021', '7 June 2021', '07/06/2021'],
    ['content/test-plan/measures/rate.csv', 'period', '04/05/2021', '4 May 2021', '5 April 2021', '05/04/2021'],
  ])('%s, `%s`: "%s" is read as %s', (file, field, written, readAs, otherReading, swapped) => {
    expect(warnings).toContainEqual({
      file,
      field,
      message: `"${written}" is read day first, as ${readAs}. If you meant ${otherReading}, write "${swapped}" — or write the month in words, "${readAs}", to be sure.`,
    });
  });

  test('warns once for each value, and not about dates that can be read only one way', () => {
    // Not: 13/05/2021 (no 13th month), 30/06/2021, 31/03/2021, ISO dates, months, years and quarters.
    expect(warnings).toHaveLength(6);
    expect(warnings.filter((warning) => warning.file.endsWith('.csv'))).toHaveLength(1);
  });

  test('content with no numeric dates has no warnings', () => {
    const plain = content();
    plain.actions = [];
    plain.plans[0]!.data.published = undefined;
    plain.measures[0]!.data.baseline = undefined;
    plain.reports[0]!.data.figures = [];
    plain.series = [];
    expect(dateWarnings(plain)).toEqual([]);
  });
});

test('the check reports the warnings alongside the others', () => {
  const { index } = buildSiteIndex(content());
  const warnings = contentWarnings(index, '2021-01-01');
  expect(warnings).toContainEqual(expect.objectContaining({ file: 'content/test-plan/actions/ambiguous.yaml', field: 'completionTarget', message: expect.stringContaining('is read day first, as 4 May 2021') }));
});

test('a note whose date is not numeric (it cannot happen, but the message still helps)', () => {
  expect(dayFirstMessage({ written: 'the fourth of May', readAs: '4 May 2021' })).toBe('"the fourth of May" is read day first, as 4 May 2021. To be sure, write the month in words, "4 May 2021".');
});
