import { describe, expect, test } from 'vitest';
import { readMdxBody } from '../../../src/lib/mdx-body';

const problemsIn = (body: string) => readMdxBody(body).problems;

describe('readMdxBody: MDX text is data', () => {
  test.each([
    ['Plain **Markdown** with a [link](https://www.example.gov.uk/) and a [page](/themes/safe/).'],
    ['{/* A note for the next editor, which is not published. */}'],
    ['<Callout title="Note">Read this.</Callout>'],
    ['<KeyFact figure="147" label="children used the service" source="Moray Council" />'],
    ['<MeasureChart measure="moray-loip/measures/lgbf-chn9-looked-after-in-community" />'],
    ['Some <abbr title="Getting it right for every child">GIRFEC</abbr>, <em>emphasis</em> and a line<br />break.'],
    ['<details open><summary>More</summary>Hidden text.</details>'],
    ['<a href="mailto:plans@example.gov.uk">Email us</a> or <a href="tel:+441234567890">call</a>.'],
    ['![A chart of the figures](/images/chart.png)'],
    ['Write \\{ and \\} to show curly brackets.'],
  ])('accepts %s', (body) => {
    expect(problemsIn(body)).toEqual([]);
  });

  test.each([
    ["import fs from 'node:fs'", 'import', /"import" lines are not allowed/],
    ['export const x = 1', 'export', /"export" lines are not allowed/],
    ['{1 + 1}', '{…}', /would run as code/],
    ['A {process.env.HOME} inline', '{…}', /would run as code/],
    ['{/* a */ process.exit() /* b */}', '{…}', /would run as code/],
    ['<KeyFact figure={1} label="x" />', '<KeyFact figure>', /write the value in quotes/],
    ['<Callout {...props}>x</Callout>', '<Callout>', /Write each attribute as name="value"/],
    ['<Callout colour="red">x</Callout>', '<Callout colour>', /"colour" is not an attribute the site allows on <Callout>\. The attributes <Callout> can have are: title/],
    ['<KeyFact figure="1" />', '<KeyFact>', /<KeyFact> needs label="…"/],
    ['<Chart />', '<Chart>', /there is no component called Chart/],
    ['<script>x</script>', '<script>', /<script> is not allowed/],
    ['<iframe src="https://example.com"></iframe>', '<iframe>', /<iframe> is not allowed/],
    ['<p onclick="x">Hi</p>', '<p onclick>', /"onclick" is not an attribute/],
    ['<p style="color:red">Hi</p>', '<p style>', /"style" is not an attribute/],
    ['<>fragment</>', '<>', /<> is not allowed/],
    ['[x](javascript:alert(1))', 'link', /the address "javascript:alert\(1\)" is not allowed/],
    ['[x](vbscript:msgbox)', 'link', /is not allowed/],
    ['<a href="data:text/html,x">x</a>', '<a href>', /is not allowed/],
    ['<img src="https://example.com/a.png" alt="" />', '<img src>', /is not on this site/],
    ['<img src="/a.png" />', '<img>', /an image needs alt=/],
    ['![x](../../src/secret.png)', 'image', /is not on this site/],
  ])('refuses %s (%s)', (body, field, says) => {
    const problems = problemsIn(body);
    expect(problems.map((problem) => problem.field)).toContain(field);
    expect(problems.find((problem) => problem.field === field)?.message).toMatch(says);
  });

  test('gives the line in the file: the body starts on `firstLine`', () => {
    expect(readMdxBody('Fine.\n\n{danger()}\n', 12).problems).toEqual([expect.objectContaining({ line: 14, field: '{…}' })]);
  });

  test('reports text that is not valid MDX with its line and a plain hint, not a crash', () => {
    const [problem] = readMdxBody('One\n\nTwo { three', 5).problems;
    expect(problem).toMatchObject({ line: 7 });
    expect(problem!.message).toMatch(/^this text is not valid MDX: .*Every \{ needs a matching \}/);
  });

  test('lists the components a body uses, with their attributes, and not those inside comments', () => {
    const { components } = readMdxBody('{/* <MeasureChart measure="example" /> */}\n\n<MeasureChart measure="a/measures/b" />\n\n<StatusBadge status="complete" />', 1);
    expect(components).toEqual([
      { name: 'MeasureChart', line: 3, attributes: { measure: 'a/measures/b' } },
      { name: 'StatusBadge', line: 5, attributes: { status: 'complete' } },
    ]);
  });
});
