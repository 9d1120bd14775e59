/**
 * What the model step knows while it works: the plan's entities that already have files (so an
 * imported row that is the same action keeps its file name, and a second import changes nothing),
 * the file names taken, and the problems found so far.
 */
import type { SiteContent } from '../relations';
import { slugFromTitle, uniqueSlug } from '../slug';
import type { ImportProblem } from './problem';

type Folder = 'priorities' | 'outcomes' | 'actions' | 'measures' | 'reports';

export interface ExistingEntity {
  id: string;
  title: string;
  reference?: string;
  /** The outcome of an action, the priority of an outcome. */
  parent?: string;
  /** The priority's number, the outcome's or action's order. */
  position?: number;
  /** An outcome's improvement aims. */
  aims?: Array<{ id: string; title: string }>;
}

export interface ExistingReport {
  id: string;
  label: string;
  start: string;
  end: string;
}

export interface ExistingPlan {
  /** Whether content/<plan>/plan.mdx exists. */
  exists: boolean;
  priorities: ExistingEntity[];
  outcomes: ExistingEntity[];
  actions: ExistingEntity[];
  measures: ExistingEntity[];
  reports: ExistingReport[];
}

const COMPARABLE_CACHE_SIZE = 50_000;
const comparableCache = new Map<string, string>();

/** Text as a person compares it: case, spacing, curly quotes and a full stop at the end do not matter. */
export function comparable(text: string): string {
  // Each row is compared with every entity named so far, so the same texts come back many times.
  let result = comparableCache.get(text);
  if (result === undefined) {
    result = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim().toLowerCase();
    if (comparableCache.size >= COMPARABLE_CACHE_SIZE) comparableCache.clear();
    comparableCache.set(text, result);
  }
  return result;
}

const localId = (id: string) => id.split('/').pop()!;

/** The plan's entities in the content as read (src/integrations/read-content.ts). */
export function existingPlan(content: SiteContent, planId: string): ExistingPlan {
  const ofPlan = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => entry.id.startsWith(`${planId}/`));
  return {
    exists: content.plans.some((plan) => plan.id === planId),
    priorities: ofPlan(content.priorities).map(({ id, data }) => ({ id: localId(id), title: data.title, reference: data.reference, position: data.number })),
    outcomes: ofPlan(content.outcomes).map(({ id, data }) => ({ id: localId(id), title: data.title, reference: data.reference, parent: data.priority, position: data.order, aims: data.improvementAims })),
    actions: ofPlan(content.actions).map(({ id, data }) => ({ id: localId(id), title: data.title, reference: data.reference, parent: data.outcome, position: data.order })),
    measures: ofPlan(content.measures).map(({ id, data }) => ({ id: localId(id), title: data.title, reference: data.reference })),
    reports: ofPlan(content.reports).map(({ id, data }) => ({ id: localId(id), label: data.period.label, start: data.period.start, end: data.period.end })),
  };
}

export const NO_EXISTING_PLAN: ExistingPlan = { exists: false, priorities: [], outcomes: [], actions: [], measures: [], reports: [] };

export class ModelContext {
  readonly problems: ImportProblem[] = [];
  /** Text the import has no place for, listed in its report. */
  readonly unplaced: Array<{ at: string; text: string; why: string }> = [];
  /** The cells of each repeated problem after its first, so one message names them all. */
  private readonly repeats = new Map<string, { problem: ImportProblem; more: string[] }>();
  private readonly taken = new Map<Folder, Set<string>>();

  constructor(readonly existing: ExistingPlan) {
    for (const folder of ['priorities', 'outcomes', 'actions', 'measures', 'reports'] as const) {
      this.taken.set(folder, new Set((existing[folder] as Array<{ id: string }>).map((entry) => entry.id)));
    }
  }

  /**
   * The existing entity a row names: by its file name, then its reference, then its title (within
   * `parent` first, when given).
   */
  match(folder: Exclude<Folder, 'reports'>, wanted: { id?: string; reference?: string; title: string; parent?: string }): ExistingEntity | undefined {
    const entities = this.existing[folder];
    const title = comparable(wanted.title);
    return (
      (wanted.id ? entities.find((entity) => entity.id === wanted.id) : undefined) ??
      (wanted.reference ? entities.find((entity) => entity.reference && comparable(entity.reference) === comparable(wanted.reference!)) : undefined) ??
      (wanted.parent ? entities.find((entity) => entity.parent === wanted.parent && comparable(entity.title) === title) : undefined) ??
      entities.find((entity) => comparable(entity.title) === title)
    );
  }

  /** A file name for a new entity: from its title, unique in its folder. */
  newId(folder: Folder, title: string, fallback: string): string {
    const taken = this.taken.get(folder)!;
    const id = uniqueSlug(slugFromTitle(title) || fallback, (candidate) => taken.has(candidate));
    taken.add(id);
    return id;
  }

  /** Marks an existing or given file name as used in this import. */
  claim(folder: Folder, id: string): void {
    this.taken.get(folder)!.add(id);
  }

  problem(at: string, message: string): void {
    const seen = this.repeats.get(message);
    if (!seen) {
      const problem = { at, message };
      this.repeats.set(message, { problem, more: [] });
      this.problems.push(problem);
      return;
    }
    // A cell on the same sheet as the first is named by its address alone; one on another sheet keeps its sheet.
    const sheetOf = (cell: string) => /^(.*)!/.exec(cell)?.[1];
    seen.more.push(sheetOf(at) === sheetOf(seen.problem.at ?? '') ? at.replace(/^.*!/, '') : at);
    const shown = seen.more.slice(0, 5).join(', ');
    seen.problem.at = `${(seen.problem.at ?? '').replace(/ \(and .*\)$/, '')} (and ${shown}${seen.more.length > 5 ? ` and ${seen.more.length - 5} more` : ''})`;
  }
}
