/**
 * `npm run check` on copies of the real content, each broken in one way a comms officer might break it.
 * Every message must name the file, the field (where there is one) and what to do, and never show a stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { projectRoot } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** A fresh copy of content/ with one file changed. */
function checkWith(file: string, change: (text: string) => string) {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-check-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  expect(after, `the test's change to ${file} must change it`).not.toBe(before);
  writeFileSync(target, after);
  return runCheck(root);
}

const ACTION = 'content/moray-csp-2020-23/actions/foster-carer-range.yaml';
const OUTCOME = 'content/moray-csp-2020-23/outcomes/safe-stable-homes.mdx';
const MEASURE = 'content/moray-csp-2020-23/measures/care-leavers-homeless.yaml';
const REPORT = 'content/moray-loip/reports/2021-22-q1.mdx';
const CSV = 'content/moray-loip/measures/lgbf-chn9-looked-after-in-community.csv';
const PRIORITY = 'content/moray-csp-2020-23/priorities/safe-from-harm.mdx';

const SEARCH_WORDS = 'content/search-words.yaml';
const FIGURES = 'content/comparison/lgbf-children-all-councils.csv';
const COUNCILS = 'content/comparison/lgbf-council-groups.csv';
const INDICATORS = 'content/comparison/indicators.yaml';
const CONTEXT_STATISTIC = 'content/moray-loip/measures/lgbf-chn9-looked-after-in-community.yaml';

const cases: Array<{ name: string; file: string; change: (text: string) => string; expected: RegExp[] }> = [
  {
    name: 'a search word in two groups',
    file: SEARCH_WORDS,
    change: (text) => text.replace('  - [bullying, bullied, bullies]', '  - [bullying, bullied, bullies, neglect]'),
    expected: [/search-words\.yaml, `synonyms\[\d+\]`: "neglect" is also in group \d+ \(synonyms\[\d+\]\)\. A word means one thing to search: merge the two groups, or take it out of one\./],
  },
  {
    name: 'a search words group of one word',
    file: SEARCH_WORDS,
    change: (text) => text.replace('  - [domestic abuse, domestic violence]', '  - [domestic abuse]'),
    expected: [/search-words\.yaml, .*`synonyms\[\d+\]`: give each group at least two words or phrases that mean the same/],
  },
  {
    name: 'a reference to an outcome that does not exist',
    file: ACTION,
    change: (text) => text.replace('outcome: safe-stable-homes', 'outcome: safe-homes'),
    expected: [/foster-carer-range\.yaml, `outcome`: there is no outcome called "safe-homes" in this plan\. Did you mean "safe-stable-homes"\?/, /The outcomes in this plan are: /],
  },
  {
    name: 'a misspelt field name',
    file: ACTION,
    change: (text) => text.replace('title: "Increase the range', 'titel: "Increase the range'),
    expected: [/foster-carer-range\.yaml, line 1: "titel" is not a field this kind of page has\. Did you mean "title"\? The fields here are: title, reference, outcome, /, /foster-carer-range\.yaml, `title`: this field is required but missing\./],
  },
  {
    name: 'a date that does not exist',
    file: REPORT,
    change: (text) => text.replace('start: "2021-04-01"', 'start: "2021-04-31"'),
    expected: [/2021-22-q1\.mdx, line 6, `period\.start`: /],
  },
  {
    name: 'text in a number column of a CSV',
    file: CSV,
    change: (text) => text.replace('2010-11,86.47,Moray', '2010-11,about 86,Moray'),
    expected: [/lgbf-chn9-looked-after-in-community\.csv, line 2, `value`: "about 86": write a plain number, without commas, % or £/],
  },
  {
    name: 'an improvement aim id used twice',
    file: OUTCOME,
    change: (text) => text.replace('  - id: permanence\n', '  - id: kinship-foster-care\n'),
    expected: [/safe-stable-homes\.mdx, `improvementAims\[1\]\.id`: the improvement aim id "kinship-foster-care" is used twice in this outcome\. Give each aim its own id\./],
  },
  {
    name: 'a missing title',
    file: MEASURE,
    change: (text) => text.replace(/^title: .*\n/m, ''),
    expected: [/care-leavers-homeless\.yaml, `title`: this field is required but missing\./],
  },
  {
    name: 'bad YAML indentation',
    file: ACTION,
    change: (text) => text.replace('\norder: 1', '\n order: 1'),
    expected: [/foster-carer-range\.yaml, line 2: this is not valid YAML: the next line is indented further than this one, so it reads as part of this value rather than as a field of its own\. Line up the fields at the left edge\./],
  },
  {
    name: 'an unknown status',
    file: ACTION,
    change: (text) => `${text}status: done\n`,
    expected: [/foster-carer-range\.yaml, line \d+, `status`: "done" is not allowed here\. Use one of: "not started", "in progress", "complete", "on hold", "not stated"\./],
  },
  {
    name: 'an unknown theme',
    file: ACTION,
    change: (text) => text.replace('  - care-experience', '  - care-experiance'),
    expected: [/foster-carer-range\.yaml, `themes\[0\]`: there is no theme called "care-experiance"\. Check the spelling, or add content\/themes\/care-experiance\.yaml\. The themes are: /],
  },
  {
    name: 'a CSV without its value column',
    file: CSV,
    change: (text) => text.replace(/^period,value,/, 'period,figure,'),
    expected: [/lgbf-chn9-looked-after-in-community\.csv, line 1: the first line must name the columns, including "value"\./, /unknown column "figure"/],
  },
  {
    name: 'a completion target that is not a date',
    file: ACTION,
    change: (text) => `${text}completionTarget: "Aprill 20211"\n`,
    expected: [/foster-carer-range\.yaml, line \d+, `completionTarget`: "Aprill 20211" has no date in it/],
  },
  {
    name: 'two priorities with the same number',
    file: PRIORITY,
    change: (text) => text.replace(/^number: \d+$/m, 'number: 1'),
    expected: [/priorities\/(safe-from-harm|wellbeing)\.mdx, `number`: priority number 1 is also used by .*\. Give each priority in moray-csp-2020-23 its own number\./],
  },
  {
    name: 'a measure listed by two outcomes',
    file: OUTCOME,
    change: (text) => text.replace(/^measures:\n/m, 'measures:\n  - feel-safe-percentage\n'),
    expected: [/`measures\[\d+\]`: the measure "feel-safe-percentage" is already listed by content\/moray-csp-2020-23\/outcomes\/(safe-in-community|safe-stable-homes)\.mdx\. A measure belongs to one priority or outcome \(or, if neither lists it, one action\); only the actions of that outcome may list it too\. Remove it from one of the two lists\./],
  },
  {
    name: 'a unit the site does not know',
    file: MEASURE,
    change: (text) => text.replace('unit: "number"', 'unit: "percent"'),
    expected: [/care-leavers-homeless\.yaml, line \d+, `unit`: "percent" is not allowed here\. Use one of: "%", /],
  },
  {
    name: 'a report that updates an action the plan does not have',
    file: REPORT,
    change: (text) => text.replace('deliveryPlanCompletion: 20\n', 'deliveryPlanCompletion: 20\nactions:\n  - action: wellbeing-investmnt\n    status: complete\n'),
    expected: [/2021-22-q1\.mdx, `actions\[0\]\.action`: there is no action called "wellbeing-investmnt" in this plan\. Did you mean "wellbeing-investment"\?/],
  },
  {
    name: 'an abbreviation the glossary does not explain',
    file: ACTION,
    change: (text) => text.replace('title: "Increase the range', 'title: "QZX: Increase the range'),
    expected: [/foster-carer-range\.yaml, line 1: "QZX" looks like an abbreviation, and the glossary does not explain it\..*Add content\/glossary\/qzx\.yaml/],
  },
  {
    name: 'a file without its frontmatter dashes',
    file: PRIORITY,
    change: (text) => text.replace(/^---\n/, ''),
    expected: [/priorities\/safe-from-harm\.mdx, line 1: the file must start with a line of three dashes \(---\), the fields, and another line of three dashes\./],
  },
  {
    name: 'a figure for a period the site cannot read',
    file: CSV,
    change: (text) => text.replace('2010-11,86.47,Moray', 'Q5 2010,86.47,Moray'),
    expected: [/lgbf-chn9-looked-after-in-community\.csv, line 2, `period`: /],
  },
  {
    name: 'a component the site does not have',
    file: PRIORITY,
    change: (text) => `${text}\n<Chart measure="moray-loip/measures/lgbf-chn9-looked-after-in-community" />\n`,
    expected: [/safe-from-harm\.mdx, line \d+, `<Chart>`: there is no component called Chart\. The components you can use are: <MeasureChart>, /],
  },
  {
    name: 'a status badge with a status the site does not know',
    file: PRIORITY,
    change: (text) => `${text}\n<StatusBadge status="done" />\n`,
    expected: [/safe-from-harm\.mdx, line \d+, `<StatusBadge>`: "done" is not a status the site knows\. Use one of: "complete", /],
  },
  {
    name: 'text in a figure of the comparison data',
    file: FIGURES,
    change: (text) => text.replace('Aberdeen City,2010-11,4960.34,', 'Aberdeen City,2010-11,dna,'),
    expected: [/lgbf-children-all-councils\.csv, line 2, `value`: "dna": write a plain number, without commas, % or £/],
  },
  {
    name: 'a comparison year written another way',
    file: FIGURES,
    change: (text) => text.replace('Aberdeen City,2010-11,4960.34,', 'Aberdeen City,2010/11,4960.34,'),
    expected: [/lgbf-children-all-councils\.csv, line 2, `year`: "2010\/11" is not a year written the LGBF's way: .*"2019-20" for one year, "2010-14" for several/],
  },
  {
    name: 'the same comparison figure twice',
    file: FIGURES,
    change: (text) => `${text}CHN24,Percentage of children living in poverty (after housing costs),Moray,2019-20,20,%\n`,
    expected: [/lgbf-children-all-councils\.csv, line 10026, `year`: CHN24 for Moray in 2019-20 is already on line \d+\. Keep one row per indicator, area and year/],
  },
  {
    name: 'an area in the comparison figures that is not a council',
    file: COUNCILS,
    change: (text) => text.replace('Moray,Mixed,3,4', 'Morey,Mixed,3,4'),
    expected: [
      /lgbf-children-all-councils\.csv, line \d+, `area`: "Moray" is neither "Scotland" nor a council in content\/comparison\/lgbf-council-groups\.csv\. Did you mean "Morey"\?/,
      /lgbf-council-groups\.csv, line 21, `council`: "Morey" has no figures in content\/comparison\/lgbf-children-all-councils\.csv\. Did you mean "Moray"\?/,
    ],
  },
  {
    name: 'an indicator with no entry in indicators.yaml',
    file: INDICATORS,
    change: (text) => text.replace(/^CHN24:\n(?: {2}.*\n)+/m, ''),
    expected: [/comparison\/indicators\.yaml: CHN24 \(in content\/comparison\/lgbf-indicators\.csv\) has no entry here\. Add one under its code, like CHN24: \{ slug: chn24, /],
  },
  {
    name: 'a measure naming an indicator the comparison data does not have',
    file: CONTEXT_STATISTIC,
    change: (text) => text.replace('indicator: "CHN9"', 'indicator: "CHN99"'),
    expected: [/lgbf-chn9-looked-after-in-community\.yaml, `indicator`: there is no indicator "CHN99" in content\/comparison\/lgbf-indicators\.csv\. Did you mean "CHN9"\? Write the LGBF code as that file does\./],
  },
  {
    name: 'a measure naming an indicator, in a plan whose area is not a council',
    file: 'content/moray-loip/plan.mdx',
    change: (text) => text.replace('area: "Moray"', 'area: "Morey"'),
    expected: [/lgbf-chn9-looked-after-in-community\.yaml, `indicator`: this names the LGBF indicator "CHN9", but its plan\u2019s area, "Morey" \(the `area` of content\/moray-loip\/plan\.mdx\), is not a council in content\/comparison\/lgbf-council-groups\.csv, so its page cannot say how the area compares\. Did you mean "Moray"\?/],
  },
];

describe('npm run check names the file, the field and the fix for', () => {
  test.each(cases)('$name', ({ file, change, expected }) => {
    const { exitCode, output } = checkWith(file, change);
    expect(exitCode, output).toBe(1);
    for (const pattern of expected) expect(output).toMatch(pattern);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/ZodError|"code":|invalid_type|\[\s*{\s*"/);
  });

  test(`at least 15 different mistakes`, () => {
    expect(new Set(cases.map((entry) => entry.name)).size).toBeGreaterThanOrEqual(15);
  });
});

test('a problem in one comparison file is reported once, with no knock-on problems (such as its codes as jargon)', () => {
  const { exitCode, output } = checkWith(FIGURES, (text) => text.replace('Aberdeen City,2010-11,4960.34,', 'Aberdeen City,2010-11,dna,'));
  expect(exitCode, output).toBe(1);
  expect(output).toMatch(/^1 problem stops the site being built:$/m);
});

describe('npm run check on the real content', () => {
  test('passes, and lists actions whose target has passed with no status as warnings, which do not fail it', () => {
    const { exitCode, output } = runCheck(projectRoot);
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/^\d+ warnings \(the site can still be published\):/m);
    expect(output).toContain('has passed, and neither the plan nor a progress report says whether this action happened');
    expect(output).toContain('The content can be published.');
  });
});
