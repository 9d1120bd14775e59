/** The deployment recipes in docs/deploy/ are valid files that build the site the README's way and publish dist/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { projectRoot } from '../content/helpers';

const recipe = (name: string) => readFileSync(path.join(projectRoot, 'docs', 'deploy', name), 'utf8');

describe('GitHub Pages workflow', () => {
  const document = parseDocument(recipe('github-pages.yml'));
  const workflow = document.toJS() as {
    on: { push: { branches: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { 'runs-on': string; needs?: string; steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }> }>;
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
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) if (step.uses) expect(step.uses, 'actions are pinned to a major version').toMatch(/^actions\/[a-z-]+@v\d+$/);
    }
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
