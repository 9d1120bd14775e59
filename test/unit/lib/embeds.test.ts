import { expect, test } from 'vitest';
import { findMeasureEmbeds, findOutcomeSections } from '../../../src/lib/embeds';
import { readMdxBody } from '../../../src/lib/mdx-body';

test('finds MeasureChart tags and their lines', () => {
  const body = 'Intro\n\n<MeasureChart measure="moray-loip/measures/a" />\n\nText <MeasureChart  measure=\'b\'/> and <MeasureChart measure="c" />';
  expect(findMeasureEmbeds(body, 10)).toEqual([
    { line: 12, measure: 'moray-loip/measures/a' },
    { line: 14, measure: 'b' },
    { line: 14, measure: 'c' },
  ]);
});

test('finds OutcomeProgress sections, and ignores components shown in MDX comments', () => {
  const body = '{/* Use <OutcomeProgress outcome="example" />\n   like this. */}\n<OutcomeProgress outcome="safe" />\n\n<OutcomeProgress outcome="healthy"/>';
  expect(findOutcomeSections(body, 5)).toEqual([
    { line: 7, outcome: 'safe' },
    { line: 9, outcome: 'healthy' },
  ]);
});

test('finds tags that look like components but are not ones the site has', () => {
  const body = '<Callout title="x">Hi</Callout>\n<Chart measure="a" />\n{/* <Fake /> */}\n<div>ok</div> <KeyFact figure="1" label="x" />';
  expect(readMdxBody(body, 3).problems).toEqual([expect.objectContaining({ line: 4, field: '<Chart>', message: expect.stringContaining('there is no component called Chart') })]);
});
