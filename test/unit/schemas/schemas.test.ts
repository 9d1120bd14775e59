import { describe, expect, test } from 'vitest';
import { actionSchema, measureSchema, outcomeSchema, planSchema, reportSchema, seriesRowSchema, siteSettingsSchema } from '../../../src/schemas';

const plan = { title: 'T', shortTitle: 'T', kind: 'childrens-services-plan', partnership: 'P', area: 'A', inShort: 'S', source: 'Src' };

describe('plan', () => {
  test('accepts a minimal plan and fills defaults', () => {
    const parsed = planSchema.parse(plan);
    expect(parsed.principles).toEqual([]);
    expect(parsed.period).toBeUndefined();
  });

  test('parses the period into a comparable range', () => {
    expect(planSchema.parse({ ...plan, period: '2021-24' }).period).toEqual({ text: '2021-24', start: '2021-01-01', end: '2024-12-31' });
  });

  test.each([
    [{ kind: 'strategy' }, 'kind'],
    [{ title: '' }, 'title'],
    [{ period: 'soon' }, 'period'],
    [{ alternativeFormats: { text: 'x', email: 'not-an-email' } }, 'alternativeFormats'],
    [{ relatedStrategies: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'relatedStrategies'],
  ])('rejects %o', (change, field) => {
    const result = planSchema.safeParse({ ...plan, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe('action', () => {
  const action = { title: 'Do it', outcome: 'feel-safe', order: 1 };

  test('defaults the status to "not stated" rather than guessing', () => {
    expect(actionSchema.parse(action).status).toBe('not stated');
  });

  test('keeps the completion target wording and parses its range', () => {
    expect(actionSchema.parse({ ...action, completionTarget: 'March 2023 with milestone annual improvements' }).completionTarget).toEqual({
      text: 'March 2023 with milestone annual improvements',
      start: '2023-03-01',
      end: '2023-03-31',
    });
  });

  test.each([
    [{ completionTarget: 'whenever' }, 'completionTarget'],
    [{ status: 'done' }, 'status'],
    [{ priorityRating: 6 }, 'priorityRating'],
    [{ outcome: 'Feel Safe' }, 'outcome'],
    [{ measures: ['ok', 'Not OK'] }, 'measures'],
  ])('rejects %o', (change, field) => {
    const result = actionSchema.safeParse({ ...action, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe('outcome, measure and report', () => {
  test('an outcome needs a priority, an order and an "in short" summary', () => {
    const result = outcomeSchema.safeParse({ title: 'X' });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['inShort', 'order', 'priority']);
  });

  test('a measure kind must be one of the three', () => {
    expect(measureSchema.safeParse({ title: 'M', kind: 'numeric' }).success).toBe(false);
    expect(measureSchema.parse({ title: 'M', kind: 'milestone' }).betterDirection).toBe('not stated');
  });

  test('a report’s action updates give a status, a commentary or both; its figures need a readable period and a number', () => {
    const base = { title: 'Q2', period: { label: 'Q2', start: '2021-07-01', end: '2021-09-30' }, overallStatus: {} };
    expect(reportSchema.safeParse({ ...base, actions: [{ action: 'spaces', status: 'complete' }] }).success).toBe(true);
    expect(reportSchema.safeParse({ ...base, actions: [{ action: 'spaces', commentary: 'Going well.' }] }).success).toBe(true);
    const empty = reportSchema.safeParse({ ...base, actions: [{ action: 'spaces' }] });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toContain('give the action a `status`, a `commentary` or both');
    // A report states a status; "not stated" is what an action has when no report gives one.
    expect(reportSchema.safeParse({ ...base, actions: [{ action: 'spaces', status: 'not stated' }] }).success).toBe(false);
    expect(reportSchema.safeParse({ ...base, figures: [{ measure: 'count', period: '2021/22 Q2', value: 3 }] }).success).toBe(true);
    expect(reportSchema.safeParse({ ...base, figures: [{ measure: 'count', period: 'Q2 of last year', value: 3 }] }).success).toBe(false);
    expect(reportSchema.safeParse({ ...base, figures: [{ measure: 'count', period: '2021/22 Q2', value: '3,000' }] }).success).toBe(false);
  });

  test('a report records RAG statuses as "not stated" unless given', () => {
    const report = reportSchema.parse({ title: 'Q1', period: { label: 'Q1', start: '2021-04-01', end: '2021-06-30' }, overallStatus: {} });
    expect(report.overallStatus).toEqual({ actions: 'not stated', measures: 'not stated' });
    expect(reportSchema.safeParse({ title: 'Q1', period: { label: 'Q1', start: '2021-04-01', end: '2021-06-30' }, overallStatus: { actions: 'yellow' } }).success).toBe(false);
    expect(reportSchema.safeParse({ title: 'Q1', period: { label: 'Q1', start: '2021-04-31', end: '2021-06-30' }, overallStatus: {} }).success).toBe(false);
  });

  test('a series value must be a plain number', () => {
    expect(seriesRowSchema.parse({ period: '2021', value: '12.5' }).value).toBe(12.5);
    for (const value of ['12%', '1,200', 'n/a', '']) expect(seriesRowSchema.safeParse({ period: '2021', value }).success).toBe(false);
  });
});

describe('site settings: the accessibility statement’s contact', () => {
  const site = { title: 'T', description: 'D', publisher: 'P' };
  const text = 'Tell us about a problem with this website.';

  test.each([
    ['a site of its own, with an email', {}, { text, email: 'access@example.gov.uk' }],
    ['a site of its own, with a phone number', {}, { text, phone: '01234 567890' }],
    ['a site of its own, with a contact form', {}, { text, url: 'https://www.example.gov.uk/contact' }],
    ['the sample site, which no one answers, with text alone', { sample: true }, { text }],
  ])('accepts %s', (_, settings, accessibilityContact) => {
    const parsed = siteSettingsSchema.parse({ ...site, ...settings, accessibilityContact });
    expect(parsed.accessibilityContact).toEqual(accessibilityContact);
  });

  test.each([
    ['a site of its own with no contact', {}, undefined, /^the accessibility statement must say how to report an accessibility problem .* Add one /],
    ['the sample site with no contact', { sample: true }, undefined, /^the accessibility statement must say how to report an accessibility problem/],
    ['a site of its own whose contact is text alone', {}, { text }, /^this contact gives readers no way to reach anyone\. Add an `email`, a `phone` number or a `url`/],
  ])('refuses %s, saying what to add', (_, settings, accessibilityContact, says) => {
    const result = siteSettingsSchema.safeParse({ ...site, ...settings, ...(accessibilityContact && { accessibilityContact }) });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['accessibilityContact'], message: expect.stringMatching(says) })]);
  });
});

describe('site settings: the sites that may show the chart embeds', () => {
  const site = { title: 'T', description: 'D', publisher: 'P', sample: true, accessibilityContact: { text: 'No one answers.' } };

  test('any site may, unless the settings list some', () => {
    expect(siteSettingsSchema.parse(site).embeds).toBeUndefined();
    const allowedSites = ['https://www.moray.gov.uk', 'https://www.gov.scot'];
    expect(siteSettingsSchema.parse({ ...site, embeds: { allowedSites } }).embeds).toEqual({ allowedSites });
  });

  test.each([
    ['a page, not a site', 'https://www.moray.gov.uk/news/', /address alone/],
    ['a slash at the end', 'https://www.moray.gov.uk/', /no slash at the end/],
    ['plain http', 'http://www.moray.gov.uk', /starting https:\/\//],
    ['no scheme', 'www.moray.gov.uk', /starting https:\/\//],
  ])('refuses %s, saying how to write it', (_, address, says) => {
    const result = siteSettingsSchema.safeParse({ ...site, embeds: { allowedSites: [address] } });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['embeds', 'allowedSites', 0], message: expect.stringMatching(says) })]);
  });

  test('an empty list is refused: leaving `embeds` out is how to let any site', () => {
    const result = siteSettingsSchema.safeParse({ ...site, embeds: { allowedSites: [] } });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['embeds', 'allowedSites'], message: expect.stringMatching(/leave `embeds` out/) })]);
  });
});
