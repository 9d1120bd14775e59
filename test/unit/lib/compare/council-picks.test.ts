import { describe, expect, test } from 'vitest';
import { choosePicks, MAX_OTHERS, parseCouncilPicks, pickedSlugs, queryWithPicks } from '../../../../src/lib/compare/council-picks';

const KNOWN = new Set(['moray', 'fife', 'highland', 'angus', 'falkirk', 'argyll-and-bute']);

describe('parseCouncilPicks', () => {
  test.each([
    ['?council=moray&compare=fife,highland', { council: 'moray', others: ['fife', 'highland'] }],
    ['council=moray', { council: 'moray', others: [] }],
    ['?compare=fife', { others: ['fife'] }],
    ['', { others: [] }],
    // As the form sends them, one field per box, some left empty.
    ['?council=moray&compare=fife&compare=&compare=highland', { council: 'moray', others: ['fife', 'highland'] }],
    ['?council=Moray&compare=%20Fife%20,HIGHLAND', { council: 'moray', others: ['fife', 'highland'] }],
    ['?council=argyll-and-bute', { council: 'argyll-and-bute', others: [] }],
  ])('%s', (search, expected) => {
    expect(parseCouncilPicks(search, KNOWN)).toEqual(expected);
  });

  test('ignores councils it does not know, in either field', () => {
    expect(parseCouncilPicks('?council=atlantis&compare=fife,narnia,highland', KNOWN)).toEqual({ others: ['fife', 'highland'] });
  });

  test(`keeps at most ${MAX_OTHERS} others, the first chosen`, () => {
    expect(parseCouncilPicks('?council=moray&compare=fife,highland,angus,falkirk', KNOWN)).toEqual({ council: 'moray', others: ['fife', 'highland', 'angus'] });
    expect(parseCouncilPicks('?compare=fife,highland,angus,falkirk', KNOWN).others).toHaveLength(MAX_OTHERS);
  });

  test('an unknown council does not use up a place', () => {
    expect(parseCouncilPicks('?compare=narnia,fife,highland,angus', KNOWN).others).toEqual(['fife', 'highland', 'angus']);
  });

  test('each council once, and never the reader’s own among the others', () => {
    expect(parseCouncilPicks('?council=moray&compare=moray,fife,fife,highland,angus', KNOWN)).toEqual({ council: 'moray', others: ['fife', 'highland', 'angus'] });
  });

  test('the first council field counts when there are several', () => {
    expect(parseCouncilPicks('?council=moray&council=fife', KNOWN)).toEqual({ council: 'moray', others: [] });
  });

  test('takes URLSearchParams too', () => {
    expect(parseCouncilPicks(new URLSearchParams({ council: 'fife' }), KNOWN)).toEqual({ council: 'fife', others: [] });
  });
});

describe('choosePicks', () => {
  test('from the form’s boxes: empty boxes and repeats left out', () => {
    expect(choosePicks('moray', ['', 'fife', 'fife'], KNOWN)).toEqual({ council: 'moray', others: ['fife'] });
    expect(choosePicks(undefined, ['highland'], KNOWN)).toEqual({ others: ['highland'] });
  });
});

describe('pickedSlugs', () => {
  test('the reader’s own council first', () => {
    expect(pickedSlugs({ council: 'moray', others: ['fife', 'highland'] })).toEqual(['moray', 'fife', 'highland']);
    expect(pickedSlugs({ others: ['fife'] })).toEqual(['fife']);
  });
});

describe('queryWithPicks', () => {
  test.each([
    [{ council: 'moray', others: ['fife', 'highland'] }, '?council=moray&compare=fife,highland'],
    [{ council: 'moray', others: [] }, '?council=moray'],
    [{ others: ['fife'] }, '?compare=fife'],
    [{ others: [] }, ''],
  ])('%o → "%s"', (picks, expected) => {
    expect(queryWithPicks('', picks)).toBe(expected);
  });

  test('replaces an earlier choice and keeps the address’s other fields', () => {
    expect(queryWithPicks('?council=angus&compare=fife&compare=&utm_source=email', { council: 'moray', others: ['highland'] })).toBe('?council=moray&compare=highland&utm_source=email');
    expect(queryWithPicks('?council=angus&lang=en', { others: [] })).toBe('?lang=en');
  });

  test('reads back as the same choice', () => {
    const picks = { council: 'argyll-and-bute', others: ['fife', 'highland', 'angus'] };
    expect(parseCouncilPicks(queryWithPicks('', picks), KNOWN)).toEqual(picks);
  });
});
