/**
 * What every indexer of the site's relations shares: the content, each kind of entry by id, the list
 * of problems found so far, and the wording of a reference that names nothing.
 */
import type { ContentProblem } from '../content-problem';
import { splitPartId } from '../entry-id';
import { closestId } from '../suggest';
import type { Entry, SiteContent, SiteIndex } from '../relations';

/** Each kind of entry by id. */
export type Lookups = Pick<SiteIndex, 'planById' | 'priorityById' | 'outcomeById' | 'actionById' | 'measureById' | 'reportById' | 'themeById'>;

export interface IndexContext extends Lookups {
  content: SiteContent;
  problems: ContentProblem[];
  /** False when some files could not be read: an entry's owner may be among them, so orphans are not reported. */
  reportOrphans: boolean;
  /** Ids of files that exist but could not be read (their own problems say why): a reference to one is not "missing". */
  unreadable: Set<string>;
}

export function planOf(id: string): string {
  return splitPartId(id).plan;
}

export function slugOf(id: string): string {
  return splitPartId(id).slug;
}

export function byId<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Reports a problem when the same key appears twice in one file. */
export function onceEach(entry: Entry<unknown>, problems: ContentProblem[]) {
  const seen = new Set<string>();
  return (field: string, key: string, message: string): void => {
    if (seen.has(key)) problems.push({ file: entry.filePath, field, message });
    seen.add(key);
  };
}

export function listOfIds(ids: string[], limit = 12): string {
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

export type ReferencedKind = keyof typeof KIND_FOLDER_EXTENSIONS;

/**
 * Reports a reference from `entry`'s `field` to a `kind` in the same plan that names nothing — unless
 * the file it names exists but could not be read, which has a problem of its own (no knock-on error).
 */
export function reportMissing(context: IndexContext, entry: Entry<unknown>, field: string, value: string, kind: ReferencedKind, existing: Map<string, unknown>): void {
  if (context.unreadable.has(`${planOf(entry.id)}/${kind}/${value}`)) return;
  context.problems.push(missingReference(entry, field, value, kind, existing));
}

/** A reference from `entry`'s `field` to a `kind` in the same plan that does not exist. */
function missingReference(entry: Entry<unknown>, field: string, value: string, kind: ReferencedKind, existing: Map<string, unknown>): ContentProblem {
  const plan = planOf(entry.id);
  const singular = kind === 'priorities' ? 'priority' : kind.slice(0, -1);
  const slugs = [...existing.keys()].filter((id) => id.startsWith(`${plan}/${kind}/`)).map(slugOf).sort();
  const suggestion = closestId(value, slugs);
  return {
    file: entry.filePath,
    field,
    message:
      `there is no ${singular} called "${value}" in this plan.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Check the spelling, or add ` +
      `content/${plan}/${kind}/${value}.${KIND_FOLDER_EXTENSIONS[kind]}. ` +
      `The ${kind} in this plan are: ${listOfIds(slugs)}.`,
  };
}
