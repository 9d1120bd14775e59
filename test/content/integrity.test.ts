import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/content-problem';
import { loadRealContent } from './helpers';

const { content, index, problems } = loadRealContent();

describe('the content in content/', () => {
  test('has no problems: every file is valid and every reference resolves', () => {
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  test('every outcome belongs to a priority of its plan', () => {
    for (const outcome of content.outcomes) {
      const priority = [...index.outcomesByPriority.entries()].find(([, outcomes]) => outcomes.includes(outcome));
      expect(priority, outcome.filePath).toBeDefined();
    }
  });

  test('every action belongs to an outcome and every measure has an owner', () => {
    const placedActions = [...index.actionsByOutcome.values()].flat();
    expect(placedActions).toHaveLength(content.actions.length);
    expect(index.ownerOfMeasure.size).toBe(content.measures.length);
  });
});
