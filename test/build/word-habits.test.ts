/**
 * What Word and Excel do to a plan pasted into content files never publishes silently: each habit gets
 * the exact message an officer sees from `npm run check` and from the build, with no stack trace, and
 * the build refuses (errors) or goes ahead and says so (warnings).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { runNew } from '../../src/cli/new';
import { TEMPLATE_PLACEHOLDERS } from '../../src/lib/scaffold';
import { copyProject, runNpmBuild } from './project-copy';

const PLAN = 'content/city-plan';
const PRIORITY = `${PLAN}/priorities/place.mdx`;
const OUTCOME = `${PLAN}/outcomes/safe-streets.mdx`;
const ACTION = `${PLAN}/actions/light-streets.yaml`;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

const read = (projectDir: string, file: string) => readFileSync(path.join(projectDir, file), 'utf8');
const edit = (projectDir: string, file: string, change: (text: string) => string) => writeFileSync(path.join(projectDir, file), change(read(projectDir, file)));

/** A small site of a city's own, as an officer makes it with npm run new, with every placeholder replaced. */
function citySite(): string {
  const projectDir = copyProject();
  copies.push(projectDir);
  const steps = [
    ['site', '--title', 'City plans', '--publisher', 'The City Partnership', '--area', 'City', '--email', 'plans@example.gov.uk', '--plan-id', 'city-plan', '--plan-title', 'City Plan 2024–27', '--plan-kind', 'local-outcomes-improvement-plan'],
    ['priority', '--plan', 'city-plan', '--title', 'Place'],
    ['outcome', '--plan', 'city-plan', '--priority', 'place', '--title', 'Safe streets'],
    ['action', '--plan', 'city-plan', '--outcome', 'safe-streets', '--title', 'Light streets'],
  ];
  for (const step of steps) runNew(step, projectDir);
  for (const file of [`${PLAN}/plan.mdx`, PRIORITY, OUTCOME]) {
    edit(projectDir, file, (text) => TEMPLATE_PLACEHOLDERS.reduce((all, placeholder) => all.replaceAll(placeholder, 'Streets are safe to walk.'), text));
  }
  expect(runCheck(projectDir)).toMatchObject({ exitCode: 0 });
  return projectDir;
}

describe('habits that stop the check and the build', () => {
  let projectDir: string;
  let check: ReturnType<typeof runCheck>;
  let build: ReturnType<typeof runNpmBuild>;

  beforeAll(() => {
    projectDir = citySite();
    // Curly quotes around a value with a colon in it, as Word types them.
    edit(projectDir, ACTION, (text) => `${text}lead: “Sustainable City group: chair”\n`);
    // The template's placeholder left in.
    edit(projectDir, OUTCOME, (text) => text.replace('inShort: "Streets are safe to walk."', `inShort: "${TEMPLATE_PLACEHOLDERS[0]}"`));
    // A required field deleted: the priority the outcome belongs to must still be known.
    edit(projectDir, PRIORITY, (text) => text.replace(/^inShort: .*\n/m, ''));
    check = runCheck(projectDir);
    build = runNpmBuild(projectDir);
  }, 300_000);

  test('curly quotes with a colon: the YAML message says the quotes are the cause, in plain words', () => {
    const line = read(projectDir, ACTION).split('\n').findIndex((text) => text.startsWith('lead:')) + 1;
    const message = `  - ${ACTION}, line ${line}: this is not valid YAML. This line has curly quotes (“ ” or ‘ ’), as Word types them, and YAML only understands straight ones. Replace them with straight double quotes (").`;
    expect(check.output.split('\n')).toContain(message);
    expect(build.output).toContain(message.slice(4));
    expect(check.output).not.toMatch(/implicit key/i);
  });

  test('placeholder text from the template is an error naming the file, line and fix', () => {
    const line = read(projectDir, OUTCOME).split('\n').findIndex((text) => text.startsWith('inShort:')) + 1;
    const message = `  - ${OUTCOME}, line ${line}: this is the template’s placeholder text, “${TEMPLATE_PLACEHOLDERS[0]}” Replace it with the plan’s own words, or delete it, before you publish.`;
    expect(check.output.split('\n')).toContain(message);
    expect(build.output).toContain(message.slice(4));
  });

  test('a missing inShort is one error, with no knock-on errors about the priority it belongs to', () => {
    const message = `  - ${PRIORITY}, \`inShort\`: this field is required but missing.`;
    expect(check.output.split('\n')).toContain(message);
    expect(build.output).toContain(message.slice(4));
    expect(check.output).not.toContain('there is no priority called "place"');
    expect(check.output).toMatch(/^3 problems stop the site being built:$/m);
  });

  test('the check exits 1 and the build refuses, publishing nothing and showing no stack trace', () => {
    expect(check.exitCode).toBe(1);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Nothing was published');
    expect(build.output).not.toMatch(STACK_TRACE);
    expect(check.output).not.toMatch(STACK_TRACE);
  });
});

describe('habits the check and the build warn about, and publish as meant', () => {
  let projectDir: string;
  let check: ReturnType<typeof runCheck>;
  let build: ReturnType<typeof runNpmBuild>;
  const hardSummary =
    'The partnership will implement a comprehensive, evidence-based programme of environmental improvements, prioritising neighbourhoods experiencing disproportionate levels of antisocial behaviour and deprivation.';

  beforeAll(() => {
    projectDir = citySite();
    // Curly quotes around a whole value: quotation marks, not part of the lead's name.
    edit(projectDir, ACTION, (text) => `${text}lead: “Sustainable City group”\n`);
    // A summary over the reading-age limit.
    edit(projectDir, PRIORITY, (text) => text.replace(/^inShort: .*$/m, `inShort: "${hardSummary}"`));
    check = runCheck(projectDir);
    build = runNpmBuild(projectDir);
  }, 300_000);

  test('curly quotes around a whole value: a warning names them, and the page shows the name without them', () => {
    const line = read(projectDir, ACTION).split('\n').findIndex((text) => text.startsWith('lead:')) + 1;
    expect(check.output.split('\n')).toContain(
      `  - ${ACTION}, line ${line}, \`lead\`: “Sustainable City group” is wrapped in curly quotes, as Word types them. The site read them as quotation marks and leaves them out; to be sure, type straight quotes (") instead.`,
    );
    const page = read(projectDir, 'dist/city-plan/actions/light-streets/index.html');
    expect(page).toContain('Sustainable City group');
    expect(page).not.toMatch(/[“”]Sustainable City group|Sustainable City group[“”]/);
  });

  test('a hard summary: a warning with the grade and the hardest sentence', () => {
    expect(check.output).toMatch(
      new RegExp(
        `^ {2}- ${PRIORITY.replaceAll('.', '\\.')}, \`inShort\`: this summary reads at grade \\d+\\.\\d \\(about age \\d+\\); "in short" summaries should be grade \\d+ or below \\(about age 12\\), so young people can follow them\\. The hardest sentence is "${hardSummary.replaceAll('.', '\\.')}"\\. Use shorter sentences \\(split at "and" or a comma\\) and shorter, everyday words\\.$`,
        'm',
      ),
    );
  });

  test('the check passes with two warnings, and the build publishes and says there are warnings', () => {
    expect(check.exitCode).toBe(0);
    expect(check.output).toContain('The content can be published.');
    expect(check.output.match(/^ {2}- /gm)).toHaveLength(2);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(build.output).toContain('2 warnings about the content (the site is still built). Run `npm run check` to see them.');
    expect(build.output).not.toMatch(STACK_TRACE);
  });
});
