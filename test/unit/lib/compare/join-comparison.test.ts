import { describe, expect, test } from 'vitest';
import { readCouncils, readFigures, readIndicatorRows } from '../../../../src/lib/compare/comparison-csv';
import { joinComparison, type ComparisonParts } from '../../../../src/lib/compare/join-comparison';
import { comparisonSourceSchema, indicatorEntriesSchema } from '../../../../src/schemas';
import { parseYaml, type ParsedYaml } from '../../../../src/lib/yaml-source';

const FILES = {
  figures: 'content/comparison/lgbf-children-all-councils.csv',
  councils: 'content/comparison/lgbf-council-groups.csv',
  indicators: 'content/comparison/lgbf-indicators.csv',
  entries: 'content/comparison/indicators.yaml',
  source: 'content/comparison/source.yaml',
};

const TEXTS = {
  figures: [
    'indicator,title,area,year,value,unit',
    'CHN24,Child poverty,Angus,2018-19,20,%',
    'CHN24,Child poverty,Angus,2019-20,21,%',
    'CHN24,Child poverty,Moray,2019-20,18.4,%',
    'CHN24,Child poverty,Scotland,2019-20,24,%',
    'CHN1,Cost,Angus,2019-20,5000,£',
    'CHN1,Cost,Moray,2019-20,5100,£',
  ].join('\n'),
  councils: 'council,rurality,deprivation_group,vulnerability_group\nAngus,Mixed,3,3\nMoray,Mixed,3,4\n',
  indicators: 'indicator,title,source,rank_1_is_highest_value\nCHN1,Cost,N/A,no\nCHN24,Child poverty,Local Authorities,no\n',
  entries: 'CHN24:\n  slug: chn24\n  betterDirection: decrease\n  reason: "Fewer children in poverty."\nCHN1:\n  slug: chn1\n  betterDirection: none\n  reason: "A cost."\n',
  source: [
    'publisher: "Improvement Service"',
    'name: "Local Government Benchmarking Framework"',
    'repository: "Improvement-Service/LGBF_Analysis"',
    'commit: "8b78b630c60dcbaf57ea66f034d0bbf1a37993e9"',
    'commitDate: "January 2022"',
    'latestYear: "2019-20"',
    'files: [{ path: "data/new bnch data.xlsx", sheet: "Raw Data", gave: "The figures." }]',
    'decimalPlaces: 2',
    'rounding: "Rounded to 2 decimal places."',
    'missingFigures: "Left out."',
  ].join('\n'),
};

function yaml<T>(text: string, schema: { parse: (data: unknown) => T }) {
  const parsed = parseYaml(text) as ParsedYaml;
  return { data: schema.parse(parsed.data), lineOf: parsed.lineOf, keyLineOf: parsed.keyLineOf };
}

function parts(change: Partial<typeof TEXTS> = {}): ComparisonParts {
  const texts = { ...TEXTS, ...change };
  return {
    figures: readFigures(texts.figures).rows,
    councils: readCouncils(texts.councils).rows,
    indicatorRows: readIndicatorRows(texts.indicators).rows,
    entries: yaml(texts.entries, indicatorEntriesSchema),
    source: yaml(texts.source, comparisonSourceSchema),
    files: FILES,
  };
}

describe('joinComparison', () => {
  test('joins the five files: indicators in the order of indicators.yaml, with their unit and the site\u2019s judgement', () => {
    const { comparison, problems } = joinComparison(parts());
    expect(problems).toEqual([]);
    expect(comparison.indicators).toEqual([
      { code: 'CHN24', slug: 'chn24', title: 'Child poverty', unit: '%', collectedBy: 'Local Authorities', rankOneIsHighest: false, betterDirection: 'decrease', reason: 'Fewer children in poverty.' },
      { code: 'CHN1', slug: 'chn1', title: 'Cost', unit: '£', collectedBy: 'N/A', rankOneIsHighest: false, betterDirection: 'none', reason: 'A cost.' },
    ]);
    expect(comparison.figures).toContainEqual({ indicator: 'CHN24', area: 'Moray', year: '2019-20', value: 18.4 });
    expect(comparison.councils.map((council) => council.name)).toEqual(['Angus', 'Moray']);
  });

  test('an indicator in the figures with no metadata, and metadata with no figures', () => {
    const { problems } = joinComparison(parts({ figures: TEXTS.figures.replaceAll('CHN1,', 'CHN2,'), entries: `${TEXTS.entries}CHN2:\n  slug: chn2\n  betterDirection: none\n  reason: "A cost."\n` }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: FILES.figures, line: 6, field: 'indicator', message: expect.stringMatching(/^"CHN2" is not an indicator in content\/comparison\/lgbf-indicators\.csv\. Did you mean "CHN1"\? Correct the code, or add the indicator's row there/) },
        { file: FILES.indicators, line: 2, field: 'indicator', message: 'CHN1 has no figures in content/comparison/lgbf-children-all-councils.csv. Add its figures there, or remove this row.' },
        { file: FILES.entries, line: 9, field: 'CHN2', message: expect.stringMatching(/^there is no indicator "CHN2" in content\/comparison\/lgbf-indicators\.csv\. Did you mean "CHN1"\?/) },
      ]),
    );
  });

  test('an indicator with no indicators.yaml entry, and two entries with one address', () => {
    const entries = 'CHN24:\n  slug: chn24\n  betterDirection: decrease\n  reason: "Fewer."\n';
    expect(joinComparison(parts({ entries })).problems).toEqual([
      { file: FILES.entries, message: expect.stringMatching(/^CHN1 \(in content\/comparison\/lgbf-indicators\.csv\) has no entry here\. Add one under its code, like CHN1: \{ slug: chn1, /) },
    ]);
    const sameSlug = TEXTS.entries.replace('slug: chn1', 'slug: chn24');
    expect(joinComparison(parts({ entries: sameSlug })).problems).toEqual([
      { file: FILES.entries, line: 6, field: 'CHN1.slug', message: 'the slug "chn24" is also CHN24\'s. Each indicator needs its own page address: use its code in lower case, like "chn1".' },
    ]);
  });

  test('an area that is neither Scotland nor a council, and a council with no figures', () => {
    const { problems } = joinComparison(parts({ figures: TEXTS.figures.replaceAll(',Moray,', ',Morey,') }));
    expect(problems).toEqual([
      { file: FILES.figures, line: 4, field: 'area', message: '"Morey" is neither "Scotland" nor a council in content/comparison/lgbf-council-groups.csv. Did you mean "Moray"? Write the area as that file names the council, or add the council there.' },
      { file: FILES.councils, line: 3, field: 'council', message: '"Moray" has no figures in content/comparison/lgbf-children-all-councils.csv. Did you mean "Morey"? Write the council\'s name as the figures do, or add its figures.' },
    ]);
  });

  test('one title and one unit for each indicator, as in the metadata', () => {
    const figures = TEXTS.figures.replace('CHN24,Child poverty,Moray,2019-20,18.4,%', 'CHN24,Child Poverty,Moray,2019-20,18.4,percent');
    expect(joinComparison(parts({ figures })).problems).toEqual([
      { file: FILES.figures, line: 4, field: 'title', message: 'the title of CHN24 here is not its title in content/comparison/lgbf-indicators.csv ("Child poverty"). Both come from the LGBF\'s metadata: make them the same.' },
      { file: FILES.figures, line: 4, field: 'unit', message: 'CHN24 is in "%" on line 2 but in "percent" here. Every figure of an indicator must be in one unit.' },
    ]);
  });

  test('source.yaml\u2019s latest year is the newest in the figures', () => {
    expect(joinComparison(parts({ source: TEXTS.source.replace('latestYear: "2019-20"', 'latestYear: "2020-21"') })).problems).toEqual([
      { file: FILES.source, line: 6, field: 'latestYear', message: 'this says the figures run to 2020-21, but the newest year in content/comparison/lgbf-children-all-councils.csv is 2019-20. Correct it to "2019-20".' },
    ]);
  });
});
