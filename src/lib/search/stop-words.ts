/**
 * The words a question is made of but a page is not found by: "what is being done about child
 * poverty" is a search for "child poverty". One list per language the site is written in, by the
 * language code of the page (`<html lang>`); a language without a list keeps every word.
 *
 * Not here: words a reader means ("help", "not", "young"), and words the search words file gives a
 * meaning ("in charge" is a way of asking who leads, "getting better" of asking about the trend): the
 * file's phrases are found before these words are taken out.
 */
const ENGLISH = [
  // Question words and question forms
  'what', 'whats', 'which', 'who', 'whos', 'whom', 'whose', 'why', 'how', 'hows', 'when', 'where', 'wheres',
  'is', 'isnt', 'are', 'arent', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'doesnt', 'did', 'didnt',
  'doing', 'done', 'can', 'cant', 'could', 'will', 'wont', 'would', 'should', 'shall', 'may', 'might', 'must',
  'have', 'has', 'had', 'having', 'there', 'theres', 'here',
  // People asking
  'i', 'im', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'youre', 'they', 'them', 'their', 'theyre', 'he', 'she', 'his', 'her', 'it', 'its',
  'tell', 'show', 'find', 'know', 'want', 'please', 'anything', 'something', 'happening', 'going', 'helping',
  'get', 'gets', 'getting', 'got', 'keep', 'keeps', 'kept',
  // Every page is part of a plan
  'plan', 'plans',
  // Small words
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'about', 'and', 'or', 'but',
  'if', 'so', 'than', 'then', 'that', 'this', 'these', 'those', 'any', 'some', 'much', 'many', 'very', 'just', 'also',
  'not', 'no', 'all', 'more', 'most',
];

export const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(ENGLISH),
};

/** The stop words of a page's language ("en-GB" uses "en"); none for a language without a list. */
export function stopWordsFor(language: string): ReadonlySet<string> {
  const code = language.toLowerCase().split('-')[0] ?? '';
  return STOP_WORDS[code] ?? new Set();
}

/**
 * Words that name a kind of page ("the foster carers action"): not needed on the page, but pages of
 * that kind come first.
 */
export const KIND_WORDS: Record<string, string> = {
  action: 'Action',
  actions: 'Action',
  measure: 'Measure',
  measures: 'Measure',
  indicator: 'Measure',
  indicators: 'Measure',
  figures: 'Measure',
  statistics: 'Measure',
  outcome: 'Outcome',
  outcomes: 'Outcome',
  priority: 'Priority',
  priorities: 'Priority',
  report: 'Report',
  reports: 'Report',
  mean: 'Glossary',
  means: 'Glossary',
  meaning: 'Glossary',
  stand: 'Glossary',
  stands: 'Glossary',
};

/**
 * The plans' word for who is in charge. A phrase that means it ("in charge", "responsible for", in the
 * search words file) with other words asks who leads something: every action's result shows its lead,
 * so actions come first and the phrase itself need not be on the page.
 */
export const LEAD_WORD = 'lead';
