/**
 * The browser editor, as an officer uses it: `npm run edit` in a copy of the project, /admin/ in Debian's
 * Chromium, a status changed from its select list, a new action made through the form, and a save the
 * content check would refuse, refused with its words. Also axe and the keyboard on the editor's pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { reportUpdates } from '../../src/cli/new';
import { slugFromTitle } from '../../src/lib/scaffold';
import { projectRoot } from '../content/helpers';
import { buildEnvironment, copyProject } from '../build/project-copy';
import { addAxe, axeViolations } from './audit';
import { launchChromium } from './browser';

const ACTION = 'content/moray-loip/actions/parent-confidence.yaml';
const ACTION_PAGE = '#/collections/moray-loip__actions/entries/parent-confidence';

let projectDir: string;
let edit: ChildProcess;
let editorUrl: string;
let output = '';
let browser: Browser;

beforeAll(async () => {
  projectDir = copyProject();
  const port = 4500 + Math.floor(Math.random() * 400);
  const node = path.join(projectRoot, 'node_modules', '.bin', 'node');
  const jiti = path.join(projectRoot, 'node_modules', 'jiti', 'lib', 'jiti-cli.mjs');
  // `npm run edit` is `jiti src/cli/edit.ts`; the options go to `astro dev`.
  edit = spawn(node, [jiti, 'src/cli/edit.ts', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectDir,
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  edit.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  edit.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  while (!/The editor is ready: open (\S+)/.test(output) && edit.exitCode === null && Date.now() - started < 120_000) await new Promise((resolve) => setTimeout(resolve, 200));
  const printed = /The editor is ready: open (\S+)/.exec(output)?.[1];
  if (!printed) throw new Error(`npm run edit did not print the editor's address:\n${output.slice(-3000)}`);
  editorUrl = printed;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (edit?.pid) process.kill(-edit.pid, 'SIGTERM');
  await new Promise((resolve) => (edit?.exitCode !== null ? resolve(undefined) : edit.on('close', resolve)));
  rmSync(projectDir, { recursive: true, force: true });
});

async function openEditor(hash = '', width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await addAxe(context);
  const page = await context.newPage();
  await page.goto(editorUrl);
  await page.getByRole('button', { name: 'Login' }).click();
  if (hash) await page.goto(`${editorUrl}${hash}`);
  return page;
}

/** The input a field's label is for: Decap gives each one an id such as "status-field-13". */
function fieldNamed(page: Page, label: string) {
  return page.locator(`[id^="${label.charAt(0).toLowerCase()}${label.slice(1).replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase())}-field-"]`).first();
}

/** Picks an option of a Decap select or relation field (react-select) by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const input = fieldNamed(page, label);
  await input.click({ force: true });
  await input.pressSequentially(option.slice(0, 12));
  await page.getByText(option, { exact: true }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

const savedOrRefused = (page: Page) => page.locator('text=/Entry saved|Failed to persist entry/').first().waitFor({ timeout: 30_000 });

/** The lines `after` has that `before` has not, and the other way round. */
function diffLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe('npm run edit', () => {
  test('prints the editor’s address, and the editor is not part of any public page', async () => {
    expect(editorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);
    const home = await (await fetch(new URL('../', editorUrl))).text();
    expect(home).not.toMatch(/decap|\/admin\//i);
  });

  test('the site’s pages in the dev server, which the editor previews, are styled: their Content-Security-Policy lets Vite’s inline styles in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) blocked.push(message.text().slice(0, 200));
    });
    await page.goto(new URL('../moray-loip/', editorUrl).href);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^("?Times|serif)/);
    expect(blocked).toEqual([]);
    await context.close();
  }, 60_000);

  test('changing an action’s status from its select list changes that one line of its file', async () => {
    const before = readFileSync(path.join(projectDir, ACTION), 'utf8');
    const page = await openEditor(ACTION_PAGE);
    await choose(page, 'Status', 'in progress');
    await publish(page);
    await savedOrRefused(page);
    expect(await page.getByText('Entry saved').count()).toBe(1);
    const after = readFileSync(path.join(projectDir, ACTION), 'utf8');
    expect(diffLines(before, after)).toEqual({ removed: [], added: ['status: in progress'] });
    expect(after.replace('status: in progress\n', '')).toBe(before);
    await page.context().close();
  }, 90_000);

  test('a new action made through the form is a new file named from its title, and npm run check passes', async () => {
    const title = 'Run holiday clubs with free meals in every locality';
    const page = await openEditor('#/collections/moray-loip__actions/new');
    await fieldNamed(page, 'Title').fill(title);
    await choose(page, 'Outcome', 'The impact of poverty on children, young people and families is mitigated');
    await fieldNamed(page, 'Order').fill('9');
    await publish(page);
    await savedOrRefused(page);
    const file = path.join(projectDir, 'content/moray-loip/actions', `${slugFromTitle(title)}.yaml`);
    expect(existsSync(file), `${file}: ${await page.locator('body').innerText()}`.slice(0, 2000)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(`title: "${title}"\noutcome: poverty-mitigated\norder: 9\n`);
    const check = runCheck(projectDir);
    expect(check.exitCode, check.output).toBe(0);
    await page.context().close();
  }, 90_000);

  test('an outcome that does not exist is refused: the picker offers none, and a save naming one says what npm run check says', async () => {
    // An outcome someone else deletes while the officer is choosing it.
    const doomed = 'content/moray-loip/outcomes/to-be-removed.mdx';
    writeFileSync(path.join(projectDir, doomed), '---\ntitle: "An outcome about to be removed"\npriority: better-future\norder: 30\ninShort: "A short summary."\n---\n');
    const before = readFileSync(path.join(projectDir, ACTION), 'utf8');
    const page = await openEditor(ACTION_PAGE);
    const outcome = fieldNamed(page, 'Outcome');
    await outcome.click({ force: true });
    await outcome.pressSequentially('no-such-outcome');
    // The picker offers the plan's outcomes only (Decap's search is fuzzy): nothing typed becomes a new one.
    const offered = page.locator('[class*="menu"] [class*="option"]');
    await expect.poll(() => offered.count()).toBeGreaterThan(0);
    expect((await offered.allInnerTexts()).sort()).toEqual(
      ['An outcome about to be removed', 'Children live in safe and supportive families', 'The emotional and mental wellbeing of children and young people is improved', 'The impact of poverty on children, young people and families is mitigated'],
    );
    await page.keyboard.press('Escape');
    await outcome.fill('');
    await choose(page, 'Outcome', 'An outcome about to be removed');
    rmSync(path.join(projectDir, doomed));
    await publish(page);
    await savedOrRefused(page);
    const refusal = await page.getByText(/Failed to persist entry/).innerText();
    expect(refusal).toContain('Not saved: npm run check would find a problem');
    expect(refusal).toContain(ACTION);
    expect(refusal).toContain('to-be-removed');
    // The site as it is passes the check: the refusal was the save's alone.
    expect(runCheck(projectDir).exitCode).toBe(0);
    expect(readFileSync(path.join(projectDir, ACTION), 'utf8')).toBe(before);
    await page.context().close();
  }, 90_000);

  test('a completion target the period parser cannot read is refused in the form as it is typed, in the parser’s words', async () => {
    const page = await openEditor(ACTION_PAGE);
    const field = fieldNamed(page, 'Completion target');
    const id = await field.getAttribute('id');
    await field.fill('03/31/2023');
    const message = page.locator(`#${id}-problem`);
    await expect.poll(() => message.count()).toBe(1);
    expect(await message.innerText()).toMatch(/03\/31\/2023/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('March 2024');
    await expect.poll(() => message.count()).toBe(0);
    await page.context().close();
  }, 60_000);

  test('a new progress report starts from the plan’s outcomes and actions and the quarter after its last report, as npm run new -- report does', async () => {
    const page = await openEditor('#/collections/moray-loip__reports/new');
    await expect.poll(() => fieldNamed(page, 'Title').inputValue()).toBe('Progress report: 2021/22 Q2');
    expect(await fieldNamed(page, 'Label').inputValue()).toBe('2021/22 Q2');
    // The plan's outcomes and their actions, in the plan's order, as npm run new -- report lists them.
    const { outcomes, actions } = reportUpdates(path.join(projectDir, 'content/moray-loip'));
    expect(outcomes.length).toBe(3);
    const body = await page.locator('body').innerText();
    expect(body).toContain(`${outcomes.length} outcomes`);
    expect(body).toContain(`${actions.length} actions`);
    const places = [...outcomes, ...actions].map((id) => body.indexOf(`\n${id}\n`));
    expect(places.every((place) => place > 0)).toBe(true);
    expect(places.slice(0, 3)).toEqual([...places.slice(0, 3)].sort((a, b) => a - b));
    expect(places.slice(3)).toEqual([...places.slice(3)].sort((a, b) => a - b));
    expect(body).toContain('0 figures');
    await page.context().close();
  }, 60_000);
});

describe('the editor’s pages', () => {
  test.each([
    ['the list of a plan’s actions', '#/collections/moray-loip__actions'],
    ['an action', ACTION_PAGE],
    ['a new progress report', '#/collections/moray-loip__reports/new'],
    ['an outcome, with its text', '#/collections/moray-loip__outcomes/entries/emotional-wellbeing'],
    ['the site settings', '#/collections/site/entries/site'],
  ])('%s has no WCAG 2.2 A or AA failures axe can find, at 1280 and 375 pixels wide', async (_name, hash) => {
    for (const width of [1280, 375]) {
      const page = await openEditor(hash, width);
      await page.locator(hash.includes('/entries/') || hash.endsWith('/new') ? 'label' : 'a[data-testid]').first().waitFor();
      await page.waitForTimeout(1500);
      const violations = await axeViolations(page);
      expect(violations.map((violation) => `${width}px ${violation.id}: ${violation.help} at ${violation.targets.slice(0, 3).join(', ')}`)).toEqual([]);
      await page.context().close();
    }
  }, 90_000);

  test('the main flow works from the keyboard: tab to the status, choose one, save', async () => {
    const before = readFileSync(path.join(projectDir, ACTION), 'utf8');
    const page = await openEditor(ACTION_PAGE);
    const statusId = await fieldNamed(page, 'Status').getAttribute('id');
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== statusId && steps++ < 60) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(statusId);
    await page.keyboard.type('complete');
    await page.keyboard.press('Enter');
    // Back up to the Publish button, open it, choose "Publish now".
    steps = 0;
    while (!/^Publish$/.test((await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '') && steps++ < 80) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await savedOrRefused(page);
    const after = readFileSync(path.join(projectDir, ACTION), 'utf8');
    expect(after).toMatch(/^status: complete$/m);
    expect(diffLines(before, after).added).toEqual(['status: complete']);
    await page.context().close();
  }, 90_000);
});
