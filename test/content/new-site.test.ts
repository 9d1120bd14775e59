/** npm run new -- site: what it removes, keeps and writes, and what it refuses (test/build/new-site.test.ts builds the result). */
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runNewSite, unansweredQuestions } from '../../src/cli/new-site';
import { runCheck } from '../../src/cli/check';
import { projectRoot } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

function sampleCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-new-site-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

const files = (root: string, pattern: string) => globSync(pattern, { cwd: path.join(root, 'content') }).sort();
const yamlOf = (root: string, file: string) => parse(readFileSync(path.join(root, 'content', file), 'utf8'));
const SITE = ['--title', 'Dundee community plans', '--publisher', 'The Dundee Partnership', '--area', 'Dundee', '--email', 'plans@example.gov.uk'];

describe('npm run new -- site', () => {
  test('removes the sample plans and the sample areas’ own entries, keeps the shared glossary and themes, and writes the settings', () => {
    const root = sampleCopy();
    const glossaryBefore = files(root, 'glossary/*.yaml');
    const result = runNewSite([...SITE, '--kinds', 'local-outcomes-improvement-plan'], root);
    expect(result.exitCode, result.output).toBe(0);

    expect(files(root, '*/plan.mdx')).toEqual([]);
    expect(existsSync(path.join(root, 'content/young-people.mdx'))).toBe(false);
    expect(files(root, 'health-check/*.yaml')).toEqual(['health-check/local-outcomes-improvement-plan.yaml']);
    // Only the terms that belong to the sample areas go.
    expect(glossaryBefore.filter((file) => !files(root, 'glossary/*.yaml').includes(file))).toEqual(['glossary/cp.yaml', 'glossary/glg.yaml', 'glossary/strive.yaml', 'glossary/tmc.yaml']);
    for (const file of files(root, 'themes/*.yaml')) expect(yamlOf(root, file).notes, file).toBeUndefined();
    expect(files(root, 'themes/*.yaml')).toEqual(globSync('themes/*.yaml', { cwd: path.join(projectRoot, 'content') }).sort());

    const settings = yamlOf(root, 'site.yaml');
    expect(settings).toMatchObject({ title: 'Dundee community plans', publisher: 'The Dundee Partnership', contact: { email: 'plans@example.gov.uk' }, accessibilityContact: { email: 'plans@example.gov.uk' } });
    expect(settings.sample).toBeUndefined();
    expect(settings.description).toContain('The Dundee Partnership');
    expect(result.output).toContain('Removed the sample content:\n  - content/clackmannanshire-csp-2021-24\n');
    expect(runCheck(root).exitCode).toBe(0);
  });

  test('keeps the entries of a sample area when the new site is for that area', () => {
    const root = sampleCopy();
    expect(runNewSite(['--title', 'Moray plans', '--publisher', 'Moray Community Planning Partnership', '--area', 'Moray', '--email', 'plans@example.gov.uk'], root).exitCode).toBe(0);
    expect(files(root, 'glossary/{cp,glg,tmc,strive}.yaml')).toEqual(['glossary/cp.yaml', 'glossary/glg.yaml', 'glossary/tmc.yaml']);
    expect(yamlOf(root, 'themes/co-production.yaml').notes).toEqual([{ area: 'Moray', text: expect.stringContaining('Moray Children') }]);
    expect(yamlOf(root, 'themes/non-stigmatising.yaml').notes.map((note: { area: string }) => note.area)).toEqual(['Moray']);
  });

  test('starts a first plan when asked, and then refuses to run again over the site’s own plans', () => {
    const root = sampleCopy();
    const first = runNewSite([...SITE, '--plan-id', 'dundee-city-plan', '--plan-title', 'Dundee City Plan 2022–2032', '--plan-kind', 'local-outcomes-improvement-plan'], root);
    expect(first.exitCode, first.output).toBe(0);
    expect(first.output).toContain('Open content/dundee-city-plan/plan.mdx and replace the placeholder text');
    const before = readFileSync(path.join(root, 'content/dundee-city-plan/plan.mdx'), 'utf8');
    expect(before).toContain('kind: local-outcomes-improvement-plan');

    const again = runNewSite(SITE, root);
    expect(again.exitCode).toBe(1);
    expect(again.output).toContain('Nothing was changed.');
    expect(readFileSync(path.join(root, 'content/dundee-city-plan/plan.mdx'), 'utf8')).toBe(before);
  });

  test.each([
    { args: ['--title', 'X'], says: 'A new site needs --publisher, --area, --email.' },
    { args: [...SITE, '--kinds', 'loip'], says: '"loip" is not a kind of plan. The kinds are: childrens-services-plan, local-outcomes-improvement-plan, service-plan.' },
    { args: [...SITE, '--plan-id', 'x'], says: 'To start a first plan, give --plan-id, --plan-title and --plan-kind together.' },
    { args: [...SITE, '--colour', 'blue'], says: '"--colour" is not an option of a new site.' },
  ])('a mistake in the command changes nothing and says how to put it right: $says', ({ args, says }) => {
    const root = sampleCopy();
    const result = runNewSite(args, root);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain(says);
    expect(result.output).toContain('Nothing was changed.');
    expect(files(root, '*/plan.mdx')).toHaveLength(4);
  });

  test('in a terminal, asks only what the command line did not say', () => {
    expect(unansweredQuestions([]).map((question) => question.option)).toEqual(['title', 'publisher', 'area', 'email', 'kinds']);
    expect(unansweredQuestions(['--title', 'X', '--area=Dundee']).map((question) => question.option)).toEqual(['publisher', 'email', 'kinds']);
  });
});
