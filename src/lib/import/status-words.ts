/**
 * The words councils use for progress, and what each means on the site. An action's status is one
 * of plansite's four words; an outcome's is a RAG colour. A word not in the table stops the import
 * (never a guess): say what it means with --status "On target=in progress".
 */
import type { ActionStatus, RagStatus } from '../../schemas/shared';
import { normaliseHeader } from './synonyms';

type Status = Exclude<ActionStatus, 'not stated'>;

export const ACTION_STATUS_WORDS: Record<Status, string[]> = {
  'not started': ['not started', 'not yet started', 'to start', 'planned', 'not begun'],
  'in progress': ['in progress', 'on track', 'ongoing', 'underway', 'under way', 'started', 'progressing', 'in hand'],
  complete: ['complete', 'completed', 'done', 'achieved', 'finished', 'delivered'],
  'on hold': ['on hold', 'paused', 'deferred', 'suspended'],
};

export const RAG_WORDS: Record<Exclude<RagStatus, 'not stated'>, string[]> = {
  red: ['red', 'r', 'off track'],
  amber: ['amber', 'a', 'some concerns', 'at risk'],
  green: ['green', 'g', 'on track'],
};

/** --status "On target=in progress,Slipping=on hold": the officer's own words. */
export type StatusMap = Map<string, Status>;

export function readActionStatus(text: string, own: StatusMap = new Map()): Status | undefined {
  const word = normaliseHeader(text);
  const mine = [...own].find(([written]) => normaliseHeader(written) === word)?.[1];
  if (mine) return mine;
  return (Object.entries(ACTION_STATUS_WORDS) as Array<[Status, string[]]>).find(([, words]) => words.includes(word))?.[0];
}

export function readRag(text: string): Exclude<RagStatus, 'not stated'> | undefined {
  const word = normaliseHeader(text);
  return (Object.entries(RAG_WORDS) as Array<[Exclude<RagStatus, 'not stated'>, string[]]>).find(([, words]) => words.includes(word))?.[0];
}

export function statusWordsMessage(text: string): string {
  const examples = (Object.entries(ACTION_STATUS_WORDS) as Array<[Status, string[]]>).map(([status, words]) => (words[1] ? `${status} (or "${words[1]}")` : status)).join(', ');
  if (readRag(text)) {
    return `the status "${text}" is a RAG colour, and an action's status on the site is one of: ${examples}. Say what each of your colours means for an action with --status, for example --status "${text}=in progress", or write one of those words.`;
  }
  return `the status "${text}" is not one the import knows for an action. An action's status is one of: ${examples}. Write one of those, or say what your word means with --status "${text}=in progress" (or not started, complete, on hold).`;
}

/** Parses --status; a meaning that is not one of the four is a problem. */
export function parseStatusMap(text: string | undefined): { map: StatusMap; problems: string[] } {
  const map: StatusMap = new Map();
  const problems: string[] = [];
  for (const part of (text ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const [written, meaning] = part.split('=').map((entry) => entry.trim());
    const status = meaning ? readActionStatus(meaning) : undefined;
    if (!written || !status || normaliseHeader(meaning!) !== status) problems.push(`--status "${part}" should be your word, then =, then one of: not started, in progress, complete, on hold. For example --status "On target=in progress".`);
    else map.set(written, status);
  }
  return { map, problems };
}
