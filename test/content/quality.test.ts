/** npm run quality: a scorecard for each plan, on the sample content and on a plan with too many priorities and actions without leads. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runQuality } from '../../src/cli/quality';
import { runCheck } from '../../src/cli/check';
import { projectRoot } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** The part of the scorecard for one plan. */
const cardOf = (output: string, plan: string) => output.slice(output.indexOf(`(${plan})`)).split(/\n(?=\S)/)[0]!;

test('on the sample content: each plan scored on the criteria for its kind, with what to fix first, and never failing', () => {
  const { exitCode, output } = runQuality(projectRoot);
  expect(exitCode).toBe(0);
  for (const plan of ['moray-csp-2020-23', 'moray-loip', 'moray-social-work-2020-23', 'clackmannanshire-csp-2021-24']) expect(output).toContain(`(${plan})`);
  // The two children's services plans on the national review's 15 criteria (16 rows: 6a and 6b)…
  expect(output.match(/^ {2}(met|partly met|not met|not assessable|self-assessed|not stated)\s+6a\./gm)).toHaveLength(2);
  for (const plan of ['moray-csp-2020-23', 'clackmannanshire-csp-2021-24']) expect(cardOf(output, plan).match(/^ {2}(met|partly met|not met|not assessable|self-assessed|not stated) /gm)).toHaveLength(16);
  // …the LOIP on what the Community Empowerment (Scotland) Act 2015 asks of a LOIP, never on GIRFEC or family support…
  const loip = cardOf(output, 'moray-loip');
  expect(loip).toContain('What the Community Empowerment (Scotland) Act 2015 asks of a Local Outcomes Improvement Plan');
  expect(loip).toMatch(/reducing-inequalities\. Reducing inequalities:/);
  expect(loip).toMatch(/partly met\s+annual-progress-report\. Annual progress report: 1 progress report published/);
  expect(loip).not.toMatch(/GIRFEC|Family support|Children's rights/);
  // …and the service plan on nothing, as no criteria are given for service plans.
  expect(cardOf(output, 'moray-social-work-2020-23')).toContain('No criteria for this kind of plan (content/health-check/service-plan.yaml does not exist).');
  expect(output).toContain('4 priorities (the guidance suggests 3 to 5).');
  expect(output).toContain('5 priorities (the guidance suggests 3 to 5).');
  expect(output).toContain('Fix first:');
});

test('a site that gives criteria for service plans has its service plan scored on them', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-quality-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  writeFileSync(
    path.join(root, 'content/health-check/service-plan.yaml'),
    'title: "Our own criteria for service plans"\nintroduction: "What the partnership asks of each service plan."\ncriteria:\n  - id: resources\n    name: "Resources"\n    question: "Does the plan say what money and staff it has?"\n    check: resources\n',
  );
  expect(runCheck(root).exitCode).toBe(0);
  const card = cardOf(runQuality(root).output, 'moray-social-work-2020-23');
  expect(card).toContain('(Our own criteria for service plans)');
  expect(card).toMatch(/met\s+resources\. Resources: The plan states a budget \(Revenue budget: £19,276,000\) and staffing \(148\.37 FTE\)\./);
});

test('on a plan with 9 priorities and actions without leads: names both shortfalls', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'plansite-quality-'));
  copies.push(root);
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  const plan = path.join(root, 'content', 'nine-priorities');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(plan, file)), { recursive: true });
    writeFileSync(path.join(plan, file), text);
  };
  write('plan.mdx', '---\ntitle: "A plan with nine priorities"\nshortTitle: "Nine priorities"\nkind: childrens-services-plan\npartnership: "A partnership"\narea: "Moray"\ninShort: "A plan."\nsource: "A test"\n---\n');
  for (let number = 1; number <= 9; number++) {
    write(`priorities/priority-${number}.mdx`, `---\ntitle: "Priority ${number}"\nnumber: ${number}\ninShort: "A priority."\n---\n`);
    write(`outcomes/outcome-${number}.mdx`, `---\ntitle: "Outcome ${number}"\npriority: priority-${number}\norder: 1\ninShort: "An outcome."\n---\n`);
    write(`actions/action-${number}.yaml`, `title: "Action ${number}"\noutcome: outcome-${number}\norder: 1\n`);
  }
  expect(runCheck(root).exitCode).toBe(0);
  const { exitCode, output } = runQuality(root);
  expect(exitCode).toBe(0);
  const card = output.slice(output.indexOf('(nine-priorities)'));
  expect(card).toMatch(/not met\s+5\.\s+Manageable, measurable priorities: 9 priorities \(the guidance suggests 3 to 5\)\./);
  expect(card).toMatch(/not met\s+14\.\s+SMART: Of 9 actions: 0% have a lead/);
  expect(card).toContain('9 actions with no lead: action-1, action-2, action-3, action-4, action-5, …');
  expect(card).toContain('Focus on five priorities or fewer.');
});
