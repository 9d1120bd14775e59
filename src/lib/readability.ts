/**
 * How hard a short text is to read, as a Flesch–Kincaid grade: the US school grade (age minus about
 * five) whose pupils could follow it. "In short" summaries are written for young people, so they
 * must score at most MAX_GRADE: grade 7, a reader of about 12.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MAX_GRADE = 7;

export interface Readability {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** Words as readers see them: "children's" and "well-being" are one word each; numbers count as words. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu) ?? [];
}

function syllablesIn(word: string): number {
  if (/^\p{N}/u.test(word)) return Math.max(1, word.replace(/\D/g, '').length);
  return word.split(/[-'’]/).reduce((total, part) => total + Math.max(1, syllable(part)), 0);
}

export function readability(text: string): Readability {
  const words = wordsOf(text);
  const sentences = Math.max(1, text.split(/[.!?]+(?=\s|$)/).filter((sentence) => wordsOf(sentence).length > 0).length);
  const syllables = words.reduce((total, word) => total + syllablesIn(word), 0);
  const grade = words.length === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences, words: words.length, syllables };
}

/** The hardest sentence of a text to read, with its grade. */
export function hardestSentence(text: string): { sentence: string; grade: number } {
  const sentences = text.match(/[^.!?]+[.!?]*(?=\s|$)/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [text];
  return sentences.map((sentence) => ({ sentence, grade: readability(sentence).grade })).reduce((hardest, next) => (next.grade > hardest.grade ? next : hardest));
}

/** A warning for an "in short" summary above the reading level young readers need, or undefined. */
export function summaryWarning(text: string): string | undefined {
  const { grade } = readability(text);
  if (grade <= MAX_GRADE) return undefined;
  const hardest = hardestSentence(text);
  return (
    `this summary reads at grade ${grade.toFixed(1)} (about age ${Math.round(grade + 5)}); "in short" summaries should be grade ${MAX_GRADE} or below (about age 12), so young people can follow them. ` +
    `The hardest sentence is "${hardest.sentence}". Use shorter sentences (split at "and" or a comma) and shorter, everyday words.`
  );
}
