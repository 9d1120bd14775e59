import { describe, expect, test } from 'vitest';
import { STOP_WORDS, stopWordsFor } from '../../../../src/lib/search/stop-words';
import { searchTokens, phraseKey } from '../../../../src/lib/search/words';

describe('stop words', () => {
  test('a language’s list is found from the page’s language code', () => {
    expect(stopWordsFor('en-GB')).toBe(STOP_WORDS.en);
    expect(stopWordsFor('EN')).toBe(STOP_WORDS.en);
  });

  test('a language without a list keeps every word', () => {
    expect(stopWordsFor('gd').size).toBe(0);
  });

  test('question words and small words are left out; words a reader means are kept', () => {
    const english = stopWordsFor('en');
    for (const word of ['what', 'is', 'being', 'done', 'about', 'how', 'are', 'you', 'who', 'the', 'whats']) expect(english.has(word), word).toBe(true);
    for (const word of ['help', 'young', 'child', 'poverty', 'lead', 'charge', 'better', 'carers', 'school']) expect(english.has(word), word).toBe(false);
  });

  test('every stop word is written as search compares words', () => {
    for (const word of STOP_WORDS.en!) expect(searchTokens(word)).toEqual([word]);
  });
});

describe('search words', () => {
  test('lower case, letters and numbers, apostrophes closed up', () => {
    expect(searchTokens('What’s ELC? Children’s rights, S3/S4')).toEqual(['whats', 'elc', 'childrens', 'rights', 's3', 's4']);
  });

  test('a phrase compares without "and" and punctuation', () => {
    expect(phraseKey('Early Learning & Childcare')).toBe('early learning childcare');
    expect(phraseKey('early learning and childcare')).toBe('early learning childcare');
  });
});
