import { describe, expect, test } from 'vitest';
import { actionAnswer, facetAttributes, measureAnswer } from '../../../src/lib/search-facets';

describe('what a search result answers at a glance', () => {
  test('an action: who leads it and how it stands', () => {
    expect(actionAnswer('Corporate Parenting Group', 'in progress')).toBe('Lead: Corporate Parenting Group · In progress');
    expect(actionAnswer(undefined, 'not stated')).toBe('Lead: not stated · Status not stated');
  });

  test('a measure: its latest figure and trend, or that it has none yet', () => {
    expect(measureAnswer({ value: '87.41%', period: '2018-19' }, 'maintaining')).toBe('Latest: 87.41% (2018-19) · Maintaining');
    expect(measureAnswer(undefined, 'insufficient data')).toBe('No figures published yet');
  });

  test('the answer is the result’s meta, not a filter', () => {
    const { filters, meta } = facetAttributes({ kind: 'Action', status: 'in progress', answer: 'Lead: X · In progress' });
    expect(meta).toContain('answer:Lead: X · In progress');
    expect(filters.some((filter) => filter.startsWith('answer:'))).toBe(false);
  });
});
