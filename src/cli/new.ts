/**
 * npm run new -- <kind> … — starts a new content file from a commented template, in the right folder,
 * with a file name made from its title, and never over an existing file. See the README for examples.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { checkContent } from '../integrations/content-check';
import { formatProblem } from '../lib/content-problem';
import { parsePeriod, PERIOD_FORMATS } from '../lib/period';
import { planKinds } from '../schemas/plan';
import {
  NEW_KINDS,
  actionTemplate,
  measureTemplate,
  nextNumber,
  outcomeTemplate,
  planTemplate,
  priorityTemplate,
  reportSlug,
  reportTemplate,
  slugFromTitle,
  uniqueSlug,
  type NewKind,
} from '../lib/scaffold';
import { closestId } from '../lib/suggest';

const USAGE = `Start a new page from a template:

  npm run new -- plan --id moray-csp-2024-27 --title "…" --short-title "…" --area Moray --partnership "…" --kind childrens-services-plan
  npm run new -- priority --plan moray-loip --title "…"
  npm run new -- outcome --plan moray-loip --priority better-future --title "…"
  npm run new -- action --plan moray-loip --outcome emotional-wellbeing --title "…" [--aim wellbeing-investment]
  npm run new -- measure --plan moray-loip --for outcomes/emotional-wellbeing --title "…" [--kind quantitative]
  npm run new -- report --plan moray-loip --period "2021/22 Q2" [--title "…"] [--priority better-future]`;

class UsageError extends Error {}

function readOptions(args: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index++) {
    const name = args[index]!;
    if (!name.startsWith('--')) throw new UsageError(`"${name}" is not an option. Options start with --, like --title "…".`);
    const value = args[index + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value, like ${name} "…".`);
    options[name.slice(2)] = value;
    index++;
  }
  return options;
}

function required(options: Record<string, string>, name: string): string {
  const value = options[name]?.trim();
  if (!value) throw new UsageError(`Give --${name}.`);
  return value;
}

/** The file names (without extension) in a folder of the content. */
function namesIn(folder: string): string[] {
  return existsSync(folder) ? globSync('*.{mdx,yaml}', { cwd: folder }).map((file) => file.replace(/\.(mdx|yaml)$/, '')).sort() : [];
}

function mustExist(kind: string, name: string, existing: string[]): void {
  if (existing.includes(name)) return;
  const suggestion = closestId(name, existing);
  throw new UsageError(
    `There is no ${kind} called "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} The ${kind === 'plan' ? 'plans' : `${kind}s in this plan`} are: ${existing.join(', ') || 'none yet'}.`,
  );
}

function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = file.endsWith('.mdx') ? text.match(/^---\r?\n([\s\S]*?)\r?\n---/) : [text, text];
  return (parseDocument(match?.[1] ?? '').toJS() ?? {}) as Record<string, unknown>;
}

/** Adds a measure to its owner's `measures:` list, keeping the owner's comments and layout. */
function addMeasureToOwner(ownerFile: string, measure: string): void {
  const text = readFileSync(ownerFile, 'utf8');
  const isMdx = ownerFile.endsWith('.mdx');
  const match = isMdx ? text.match(/^(---\r?\n)([\s\S]*?)(\r?\n---)/) : null;
  const yamlText = isMdx ? match![2]! : text;
  const document = parseDocument(yamlText);
  const list = document.get('measures');
  if (list && typeof list === 'object' && 'items' in list) document.addIn(['measures'], measure);
  else document.set('measures', [measure]);
  const updated = document.toString();
  writeFileSync(ownerFile, isMdx ? `${match![1]}${updated.replace(/\n$/, '')}${match![3]}${text.slice(match![0].length)}` : updated);
}

function create(kind: NewKind, options: Record<string, string>, contentDir: string): { file: string; next: string; alsoChanged?: string } {
  if (kind === 'plan') {
    const id = required(options, 'id');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new UsageError(`--id "${id}" becomes the plan's web address: use lower-case letters, numbers and hyphens, like moray-csp-2024-27.`);
    const planKind = required(options, 'kind');
    if (!(planKind in planKinds)) throw new UsageError(`--kind must be one of: ${Object.keys(planKinds).join(', ')}.`);
    const file = path.join(contentDir, id, 'plan.mdx');
    if (existsSync(path.join(contentDir, id))) throw new UsageError(`content/${id}/ already exists. Choose another --id, or edit content/${id}/plan.mdx.`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, planTemplate({ title: required(options, 'title'), shortTitle: required(options, 'short-title'), kind: planKind, partnership: required(options, 'partnership'), area: required(options, 'area') }));
    return { file, next: 'Fill in inShort, period and vision, then add its priorities with npm run new -- priority.' };
  }

  const plan = required(options, 'plan');
  mustExist('plan', plan, globSync('*/plan.mdx', { cwd: contentDir }).map((file) => path.dirname(file)).sort());
  const planDir = path.join(contentDir, plan);
  const title = options.title?.trim();
  const place = (folder: string, slug: string, extension: string) => {
    const dir = path.join(planDir, folder);
    mkdirSync(dir, { recursive: true });
    const name = uniqueSlug(slug, (candidate) => existsSync(path.join(dir, `${candidate}.mdx`)) || existsSync(path.join(dir, `${candidate}.yaml`)));
    return path.join(dir, `${name}.${extension}`);
  };
  const ordersIn = (folder: string, field: string, value: string) =>
    namesIn(path.join(planDir, folder))
      .map((name) => globSync(`${name}.{mdx,yaml}`, { cwd: path.join(planDir, folder) })[0]!)
      .map((file) => frontmatterOf(path.join(planDir, folder, file)))
      .filter((data) => data[field] === value)
      .map((data) => Number(data.order) || 0);

  switch (kind) {
    case 'priority': {
      const numbers = namesIn(path.join(planDir, 'priorities')).map((name) => Number(frontmatterOf(path.join(planDir, 'priorities', `${name}.mdx`)).number) || 0);
      const file = place('priorities', slugFromTitle(required(options, 'title')), 'mdx');
      writeFileSync(file, priorityTemplate({ title: title!, number: nextNumber(numbers) }));
      return { file, next: 'Write its inShort and text, then add outcomes with npm run new -- outcome.' };
    }
    case 'outcome': {
      const priority = required(options, 'priority');
      mustExist('priority', priority, namesIn(path.join(planDir, 'priorities')));
      const file = place('outcomes', slugFromTitle(required(options, 'title')), 'mdx');
      writeFileSync(file, outcomeTemplate({ title: title!, priority, order: nextNumber(ordersIn('outcomes', 'priority', priority)) }));
      return { file, next: 'Write its inShort and improvement aims, then add actions with npm run new -- action.' };
    }
    case 'action': {
      const outcome = required(options, 'outcome');
      mustExist('outcome', outcome, namesIn(path.join(planDir, 'outcomes')));
      const aim = options.aim?.trim();
      if (aim) {
        const aims = ((frontmatterOf(path.join(planDir, 'outcomes', `${outcome}.mdx`)).improvementAims as Array<{ id: string }> | undefined) ?? []).map((entry) => entry.id);
        mustExist('improvement aim', aim, aims);
      }
      const file = place('actions', slugFromTitle(required(options, 'title')), 'yaml');
      writeFileSync(file, actionTemplate({ title: title!, outcome, order: nextNumber(ordersIn('actions', 'outcome', outcome)), aim }));
      return { file, next: 'Add its lead, completion target and status where the plan states them.' };
    }
    case 'measure': {
      const owner = required(options, 'for');
      const [folder, name] = owner.split('/');
      if (!['priorities', 'outcomes', 'actions'].includes(folder ?? '') || !name) throw new UsageError('--for names what the measure belongs to, like outcomes/emotional-wellbeing, priorities/better-future or actions/parenting-capacity.');
      mustExist(folder === 'priorities' ? 'priority' : folder!.slice(0, -1), name, namesIn(path.join(planDir, folder!)));
      const measureKind = options.kind ?? 'quantitative';
      if (!['quantitative', 'milestone', 'qualitative'].includes(measureKind)) throw new UsageError('--kind must be quantitative, milestone or qualitative.');
      const file = place('measures', slugFromTitle(required(options, 'title')), 'yaml');
      const ownerFile = globSync(`${name}.{mdx,yaml}`, { cwd: path.join(planDir, folder!) }).map((found) => path.join(planDir, folder!, found))[0]!;
      const order = ((frontmatterOf(ownerFile).measures as unknown[] | undefined) ?? []).length + 1;
      writeFileSync(file, measureTemplate({ title: title!, kind: measureKind, order }));
      addMeasureToOwner(ownerFile, path.basename(file, '.yaml'));
      return { file, alsoChanged: ownerFile, next: 'Add its unit, direction, baseline and target where the plan states them, and its figures in a CSV file beside it.' };
    }
    case 'report': {
      const period = required(options, 'period');
      if (!parsePeriod(period).ok) throw new UsageError(`--period "${period}" is not a period the site can read. Write ${PERIOD_FORMATS}.`);
      const priority = options.priority?.trim();
      if (priority) mustExist('priority', priority, namesIn(path.join(planDir, 'priorities')));
      const file = place('reports', reportSlug(period), 'mdx');
      const outcomes = namesIn(path.join(planDir, 'outcomes'));
      writeFileSync(file, reportTemplate({ title: title ?? `Progress report: ${period}`, period, priority, outcomes }));
      return { file, next: 'Give each outcome its RAG status and commentary, add updates to actions and new figures, then write the commentary. See docs/examples/progress-report.mdx.' };
    }
  }
}

export function runNew(args: string[], projectRoot: string): { exitCode: number; output: string } {
  const [kind, ...rest] = args;
  if (!kind || !(NEW_KINDS as readonly string[]).includes(kind)) return { exitCode: 1, output: kind ? `"${kind}" is not a kind of page.\n\n${USAGE}` : USAGE };
  const contentDir = path.join(projectRoot, 'content');
  try {
    const { file, next, alsoChanged } = create(kind as NewKind, readOptions(rest), contentDir);
    const relative = (target: string) => path.relative(projectRoot, target).split(path.sep).join('/');
    const problems = checkContent(projectRoot).filter((problem) => problem.file === relative(file) || (alsoChanged && problem.file === relative(alsoChanged)));
    const lines = [`Created ${relative(file)}.`];
    if (alsoChanged) lines.push(`Added it to the measures list in ${relative(alsoChanged)}.`);
    lines.push(`Next: ${next}`, 'Then run npm run dev to see it, and npm run check before you publish.');
    if (problems.length > 0) lines.push('', 'The check found problems in the new file:', ...problems.map((problem) => `  - ${formatProblem(problem)}`));
    return { exitCode: problems.length > 0 ? 1 : 0, output: lines.join('\n') };
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 1, output: `${error.message}\n\n${USAGE}` };
    throw error;
  }
}

if (process.argv[1]?.endsWith('new.ts')) {
  const { exitCode, output } = runNew(process.argv.slice(2), process.cwd());
  console.log(output);
  process.exitCode = exitCode;
}
