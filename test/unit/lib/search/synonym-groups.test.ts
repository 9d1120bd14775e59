import { describe, expect, test } from 'vitest';
import { synonymGroups, synonymProblems } from '../../../../src/lib/search/synonym-groups';

const glossary = (term: string, expansion?: string, aliases: string[] = []) => ({ term, explanation: 'x', aliases, areas: [], ...(expansion ? { expansion } : {}) });

describe('synonymGroups', () => {
  test('the glossary’s terms, expansions and aliases are groups', () => {
    expect(synonymGroups([], [glossary('CAMHS', 'Child and Adolescent Mental Health Services', ['CAHMS']), glossary('Throughcare')])).toEqual([['CAMHS', 'Child and Adolescent Mental Health Services', 'CAHMS']]);
  });

  test('a file group sharing a word with a glossary group becomes one group', () => {
    expect(synonymGroups([['childcare', 'ELC', 'nursery']], [glossary('ELC', 'Early Learning and Child Care')])).toEqual([['childcare', 'ELC', 'nursery', 'Early Learning and Child Care']]);
  });
});

describe('synonymProblems', () => {
  test('a sound file has none', () => {
    expect(synonymProblems([['childcare', 'ELC'], ['in charge', 'lead']])).toEqual([]);
  });

  test('a word in two groups, twice in one, or of small words only, is named with its group and the fix', () => {
    expect(synonymProblems([['childcare', 'ELC'], ['nursery', 'Childcare'], ['the', 'lead', 'lead'], ['!!', 'x']])).toEqual([
      { field: 'synonyms[1]', message: '"Childcare" is also in group 1 (synonyms[0]). A word means one thing to search: merge the two groups, or take it out of one.' },
      { field: 'synonyms[2]', message: '"the" is made only of words search leaves out of a question ("what", "is", "the"…), so it can never be searched for. Write the word that matters, or take it out.' },
      { field: 'synonyms[2]', message: '"lead" is in this group twice. Take one out.' },
      { field: 'synonyms[3]', message: '"!!" has no letters or numbers for search to look for. Write a word or phrase, or take it out.' },
    ]);
  });
});
