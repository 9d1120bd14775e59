import type { Action, GlossaryTerm, Measure, Outcome, Plan, Priority, Report, SeriesRow, Theme, YoungPeoplePage } from '../schemas';
import type { ContentProblem } from './content-problem';
import { partId, splitPartId } from './entry-id';
import { collectProgress, type Progress } from './progress';
import { closestId } from './suggest';
import { addToGroup } from './group';

export interface Entry<T> {
  /** The page's content path without extension, e.g. "moray-csp-2020-23/outcomes/feel-safe". */
  id: string;
  /** Path of the file from the project root. */
  filePath: string;
  data: T;
}

export interface SeriesFile {
  /** The id of the measure this series belongs to. */
  measure: string;
  rows: SeriesRow[];
}

export interface SiteContent {
  plans: Entry<Plan>[];
  priorities: Entry<Priority>[];
  outcomes: Entry<Outcome>[];
  actions: Entry<Action>[];
  measures: Entry<Measure>[];
  reports: Entry<Report>[];
  themes: Entry<Theme>[];
  glossary: Entry<GlossaryTerm>[];
  series: Entry<SeriesFile>[];
  /** Charts placed in MDX pages with <MeasureChart measure="…" />. */
  embeds?: Array<{ filePath: string; line: number; measure: string }>;
  /** Outcome sections placed in MDX bodies with <OutcomeProgress outcome="…" />, by the id of the page they are in. */
  outcomeSections?: Array<{ filePath: string; id: string; line: number; outcome: string }>;
  /** The "For young people" page, when the site has one. */
  youngPeople?: Entry<YoungPeoplePage>;
}

export type MeasureOwner = Entry<Priority> | Entry<Outcome> | Entry<Action>;

/** Everything a page needs to find its neighbours, computed once per build. */
export interface SiteIndex {
  content: SiteContent;
  plans: Entry<Plan>[];
  planById: Map<string, Entry<Plan>>;
  priorityById: Map<string, Entry<Priority>>;
  outcomeById: Map<string, Entry<Outcome>>;
  actionById: Map<string, Entry<Action>>;
  measureById: Map<string, Entry<Measure>>;
  reportById: Map<string, Entry<Report>>;
  themeById: Map<string, Entry<Theme>>;
  prioritiesByPlan: Map<string, Entry<Priority>[]>;
  outcomesByPriority: Map<string, Entry<Outcome>[]>;
  actionsByOutcome: Map<string, Entry<Action>[]>;
  measuresByOwner: Map<string, Entry<Measure>[]>;
  /** In the order of the measure files, as content.measures has them. */
  measuresByPlan: Map<string, Entry<Measure>[]>;
  ownerOfMeasure: Map<string, MeasureOwner>;
  /** Newest first. */
  reportsByPlan: Map<string, Entry<Report>[]>;
  /** What the reports say about actions, outcomes and measures. */
  progress: Progress;
  /** Figures from CSV files and from reports. */
  seriesByMeasure: Map<string, Entry<SeriesFile>>;
  /** Pages in other plans that a page contributes to, and the reverse. */
  contributesTo: Map<string, string[]>;
  contributedBy: Map<string, string[]>;
  /** Ids of the priorities, outcomes, actions and measures tagged with a theme. */
  taggedWith: Map<string, string[]>;
}

function planOf(id: string): string {
  return splitPartId(id).plan;
}

function slugOf(id: string): string {
  return splitPartId(id).slug;
}

function byId<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Reports a problem when the same key appears twice in one file. */
function onceEach(entry: Entry<unknown>, problems: ContentProblem[]) {
  const seen = new Set<string>();
  return (field: string, key: string, message: string): void => {
    if (seen.has(key)) problems.push({ file: entry.filePath, field, message });
    seen.add(key);
  };
}

function listOfIds(ids: string[], limit = 12): string {
  if (ids.length === 0) return 'there are none yet';
  const shown = ids.slice(0, limit).map((id) => `"${id}"`).join(', ');
  return ids.length > limit ? `${shown} and ${ids.length - limit} more` : shown;
}

const KIND_FOLDER_EXTENSIONS = {
  priorities: 'mdx',
  outcomes: 'mdx',
  actions: 'yaml',
  measures: 'yaml',
} as const;

/**
 * Resolves every cross reference in the content and indexes it both ways.
 * Returns the problems (broken references, duplicates, orphans) instead of throwing,
 * so a check can report all of them at once.
 */
export function buildSiteIndex(
  content: SiteContent,
  /** Orphans are not reported when some files could not be read: their owner may be among them. */
  options: { reportOrphans?: boolean } = {},
): { index: SiteIndex; problems: ContentProblem[] } {
  const { reportOrphans = true } = options;
  const problems: ContentProblem[] = [];
  const planById = byId(content.plans);
  const priorityById = byId(content.priorities);
  const outcomeById = byId(content.outcomes);
  const actionById = byId(content.actions);
  const measureById = byId(content.measures);
  const reportById = byId(content.reports);
  const themeById = byId(content.themes);

  const slugsIn = (map: Map<string, unknown>, plan: string, kind: string): string[] =>
    [...map.keys()].filter((id) => id.startsWith(`${plan}/${kind}/`)).map(slugOf).sort();

  const missing = (
    entry: Entry<unknown>,
    field: string,
    value: string,
    kind: keyof typeof KIND_FOLDER_EXTENSIONS,
    map: Map<string, unknown>,
  ): ContentProblem => {
    const plan = planOf(entry.id);
    const singular = kind === 'priorities' ? 'priority' : kind.slice(0, -1);
    const existing = slugsIn(map, plan, kind);
    const suggestion = closestId(value, existing);
    return {
      file: entry.filePath,
      field,
      message:
        `there is no ${singular} called "${value}" in this plan.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Check the spelling, or add ` +
        `content/${plan}/${kind}/${value}.${KIND_FOLDER_EXTENSIONS[kind]}. ` +
        `The ${kind} in this plan are: ${listOfIds(existing)}.`,
    };
  };

  for (const entry of [...content.priorities, ...content.outcomes, ...content.actions, ...content.measures, ...content.reports]) {
    const plan = planOf(entry.id);
    // When some files could not be read, plan.mdx may be one of them: its own problem says so.
    if (!planById.has(plan) && reportOrphans) {
      problems.push({
        file: entry.filePath,
        message: `this file is in the folder content/${plan}/, which has no plan.mdx. Add content/${plan}/plan.mdx, or move the file into an existing plan's folder.`,
      });
    }
  }

  const prioritiesByPlan = new Map<string, Entry<Priority>[]>();
  for (const priority of content.priorities) addToGroup(prioritiesByPlan, planOf(priority.id), priority);
  for (const [plan, priorities] of prioritiesByPlan) {
    priorities.sort((a, b) => a.data.number - b.data.number);
    const seen = new Map<number, Entry<Priority>>();
    for (const priority of priorities) {
      const earlier = seen.get(priority.data.number);
      if (earlier) {
        problems.push({
          file: priority.filePath,
          field: 'number',
          message: `priority number ${priority.data.number} is also used by ${earlier.filePath}. Give each priority in ${plan} its own number.`,
        });
      }
      seen.set(priority.data.number, priority);
    }
  }

  const outcomesByPriority = new Map<string, Entry<Outcome>[]>();
  for (const outcome of content.outcomes) {
    const priorityId = partId(planOf(outcome.id), 'priorities', outcome.data.priority);
    if (!priorityById.has(priorityId)) {
      problems.push(missing(outcome, 'priority', outcome.data.priority, 'priorities', priorityById));
      continue;
    }
    addToGroup(outcomesByPriority, priorityId, outcome);
    const aimIds = new Set<string>();
    outcome.data.improvementAims.forEach((aim, position) => {
      if (aimIds.has(aim.id)) {
        problems.push({
          file: outcome.filePath,
          field: `improvementAims[${position}].id`,
          message: `the improvement aim id "${aim.id}" is used twice in this outcome. Give each aim its own id.`,
        });
      }
      aimIds.add(aim.id);
    });
  }
  for (const outcomes of outcomesByPriority.values()) outcomes.sort((a, b) => a.data.order - b.data.order);

  const actionsByOutcome = new Map<string, Entry<Action>[]>();
  for (const action of content.actions) {
    const outcomeId = partId(planOf(action.id), 'outcomes', action.data.outcome);
    const outcome = outcomeById.get(outcomeId);
    if (!outcome) {
      problems.push(missing(action, 'outcome', action.data.outcome, 'outcomes', outcomeById));
      continue;
    }
    addToGroup(actionsByOutcome, outcomeId, action);
    const aim = action.data.improvementAim;
    if (aim && !outcome.data.improvementAims.some((candidate) => candidate.id === aim)) {
      const aims = outcome.data.improvementAims.map((candidate) => candidate.id);
      problems.push({
        file: action.filePath,
        field: 'improvementAim',
        message: `the outcome "${action.data.outcome}" has no improvement aim with the id "${aim}". Its aims are: ${listOfIds(aims)}. Check the spelling, or add the aim to ${outcome.filePath}.`,
      });
    }
  }
  for (const actions of actionsByOutcome.values()) actions.sort((a, b) => a.data.order - b.data.order);

  const measuresByPlan = new Map<string, Entry<Measure>[]>();
  for (const measure of content.measures) addToGroup(measuresByPlan, planOf(measure.id), measure);
  const measuresByOwner = new Map<string, Entry<Measure>[]>();
  const ownerOfMeasure = new Map<string, MeasureOwner>();
  const owners: MeasureOwner[] = [...content.priorities, ...content.outcomes, ...content.actions];
  for (const owner of owners) {
    owner.data.measures.forEach((slug, position) => {
      const measureId = partId(planOf(owner.id), 'measures', slug);
      const measure = measureById.get(measureId);
      if (!measure) {
        problems.push(missing(owner, `measures[${position}]`, slug, 'measures', measureById));
        return;
      }
      const earlierOwner = ownerOfMeasure.get(measureId);
      if (earlierOwner) {
        problems.push({
          file: owner.filePath,
          field: `measures[${position}]`,
          message: `the measure "${slug}" is already listed by ${earlierOwner.filePath}. A measure belongs to one priority, outcome or action: remove it from one of the two lists.`,
        });
        return;
      }
      ownerOfMeasure.set(measureId, owner);
      addToGroup(measuresByOwner, owner.id, measure);
    });
  }
  for (const measure of reportOrphans ? content.measures : []) {
    if (!ownerOfMeasure.has(measure.id)) {
      problems.push({
        file: measure.filePath,
        message: `no priority, outcome or action lists this measure, so no page would link to it. Add "${slugOf(measure.id)}" to the \`measures\` list of the outcome (or priority, or action) it belongs to.`,
      });
    }
  }
  for (const measures of measuresByOwner.values()) measures.sort((a, b) => a.data.order - b.data.order);

  const seriesByMeasure = new Map<string, Entry<SeriesFile>>();
  for (const series of content.series) {
    const measure = measureById.get(series.data.measure);
    if (!measure) {
      problems.push({
        file: series.filePath,
        message: `this data file has no measure: there is no ${series.data.measure.replace(/^.*\//, '')}.yaml beside it. Rename the CSV to match its measure's file name, or add the measure.`,
      });
      continue;
    }
    const otherUnit = series.data.rows.find((row) => row.unit !== '' && row.unit !== measure.data.unit);
    if (otherUnit) {
      problems.push({
        file: series.filePath,
        field: 'unit',
        message: `a figure for ${otherUnit.period} is in "${otherUnit.unit}", but the measure (${measure.filePath}) is in ${measure.data.unit ? `"${measure.data.unit}"` : 'no unit'}. Every figure must be in the measure's unit: convert the figure, or correct the unit.`,
      });
    }
    if (measure.data.kind !== 'quantitative') {
      problems.push({
        file: series.filePath,
        message: `its measure (${measure.filePath}) is of kind "${measure.data.kind}", and only quantitative measures have figures. Set \`kind: quantitative\` in the measure, or remove this file.`,
      });
    }
    seriesByMeasure.set(series.data.measure, series);
  }

  const reportsByPlan = new Map<string, Entry<Report>[]>();
  for (const report of content.reports) {
    const plan = planOf(report.id);
    addToGroup(reportsByPlan, plan, report);
    if (report.data.priority && !priorityById.has(partId(plan, 'priorities', report.data.priority))) {
      problems.push(missing(report, 'priority', report.data.priority, 'priorities', priorityById));
    }
    const once = onceEach(report, problems);
    report.data.outcomes.forEach((section, position) => {
      const field = `outcomes[${position}].outcome`;
      if (!outcomeById.has(partId(plan, 'outcomes', section.outcome))) problems.push(missing(report, field, section.outcome, 'outcomes', outcomeById));
      else once(field, `outcome:${section.outcome}`, `the outcome "${section.outcome}" is listed twice. Give each outcome one entry with its status and commentary.`);
    });
    report.data.actions.forEach((update, position) => {
      const field = `actions[${position}].action`;
      if (!actionById.has(partId(plan, 'actions', update.action))) problems.push(missing(report, field, update.action, 'actions', actionById));
      else once(field, `action:${update.action}`, `the action "${update.action}" is listed twice. Give each action one entry with its status and commentary.`);
    });
    report.data.figures.forEach((figure, position) => {
      const measure = measureById.get(partId(plan, 'measures', figure.measure));
      const field = `figures[${position}].measure`;
      if (!measure) problems.push(missing(report, field, figure.measure, 'measures', measureById));
      else if (measure.data.kind !== 'quantitative') {
        problems.push({
          file: report.filePath,
          field,
          message: `the measure "${figure.measure}" is of kind "${measure.data.kind}", and only quantitative measures have figures. Set \`kind: quantitative\` in ${measure.filePath}, or remove this figure.`,
        });
      } else {
        once(
          `figures[${position}].period`,
          `figure:${figure.measure}|${figure.area}|${figure.period}`,
          `the figure for "${figure.measure}" in ${figure.period}${figure.area ? ` for ${figure.area}` : ''} is given twice. Keep one.`,
        );
      }
    });
  }
  for (const reports of reportsByPlan.values()) reports.sort((a, b) => b.data.period.end.localeCompare(a.data.period.end) || b.id.localeCompare(a.id));

  for (const section of content.outcomeSections ?? []) {
    const report = reportById.get(section.id);
    // A report that could not be read has had its problems reported already.
    if (!report && splitPartId(section.id).kind === 'reports') continue;
    if (report?.data.outcomes.some((entry) => entry.outcome === section.outcome)) continue;
    problems.push({
      file: section.filePath,
      line: section.line,
      field: 'OutcomeProgress',
      message: report
        ? `the outcome "${section.outcome}" is not in this report's \`outcomes\` list, so it has no status. Add "- outcome: ${section.outcome}" with its \`ragStatus\` to \`outcomes\` at the top of the file, or correct the name.`
        : '<OutcomeProgress> shows an outcome\'s progress in a progress report, and works only in files in a plan\'s reports/ folder. Remove it from this page.',
    });
  }

  const progress = collectProgress(content.reports.filter((report) => reportsByPlan.has(planOf(report.id))));
  for (const [measureId, figures] of progress.figuresByMeasure) {
    const measure = measureById.get(measureId);
    if (!measure || measure.data.kind !== 'quantitative') continue;
    const series = seriesByMeasure.get(measureId);
    const rows = [...(series?.data.rows ?? [])];
    for (const figure of figures) {
      const inFile = rows.find((row) => row.period === figure.period && row.area === figure.area);
      if (inFile && inFile.value !== figure.value) {
        problems.push({
          file: reportById.get(figure.report.id)!.filePath,
          field: 'figures',
          message: `the figure for "${slugOf(measureId)}" in ${figure.period} is ${figure.value}, but ${series!.filePath} gives ${inFile.value}. Keep the figure in one place, or correct the one that is wrong.`,
        });
      }
      if (inFile) continue;
      rows.push({ period: figure.period, value: figure.value, area: figure.area, unit: '', flag: '', footnote: figure.footnote || `From ${figure.report.title}.` });
    }
    seriesByMeasure.set(measureId, {
      id: series?.id ?? measureId,
      filePath: series?.filePath ?? reportById.get(figures[0]!.report.id)!.filePath,
      data: { measure: measureId, rows },
    });
  }

  for (const embed of content.embeds ?? []) {
    if (!seriesByMeasure.has(embed.measure)) {
      const exists = measureById.has(embed.measure);
      problems.push({
        file: embed.filePath,
        line: embed.line,
        field: 'MeasureChart',
        message: exists
          ? `the measure "${embed.measure}" has no figures yet, so there is no chart to show. Add its CSV file first, or remove the chart.`
          : `there is no measure "${embed.measure}". Write the measure's address without slashes at the ends, like "moray-loip/measures/cared-for-in-community".`,
      });
    }
  }

  const youngPeople = content.youngPeople;
  const planFields = [
    ...(youngPeople?.data.haveASay.map((entry, position) => ({ field: `haveASay[${position}].plan`, plan: entry.plan })) ?? []),
    ...(youngPeople?.data.rights.map((entry, position) => ({ field: `rights[${position}].plan`, plan: entry.plan })) ?? []),
  ];
  for (const { field, plan } of planFields) {
    if (planById.has(plan)) continue;
    const suggestion = closestId(plan, [...planById.keys()]);
    problems.push({
      file: youngPeople!.filePath,
      field,
      message: `there is no plan called "${plan}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Write the name of a plan's folder in content/: ${listOfIds([...planById.keys()].sort())}.`,
    });
  }

  const contributesTo = new Map<string, string[]>();
  const contributedBy = new Map<string, string[]>();
  const linkable: Array<Entry<Priority> | Entry<Outcome> | Entry<Action>> = [
    ...content.priorities,
    ...content.outcomes,
    ...content.actions,
  ];
  for (const entry of linkable) {
    entry.data.contributesTo.forEach((target, position) => {
      const exists = priorityById.has(target) || outcomeById.has(target);
      if (!exists) {
        problems.push({
          file: entry.filePath,
          field: `contributesTo[${position}]`,
          message: `there is no page "${target}". Write the path of a priority or outcome page as in its web address, like "moray-csp-2020-23/outcomes/safe-in-community".`,
        });
        return;
      }
      addToGroup(contributesTo, entry.id, target);
      addToGroup(contributedBy, target, entry.id);
    });
  }

  const taggedWith = new Map<string, string[]>();
  const tagged: Array<Entry<Plan> | MeasureOwner | Entry<Measure>> = [...content.plans, ...linkable, ...content.measures];
  for (const entry of tagged) {
    entry.data.themes.forEach((theme, position) => {
      if (!themeById.has(theme)) {
        problems.push({
          file: entry.filePath,
          field: `themes[${position}]`,
          message: `there is no theme called "${theme}". Check the spelling, or add content/themes/${theme}.yaml. The themes are: ${listOfIds([...themeById.keys()].sort(), 40)}.`,
        });
        return;
      }
      addToGroup(taggedWith, theme, entry.id);
    });
  }

  const plans = [...content.plans].sort(
    (a, b) => a.data.area.localeCompare(b.data.area) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );

  return {
    index: {
      content,
      plans,
      planById,
      priorityById,
      outcomeById,
      actionById,
      measureById,
      reportById,
      themeById,
      prioritiesByPlan,
      outcomesByPriority,
      actionsByOutcome,
      measuresByOwner,
      measuresByPlan,
      ownerOfMeasure,
      reportsByPlan,
      progress,
      seriesByMeasure,
      contributesTo,
      contributedBy,
      taggedWith,
    },
    problems,
  };
}
