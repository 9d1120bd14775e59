/**
 * npm run new -- <kind> … — starts a new content file from a commented template, in the right folder,
 * with a file name made from its title, and never over an existing file. Everything is checked before
 * anything is written, so a wrong name leaves the content as it was. See the README for examples.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ranDirectly } from './ran-directly';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { checkContent } from '../integrations/content-check';
import { siteAddress } from '../integrations/site-address';
import { formatProblem } from '../lib/content-problem';
import { isPlaceholderProblem } from '../lib/placeholders';
import { planFolderProblem } from '../lib/content-layout';
import { parsePeriod } from '../lib/period';
import {
  MEASURE_OWNER_FOLDERS,
  NEW_KINDS,
  actionTemplate,
  measureTemplate,
  nextNumber,
  outcomeTemplate,
  pageAddress,
  planTemplate,
  priorityTemplate,
  reportSlug,
  reportTemplate,
  slugFromTitle,
  uniqueSlug,
  type MeasureOwnerFolder,
  type NewKind,
} from '../lib/scaffold';
import { editFrontmatter, withMeasureListed } from '../lib/measure-list-edit';
import { closestId } from '../lib/suggest';
import { askForSiteAnswers, NEW_SITE_EXAMPLE, runNewSite } from './new-site';
import { measureKinds } from '../schemas/measure';
import { planKinds } from '../schemas/plan';

const KIND_OPTIONS: Record<NewKind, { needs: string[]; may: string[] }> = {
  plan: { needs: ['id', 'title', 'short-title', 'area', 'partnership', 'kind'], may: [] },
  priority: { needs: ['plan', 'title'], may: [] },
  outcome: { needs: ['plan', 'priority', 'title'], may: [] },
  action: { needs: ['plan', 'outcome', 'title'], may: ['aim'] },
  measure: { needs: ['plan', 'for', 'title'], may: ['kind'] },
  report: { needs: ['plan', 'period'], may: ['title', 'priority'] },
};

const EXAMPLES: Record<NewKind, string> = {
  plan: 'npm run new -- plan --id city-loip-2024-27 --title "…" --short-title "…" --area Anytown --partnership "…" --kind local-outcomes-improvement-plan',
  priority: 'npm run new -- priority --plan city-loip --title "…"',
  outcome: 'npm run new -- outcome --plan city-loip --priority safer-places --title "…"',
  action: 'npm run new -- action --plan city-loip --outcome safe-streets --title "…" [--aim fewer-break-ins]',
  measure: 'npm run new -- measure --plan city-loip --for outcomes/safe-streets --title "…" [--kind quantitative]',
  report: 'npm run new -- report --plan city-loip --period "2021/22 Q2" [--title "…"] [--priority safer-places]',
};

const USAGE = [
  'Start a new page from a template. Say which kind of page, then its details:',
  '',
  ...NEW_KINDS.map((kind) => `  ${EXAMPLES[kind]}`),
  '',
  'Or start a site of your own in place of the sample site:',
  `  ${NEW_SITE_EXAMPLE}`,
  '',
  'Put quotes round anything with spaces in it. Options in [ ] can be left out.',
  'See "Start a new page from a template" in README.md.',
].join('\n');

/** Stops the command with a message for the person who ran it; nothing has been written. */
class Stop extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

type Options = Record<string, string>;

function readOptions(kind: NewKind, args: string[]): Options {
  const allowed = [...KIND_OPTIONS[kind].needs, ...KIND_OPTIONS[kind].may];
  const howTo = `Write it like this:\n  ${EXAMPLES[kind]}`;
  const options: Options = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) throw new Stop(`"${arg}" is not an option. Options start with --, and anything with spaces needs quotes round it, like --title "Open two youth cafés".`, howTo);
    const [name, inlineValue] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.includes(name)) {
      const suggestion = closestId(name, allowed);
      throw new Stop(`A new ${kind} has no option --${name}.${suggestion ? ` Did you mean --${suggestion}?` : ''} Its options are: ${allowed.map((option) => `--${option}`).join(', ')}.`, howTo);
    }
    if (name in options) throw new Stop(`--${name} is given twice. Give it once.`, howTo);
    const value = inlineValue ?? args[++index];
    if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) throw new Stop(`--${name} needs a value after it, like --${name} "…".`, howTo);
    options[name] = value.trim();
  }
  const missing = KIND_OPTIONS[kind].needs.filter((name) => !options[name]);
  if (missing.length > 0) throw new Stop(`A new ${kind} needs ${listInWords(missing.map((name) => `--${name}`))}.`, howTo);
  return options;
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a reference names, for messages: "outcome" in "There is no outcome called …". */
interface Thing {
  singular: string;
  plural: string;
  /** Where the list of them lives, e.g. "in city-loip". */
  where: string;
  /** How to write the name, where that is not obvious. */
  hint?: string;
}

/** Enough names to find the right one without filling the screen. */
const MAX_LISTED = 30;

function mustExist(thing: Thing, name: string, existing: string[]): void {
  if (existing.includes(name)) return;
  const suggestion = closestId(name, existing);
  const lines = [`There is no ${thing.singular} called "${name}" ${thing.where}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`];
  if (thing.hint) lines.push(thing.hint);
  if (existing.length === 0) lines.push(`There are no ${thing.plural} ${thing.where} yet.`);
  else {
    lines.push(`The ${thing.plural} ${thing.where} are:`, ...existing.slice(0, MAX_LISTED).map((id) => `  - ${id}`));
    if (existing.length > MAX_LISTED) lines.push(`  … and ${existing.length - MAX_LISTED} more.`);
  }
  throw new Stop(lines.join('\n'));
}

/** The file names (without .mdx or .yaml) in a folder of the content. */
function idsIn(folder: string): string[] {
  return existsSync(folder) ? globSync('*.{mdx,yaml}', { cwd: folder }).map((file) => file.replace(/\.(mdx|yaml)$/, '')).sort() : [];
}

function fileOf(folder: string, id: string): string {
  return [`${id}.mdx`, `${id}.yaml`].map((name) => path.join(folder, name)).find((file) => existsSync(file))!;
}

/** The fields of a content file; an unreadable one counts as empty (npm run check reports it). */
function fieldsOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const yaml = file.endsWith('.mdx') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  try {
    const fields: unknown = parse(yaml);
    return fields && typeof fields === 'object' ? (fields as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function allFieldsIn(folder: string): Array<{ id: string; fields: Record<string, unknown> }> {
  return idsIn(folder).map((id) => ({ id, fields: fieldsOf(fileOf(folder, id)) }));
}

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

function oneOf(option: string, value: string, choices: string[]): void {
  if (choices.includes(value)) return;
  const suggestion = closestId(value, choices);
  throw new Stop(`--${option} "${value}" is not one of the choices.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Choose one of: ${choices.join(', ')}.`);
}

/** What a kind of page makes: the files to write, and what to tell the person afterwards. */
interface Prepared {
  create: { file: string; text: string };
  change?: { file: string; text: string; what: string };
  /** Where the page will be on the site. */
  address: string;
  /** Said after "Created …", e.g. "priority 3 of the plan". */
  placed: string;
  fillIn: string;
  thenMaybe?: string;
}

function preparePlan(options: Options, contentDir: string): Prepared {
  const id = options.id!;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Stop(`--id "${id}" becomes the plan's folder and web address: use lower-case letters, numbers and single hyphens, like city-loip-2024-27.`);
  oneOf('kind', options.kind!, Object.keys(planKinds));
  const folder = path.join(contentDir, id);
  if (existsSync(path.join(folder, 'plan.mdx'))) throw new Stop(`There is already a plan called "${id}" (content/${id}/plan.mdx). Choose another --id, or edit that file.`);
  if (existsSync(folder)) throw new Stop(`content/${id}/ already exists and is used for something else. Choose another --id.`);
  const reserved = planFolderProblem(id);
  if (reserved) throw new Stop(`--id ${reserved.replace('Rename the folder, for example to', 'Choose another --id, for example')}`);
  const template = planTemplate({ title: options.title!, shortTitle: options['short-title']!, kind: options.kind!, partnership: options.partnership!, area: options.area! });
  return {
    create: { file: path.join(folder, 'plan.mdx'), text: template },
    address: pageAddress(id),
    placed: `a new plan; its priorities, outcomes and other pages go in content/${id}/`,
    fillIn: 'replace the inShort placeholder with the plan\'s summary, check source, and fill in period, vision, partners and the introduction where the plan gives them',
    thenMaybe: `Add its first priority: npm run new -- priority --plan ${id} --title "…"`,
  };
}

/** A file name from the title, with -2, -3 … when one of that name exists in the folder. */
function newFileIn(folder: string, slug: string, extension: 'mdx' | 'yaml'): string {
  const taken = (candidate: string) => existsSync(path.join(folder, `${candidate}.mdx`)) || existsSync(path.join(folder, `${candidate}.yaml`));
  return path.join(folder, `${uniqueSlug(slug, taken)}.${extension}`);
}

const idOf = (file: string) => path.basename(file).replace(/\.(mdx|yaml)$/, '');

function preparePart(kind: Exclude<NewKind, 'plan'>, options: Options, contentDir: string): Prepared {
  const plan = options.plan!;
  const plans = globSync('*/plan.mdx', { cwd: contentDir }).map((file) => path.dirname(file)).sort();
  mustExist({ singular: 'plan', plural: 'plans', where: 'in content/' }, plan, plans);
  const planDir = path.join(contentDir, plan);
  const inPlan = `in ${plan}`;
  const title = options.title ?? '';

  switch (kind) {
    case 'priority': {
      const number = nextNumber(allFieldsIn(path.join(planDir, 'priorities')).map(({ fields }) => numberOr(fields.number, 0)));
      const file = newFileIn(path.join(planDir, 'priorities'), slugFromTitle(title), 'mdx');
      return {
        create: { file, text: priorityTemplate({ title, number }) },
        address: pageAddress(plan, 'priorities', idOf(file)),
        placed: `priority ${number} of ${plan}; change number if it comes elsewhere in the plan`,
        fillIn: 'replace the inShort placeholder and the text under the second --- with the plan\'s words, and add lead and themes where the plan gives them',
        thenMaybe: `Add its outcomes: npm run new -- outcome --plan ${plan} --priority ${idOf(file)} --title "…"`,
      };
    }
    case 'outcome': {
      const priority = options.priority!;
      mustExist({ singular: 'priority', plural: 'priorities', where: inPlan }, priority, idsIn(path.join(planDir, 'priorities')));
      const siblings = allFieldsIn(path.join(planDir, 'outcomes')).filter(({ fields }) => fields.priority === priority);
      const order = nextNumber(siblings.map(({ fields }) => numberOr(fields.order, 0)));
      const file = newFileIn(path.join(planDir, 'outcomes'), slugFromTitle(title), 'mdx');
      return {
        create: { file, text: outcomeTemplate({ title, priority, order }) },
        address: pageAddress(plan, 'outcomes', idOf(file)),
        placed: `outcome ${order} under the priority "${priority}"`,
        fillIn: 'replace the inShort placeholder, and add its improvement aims, target and themes where the plan gives them',
        thenMaybe: `Add its actions: npm run new -- action --plan ${plan} --outcome ${idOf(file)} --title "…"`,
      };
    }
    case 'action': {
      const outcome = options.outcome!;
      const outcomesDir = path.join(planDir, 'outcomes');
      mustExist({ singular: 'outcome', plural: 'outcomes', where: inPlan }, outcome, idsIn(outcomesDir));
      const improvementAims = fieldsOf(fileOf(outcomesDir, outcome)).improvementAims;
      const outcomeAims = (Array.isArray(improvementAims) ? improvementAims : []).map((aim: { id?: unknown }) => String(aim?.id ?? '')).filter(Boolean);
      const aim = options.aim || undefined;
      if (aim) mustExist({ singular: 'improvement aim', plural: 'improvement aims', where: `on the outcome "${outcome}"` }, aim, outcomeAims);
      const siblings = allFieldsIn(path.join(planDir, 'actions')).filter(({ fields }) => fields.outcome === outcome);
      const order = nextNumber(siblings.map(({ fields }) => numberOr(fields.order, 0)));
      const file = newFileIn(path.join(planDir, 'actions'), slugFromTitle(title), 'yaml');
      return {
        create: { file, text: actionTemplate({ title, outcome, order, aim, outcomeAims }) },
        address: pageAddress(plan, 'actions', idOf(file)),
        placed: `action ${order} under the outcome "${outcome}"`,
        fillIn: `fill in ${aim ? '' : 'improvementAim, '}lead, partners, completionTarget and status where the plan states them (remove the # in front of each); leave out the rest`,
      };
    }
    case 'measure':
      return prepareMeasure(plan, planDir, options);
    case 'report': {
      const period = parsePeriod(options.period!);
      if (!period.ok) throw new Stop(`--period: ${period.error}`);
      const priority = options.priority || undefined;
      if (priority) mustExist({ singular: 'priority', plural: 'priorities', where: inPlan }, priority, idsIn(path.join(planDir, 'priorities')));
      const { outcomes, actions } = reportUpdates(planDir, priority);
      const file = newFileIn(path.join(planDir, 'reports'), reportSlug(period.value.label), 'mdx');
      return {
        create: { file, text: reportTemplate({ title: options.title || `Progress report: ${period.value.label}`, period: period.value, priority, outcomes, actions }) },
        address: pageAddress(plan, 'reports', idOf(file)),
        placed: `the report for ${period.value.start} to ${period.value.end}, with ${outcomes.length === 1 ? '1 outcome' : `${outcomes.length} outcomes`} and ${actions.length === 1 ? '1 action' : `${actions.length} actions`}${priority ? ` of the priority "${priority}"` : ''} listed in comments to copy`,
        fillIn: 'copy the outcomes and actions the report gives a status or commentary for from the comments into the lists, add new figures, and replace the placeholder text under each heading (docs/examples/progress-report.mdx shows every field)',
      };
    }
  }
}

/**
 * What a new progress report lists to update: the plan's outcomes (only the priority's, if one is
 * given) and their actions, in the order the plan lists them. The browser editor's new report starts
 * from the same lists (src/editor/editor-site.ts).
 */
export function reportUpdates(planDir: string, priority?: string): { outcomes: string[]; actions: string[] } {
  const outcomes = reportOutcomes(planDir, priority);
  const actions = allFieldsIn(path.join(planDir, 'actions'))
    .filter(({ fields }) => outcomes.includes(String(fields.outcome)))
    .sort((a, b) => outcomes.indexOf(String(a.fields.outcome)) - outcomes.indexOf(String(b.fields.outcome)) || numberOr(a.fields.order, Infinity) - numberOr(b.fields.order, Infinity) || a.id.localeCompare(b.id))
    .map(({ id }) => id);
  return { outcomes, actions };
}

/** The plan's outcomes (only the priority's, if one is given) in the order the plan lists them. */
function reportOutcomes(planDir: string, priority: string | undefined): string[] {
  const priorityNumbers = new Map(allFieldsIn(path.join(planDir, 'priorities')).map(({ id, fields }) => [id, numberOr(fields.number, Infinity)]));
  return allFieldsIn(path.join(planDir, 'outcomes'))
    .filter(({ fields }) => !priority || fields.priority === priority)
    .map(({ id, fields }) => ({ id, priority: priorityNumbers.get(String(fields.priority)) ?? Infinity, order: numberOr(fields.order, Infinity) }))
    .sort((a, b) => a.priority - b.priority || a.order - b.order || a.id.localeCompare(b.id))
    .map(({ id }) => id);
}

function prepareMeasure(plan: string, planDir: string, options: Options): Prepared {
  const owners = MEASURE_OWNER_FOLDERS.flatMap((folder) => idsIn(path.join(planDir, folder)).map((id) => `${folder}/${id}`));
  const [folder, ownerId] = options.for!.split('/') as [string, string | undefined];
  const ownerFolder = (MEASURE_OWNER_FOLDERS as readonly string[]).includes(folder) && ownerId ? (folder as MeasureOwnerFolder) : undefined;
  mustExist(
    {
      singular: 'page',
      plural: ownerFolder ?? 'priorities, outcomes and actions',
      where: `in ${plan}`,
      hint: 'Write --for as the folder and file name of the priority, outcome or action the measure belongs to, like outcomes/safe-streets.',
    },
    options.for!,
    ownerFolder ? owners.filter((owner) => owner.startsWith(`${ownerFolder}/`)) : owners,
  );
  const kind = options.kind || 'quantitative';
  oneOf('kind', kind, Object.keys(measureKinds));

  const ownerFile = fileOf(path.join(planDir, ownerFolder!), ownerId!);
  const ownerMeasures = fieldsOf(ownerFile).measures;
  const order = (Array.isArray(ownerMeasures) ? ownerMeasures.length : 0) + 1;
  const file = newFileIn(path.join(planDir, 'measures'), slugFromTitle(options.title!), 'yaml');
  const ownerText = readFileSync(ownerFile, 'utf8');
  const addToList = (yaml: string) => withMeasureListed(yaml, idOf(file));
  const edited = ownerFile.endsWith('.mdx') ? editFrontmatter(ownerText, addToList) : addToList(ownerText);
  if (!edited.ok) throw new Stop(`The measure could not be added to content/${plan}/${ownerFolder}/${path.basename(ownerFile)}: ${edited.error}. Fix that file (npm run check helps), then try again.`);
  return {
    create: { file, text: measureTemplate({ title: options.title!, kind, order }) },
    change: { file: ownerFile, text: edited.text, what: `Added ${idOf(file)} to the measures list in` },
    address: pageAddress(plan, 'measures', idOf(file)),
    placed: `a ${kind} measure of ${options.for}`,
    fillIn:
      kind === 'quantitative'
        ? 'fill in unit, betterDirection, baseline, target and source where the plan states them, then add its figures in a CSV file of the same name beside it'
        : kind === 'milestone'
          ? 'fill in description, baseline, target and source where the plan states them; add milestone only once it is reached'
          : 'fill in description, baseline, target and source where the plan states them',
  };
}

function prepare(kind: NewKind, options: Options, contentDir: string): Prepared {
  return kind === 'plan' ? preparePlan(options, contentDir) : preparePart(kind, options, contentDir);
}

function write(prepared: Prepared): void {
  mkdirSync(path.dirname(prepared.create.file), { recursive: true });
  // "wx": refuse to replace a file, even one that appeared since it was checked.
  writeFileSync(prepared.create.file, prepared.create.text, { flag: 'wx' });
  if (prepared.change) writeFileSync(prepared.change.file, prepared.change.text);
}

function previewAddress(projectRoot: string, address: string): string {
  const { base } = siteAddress(pathToFileURL(`${path.resolve(projectRoot)}/`), process.env);
  return `http://localhost:4321${base.replace(/\/$/, '')}${address}`;
}

function report(prepared: Prepared, projectRoot: string): { exitCode: number; output: string } {
  const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');
  const created = relative(prepared.create.file);
  const touched = [created, ...(prepared.change ? [relative(prepared.change.file)] : [])];
  // The new file's placeholders are what the next step replaces: the check would find nothing else wrong with them yet.
  const problems = checkContent(projectRoot).filter((problem) => touched.includes(problem.file) && !isPlaceholderProblem(problem));
  const steps = [
    `Open ${created} and ${prepared.fillIn}. The comments (lines starting #) explain each field.`,
    ...(prepared.thenMaybe ? [prepared.thenMaybe] : []),
    `Run npm run dev and open ${previewAddress(projectRoot, prepared.address)} to see the page.`,
    'Run npm run check before you publish.',
  ];
  const lines = [`Created ${created}`, `  (${prepared.placed}).`];
  if (prepared.change) lines.push(`${prepared.change.what} ${touched[1]}.`);
  lines.push('', 'Next:', ...steps.map((step, index) => `  ${index + 1}. ${step}`));
  if (problems.length > 0) lines.push('', 'The check found a problem to fix:', ...problems.map((problem) => `  - ${formatProblem(problem)}`));
  return { exitCode: problems.length > 0 ? 1 : 0, output: lines.join('\n') };
}

export function runNew(args: string[], projectRoot: string): { exitCode: number; output: string } {
  const [kind, ...rest] = args;
  if (!kind || kind === '--help' || kind === 'help') return { exitCode: 1, output: USAGE };
  if (kind === 'site') return runNewSite(rest, projectRoot);
  if (!(NEW_KINDS as readonly string[]).includes(kind)) {
    const suggestion = closestId(kind, [...NEW_KINDS, 'site']);
    return { exitCode: 1, output: `"${kind}" is not a kind of page.${suggestion ? ` Did you mean "${suggestion}"?` : ''}\n\n${USAGE}` };
  }
  try {
    const prepared = prepare(kind as NewKind, readOptions(kind as NewKind, rest), path.join(projectRoot, 'content'));
    write(prepared);
    return report(prepared, projectRoot);
  } catch (error) {
    if (error instanceof Stop) return { exitCode: 1, output: [error.message, ...(error.usage ? ['', error.usage] : []), '', 'Nothing was written.'].join('\n') };
    throw error;
  }
}

if (ranDirectly(import.meta.url)) {
  const args = await askForSiteAnswers(process.argv.slice(2));
  const { exitCode, output } = runNew(args, process.cwd());
  console.log(output);
  process.exitCode = exitCode;
}
