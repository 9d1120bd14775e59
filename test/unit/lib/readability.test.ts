import { expect, test } from 'vitest';
import { MAX_GRADE, readability } from '../../../src/lib/readability';

test('short sentences of everyday words read easily; long ones of long words do not', () => {
  const easy = readability('We want you to feel safe. We want you to have a good home.');
  expect(easy.sentences).toBe(2);
  expect(easy.words).toBe(14);
  expect(easy.grade).toBeLessThan(3);
  const hard = readability(
    'Multi-agency partnership infrastructure will operationalise integrated commissioning arrangements, facilitating comprehensive transformational improvement methodologies.',
  );
  expect(hard.grade).toBeGreaterThan(MAX_GRADE + 10);
});

test('counts "children\'s" and "well-being" as one word each, and copes with empty text', () => {
  expect(readability("Children's well-being.").words).toBe(2);
  expect(readability('')).toEqual({ grade: 0, sentences: 1, words: 0, syllables: 0 });
});
