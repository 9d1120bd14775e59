import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject, runBuild, runNpmBuild } from './project-copy';
import { existsSync } from 'node:fs';

function edit(projectDir: string, file: string, change: (text: string) => string): void {
  const fullPath = path.join(projectDir, file);
  writeFileSync(fullPath, change(readFileSync(fullPath, 'utf8')));
}

describe('a build with broken content', () => {
  test('stops before publishing anything and names each file, field, bad value and fix', () => {
    const projectDir = copyProject();
    mkdirSync(path.join(projectDir, 'dist'));
    writeFileSync(path.join(projectDir, 'dist', 'index.html'), 'the previous, good site');

    const action = 'content/moray-csp-2020-23/actions/foster-carer-range.yaml';
    edit(projectDir, action, (text) => text.replace(/^outcome: .*$/m, 'outcome: safe-homes'));
    edit(projectDir, 'content/moray-social-work-2020-23/actions/intermediate-business-case.yaml', (text) =>
      text.replace(/^completionTarget: .*$/m, 'completionTarget: "Aprill 20211"'),
    );
    const report = 'content/moray-loip/reports/2021-22-q1.mdx';
    edit(projectDir, report, (text) =>
      text
        .replace('deliveryPlanCompletion: 20\n', 'deliveryPlanCompletion: 20\nactions:\n  - action: wellbeing-investmnt\n    status: "complete"\n')
        .replace('<OutcomeProgress outcome="poverty-mitigated" />', '<OutcomeProgress outcome="poverty" />'),
    );
    edit(projectDir, 'content/clackmannanshire-csp-2021-24/priorities/planning.mdx', (text) => text.replace('  - early-intervention-spend\n', '  - early-intervention-spending\n'));

    edit(projectDir, 'content/moray-loip/actions/parent-confidence.yaml', (text) => text.replace(/^title: "/m, 'title: "QZX: '));

    const { status, output } = runBuild(projectDir);
    expect(status).not.toBe(0);
    expect(output).toContain('The site was not built because of');
    expect(output).toMatch(new RegExp(`${action}, \`outcome\`: there is no outcome called "safe-homes" in this plan`));
    expect(output).toContain('Did you mean "safe-stable-homes"?');
    expect(output).toMatch(/intermediate-business-case\.yaml, line \d+, `completionTarget`: "Aprill 20211" has no date in it/);
    expect(output).toMatch(/planning\.mdx, `measures\[\d\]`: there is no measure called "early-intervention-spending"/);
    expect(output).toContain('Did you mean "early-intervention-spend"?');
    expect(output).toMatch(/2021-22-q1\.mdx, `actions\[0\]\.action`: there is no action called "wellbeing-investmnt" in this plan\. Did you mean "wellbeing-investment"\?/);
    expect(output).toMatch(/2021-22-q1\.mdx, line \d+, `OutcomeProgress`: the outcome "poverty" is not in this report's `outcomes` list/);
    expect(output).toMatch(/parent-confidence\.yaml, line 1: "QZX" looks like an abbreviation, and the glossary does not explain it\./);
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(readFileSync(path.join(projectDir, 'dist', 'index.html'), 'utf8')).toBe('the previous, good site');
    rmSync(projectDir, { recursive: true, force: true });
  }, 120_000);

  test('with text that is not valid MDX is refused by the content check, with the line and a hint', () => {
    const projectDir = copyProject();
    mkdirSync(path.join(projectDir, 'dist'));
    writeFileSync(path.join(projectDir, 'dist', 'index.html'), 'the previous, good site');
    edit(projectDir, 'content/moray-csp-2020-23/priorities/safe-from-harm.mdx', (text) => `${text}\n\nA broken {expression\n`);

    const { status, output } = runNpmBuild(projectDir);
    expect(status, output.slice(-2000)).not.toBe(0);
    expect(output).toMatch(/safe-from-harm\.mdx, line \d+: this text is not valid MDX: .*Every \{ needs a matching \}/);
    expect(output).toContain('Nothing was published: dist/ was left as it was (the last good site).');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(path.join(projectDir, 'dist', 'index.html'), 'utf8')).toBe('the previous, good site');
    rmSync(projectDir, { recursive: true, force: true });
  }, 300_000);

  test('that fails while rendering pages leaves the last good site in dist/, and shows no stack trace', () => {
    const projectDir = copyProject();
    mkdirSync(path.join(projectDir, 'dist'));
    writeFileSync(path.join(projectDir, 'dist', 'index.html'), 'the previous, good site');
    // Content cannot do this once the check has passed it: a page of the site's own code fails instead.
    edit(projectDir, 'src/layouts/PriorityLayout.astro', (text) => text.replace(/^---\n/, "---\nthrow new Error('A page failed while it was rendered.');\n"));

    const { status, output } = runNpmBuild(projectDir);
    expect(status, output.slice(-2000)).not.toBe(0);
    expect(output).toContain('A page failed while it was rendered.');
    expect(output).toContain('The build did not finish. Nothing was published: dist/ was left as it was (the last good site).');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(path.join(projectDir, 'dist', 'index.html'), 'utf8')).toBe('the previous, good site');
    expect(existsSync(path.join(projectDir, '.build-staging'))).toBe(false);
    expect(existsSync(path.join(projectDir, '.build.lock'))).toBe(false);
    rmSync(projectDir, { recursive: true, force: true });
  }, 300_000);
});
