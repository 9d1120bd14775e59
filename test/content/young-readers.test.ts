/** The sample content is written so a young person can follow it: plain summaries, and no unexplained abbreviations. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkJargon } from '../../src/integrations/jargon-check';
import { MAX_GRADE, readability } from '../../src/lib/readability';
import { loadRealContent, projectRoot } from './helpers';
import { readContent } from '../../src/integrations/read-content';

const { content } = loadRealContent();

describe('"In short" summaries', () => {
  const summaries = [...content.priorities, ...content.outcomes];

  test('every priority and outcome has one, of one to three sentences', () => {
    expect(summaries.length).toBeGreaterThan(50);
    for (const entry of summaries) {
      const { sentences } = readability(entry.data.inShort);
      expect(sentences, entry.filePath).toBeGreaterThanOrEqual(1);
      expect(sentences, entry.filePath).toBeLessThanOrEqual(3);
    }
  });

  test(`every one reads at Flesch–Kincaid grade ${MAX_GRADE} or below (about age 12)`, () => {
    const tooHard = summaries
      .map((entry) => ({ file: entry.filePath, grade: readability(entry.data.inShort).grade }))
      .filter((summary) => summary.grade > MAX_GRADE);
    expect(tooHard).toEqual([]);
  });
});

test('the glossary explains every abbreviation the seed plans use', () => {
  const terms = new Set(content.glossary.flatMap((entry) => [entry.data.term, ...entry.data.aliases]));
  const fromSeeds = 'LOIP CPP CSP GIRFEC SHANARRI CAMHS PACE RCS SALSUS MASH ELC SIMD UNCRC LGBF FTE CEYP QI NIF ADP MCR R4L STRIVE eIRD TSI SOLACE SFRS ASN PB RAG'.split(' ');
  expect(fromSeeds.filter((term) => !terms.has(term))).toEqual([]);
  for (const entry of content.glossary) expect(readability(entry.data.explanation).sentences, entry.filePath).toBeLessThanOrEqual(3);
});

describe('the jargon check', () => {
  test('passes on the sample content: every abbreviation is in the glossary, on the ignore list or an indicator\u2019s code', () => {
    const { content: all, settings, indicatorCodes } = readContent(path.join(projectRoot, 'content'), projectRoot);
    expect(checkJargon(path.join(projectRoot, 'content'), projectRoot, all.glossary, [...settings!.jargon.ignore, ...indicatorCodes])).toEqual([]);
  });

  test('names an abbreviation the glossary does not explain, with its file, line and the fix', () => {
    const fixtureRoot = path.join(projectRoot, 'test/fixtures/unknown-acronym');
    const contentDir = path.join(fixtureRoot, 'content');
    const glossary = readContent(contentDir, fixtureRoot).content.glossary;
    expect(glossary.map((entry) => entry.data.term)).toEqual(['GIRFEC']);
    const problems = checkJargon(contentDir, fixtureRoot, glossary, []);
    expect(problems).toEqual([
      {
        file: 'content/demo-plan/actions/example.yaml',
        line: 4,
        message: expect.stringContaining('"QZX" looks like an abbreviation, and the glossary does not explain it.'),
      },
      { file: 'content/demo-plan/actions/example.yaml', line: 4, message: expect.stringContaining('"KXQ"') },
    ]);
    expect(problems[0]!.message).toContain('Add content/glossary/qzx.yaml');
    expect(checkJargon(contentDir, fixtureRoot, glossary, ['QZX', 'KXQ'])).toEqual([]);
  });
});
