import { describe, expect, test } from 'vitest';
import { planQuery, synonymIndex } from '../../../../src/lib/search/query-plan';
import { stopWordsFor } from '../../../../src/lib/search/stop-words';

const stopWords = stopWordsFor('en');
const index = synonymIndex(
  [
    ['childcare', 'early learning and childcare', 'ELC', 'early years'],
    ['in charge', 'lead'],
    ['getting better', 'improving'],
    ['CAMHS', 'Child and Adolescent Mental Health Services'],
  ],
  stopWords,
);
const plan = (query: string) => planQuery(query, index, stopWords);
const searches = (query: string) => plan(query).concepts.map((concept) => concept.alternatives);

describe('a question is searched as its keywords', () => {
  test.each([
    ['what is being done about child poverty', 'child poverty'],
    ['What’s happening with child poverty?', 'child poverty'],
    ['how are you helping young carers', 'young carers'],
    ['Is there anything for kinship carers', 'kinship carers'],
  ])('"%s" is "%s"', (question, keywords) => {
    expect(plan(question).concepts).toEqual(plan(keywords).concepts);
  });

  test('the words left out are listed', () => {
    expect(plan('what is being done about child poverty').leftOut).toEqual(['what', 'is', 'being', 'done', 'about']);
  });

  test('a search of only small words is searched as written', () => {
    expect(searches('who are we')).toEqual([['who are we']]);
  });
});

describe('the public’s words find the plans’ words', () => {
  test('a word of a group is searched first as written, then as the group’s other words', () => {
    expect(searches('childcare')).toEqual([['childcare', 'early learning childcare', 'elc', 'early years']]);
    expect(plan('childcare').concepts[0]!.others).toEqual(['early learning and childcare', 'ELC', 'early years']);
  });

  test('a phrase is matched whole, before its small words are left out', () => {
    // "getting" is a question's word, so the phrase is searched as "better".
    expect(searches('is bullying getting better in schools')).toEqual([['bullying'], ['better', 'improving'], ['schools']]);
  });

  test('asking who is in charge of something asks for actions, whose results show their lead', () => {
    expect(plan('who is in charge of the foster carers action')).toMatchObject({ concepts: [{ alternatives: ['foster'] }, { alternatives: ['carers'] }], kind: 'Action' });
    expect(plan('who is in charge of young carers').kind).toBe('Action');
    // On its own, the phrase is what is searched for.
    expect(searches('in charge')).toEqual([['charge', 'lead']]);
  });

  test('two ways of writing the same thing in one search are one concept', () => {
    expect(searches('early years childcare')).toEqual([['early years', 'childcare', 'early learning childcare', 'elc']]);
  });

  test('an acronym finds its expansion and the expansion the acronym', () => {
    expect(searches('CAMHS')).toEqual([['camhs', 'child adolescent mental health services']]);
    expect(searches('child and adolescent mental health services')).toEqual([['child adolescent mental health services', 'camhs']]);
  });
});

describe('the kind of page the words ask for', () => {
  test.each([
    ['the foster carers action', 'Action'],
    ['bullying measures', 'Measure'],
    ['what does CAMHS mean', 'Glossary'],
    ['young carers', undefined],
  ])('"%s" asks for %s pages first', (query, kind) => {
    expect(plan(query).kind).toBe(kind);
  });

  test('a kind word on its own is what is searched for', () => {
    expect(searches('actions')).toEqual([['actions']]);
  });
});
