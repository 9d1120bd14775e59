/** The deployment recipes in docs/deploy/ are valid files that build the site the README's way and publish dist/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { headersFile, securityHeaders, serverHeaders } from '../../src/lib/security';
import { projectRoot } from '../content/helpers';

const recipe = (name: string) => readFileSync(path.join(projectRoot, 'docs', 'deploy', name), 'utf8');

describe('GitHub Pages workflow', () => {
  const document = parseDocument(recipe('github-pages.yml'));
  const workflow = document.toJS() as {
    on: { push: { branches: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { 'runs-on': string; needs?: string; permissions?: Record<string, string>; steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }> }>;
  };

  test('is valid YAML', () => {
    expect(document.errors).toEqual([]);
  });

  test('builds on every push to main with Node 22, the whole git history, npm ci and npm run build', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    const steps = workflow.jobs.build!.steps;
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 22 });
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    expect(steps.find((step) => step.run === 'npm run build')?.env).toMatchObject({ BASE_PATH: expect.stringMatching(/^\/.*\/$/) });
  });

  test('uploads dist/ and deploys it with the permissions Pages needs', () => {
    const build = workflow.jobs.build!.steps;
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) if (step.uses) expect(step.uses, 'actions are pinned to a major version').toMatch(/^actions\/[a-z-]+@v\d+$/);
    }
  });

  test('gives write permissions only to the deploy job, and leaves no token in the checkout for the build to read', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.build!.permissions).toEqual({ contents: 'read' });
    const checkout = workflow.jobs.build!.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'persist-credentials': false });
  });
});

describe('security headers for each kind of web server', () => {
  test.each([
    ['nginx.conf', 'nginx'],
    ['apache.htaccess', 'apache'],
  ] as const)('docs/deploy/%s sends every header the site needs, exactly as `npm run headers -- %s` prints them', (file, kind) => {
    const text = recipe(file);
    for (const line of serverHeaders(kind).trim().split('\n')) expect(text).toContain(line.trim());
  });

  test('docs/deploy/ has the chart embeds’ rules whole, as `npm run headers` prints them: nginx’s location for /embed/ and Apache’s <If>/<Else>', () => {
    const indented = (text: string) => text.split('\n').map((line) => (line ? `    ${line}` : line)).join('\n');
    const nginx = serverHeaders('nginx');
    const location = nginx.slice(nginx.indexOf('# Chart embeds')).trim();
    expect(location).toMatch(/^# Chart embeds[\s\S]*location \/embed\/ \{[\s\S]*\}$/);
    expect(recipe('nginx.conf')).toContain(indented(location));
    expect(recipe('apache.htaccess')).toContain(serverHeaders('apache').trim());
  });

  test('the headers include HSTS and no longer name interest-cohort, which browsers have dropped', () => {
    const names = securityHeaders().map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Permissions-Policy']));
    expect(headersFile()).not.toContain('interest-cohort');
    expect(headersFile()).toContain("frame-ancestors 'none'");
  });

  test('docs/deploy/README.md says what GitHub Pages cannot send, and how each host lets only the chart embeds be framed', () => {
    const text = recipe('README.md');
    expect(text).toMatch(/GitHub Pages[\s\S]*cannot[\s\S]*frame-ancestors/);
    expect(text).toMatch(/\/embed\/[\s\S]*frame-ancestors \*/);
    expect(text).toContain('embeds.allowedSites');
  });
});

test('the Netlify config is valid TOML that runs npm run build and publishes dist/ with Node 22', () => {
  const config = parseToml(recipe('netlify.toml')) as { build: { command: string; publish: string; environment: Record<string, string> } };
  expect(config.build).toMatchObject({ command: 'npm run build', publish: 'dist', environment: { NODE_VERSION: '22' } });
});

test('the Cloudflare Pages recipe gives the same build command and output folder', () => {
  const text = recipe('cloudflare-pages.md');
  expect(text).toContain('| Build command | `npm run build` |');
  expect(text).toContain('| Build output directory | `dist` |');
});
