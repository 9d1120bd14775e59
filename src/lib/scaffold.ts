/**
 * Templates for new content files: correctly placed, valid as they stand, with comments that explain
 * each field to a comms officer. Placeholders are instructions in words; no status, date or figure is
 * ever filled in for them, and every optional field starts commented out.
 */
import type { Period } from './period';
import { joinWithin, plainWords, slugFromTitle as titleSlug, uniqueSlug } from './slug';

export const NEW_KINDS = ['plan', 'priority', 'outcome', 'action', 'measure', 'report'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

/** The plan folders a measure can belong to, as `--for <folder>/<id>` names them. */
export const MEASURE_OWNER_FOLDERS = ['priorities', 'outcomes', 'actions'] as const;
export type MeasureOwnerFolder = (typeof MEASURE_OWNER_FOLDERS)[number];

/** A file name from a title (see slug.ts), or "untitled" when the title has no letters or numbers. */
export function slugFromTitle(title: string): string {
  return titleSlug(title) || 'untitled';
}

export { uniqueSlug };

/** One more than the highest number in use (1 for the first). */
export function nextNumber(used: number[]): number {
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}

/** The file name of a report for a period: "2021/22 Q2" → "2021-22-q2". Every word counts here. */
export function reportSlug(period: string): string {
  return joinWithin(plainWords(period), 60) || 'report';
}

/** Where a page is on the site, from its plan, folder and file name: "/city-loip/actions/youth-cafes/". */
export function pageAddress(plan: string, folder?: string, id?: string): string {
  return `/${[plan, folder, id].filter(Boolean).join('/')}/`;
}

const quoted = (text: string) => JSON.stringify(text);

const IN_SHORT_PLACEHOLDER = 'Write one to three short sentences a young person can follow, saying what this means for them.';
const PLAN_BODY_PLACEHOLDER = "Write the plan's introduction here, in its own words.";
const PRIORITY_BODY_PLACEHOLDER = "Write about the priority here, in the plan's own words.";
const REPORT_PLACEHOLDERS = ["Write the report's progress towards its objectives here.", 'Write any other commentary here.'];

/** The words the templates leave for the author to replace: the content check refuses any left in. */
export const TEMPLATE_PLACEHOLDERS = [IN_SHORT_PLACEHOLDER, PLAN_BODY_PLACEHOLDER, PRIORITY_BODY_PLACEHOLDER, ...REPORT_PLACEHOLDERS];

const IN_SHORT_HELP = `# "In short": one to three short sentences in plain English that a young person can follow.
# Say only what the plan says. Replace the words in quotes with your own.`;

export interface PlanTemplateOptions {
  title: string;
  shortTitle: string;
  kind: string;
  partnership: string;
  area: string;
}

export function planTemplate(options: PlanTemplateOptions): string {
  return `---
# A plan. Its other pages go in folders beside this file: priorities/, outcomes/, actions/,
# measures/ and reports/ (npm run new makes them for you).
# The plan's full title, as it is published.
title: ${quoted(options.title)}
# A short name for menus and breadcrumbs.
shortTitle: ${quoted(options.shortTitle)}
# One of: childrens-services-plan, local-outcomes-improvement-plan, service-plan.
kind: ${options.kind}
# Who publishes the plan, and the area it covers.
partnership: ${quoted(options.partnership)}
area: ${quoted(options.area)}
# The document the content comes from, as it is published. Change it if its name is different.
source: ${quoted(options.title)}
${IN_SHORT_HELP}
inShort: ${quoted(IN_SHORT_PLACEHOLDER)}
# Optional fields: remove the # at the start of a line to use one. Leave out what the plan does not say.
# The years it covers, as the plan writes them, e.g. "2024-27".
# period: ""
# The plan's vision statement, in its own words.
# vision: ""
# The organisations in the partnership, one per line.
# partners:
#   - ""
# When it was published, e.g. "June 2024".
# published: ""
# When and how it will be reviewed, in the plan's words.
# review: ""
---

${PLAN_BODY_PLACEHOLDER}
`;
}

export interface PriorityTemplateOptions {
  title: string;
  number: number;
}

export function priorityTemplate(options: PriorityTemplateOptions): string {
  return `---
# A priority: one of the few things the plan puts first.
title: ${quoted(options.title)}
# Its number in the plan (priority 1, 2, 3 …).
number: ${options.number}
${IN_SHORT_HELP}
inShort: ${quoted(IN_SHORT_PLACEHOLDER)}
# Optional: who leads it, as the plan says. Remove the # to use it.
# lead: ""
# Measures for the whole priority: file names from measures/ (npm run new -- measure adds them for you).
measures: []
# Themes from content/themes/, e.g. [safe, healthy]. Leave empty if none fits.
themes: []
---

${PRIORITY_BODY_PLACEHOLDER}
`;
}

export interface OutcomeTemplateOptions {
  title: string;
  priority: string;
  order: number;
}

export function outcomeTemplate(options: OutcomeTemplateOptions): string {
  return `---
# An outcome: what the plan is trying to accomplish.
title: ${quoted(options.title)}
# The priority it belongs to: a file name from priorities/.
priority: ${options.priority}
# Its position in the priority's list of outcomes.
order: ${options.order}
${IN_SHORT_HELP}
inShort: ${quoted(IN_SHORT_PLACEHOLDER)}
# Optional: remove the # to use a field. Leave out what the plan does not say.
# A heading the plan groups outcomes under, e.g. "Emotional and mental wellbeing".
# group: ""
# A measurable target where the plan states one, in its words.
# target: ""
# Improvement aims: "what change can we make?". Each needs a short id (lower-case words joined by
# hyphens) that actions use to say which aim they serve, and its title in the plan's words:
# improvementAims:
#   - id: a-short-id
#     title: ""
improvementAims: []
# Measures for this outcome: file names from measures/ (npm run new -- measure adds them for you).
measures: []
# Themes from content/themes/, e.g. [safe, healthy]. Leave empty if none fits.
themes: []
---
`;
}

export interface ActionTemplateOptions {
  title: string;
  outcome: string;
  order: number;
  /** The improvement aim given with --aim, if any. */
  aim?: string;
  /** The outcome's improvement aims, listed in the comment when no aim is given. */
  outcomeAims: string[];
}

function improvementAimLines(options: ActionTemplateOptions): string {
  if (options.aim) return `# The improvement aim it serves, from the outcome's improvementAims list.\nimprovementAim: ${options.aim}`;
  const choices = options.outcomeAims.length > 0 ? `one of: ${options.outcomeAims.join(', ')}` : 'the outcome has none yet';
  return `# The improvement aim it serves, from the outcome's list (${choices}).\n# improvementAim: `;
}

export function actionTemplate(options: ActionTemplateOptions): string {
  return `# An action: what the partnership will do.
title: ${quoted(options.title)}
# The outcome it belongs to: a file name from outcomes/.
outcome: ${options.outcome}
# Its position in the outcome's list of actions.
order: ${options.order}
# Optional fields: remove the # at the start of a line to use one. Leave out anything the plan does
# not state; the site then shows "Not stated".
${improvementAimLines(options)}
# More detail about the action, in the plan's words.
# description: ""
# Who leads it, as the plan says.
# lead: ""
# partners:
#   - ""
# When it is due: a month, a year, a range of years or a date, e.g. "March 2025".
# completionTarget: ""
# One of: not started, in progress, complete, on hold. Only if the plan says; reports update it.
# status: ""
# Measures that show this action's progress: file names from measures/ (npm run new -- measure adds them).
measures: []
# Themes from content/themes/, e.g. [safe, healthy]. Leave empty if none fits.
themes: []
`;
}

export interface MeasureTemplateOptions {
  title: string;
  kind: string;
  order: number;
}

const MEASURE_KIND_LINES: Record<string, string> = {
  quantitative: `# The unit of its figures: %, percentage points, number, rate per 1,000, £ or score.
# unit: ""
# Which way is better: increase or decrease. Only where the plan says.
# betterDirection: ""
# Its figures go in a CSV file beside this one with the same name (see "Add figures to a measure" in README.md).`,
  milestone: `# When it has been reached, and when (only once the plan or a report says so):
# milestone: { achieved: true, date: "" }`,
  qualitative: '# A qualitative measure is evidence in words: describe it in description, and report on it in progress reports.',
};

export function measureTemplate(options: MeasureTemplateOptions): string {
  return `# A measure: how the partnership will know whether things are improving.
title: ${quoted(options.title)}
# quantitative (figures over time), milestone (done or not) or qualitative (evidence in words).
kind: ${options.kind}
# Its position in its page's list of measures.
order: ${options.order}
# Optional fields: remove the # at the start of a line to use one. Leave out what the plan does not say.
${MEASURE_KIND_LINES[options.kind] ?? ''}
# More detail, in the plan's words.
# description: ""
# The plan's baseline and target in its own words; add a period and value where it gives them.
# baseline: { text: "" }
# target: { text: "" }
# Where the figures come from, with its web address if it has one.
# source: { name: "", url: "" }
# How often it is updated, e.g. "Annual", and when the next figure is due, e.g. "March 2025".
# frequency: ""
# nextUpdateDue: ""
# Themes from content/themes/, e.g. [safe, healthy]. Leave empty if none fits.
themes: []
`;
}

export interface ReportTemplateOptions {
  title: string;
  period: Period;
  priority?: string;
  outcomes: string[];
  /** The plan's (or priority's) actions, listed as comments to copy. */
  actions?: string[];
}

/** The plan's outcomes, as comments: only those the officer fills in become part of the report. */
function reportOutcomeLines(outcomes: string[]): string {
  if (outcomes.length === 0) return '';
  return outcomes.map((outcome) => `#   - outcome: ${outcome}\n#     ragStatus: ""\n#     commentary: ""`).join('\n');
}

/** The plan's actions, as comments, to copy the ones the report updates. */
function reportActionLines(actions: string[]): string {
  if (actions.length === 0) return '#   - action: a-file-name-from-actions\n#     status: ""\n#     commentary: ""';
  return actions.map((action) => `#   - action: ${action}\n#     status: ""\n#     commentary: ""`).join('\n');
}

function reportOutcomeSections(outcomes: string[]): string {
  if (outcomes.length === 0) return '';
  const sections = outcomes.map((outcome) => `    <OutcomeProgress outcome="${outcome}" />`).join('\n');
  return `{/* For each outcome you add at the top, start its section with its line from this list, then write
    what the report says about it:
${sections}
*/}
`;
}

export function reportTemplate(options: ReportTemplateOptions): string {
  return `---
# A progress report. docs/examples/progress-report.mdx is a worked example of every field.
title: ${quoted(options.title)}
${options.priority ? `# The priority the report is about: a file name from priorities/.\npriority: ${options.priority}\n` : ''}# The period it covers. Change the label to the report's own words if you like,
# e.g. "2021/22 Quarter 2 (July to September 2021)"; start and end are its first and last days.
period:
  label: ${quoted(options.period.label)}
  start: "${options.period.start}"
  end: "${options.period.end}"
# Optional: remove the # to use a field. Leave out what the report does not say.
# When it was published, e.g. "November 2021".
# published: ""
# Names and roles as the report publishes them; add email: "" only if the report publishes it.
# priorityManager: { name: "", role: "" }
# leadOfficer: { name: "", role: "" }
# The % of the year's delivery plan completed against planned: a plain number, e.g. 45.
# deliveryPlanCompletion: 
# Overall status: red, amber, green or "not stated". Keep "not stated" unless the report gives one.
overallStatus:
  actions: "not stated"
  measures: "not stated"
# Each outcome the report covers: copy its lines from this list (without the #s) under outcomes:
# and remove the []. ragStatus: red, amber, green or "not stated"; commentary: a sentence or two shown
# on the outcome's page. Leave out any outcome, status or commentary the report does not give.
${reportOutcomeLines(options.outcomes)}
outcomes: []
# Updates to actions: a status (not started, in progress, complete, on hold), a commentary, or both.
# Copy the lines of each action the report updates (without the #s) under actions: and remove the []:
${reportActionLines(options.actions ?? [])}
actions: []
# New figures for quantitative measures, written like this:
#   - measure: a-file-name-from-measures
#     period: ${quoted(options.period.label)}
#     value: a plain number, without commas, £ or %
figures: []
# Risks to progress, each with what is being done about it:
#   - risk: ""
#     mitigation: ""
risks: []
# Any requests to change the plan, in the report's words.
# changeRequests: ""
# Next steps:
#   - target: ""
#     comment: ""
#     due: ""
nextSteps: []
---

## Progress summary

{/* Each outcome's section starts with <OutcomeProgress outcome="…" />: it shows the outcome's title,
    RAG status and commentary from the list at the top. Write the detail under it. */}

${reportOutcomeSections(options.outcomes)}
## Progress towards objectives

${REPORT_PLACEHOLDERS[0]}

## General progress commentary

${REPORT_PLACEHOLDERS[1]}
`;
}
