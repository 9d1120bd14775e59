import { describe, expect, test } from 'vitest';
import { filterOptions, NO_LEAD } from '../../../src/lib/action-filters';

const titles: Record<string, string> = { safe: 'Safe', healthy: 'Healthy' };
const actions = [
  { id: 'a', status: 'complete' as const, lead: 'Chief Social Work Officer', themes: ['safe'] },
  { id: 'b', status: 'overdue' as const, lead: 'Chief Social Work Officer', themes: ['safe', 'healthy'] },
  { id: 'c', status: 'not stated' as const, themes: [] },
  { id: 'd', status: 'complete' as const, lead: 'Andy Doneghan', themes: ['healthy'] },
];

describe('filterOptions', () => {
  const options = filterOptions(actions, (id) => titles[id]!);

  test('statuses come in the order of the status list, with the actions each keeps', () => {
    expect(options.status.map((option) => [option.value, option.label, option.ids])).toEqual([
      ['complete', 'Complete', ['a', 'd']],
      ['overdue', 'Overdue', ['b']],
      ['not-stated', 'Not stated', ['c']],
    ]);
  });

  test('leads are sorted by name, with actions that name no lead last', () => {
    expect(options.lead.map((option) => [option.value, option.label, option.ids])).toEqual([
      ['andy-doneghan', 'Andy Doneghan', ['d']],
      ['chief-social-work-officer', 'Chief Social Work Officer', ['a', 'b']],
      ['no-lead-named', NO_LEAD, ['c']],
    ]);
  });

  test('themes are sorted by title, and an action can be under several', () => {
    expect(options.theme.map((option) => [option.value, option.ids])).toEqual([
      ['healthy', ['b', 'd']],
      ['safe', ['a', 'b']],
    ]);
  });

  test('long leads get short, unique addresses', () => {
    const long = 'Simon Boker-Ingram, Chair of GIRFEC Leadership Group; supported by Co-Chairs of Fairer Moray Forum and many others besides';
    const { lead } = filterOptions(
      [
        { id: 'x', status: 'complete', lead: long, themes: [] },
        { id: 'y', status: 'complete', lead: `${long}, again`, themes: [] },
      ],
      String,
    );
    expect(lead.map((option) => option.value.length <= 80)).toEqual([true, true]);
    expect(new Set(lead.map((option) => option.value)).size).toBe(2);
    expect(lead.every((option) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(option.value))).toBe(true);
  });
});
