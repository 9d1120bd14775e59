import { expect, test } from 'vitest';
import { isExternal, relFor, secureExternalLinks } from '../../../src/lib/external-links';

const site = 'https://plans.example.scot';

test('adds rel="noopener noreferrer" to links to other sites, and nothing else changes', () => {
  const html = '<p><a href="https://www.clacks.gov.uk/x/">Clacks</a> and <a href="/moray-loip/">local</a> and <a href="https://plans.example.scot/a/">same site</a> <a href="mailto:a@b.c">mail</a></p>';
  expect(secureExternalLinks(html, site)).toBe(
    '<p><a rel="noopener noreferrer" href="https://www.clacks.gov.uk/x/">Clacks</a> and <a href="/moray-loip/">local</a> and <a href="https://plans.example.scot/a/">same site</a> <a href="mailto:a@b.c">mail</a></p>',
  );
});

test('keeps an existing rel and adds what is missing; leaves a complete one alone', () => {
  expect(secureExternalLinks('<a class="x" rel="external" href="http://example.org">e</a>', site)).toBe('<a class="x" rel="external noopener noreferrer" href="http://example.org">e</a>');
  const done = '<a rel="noreferrer noopener" href="https://example.org">e</a>';
  expect(secureExternalLinks(done, site)).toBe(done);
});

test('templates ask relFor: "noopener noreferrer" for another site, nothing for this one or a relative address', () => {
  expect(relFor('https://www.moray.gov.uk/contact', site)).toBe('noopener noreferrer');
  expect(relFor('https://plans.example.scot/about/', site)).toBeUndefined();
  expect(relFor('/about/', site)).toBeUndefined();
  expect(relFor('mailto:plans@example.gov.uk', site)).toBeUndefined();
  expect(isExternal('https://[broken', site)).toBe(false);
});
