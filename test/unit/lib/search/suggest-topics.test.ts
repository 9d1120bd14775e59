import { describe, expect, test } from 'vitest';
import { stopWordsFor } from '../../../../src/lib/search/stop-words';
import { suggestTopics } from '../../../../src/lib/search/suggest-topics';

const topics = [
  { title: 'Child poverty', kind: 'Theme', href: '/themes/child-poverty/' },
  { title: 'Family support', kind: 'Theme', href: '/themes/family-support/' },
  { title: 'CAMHS (Child and Adolescent Mental Health Services)', kind: 'Glossary', href: '/glossary/#camhs' },
  { title: 'Children and young people are safe and free from harm', kind: 'Moray CSP 2020–23', href: '/moray-csp-2020-23/priorities/safe/' },
];
const suggest = (query: string) => suggestTopics(query, topics, stopWordsFor('en')).map((topic) => topic.title);

describe('suggestTopics', () => {
  test('topics that share a word with the search, allowing a typing slip', () => {
    expect(suggest('povrety help')).toEqual(['Child poverty']);
    expect(suggest('families')).toEqual(['Family support']);
    expect(suggest('feeling safe')).toEqual(['Children and young people are safe and free from harm']);
  });

  test('the closest first, and none for words like no topic', () => {
    expect(suggest('child mental health')[0]).toBe('CAMHS (Child and Adolescent Mental Health Services)');
    expect(suggest('zebra crossing')).toEqual([]);
    expect(suggest('what is')).toEqual([]);
  });
});
