/**
 * Dates the way UK officers write them, in both parsers: each form is accepted (with its start, end
 * and the text the site shows), accepted with a warning (a numeric date that could be read month
 * first), or refused (with the message).
 */
import { describe, expect, test } from 'vitest';
import { readToday } from '../../../src/lib/calendar';
import { parsePeriod } from '../../../src/lib/period';
import { parseTimeframe } from '../../../src/lib/timeframe';

type Parser = 'timeframe' | 'period';
type Outcome =
  | { accepted: [start: string, end: string, shown: string] }
  | { warned: [day: string, shown: string, readAs: string] }
  | { refused: string };

type Read = { ok: true; start: string; end: string; shown: string; readAs?: string } | { ok: false; error: string };

function read(parser: Parser, text: string): Read {
  const result = parser === 'timeframe' ? parseTimeframe(text) : parsePeriod(text);
  if (!result.ok) return result;
  const { start, end, dayFirst } = result.value;
  return { ok: true, start, end, shown: 'text' in result.value ? result.value.text : result.value.label, readAs: dayFirst?.readAs };
}

const both: Parser[] = ['timeframe', 'period'];

const FORMS: Array<[text: string, parsers: Parser[], outcome: Outcome]> = [
  // A single day, shown as "31 March 2021" however it is written.
  ['31/03/2021', both, { accepted: ['2021-03-31', '2021-03-31', '31 March 2021'] }],
  ['31.03.2021', both, { accepted: ['2021-03-31', '2021-03-31', '31 March 2021'] }],
  ['31-03-2021', both, { accepted: ['2021-03-31', '2021-03-31', '31 March 2021'] }],
  ['31 March 2021', both, { accepted: ['2021-03-31', '2021-03-31', '31 March 2021'] }],
  ['1st Dec 2021', both, { accepted: ['2021-12-01', '2021-12-01', '1 December 2021'] }],
  ['2021-03-31', both, { accepted: ['2021-03-31', '2021-03-31', '31 March 2021'] }],
  ['13/05/2021', both, { accepted: ['2021-05-13', '2021-05-13', '13 May 2021'] }],
  ['05/05/2021', both, { accepted: ['2021-05-05', '2021-05-05', '5 May 2021'] }],
  ['29/02/2024', both, { accepted: ['2024-02-29', '2024-02-29', '29 February 2024'] }],
  ['Complete by 30/06/2022', ['timeframe'], { accepted: ['2022-06-30', '2022-06-30', 'Complete by 30 June 2022'] }],
  // Months, years, ranges and quarters keep the author's wording.
  ['March 2021', both, { accepted: ['2021-03-01', '2021-03-31', 'March 2021'] }],
  ['2021/22', both, { accepted: ['2021-04-01', '2022-03-31', '2021/22'] }],
  ['Q3 2021/22', both, { accepted: ['2021-10-01', '2021-12-31', 'Q3 2021/22'] }],
  ['Q3 2021-22', both, { accepted: ['2021-10-01', '2021-12-31', 'Q3 2021-22'] }],
  ['2021/22 Q3', both, { accepted: ['2021-10-01', '2021-12-31', '2021/22 Q3'] }],
  ['Q4 2021/2022', both, { accepted: ['2022-01-01', '2022-03-31', 'Q4 2021/2022'] }],
  ['Q1 2021', both, { accepted: ['2021-01-01', '2021-03-31', 'Q1 2021'] }],
  ['2021 Q3', both, { accepted: ['2021-07-01', '2021-09-30', '2021 Q3'] }],
  ['Review in Q3 2021/22', ['timeframe'], { accepted: ['2021-10-01', '2021-12-31', 'Review in Q3 2021/22'] }],
  ['March 2023 with milestone annual improvements', ['timeframe'], { accepted: ['2023-03-01', '2023-03-31', 'March 2023 with milestone annual improvements'] }],
  ['2021-26', ['timeframe'], { accepted: ['2021-01-01', '2026-12-31', '2021-26'] }],
  // Day first, but it could be read month first: accepted, with the reading to warn about.
  ['04/05/2021', both, { warned: ['2021-05-04', '4 May 2021', '4 May 2021'] }],
  ['1/4/2023', both, { warned: ['2023-04-01', '1 April 2023', '1 April 2023'] }],
  ['12.11.2022', both, { warned: ['2022-11-12', '12 November 2022', '12 November 2022'] }],
  ['Complete by 04/05/2021', ['timeframe'], { warned: ['2021-05-04', 'Complete by 4 May 2021', '4 May 2021'] }],
  // Impossible dates.
  ['03/31/2021', both, { refused: '"03/31/2021" is not a real date. Dates are read day first: for March 31, write 31/03/2021.' }],
  ['29/02/2021', both, { refused: '"29/02/2021" is not a real date.' }],
  ['31/04/2021', both, { refused: '"31/04/2021" is not a real date.' }],
  ['2021-02-29', both, { refused: '"2021-02-29" is not a real date' }],
  ['32 March 2021', both, { refused: '"32 March 2021" is not a real date.' }],
  ['Q3 2021/23', both, { refused: '"Q3 2021/23" names a financial year whose two years do not follow on' }],
];

const cases = FORMS.flatMap(([text, parsers, outcome]) => parsers.map((parser) => [parser, text, outcome] as const));

describe.each(cases)('%s "%s"', (parser, text, outcome) => {
  const result = read(parser, text);

  if ('accepted' in outcome) {
    const [start, end, shown] = outcome.accepted;
    test(`is accepted, from ${start} to ${end}, shown as "${shown}", with no warning`, () => {
      expect(result).toEqual({ ok: true, start, end, shown, readAs: undefined });
    });
  }

  if ('warned' in outcome) {
    const [day, shown, readAs] = outcome.warned;
    test(`is accepted as ${day}, shown as "${shown}", with a warning that it is read as ${readAs}`, () => {
      expect(result).toEqual({ ok: true, start: day, end: day, shown, readAs });
    });
  }

  if ('refused' in outcome) {
    test('is refused, saying what is wrong and what to write', () => {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toContain(outcome.refused);
        expect(result.error).toMatch(/Write (a year|it)/);
      }
    });
  }
});

test('the note names the date as written, without the words around it', () => {
  const result = parseTimeframe('Complete by 04/05/2021');
  expect(result.ok && result.value.dayFirst).toEqual({ written: '04/05/2021', readAs: '4 May 2021' });
  const period = parsePeriod('04/05/2021');
  expect(period.ok && period.value.dayFirst).toEqual({ written: '04/05/2021', readAs: '4 May 2021' });
});

test.each(['31/03/2021', '04/05/2021', '2021-03-31', '1st Dec 2021'])('the text shown for "%s" reads back as the same day, with no warning', (text) => {
  for (const parser of both) {
    const first = read(parser, text);
    if (!first.ok) throw new Error(first.error);
    expect(read(parser, first.shown)).toEqual({ ok: true, start: first.start, end: first.end, shown: first.shown, readAs: undefined });
  }
});

describe('PLANSITE_TODAY names exactly one day, in any of the forms', () => {
  test.each([
    ['31/03/2021', '2021-03-31'],
    ['31.03.2021', '2021-03-31'],
    ['31 March 2021', '2021-03-31'],
    ['2021-03-31', '2021-03-31'],
  ])('"%s" is %s', (text, day) => {
    expect(readToday(text)).toEqual({ ok: true, value: day });
  });

  test('"04/05/2021" is read day first, with the note the check warns with', () => {
    expect(readToday('04/05/2021')).toEqual({ ok: true, value: '2021-05-04', dayFirst: { written: '04/05/2021', readAs: '4 May 2021' } });
  });

  test.each(['March 2021', '2021/22', 'Q3 2021/22', '2021', '03/31/2021', '29/02/2021', 'by 31/03/2021'])('"%s" is refused', (text) => {
    expect(readToday(text)).toEqual({ ok: false, error: `PLANSITE_TODAY is "${text}", which is not a single day. Write it as one day, like 23/11/2026, 23 November 2026 or 2026-11-23, or leave it unset to use today's date.` });
  });
});
