/**
 * npm run new -- site … — turns plansite's sample site into a clean site of your own: the sample plans
 * and their "For young people" page go; the glossary and themes stay (they are Scotland-wide), without
 * the entries and notes that belong to the sample areas; site.yaml is written from your answers; and a
 * first plan is started if you ask. Everything is worked out before anything is changed, and it refuses
 * to run on a site that already has plans of its own.
 */
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse, parseDocument } from 'yaml';
import { SITE_FOLDERS } from '../lib/content-layout';
import { planTemplate } from '../lib/scaffold';
import { siteTemplate } from '../lib/site-template';
import { planKinds } from '../schemas/plan';

const OPTIONS = ['title', 'publisher', 'area', 'email', 'description', 'url', 'phone', 'kinds', 'plan-id', 'plan-title', 'plan-short-title', 'plan-kind', 'partnership'] as const;
const NEEDED = ['title', 'publisher', 'area', 'email'] as const;

/** What `npm run new -- site` asks for, in a terminal, when it is not given on the command line. */
export const SITE_QUESTIONS: Array<{ option: (typeof NEEDED)[number] | 'kinds'; question: string }> = [
  { option: 'title', question: 'What is the site called? (e.g. "Dundee community plans")' },
  { option: 'publisher', question: 'Who publishes it? (e.g. "The Dundee Partnership")' },
  { option: 'area', question: 'Which council area or areas does it cover? (separate several with commas)' },
  { option: 'email', question: 'Which email address can readers write to?' },
  { option: 'kinds', question: `Which kinds of plan will it publish? (${Object.keys(planKinds).join(', ')}; separate several with commas, or press Enter for all)` },
];

/** The questions whose answers `args` does not give. */
export function unansweredQuestions(args: string[]): typeof SITE_QUESTIONS {
  return SITE_QUESTIONS.filter(({ option }) => !args.some((arg) => arg === `--${option}` || arg.startsWith(`--${option}=`)));
}

/**
 * In a terminal, `npm run new -- site` asks for what it was not told; elsewhere (a script, CI) it says
 * what is missing. Ending the input (Ctrl+D) stops the questions, and the missing answers are named.
 */
export async function askForSiteAnswers(args: string[]): Promise<string[]> {
  if (args[0] !== 'site' || !process.stdin.isTTY) return args;
  const questions = unansweredQuestions(args.slice(1));
  if (questions.length === 0) return args;
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const lines = terminal[Symbol.asyncIterator]();
  const answers: string[] = [];
  for (const { option, question } of questions) {
    process.stdout.write(`${question}\n> `);
    const next = await lines.next();
    if (next.done) break;
    const answer = String(next.value).trim();
    if (answer) answers.push(`--${option}`, answer);
  }
  terminal.close();
  process.stdout.write('\n');
  return [...args, ...answers];
}

export const NEW_SITE_EXAMPLE = 'npm run new -- site --title "Dundee plans" --publisher "The Dundee Partnership" --area Dundee --email plans@example.gov.uk [--kinds local-outcomes-improvement-plan] [--plan-id dundee-city-plan-2022-32 --plan-title "…" --plan-kind local-outcomes-improvement-plan]';

class Refusal extends Error {}

type SiteOptions = Partial<Record<(typeof OPTIONS)[number], string>> & { areas: string[] };

function readSiteOptions(args: string[]): SiteOptions {
  const options: SiteOptions = { areas: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [name, inline] = arg.replace(/^--/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (!arg.startsWith('--') || !(OPTIONS as readonly string[]).includes(name)) {
      throw new Refusal(`"${arg}" is not an option of a new site. Its options are: ${OPTIONS.map((option) => `--${option}`).join(', ')}.`);
    }
    const value = (inline ?? args[++index] ?? '').trim();
    if (!value || value.startsWith('--')) throw new Refusal(`--${name} needs a value after it, like --${name} "…".`);
    if (name === 'area') options.areas.push(...value.split(',').map((area) => area.trim()).filter(Boolean));
    else options[name as (typeof OPTIONS)[number]] = value;
  }
  const missing = NEEDED.filter((name) => (name === 'area' ? options.areas.length === 0 : !options[name]));
  if (missing.length > 0) throw new Refusal(`A new site needs ${missing.map((name) => `--${name}`).join(', ')}.`);
  if (options['plan-id'] && !(options['plan-title'] && options['plan-kind'])) throw new Refusal('To start a first plan, give --plan-id, --plan-title and --plan-kind together.');
  for (const kind of [...(options.kinds?.split(',') ?? []), ...(options['plan-kind'] ? [options['plan-kind']] : [])].map((entry) => entry.trim())) {
    if (!(kind in planKinds)) throw new Refusal(`"${kind}" is not a kind of plan. The kinds are: ${Object.keys(planKinds).join(', ')}.`);
  }
  return options;
}

interface Change {
  remove: string[];
  write: Array<{ file: string; text: string }>;
}

/** The folders in content/ that are plans. */
function planFolders(contentDir: string): string[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !(SITE_FOLDERS as readonly string[]).includes(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
}

/** Glossary terms and theme notes that belong to other areas than the new site's go. */
function localEntries(contentDir: string, areas: string[], change: Change): void {
  const ours = new Set(areas.map((area) => area.toLowerCase()));
  const isOurs = (area: unknown) => typeof area === 'string' && ours.has(area.toLowerCase());
  for (const file of globSync('glossary/*.yaml', { cwd: contentDir })) {
    const termAreas = (parse(readFileSync(path.join(contentDir, file), 'utf8')) as { areas?: unknown[] } | null)?.areas ?? [];
    if (termAreas.length > 0 && !termAreas.some(isOurs)) change.remove.push(path.join(contentDir, file));
  }
  for (const file of globSync('themes/*.yaml', { cwd: contentDir })) {
    const document = parseDocument(readFileSync(path.join(contentDir, file), 'utf8'));
    const notes = (document.toJS() as { notes?: Array<{ area?: unknown }> }).notes ?? [];
    const kept = notes.filter((note) => isOurs(note.area));
    if (kept.length === notes.length) continue;
    if (kept.length === 0) document.delete('notes');
    else document.set('notes', kept);
    change.write.push({ file: path.join(contentDir, file), text: document.toString() });
  }
}

function planChange(contentDir: string, options: SiteOptions, change: Change): void {
  const id = options['plan-id'];
  if (!id) return;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Refusal(`--plan-id "${id}" becomes the plan's folder and web address: use lower-case letters, numbers and single hyphens, like dundee-city-plan-2022-32.`);
  const title = options['plan-title']!;
  change.write.push({
    file: path.join(contentDir, id, 'plan.mdx'),
    text: planTemplate({ title, shortTitle: options['plan-short-title'] ?? title, kind: options['plan-kind']!, partnership: options.partnership ?? options.publisher!, area: options.areas[0]! }),
  });
}

function prepareSite(contentDir: string, options: SiteOptions): Change {
  const settingsFile = path.join(contentDir, 'site.yaml');
  const settings = existsSync(settingsFile) ? ((parse(readFileSync(settingsFile, 'utf8')) as { sample?: unknown } | null) ?? {}) : {};
  const plans = planFolders(contentDir).filter((folder) => existsSync(path.join(contentDir, folder, 'plan.mdx')));
  if (settings.sample !== true && plans.length > 0) {
    throw new Refusal(`This site already has plans of its own (${plans.map((plan) => `content/${plan}/`).join(', ')}), so nothing was changed: npm run new -- site replaces the sample site. To start again, move those folders out of content/ first.`);
  }
  const change: Change = { remove: [...planFolders(contentDir).map((folder) => path.join(contentDir, folder)), path.join(contentDir, 'young-people.mdx')].filter((file) => existsSync(file)), write: [] };
  localEntries(contentDir, options.areas, change);
  const kinds = options.kinds?.split(',').map((kind) => kind.trim());
  if (kinds) for (const file of globSync('health-check/*.yaml', { cwd: contentDir })) if (!kinds.includes(path.basename(file, '.yaml'))) change.remove.push(path.join(contentDir, file));
  change.write.push({ file: settingsFile, text: siteTemplate({ title: options.title!, publisher: options.publisher!, areas: options.areas, email: options.email!, description: options.description, url: options.url, phone: options.phone }) });
  planChange(contentDir, options, change);
  return change;
}

function apply(change: Change): void {
  for (const file of change.remove) rmSync(file, { recursive: true, force: true });
  for (const { file, text } of change.write) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export function runNewSite(args: string[], projectRoot: string): { exitCode: number; output: string } {
  const contentDir = path.join(projectRoot, 'content');
  const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');
  try {
    const options = readSiteOptions(args);
    const change = prepareSite(contentDir, options);
    apply(change);
    const plan = options['plan-id'];
    const lines = [
      `Started a new site, "${options.title}".`,
      '',
      'Removed the sample content:',
      ...change.remove.map((file) => `  - ${relative(file)}`),
      'Wrote:',
      ...change.write.map(({ file }) => `  - ${relative(file)}`),
      'Kept the glossary (content/glossary/) and the themes (content/themes/): edit or add to them as you like.',
      '',
      'Next:',
      '  1. Open content/site.yaml and check every field; fill in the accessibility statement once you have checked the site.',
      plan
        ? `  2. Open content/${plan}/plan.mdx and replace the placeholder text, then add its priorities: npm run new -- priority --plan ${plan} --title "…".`
        : '  2. Start your first plan: npm run new -- plan --id … --title "…" --short-title "…" --area … --partnership "…" --kind …',
      '  3. Run npm run check, then npm run dev to see the site at http://localhost:4321/.',
    ];
    return { exitCode: 0, output: lines.join('\n') };
  } catch (error) {
    if (error instanceof Refusal) return { exitCode: 1, output: `${error.message}\n\nWrite it like this:\n  ${NEW_SITE_EXAMPLE}\n\nNothing was changed.` };
    throw error;
  }
}
