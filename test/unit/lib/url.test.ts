import { expect, test } from 'vitest';
import { pageHref, withBase } from '../../../src/lib/url';
import { entryIdFromPath, splitPartId } from '../../../src/lib/entry-id';

test.each([
  ['/', 'themes/', '/themes/'],
  ['/plans/', 'themes/', '/plans/themes/'],
  ['/plans', '/themes/', '/plans/themes/'],
  ['/plans/', '', '/plans/'],
])('base %s + %s = %s', (base, path, expected) => {
  expect(withBase(path, base)).toBe(expected);
});

test('a page address mirrors its content path', () => {
  expect(pageHref('moray-csp-2020-23/outcomes/feel-safe', '/')).toBe('/moray-csp-2020-23/outcomes/feel-safe/');
  expect(pageHref('moray-csp-2020-23', '/plans/')).toBe('/plans/moray-csp-2020-23/');
});

test.each([
  ['moray-csp-2020-23/plan.mdx', 'moray-csp-2020-23'],
  ['moray-csp-2020-23/outcomes/feel-safe.mdx', 'moray-csp-2020-23/outcomes/feel-safe'],
  ['moray-csp-2020-23/actions/foster-carers.yaml', 'moray-csp-2020-23/actions/foster-carers'],
  ['themes/safe.yaml', 'safe'],
  ['glossary/camhs.yaml', 'camhs'],
])('the id of %s is %s', (path, id) => {
  expect(entryIdFromPath(path)).toBe(id);
});

test('splits a page id into plan, kind and slug', () => {
  expect(splitPartId('moray-loip/actions/wellbeing-investment')).toEqual({ plan: 'moray-loip', kind: 'actions', slug: 'wellbeing-investment' });
});
