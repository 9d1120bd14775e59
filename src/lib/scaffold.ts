/**
 * Templates for new content files: correctly placed, valid as they stand, with comments that explain
 * each field to a comms officer. Placeholders are instructions in words; no status, date or figure is
 * ever filled in for them.
 */
import { parsePeriod } from './period';

export const NEW_KINDS = ['plan', 'priority', 'outcome', 'action', 'measure', 'report'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'with', 'by', 'is', 'are', 'be', 'at', 'that', 'their', 'our', 'we', 'will']);

/** A file name from a title: its first meaningful words, lower-case, joined by hyphens. */
export function slugFromTitle(title: string, maxWords = 6, maxLength = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  let slug = (meaningful.length > 0 ? meaningful : words).slice(0, maxWords).join('-');
  if (slug.length > maxLength) slug = slug.slice(0, maxLength).replace(/-[^-]*$/, '');
  return slug || 'untitled';
}

/** The slug, or the slug with -2, -3… when a file of that name exists. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  let candidate = slug;
  for (let suffix = 2; taken(candidate); suffix++) candidate = `${slug}-${suffix}`;
  return candidate;
}

/** One more than the highest number in use (1 for the first). */
export function nextNumber(used: number[]): number {
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}

/** The file name of a report for a period: "2021/22 Q2" → "2021-22-q2". */
export function reportSlug(period: string): string {
  return slugFromTitle(period, 10, 60);
}

const q = (text: string) => JSON.stringify(text);

const IN_SHORT_PLACEHOLDER = 'Write one to three short sentences a young person can follow, saying what this means for them.';

export function planTemplate(options: { title: string; shortTitle: string; kind: string; partnership: string; area: string }): string {
  return `---
# A plan. Its pages: this file (the plan), priorities/, outcomes/, actions/, measures/ and reports/.
title: ${q(options.title)}
# A short name for menus and breadcrumbs.
shortTitle: ${q(options.shortTitle)}
# childrens-services-plan, local-outcomes-improvement-plan or service-plan
kind: ${options.kind}
partnership: ${q(options.partnership)}
area: ${q(options.area)}
# The years it covers, as the plan writes them, e.g. "2024-27".
# period: ""
inShort: ${q(IN_SHORT_PLACEHOLDER)}
# The plan's vision statement, in its own words.
# vision: ""
# The document the content comes from.
source: ${q(options.title)}
---

Write the plan's introduction here, in its own words.
`;
}

export function priorityTemplate(options: { title: string; number: number }): string {
  return `---
# A priority: one of the few things the plan puts first.
title: ${q(options.title)}
# Its number in the plan.
number: ${options.number}
inShort: ${q(IN_SHORT_PLACEHOLDER)}
# Who leads it, as the plan says. Leave out if it does not say.
# lead: ""
# Themes from content/themes/, one per line, e.g. "  - safe".
themes: []
---

Write about the priority here, in the plan's own words.
`;
}

export function outcomeTemplate(options: { title: string; priority: string; order: number }): string {
  return `---
# An outcome: what the plan is trying to accomplish.
title: ${q(options.title)}
# The priority it belongs to (a file name from priorities/).
priority: ${options.priority}
# Its position under the priority.
order: ${options.order}
inShort: ${q(IN_SHORT_PLACEHOLDER)}
# The changes that will result in improvement. Actions name one by its id.
#   - id: a-short-id
#     title: "The improvement aim, in the plan's words"
improvementAims: []
# Measures for this outcome: file names from measures/ (npm run new -- measure adds them for you).
measures: []
themes: []
---
`;
}

export function actionTemplate(options: { title: string; outcome: string; order: number; aim?: string }): string {
  return `# An action: what the partnership will do.
title: ${q(options.title)}
# The outcome it belongs to (a file name from outcomes/).
outcome: ${options.outcome}
# Its position in the outcome's list of actions.
order: ${options.order}
${options.aim ? `improvementAim: ${options.aim}` : "# The id of one of the outcome's improvement aims.\n# improvementAim: "}
# Leave out anything the plan does not state; the site shows "Not stated".
# lead: ""
# partners:
#   - ""
# When it is due: a month, a year, a range of years or a date, e.g. "March 2025".
# completionTarget: ""
# not started, in progress, complete or on hold. Reports update it.
# status: ""
themes: []
`;
}

export function measureTemplate(options: { title: string; kind: string; order: number }): string {
  return `# A measure: how the partnership will know whether things are improving.
title: ${q(options.title)}
# quantitative (figures over time), milestone or qualitative
kind: ${options.kind}
order: ${options.order}
# For figures: %, percentage points, number, rate per 1,000, £ or score.
# unit: ""
# increase (higher is better), decrease, or none.
# betterDirection: ""
# The plan's baseline and target, in its own words; add period and value where it gives them.
# baseline: { text: "" }
# target: { text: "" }
# source: { name: "" }
# Figures go in a CSV file beside this one, with the same name (see the README).
themes: []
`;
}

export function reportTemplate(options: { title: string; period: string; priority?: string; outcomes: string[] }): string {
  const parsed = parsePeriod(options.period);
  if (!parsed.ok) throw new Error(parsed.error);
  const outcomes = options.outcomes.map((outcome) => `  - outcome: ${outcome}\n    ragStatus: "not stated"\n    # commentary: ""`).join('\n');
  const sections = options.outcomes.map((outcome) => `<OutcomeProgress outcome="${outcome}" />\n\nWrite what happened for this outcome in the period.\n`).join('\n');
  return `---
# A progress report. See docs/examples/progress-report.mdx for a worked example of every field.
title: ${q(options.title)}
${options.priority ? `priority: ${options.priority}\n` : ''}period:
  label: ${q(options.period)}
  start: "${parsed.value.start}"
  end: "${parsed.value.end}"
# red, amber, green or "not stated": write "not stated" unless the report gives a rating.
overallStatus:
  actions: "not stated"
  measures: "not stated"
# Each outcome the report covers: change ragStatus only where the report gives one.
outcomes:
${outcomes || '  []'}
# Updates to actions: a status (not started, in progress, complete, on hold), a commentary, or both.
#   - action: a-file-name-from-actions
#     status: "in progress"
actions: []
# New figures for quantitative measures.
#   - measure: a-file-name-from-measures
#     period: ${q(options.period)}
#     value: 0
figures: []
risks: []
nextSteps: []
---

## Progress summary

${sections}
## Progress towards objectives

## General progress commentary
`;
}
