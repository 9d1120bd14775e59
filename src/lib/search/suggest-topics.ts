/**
 * When a search finds nothing, the topics closest to its words: themes, glossary terms and priorities
 * whose titles share a word with it, allowing for a typing slip ("poverity", "fostr").
 */
import { distance } from 'fastest-levenshtein';
import { searchTokens } from './words';

export interface Topic {
  title: string;
  kind: string;
  href: string;
}

const MOST = 5;

/** How close a reader's word is to a title's word: 2 for the same start, 1 for a slip, 0 for neither. */
function closeness(word: string, titleWord: string): number {
  if (word.length < 3 || titleWord.length < 3) return word === titleWord ? 2 : 0;
  const start = Math.min(word.length, titleWord.length, 5);
  if (word.slice(0, start) === titleWord.slice(0, start)) return 2;
  return word.length >= 5 && distance(word, titleWord) <= 2 ? 1 : 0;
}

export function suggestTopics(query: string, topics: Topic[], stopWords: ReadonlySet<string>): Topic[] {
  const words = searchTokens(query).filter((word) => !stopWords.has(word));
  if (words.length === 0) return [];
  const scored = topics.map((topic) => {
    const titleWords = searchTokens(topic.title).filter((word) => !stopWords.has(word));
    const score = words.reduce((total, word) => total + Math.max(0, ...titleWords.map((titleWord) => closeness(word, titleWord))), 0);
    return { topic, score };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.topic.title.length - b.topic.title.length)
    .slice(0, MOST)
    .map((entry) => entry.topic);
}
