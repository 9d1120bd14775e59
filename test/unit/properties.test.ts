/**
 * Property-based tests (fast-check) on every parser of content: for random and hostile input, each
 * either gives a valid value or a clear error — never a crash, never NaN or "Invalid Date".
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readSeries } from '../../src/integrations/read-content';
import { readability } from '../../src/lib/readability';
import { explainJargon, unexplainedAbbreviations } from '../../src/lib/jargon';
import { secureExternalLinks } from '../../src/lib/external-links';
import { parsePeriod } from '../../src/lib/period';
import { hasPassed, parseTimeframe } from '../../src/lib/timeframe';
import { formatValue } from '../../src/lib/format';
import { filterOptions } from '../../src/lib/action-filters';
import { actionStatus, ragStatus, slug } from '../../src/schemas/shared';
import { units } from '../../src/schemas';
import { STATUS_WORDS, isStatus } from '../../src/lib/status-appearance';

const RUNS = { numRuns: 400 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Text shaped like what people type for dates and periods, plus anything at all. */
const dateLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('2021', '2021/22', '2021-22', '2017-20', '2021/22 Q1', '2021 Q3', 'March 2021', '2021-03-31', 'Aprill 20211', '2021/23', '2021-02-30', '0000', '9999/10', 'Q5 2021', ''),
  fc.tuple(fc.integer({ min: -5, max: 12000 }), fc.constantFrom('', '/', '-', ' Q', '/Q'), fc.integer({ min: -1, max: 100 })).map(([a, sep, b]) => `${a}${sep}${b}`),
  fc.tuple(fc.constantFrom('January', 'March', 'Sept', 'Dec', 'Marchh'), fc.integer({ min: 0, max: 10000 })).map(([month, year]) => `${month} ${year}`),
);

function isValidIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

describe('periods and timeframes', () => {
  test('parsePeriod gives real dates in order, or an error in words', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const result = parsePeriod(text);
        if (result.ok) {
          expect(isValidIsoDate(result.value.start) && isValidIsoDate(result.value.end)).toBe(true);
          expect(result.value.start <= result.value.end).toBe(true);
          expect(result.value.label.length).toBeGreaterThan(0);
        } else {
          expect(result.error).toMatch(/\w+ .*[.]?/);
          expect(result.error).not.toMatch(/NaN|Invalid Date|undefined/);
        }
      }),
      RUNS,
    );
  });

  test('parseTimeframe gives real dates in order, or an error in words; hasPassed always answers', () => {
    fc.assert(
      fc.property(dateLike, fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), (text, today) => {
        const result = parseTimeframe(text);
        if (result.ok) {
          expect(isValidIsoDate(result.value.start) && isValidIsoDate(result.value.end)).toBe(true);
          expect(result.value.start <= result.value.end).toBe(true);
          expect(typeof hasPassed(result.value, today.toISOString().slice(0, 10))).toBe('boolean');
        } else {
          expect(result.error).not.toMatch(/NaN|Invalid Date|undefined/);
        }
      }),
      RUNS,
    );
  });
});

describe('CSV series', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('2021/22', '12.5', '-3', '1,000', '£5', 'NaN', 'Infinity', '1e5', '', '"quoted, comma"', '\r', 'Scotland'));
  test('readSeries gives finite numbers and readable periods, or problems with a line — never a throw', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), fc.boolean(), (rows, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = ['period,value,area', ...rows.map((row) => row.join(','))].join(eol);
        const result = readSeries(text);
        for (const row of result.rows) {
          expect(Number.isFinite(row.value)).toBe(true);
          expect(parsePeriod(row.period).ok).toBe(true);
        }
        for (const problem of result.problems) {
          expect(problem.message.length).toBeGreaterThan(10);
          expect(problem.message).not.toMatch(/Invalid Date/);
          // Messages quote the cell as written; "NaN" may appear only if the author typed it.
          if (!text.includes('NaN')) expect(problem.message).not.toMatch(/NaN/);
        }
      }),
      RUNS,
    );
  });
});

describe('words and ids', () => {
  test('slugs accept only lower-case words joined by single hyphens', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9-]{0,20}$/)), (text) => {
        const valid = slug.safeParse(text).success;
        expect(valid).toBe(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text));
      }),
      RUNS,
    );
  });

  test('status words and units are accepted only exactly as listed', () => {
    const known = [...actionStatus.options, ...ragStatus.options];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...known, ...STATUS_WORDS, 'Complete', 'done', ' green', 'percent')), (text) => {
        expect(actionStatus.safeParse(text).success).toBe((actionStatus.options as readonly string[]).includes(text));
        expect(ragStatus.safeParse(text).success).toBe((ragStatus.options as readonly string[]).includes(text));
        expect(isStatus(text)).toBe((STATUS_WORDS as readonly string[]).includes(text));
      }),
      RUNS,
    );
  });

  test('every number in every unit formats as text, without NaN', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom(undefined, ...units), (value, unit) => {
        const text = formatValue(value, unit);
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }),
      RUNS,
    );
  });

  test('filter addresses are always valid, unique slugs, whatever the leads are called', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string(), { nil: undefined }), { maxLength: 12 }), (leads) => {
        const options = filterOptions(leads.map((lead, index) => ({ id: `a${index}`, status: 'not stated', lead, themes: [] })), String);
        const values = options.lead.map((option) => option.value);
        expect(new Set(values).size).toBe(values.length);
        for (const value of values) expect(value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
      RUNS,
    );
  });
});

describe('text processing', () => {
  test('readability scores any text with finite numbers', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = readability(text);
        expect(Number.isFinite(result.grade)).toBe(true);
      }),
      RUNS,
    );
  });

  test('explaining jargon and securing links never change text outside main, and never throw', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (inside, outside) => {
        const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const html = `<header>${escape(outside)}</header><main><p>${escape(inside)} GIRFEC</p></main>`;
        const explained = explainJargon(html, [{ id: 'girfec', term: 'GIRFEC', expansion: 'Getting it right for every child' }], '/glossary/');
        expect(explained.startsWith(`<header>${escape(outside)}</header>`)).toBe(true);
        expect(explained).toContain('<abbr title="Getting it right for every child">GIRFEC</abbr>');
        expect(secureExternalLinks(explained, 'https://plans.example.scot')).toBe(explained);
        expect(unexplainedAbbreviations(inside, new Set()).every((found) => found.line >= 1)).toBe(true);
      }),
      RUNS,
    );
  });
});
