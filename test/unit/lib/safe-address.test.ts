import { expect, test } from 'vitest';
import { addressProblem } from '../../../src/lib/safe-address';

test.each([
  'https://www.moray.gov.uk/',
  'http://example.com',
  'mailto:plans@example.gov.uk',
  'tel:+441343543451',
  '/themes/safe/',
  '#contacts',
  'outcomes/feel-safe/',
  '//www.example.gov.uk/',
])('a link may go to %s', (address) => {
  expect(addressProblem(address, 'link')).toBeUndefined();
});

test.each([
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
])('a link may not go to %j', (address) => {
  expect(addressProblem(address, 'link')).toMatch(/is not allowed\. A link must start with https:\/\//);
});

test.each(['/images/chart.png', '/logo.svg'])('an image may be %s on this site', (address) => {
  expect(addressProblem(address, 'image')).toBeUndefined();
});

test.each(['chart.png', '../../src/secret.png', 'https://tracker.example.com/p.gif', '//cdn.example.com/p.gif', '\\\\example.com/p.gif', 'data:image/png;base64,AAAA'])('an image may not come from %s', (address) => {
  expect(addressProblem(address, 'image')).toMatch(/is not on this site/);
});

test('the address in the message is printable and short', () => {
  expect(addressProblem(`javascript:${'x'.repeat(200)}\u001b[2J`, 'link')).toMatch(/^the address "javascript:x{66}\.\.\." is not allowed/);
});
