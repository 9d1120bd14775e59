/**
 * npm run export: a plan's content as one workbook, laid out the way the import reads it, so an
 * officer can edit it in Excel and import it again. Each sheet's columns use the import's own names
 * (synonyms.ts), with a "File name" column so every row finds its file again; where two entities share
 * a title, the other sheets name them by file name. The Progress sheet has a pair of columns per
 * report, and an empty pair for the next quarter.
 */
import type { Entry, SiteContent } from '../relations';
import type { Action, Measure, Outcome, Priority, Report } from '../../schemas';
import { nextQuarter } from './next-quarter';

export interface ExportSheet {
  name: string;
  header: string[];
  rows: Array<Array<string | number | undefined>>;
}

const local = (id: string) => id.split('/').pop()!;
const lines = (items: string[]) => (items.length > 0 ? items.join('\n') : undefined);

/** How other sheets name an entity: its title, or its file name when another entity has the same title. */
function namer<T extends { id: string; data: { title: string } }>(entries: T[]): (id: string) => string {
  const count = new Map<string, number>();
  for (const entry of entries) count.set(entry.data.title.toLowerCase(), (count.get(entry.data.title.toLowerCase()) ?? 0) + 1);
  const byId = new Map(entries.map((entry) => [local(entry.id), entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) return id;
    return count.get(entry.data.title.toLowerCase())! > 1 ? id : entry.data.title;
  };
}

function planSheet(content: SiteContent, planId: string): ExportSheet {
  const plan = content.plans.find((entry) => entry.id === planId)!.data;
  const rows: Array<[string, string | undefined]> = [
    ['Plan title', plan.title],
    ['Short title', plan.shortTitle],
    ['Plan type', plan.kind],
    ['Partnership', plan.partnership],
    ['Area', plan.area],
    ['Period', plan.period?.text],
    ['Vision', plan.vision],
    ['In short', plan.inShort],
    ['Source', plan.source],
  ];
  return { name: 'Plan', header: ['Field', 'Value'], rows: rows.filter(([, value]) => value !== undefined) };
}

function prioritiesSheet(priorities: Entry<Priority>[]): ExportSheet {
  return {
    name: 'Priorities',
    header: ['File name', 'Ref', 'Priority', 'Priority number', 'In short'],
    rows: priorities.map(({ id, data }) => [local(id), data.reference, data.title, data.number, data.inShort]),
  };
}

function outcomesSheet(outcomes: Entry<Outcome>[], priorityName: (id: string) => string): ExportSheet {
  return {
    name: 'Outcomes',
    header: ['File name', 'Ref', 'Outcome', 'Priority', 'Order', 'Outcome group', 'In short', 'Target', 'Improvement aims'],
    rows: outcomes.map(({ id, data }) => [local(id), data.reference, data.title, priorityName(data.priority), data.order, data.group, data.inShort, data.target, lines(data.improvementAims.map((aim) => aim.title))]),
  };
}

function actionsSheet(actions: Entry<Action>[], outcomes: Entry<Outcome>[], outcomeName: (id: string) => string, measureName: (id: string) => string): ExportSheet {
  const aimTitle = (action: Action) => action.improvementAim.map((aim) => outcomes.find((outcome) => local(outcome.id) === action.outcome)?.data.improvementAims.find((entry) => entry.id === aim)?.title ?? aim);
  return {
    name: 'Actions',
    header: ['File name', 'Ref', 'Outcome', 'Action', 'Improvement aim', 'Order', 'Lead', 'Partners', 'Timescale', 'Status', 'Measures', 'Themes', 'Description'],
    rows: actions.map(({ id, data }) => [
      local(id),
      data.reference,
      outcomeName(data.outcome),
      data.title,
      lines(aimTitle(data)),
      data.order,
      data.lead,
      lines(data.partners),
      data.completionTarget?.text,
      data.status === 'not stated' ? undefined : data.status,
      lines(data.measures.map(measureName)),
      lines(data.themes),
      data.description,
    ]),
  };
}

function measuresSheet(measures: Entry<Measure>[], ownerOf: Map<string, string>): ExportSheet {
  return {
    name: 'Measures',
    header: ['File name', 'Ref', 'Measure', 'Outcome', 'Type', 'Unit', 'Better if', 'Baseline', 'Baseline value', 'Baseline year', 'Target', 'Target value', 'Target year', 'Source', 'Frequency', 'Description'],
    rows: measures.map(({ id, data }) => [
      local(id),
      data.reference,
      data.title,
      ownerOf.get(local(id)),
      data.kind,
      data.unit,
      data.betterDirection === 'not stated' ? undefined : data.betterDirection,
      data.baseline?.text,
      data.baseline?.value,
      data.baseline?.period?.label,
      data.target?.text,
      data.target?.value,
      data.target?.period?.label,
      data.source?.name,
      data.frequency,
      data.description,
    ]),
  };
}

function figuresSheet(content: SiteContent, planId: string): ExportSheet {
  const series = content.series.filter((entry) => entry.id.startsWith(`${planId}/`));
  return {
    name: 'Figures',
    header: ['Measure file name', 'Period', 'Value', 'Area', 'Flag', 'Footnote'],
    rows: series.flatMap(({ id, data }) => data.rows.map((row) => [local(id), row.period, row.value, row.area || undefined, row.flag || undefined, row.footnote || undefined])),
  };
}

function progressSheet(reports: Entry<Report>[], actions: Entry<Action>[], outcomes: Entry<Outcome>[]): ExportSheet[] {
  const ordered = [...reports].sort((a, b) => a.data.period.start.localeCompare(b.data.period.start));
  const labels = ordered.map((report) => report.data.period.label);
  const next = nextQuarter(ordered.at(-1)?.data.period);
  const periods = next ? [...labels, next] : labels;
  // Without a period, the sheet would have nothing to say.
  if (periods.length === 0) return [];
  const header = ['File name', 'Ref', 'Action', 'Outcome', ...periods.flatMap((period) => [`${period} status`, `${period} commentary`])];
  const cells = (find: (report: Report) => { status?: string; commentary?: string } | undefined) =>
    periods.flatMap((_, index) => {
      const update = ordered[index] ? find(ordered[index]!.data) : undefined;
      return [update?.status === 'not stated' ? undefined : update?.status, update?.commentary];
    });
  return [{
    name: 'Progress',
    header,
    rows: [
      ...actions.map(({ id, data }) => [local(id), data.reference, data.title, undefined, ...cells((report) => report.actions.find((update) => update.action === local(id)))]),
      ...outcomes.map(({ id, data }) => [undefined, undefined, undefined, data.title, ...cells((report) => {
        const update = report.outcomes.find((entry) => entry.outcome === local(id));
        return update && { status: update.ragStatus, commentary: update.commentary };
      })]),
    ],
  }];
}

export function exportPlan(content: SiteContent, planId: string): ExportSheet[] {
  const ofPlan = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => entry.id.startsWith(`${planId}/`));
  const priorities = ofPlan(content.priorities).sort((a, b) => a.data.number - b.data.number);
  const outcomes = ofPlan(content.outcomes).sort((a, b) => a.data.priority.localeCompare(b.data.priority) || a.data.order - b.data.order);
  const actions = ofPlan(content.actions).sort((a, b) => a.data.outcome.localeCompare(b.data.outcome) || a.data.order - b.data.order);
  const measures = ofPlan(content.measures);
  const outcomeName = namer(outcomes);
  const priorityName = namer(priorities);
  const ownerOf = new Map<string, string>();
  for (const entry of [...priorities, ...outcomes]) for (const measure of entry.data.measures) if (!ownerOf.has(measure)) ownerOf.set(measure, 'number' in entry.data ? priorityName(local(entry.id)) : outcomeName(local(entry.id)));
  return [
    planSheet(content, planId),
    prioritiesSheet(priorities),
    outcomesSheet(outcomes, priorityName),
    actionsSheet(actions, outcomes, outcomeName, namer(measures)),
    measuresSheet(measures, ownerOf),
    figuresSheet(content, planId),
    ...progressSheet(ofPlan(content.reports), actions, outcomes.filter((outcome) => ofPlan(content.reports).some((report) => report.data.outcomes.some((entry) => entry.outcome === local(outcome.id))))),
  ];
}
