import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { headersFor } from '../../../src/cli/headers';
import { serverHeaders } from '../../../src/lib/security';
import { projectRoot } from '../../content/helpers';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A project whose content/site.yaml is the sample site's plus `extra`. */
function projectWith(extra: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'plansite-headers-'));
  made.push(folder);
  mkdirSync(path.join(folder, 'content'));
  writeFileSync(path.join(folder, 'content', 'site.yaml'), `${readFileSync(path.join(projectRoot, 'content', 'site.yaml'), 'utf8')}\n${extra}\n`);
  return folder;
}

test('prints the headers of the sample site as docs/deploy/ has them', () => {
  expect(headersFor(projectRoot, 'nginx', {})).toEqual({ exitCode: 0, output: serverHeaders('nginx') });
});

test('the embeds’ rule follows the site’s sub-path, from basePath or BASE_PATH', () => {
  expect(headersFor(projectWith('basePath: /plans/'), 'headers-file', {}).output).toContain('\n/plans/embed/*\n');
  expect(headersFor(projectRoot, 'headers-file', { BASE_PATH: '/preview/' }).output).toContain('\n/preview/embed/*\n');
});

test('only the sites content/site.yaml lists may frame the embeds', () => {
  const { output } = headersFor(projectWith('embeds:\n  allowedSites: ["https://www.moray.gov.uk", "https://www.gov.scot"]'), 'apache', {});
  expect(output).toContain('frame-ancestors https://www.moray.gov.uk https://www.gov.scot"');
  expect(output).not.toContain('frame-ancestors *');
});

test('asks which server, and sends the officer to the check for a broken site.yaml', () => {
  expect(headersFor(projectRoot, 'iis', {})).toEqual({ exitCode: 1, output: expect.stringMatching(/^Say which web server: npm run headers -- nginx \| apache/) });
  expect(headersFor(projectWith('embeds:\n  allowedSites: ["https://www.moray.gov.uk/news/"]'), 'nginx', {})).toEqual({ exitCode: 1, output: expect.stringContaining('run npm run check') });
});
