/**
 * The import's tables of column names and progress words as Markdown, for docs/authoring.md
 * ("Importing a whole plan"): the guide prints exactly these, and a test checks that it does, so the
 * guide and the import cannot drift apart.
 */
import { ACTION_STATUS_WORDS, RAG_WORDS } from './status-words';
import { COLUMN_SYNONYMS, PLAN_LABELS, SHEET_ROLES } from './synonyms';

const SHEET_NAMES: Record<(typeof SHEET_ROLES)[number], string> = {
  plan: 'Plan',
  priorities: 'Priorities',
  outcomes: 'Outcomes',
  actions: 'Actions (an action plan)',
  measures: 'Measures',
  figures: 'Figures',
  progress: 'Progress',
};

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

/** One table per kind of sheet: each field, and the column names (or, on the plan sheet, labels) that mean it. */
export function columnNamesTable(): string {
  const planRows = Object.entries(PLAN_LABELS).map(([field, labels]) => `| \`${field}\` | ${quoted(labels)} |`);
  const plan = [`**${SHEET_NAMES.plan}** (a label in one cell, its value in the next)`, '', '| Field | Labels that mean it |', '|---|---|', ...planRows].join('\n');
  const sections = SHEET_ROLES.filter((role) => role !== 'plan').map((role) => {
    const rows = Object.entries(COLUMN_SYNONYMS[role]).map(([field, names]) => `| \`${field}\` | ${quoted(names ?? [])} |`);
    return [`**${SHEET_NAMES[role]}**`, '', '| Field | Column names that mean it |', '|---|---|', ...rows].join('\n');
  });
  return [plan, ...sections].join('\n\n');
}

/** The progress words the import knows, and what each means on the site. */
export function statusWordsTable(): string {
  const actionRows = Object.entries(ACTION_STATUS_WORDS).map(([status, words]) => `| An action | ${status} | ${quoted(words)} |`);
  const ragRows = Object.entries(RAG_WORDS).map(([rag, words]) => `| An outcome | ${rag} | ${quoted(words)} |`);
  return ['| For | On the site | Words that mean it |', '|---|---|---|', ...actionRows, ...ragRows].join('\n');
}
