import { expect, test } from 'vitest';
import { findMeasureEmbeds } from '../../../src/lib/embeds';

test('finds MeasureChart tags and their lines', () => {
  const body = 'Intro\n\n<MeasureChart measure="moray-loip/measures/a" />\n\nText <MeasureChart  measure=\'b\'/> and <MeasureChart measure="c" />';
  expect(findMeasureEmbeds(body, 10)).toEqual([
    { line: 12, measure: 'moray-loip/measures/a' },
    { line: 14, measure: 'b' },
    { line: 14, measure: 'c' },
  ]);
});
