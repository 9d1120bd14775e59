/**
 * What a reader's words ask for: the concepts to find, each with the other ways the plans write it,
 * and the kind of page they want first. "who is in charge of the foster carers action" asks for
 * pages about foster carers, with their lead, actions first.
 */
import { KIND_WORDS, LEAD_WORD } from './stop-words';
import { phraseKey, searchTokens } from './words';

/** Groups of words and phrases that mean the same, as the search page receives them. */
export type SynonymGroups = string[][];

export interface Concept {
  /** As the reader wrote it: "childcare", "in charge". */
  text: string;
  /** Pagefind searches that find it: the reader's words first, then the other ways of writing it. */
  alternatives: string[];
  /** The other ways of writing it, as the plans or the glossary write them ("ELC"), for the results' note. */
  others: string[];
}

export interface QueryPlan {
  concepts: Concept[];
  /** A kind of page the words ask for ("action"), shown first. */
  kind?: string;
  /** Words left out as part of the question ("what", "is", "being"). */
  leftOut: string[];
}

/** Each phrase's words → the searches for its group, for the longest-first phrase match. */
export interface SynonymIndex {
  phrases: Map<string, { searches: string[]; others: string[] }>;
  longest: number;
}

export function synonymIndex(groups: SynonymGroups, stopWords: ReadonlySet<string>): SynonymIndex {
  const phrases: SynonymIndex['phrases'] = new Map();
  let longest = 1;
  for (const group of groups) {
    const searches = [...new Set(group.map((phrase) => searchOf(phrase, stopWords)).filter(Boolean))];
    for (const phrase of group) {
      const key = phraseKey(phrase);
      if (!key) continue;
      const own = searchOf(phrase, stopWords);
      // The reader's own words are searched first.
      const others = group.filter((other) => searchOf(other, stopWords) !== own);
      phrases.set(key, { searches: [...new Set([own, ...searches])].filter(Boolean), others: [...new Set(others)] });
      longest = Math.max(longest, searchTokens(phrase).length);
    }
  }
  return { phrases, longest };
}

/** A phrase as a Pagefind search: its words, less the small ones ("early learning and childcare" → "early learning childcare"). */
function searchOf(phrase: string, stopWords: ReadonlySet<string>): string {
  const tokens = searchTokens(phrase);
  const kept = tokens.filter((token) => !stopWords.has(token));
  return (kept.length > 0 ? kept : tokens).join(' ');
}

/** The phrase of the synonym index that starts at `start`, longest first. */
function phraseAt(tokens: string[], start: number, index: SynonymIndex): { length: number; searches: string[]; others: string[] } | undefined {
  for (let length = Math.min(index.longest, tokens.length - start); length >= 1; length--) {
    const key = tokens.slice(start, start + length).filter((token) => token !== 'and').join(' ');
    const found = index.phrases.get(key);
    if (found) return { length, ...found };
  }
  return undefined;
}

export function planQuery(query: string, index: SynonymIndex, stopWords: ReadonlySet<string>): QueryPlan {
  const tokens = searchTokens(query);
  const concepts: Concept[] = [];
  const leftOut: string[] = [];
  let kind: string | undefined;
  for (let position = 0; position < tokens.length; ) {
    const phrase = phraseAt(tokens, position, index);
    if (phrase) {
      const text = tokens.slice(position, position + phrase.length).join(' ');
      if (phrase.searches.includes(LEAD_WORD) && tokens.length > phrase.length) {
        kind ??= 'Action';
        leftOut.push(text);
        position += phrase.length;
        continue;
      }
      const sameGroup = concepts.some((concept) => [...concept.alternatives].sort().join('|') === [...phrase.searches].sort().join('|'));
      if (!sameGroup) concepts.push({ text, alternatives: phrase.searches, others: phrase.others });
      position += phrase.length;
      continue;
    }
    const token = tokens[position++]!;
    if (KIND_WORDS[token] && tokens.length > 1) kind ??= KIND_WORDS[token];
    else if (stopWords.has(token)) leftOut.push(token);
    else if (!concepts.some((concept) => concept.text === token)) concepts.push({ text: token, alternatives: [token], others: [] });
  }
  // A search of only small words ("who are we") is searched as written.
  if (concepts.length === 0 && leftOut.length > 0) return { concepts: [{ text: leftOut.join(' '), alternatives: [leftOut.join(' ')], others: [] }], leftOut: [], ...(kind ? { kind } : {}) };
  return { concepts, leftOut, ...(kind ? { kind } : {}) };
}
