/**
 * `npm run new -- site` gives a partnership a site of its own: none of the sample plans, nothing that
 * names the sample areas on any page, framed by its own settings, and checked and built like any other.
 */
import { globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { runNew } from '../../src/cli/new';
import { TEMPLATE_PLACEHOLDERS } from '../../src/lib/scaffold';
import { copyProject, runNpmBuild } from './project-copy';

const SAMPLE_AREAS = /moray|clackmannanshire|clacks/i;
const SITE = ['site', '--title', 'Dundee community plans', '--publisher', 'The Dundee Partnership', '--area', 'Dundee', '--email', 'plans@example.gov.uk'];

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

function freshProject(): string {
  const projectDir = copyProject();
  copies.push(projectDir);
  return projectDir;
}

/**
 * The national comparison names all 32 councils, the sample areas among them: a new site keeps it, as
 * reference data every partnership compares itself with, so its pages are the only ones that may.
 */
const COMPARISON_FILES = ['compare/**', 'areas/**', 'embed/compare/**'];
const COMPARISON_ADDRESS = /<loc>[^<]*\/(compare|areas)\/[^<]*<\/loc>/g;

/** Every text file the build published, with the sample areas it names (pagefind's index is compressed, and checked through its pages). */
function sampleMentions(projectDir: string): string[] {
  const dist = path.join(projectDir, 'dist');
  return globSync('**/*.{html,xml,json,txt,csv,js,css,webmanifest}', { cwd: dist, exclude: ['pagefind/**', ...COMPARISON_FILES] })
    .filter((file) => SAMPLE_AREAS.test(published(dist, file)))
    .map((file) => `${file}: ${published(dist, file).match(new RegExp(`.{0,60}${SAMPLE_AREAS.source}.{0,60}`, 'is'))?.[0]}`);
}

/** A published file's text; the sitemap without the comparison pages' addresses. */
function published(dist: string, file: string): string {
  const text = readFileSync(path.join(dist, file), 'utf8');
  return file.startsWith('sitemap') ? text.replace(COMPARISON_ADDRESS, '') : text;
}

const page = (projectDir: string, address: string) => readFileSync(path.join(projectDir, 'dist', address, 'index.html'), 'utf8');

describe('npm run new -- site', () => {
  test('with only the site’s details: no sample content, every check passes, and no page names the sample areas', () => {
    const projectDir = freshProject();
    const made = runNew([...SITE, '--phone', '01234 567890'], projectDir);
    expect(made.exitCode, made.output).toBe(0);
    expect(made.output).toContain('Started a new site, "Dundee community plans".');
    expect(globSync('content/*/plan.mdx', { cwd: projectDir })).toEqual([]);
    expect(globSync('content/young-people.mdx', { cwd: projectDir })).toEqual([]);

    const check = runCheck(projectDir);
    expect(check, check.output).toMatchObject({ exitCode: 0, output: expect.stringContaining('The content is ready to publish: no problems found.') });

    const build = runNpmBuild(projectDir);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(sampleMentions(projectDir)).toEqual([]);
    // The comparison is there, and no council in it has a plan here yet.
    const moray = load(page(projectDir, 'areas/moray'));
    expect(moray('h1').text()).toContain('Moray');
    expect(moray('main').text()).toContain('No plan from this area is published here yet');
    expect(globSync('compare/*/index.html', { cwd: path.join(projectDir, 'dist') }).length).toBe(37);
    const home = page(projectDir, '');
    expect(home).toContain('Dundee community plans');
    expect(home).toContain('The Dundee Partnership');
    expect(home).not.toContain('For young people');
    expect(home).not.toMatch(/children and young people/i);
    // The accessibility statement's contact is the one the officer gave.
    const statement = load(page(projectDir, 'accessibility'));
    const feedback = statement('h2:contains("Feedback and contact information")').nextUntil('h2');
    expect(feedback.find('a[href="mailto:plans@example.gov.uk"]').text()).toBe('plans@example.gov.uk');
    expect(feedback.text()).toContain('Phone 01234 567890.');
  }, 300_000);

  test('with a first plan: the officer replaces the placeholders the check names, and the plan is published with its own health check', () => {
    const projectDir = freshProject();
    const plan = ['--plan-id', 'dundee-city-plan', '--plan-title', 'Dundee City Plan 2022–2032', '--plan-kind', 'local-outcomes-improvement-plan', '--kinds', 'local-outcomes-improvement-plan'];
    expect(runNew([...SITE, ...plan], projectDir).exitCode).toBe(0);
    expect(runNew(['priority', '--plan', 'dundee-city-plan', '--title', 'Fair work and enterprise'], projectDir).exitCode).toBe(0);
    expect(runNew(['outcome', '--plan', 'dundee-city-plan', '--priority', 'fair-work-enterprise', '--title', 'More people in fair work'], projectDir).exitCode).toBe(0);

    const before = runCheck(projectDir);
    expect(before.exitCode).toBe(1);
    expect(before.output.match(/this is the template’s placeholder text/g)?.length).toBeGreaterThanOrEqual(3);
    for (const file of globSync('content/dundee-city-plan/**/*.mdx', { cwd: projectDir })) {
      const full = path.join(projectDir, file);
      writeFileSync(full, TEMPLATE_PLACEHOLDERS.reduce((text, placeholder) => text.replaceAll(placeholder, 'More people in Dundee have fair work.'), readFileSync(full, 'utf8')));
    }
    const after = runCheck(projectDir);
    expect(after.exitCode, after.output).toBe(0);

    const build = runNpmBuild(projectDir);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(sampleMentions(projectDir)).toEqual([]);
    expect(page(projectDir, 'dundee-city-plan')).toContain('Dundee City Plan 2022–2032');
    const health = page(projectDir, 'dundee-city-plan/health-check');
    expect(health).toContain('What the Community Empowerment (Scotland) Act 2015 asks of a Local Outcomes Improvement Plan');
    expect(health).toContain('Section 6(2)(a)');
    expect(health).not.toMatch(/GIRFEC|national review of children/i);
  }, 300_000);
});
