/**
 * The one table of column names the import knows: for each kind of sheet, each field and the names
 * councils give its column ("Timescale", "Lead officer", "How will we know?"). docs/authoring.md
 * prints this table, and a test checks that it does.
 */

/** What a sheet (or a table in a Word document) lists. */
export const SHEET_ROLES = ['plan', 'priorities', 'outcomes', 'actions', 'measures', 'figures', 'progress'] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

/** Every field a column can hold, across all kinds of sheet. */
export type ImportField =
  | 'id'
  | 'reference'
  | 'priority'
  | 'group'
  | 'outcome'
  | 'improvementAim'
  | 'title'
  | 'number'
  | 'order'
  | 'inShort'
  | 'description'
  | 'target'
  | 'lead'
  | 'partners'
  | 'completionTarget'
  | 'status'
  | 'commentary'
  | 'measure'
  | 'themes'
  | 'for'
  | 'kind'
  | 'unit'
  | 'betterDirection'
  | 'baseline'
  | 'baselineValue'
  | 'baselinePeriod'
  | 'targetValue'
  | 'targetPeriod'
  | 'source'
  | 'frequency'
  | 'period'
  | 'value'
  | 'area'
  | 'flag'
  | 'footnote'
  | 'action';

type Synonyms = Partial<Record<ImportField, string[]>>;

const ID = ['file name', 'file', 'id'];
/** A progress column's names: also what a period's column ends with ("2024/25 Q1 RAG", "Q2 – Progress update"). */
export const STATUS = ['status', 'rag', 'rag status', 'progress', 'current status'];
export const COMMENTARY = ['comment', 'comments', 'commentary', 'update', 'updates', 'progress update', 'narrative', 'latest update'];
const REFERENCE = ['ref', 'reference', 'ref no', 'ref number', 'no', 'number', 'action ref', 'action no', 'action number', 'code'];

/** Names are compared in lower case, with punctuation and repeated spaces removed (see normaliseHeader). */
export const COLUMN_SYNONYMS: Record<SheetRole, Synonyms> = {
  plan: {},
  priorities: {
    id: ID,
    reference: REFERENCE,
    title: ['priority', 'priorities', 'strategic priority', 'strategic priorities', 'priority title', 'title'],
    number: ['priority number', 'priority no'],
    inShort: ['in short', 'summary', 'plain english summary', 'short summary'],
    description: ['description', 'about', 'detail'],
  },
  outcomes: {
    id: ID,
    reference: REFERENCE,
    title: ['outcome', 'outcomes', 'local outcome', 'local outcomes', 'outcome title', 'what are we trying to accomplish', 'title'],
    priority: ['priority', 'strategic priority', 'for priority'],
    group: ['group', 'heading', 'outcome group', 'theme heading'],
    order: ['order', 'position'],
    inShort: ['in short', 'summary', 'plain english summary', 'short summary'],
    improvementAim: ['improvement aim', 'improvement aims', 'aims', 'aim', 'what change can we make', 'what change can we make that will result in improvement'],
    target: ['target', 'outcome target', 'what we want to achieve'],
    description: ['description', 'about', 'detail'],
  },
  actions: {
    id: ID,
    reference: REFERENCE,
    priority: ['priority', 'strategic priority', 'strategic objective', 'objective', 'priorities'],
    outcome: ['outcome', 'outcomes', 'local outcome', 'what are we trying to accomplish'],
    group: ['outcome group', 'heading'],
    improvementAim: ['improvement aim', 'improvement aims', 'aim', 'aims', 'what change can we make', 'what change can we make that will result in improvement'],
    title: ['action', 'actions', 'high level action', 'high level actions', 'key action', 'key actions', 'what we will do', 'activity', 'activities', 'action title', 'improvement action', 'improvement actions', 'project', 'improvement project'],
    order: ['order', 'position'],
    lead: ['lead', 'lead officer', 'lead partner', 'lead agency', 'responsible', 'responsible officer', 'responsibility', 'owner', 'who', 'who is responsible'],
    partners: ['partners', 'partner', 'supporting partners', 'key partners', 'delivered with', 'contributors', 'partners involved'],
    completionTarget: ['timescale', 'timescales', 'target date', 'due', 'due date', 'by when', 'completion date', 'completion target', 'deadline', 'timeframe', 'when', 'date'],
    status: STATUS,
    commentary: COMMENTARY,
    measure: ['measure', 'measures', 'indicator', 'indicators', 'kpi', 'kpis', 'pi', 'pis', 'performance measure', 'performance measures', 'high level performance measure', 'high level performance measures', 'how will we know', 'how will we know that a change is an improvement', 'success measure', 'success measures'],
    themes: ['themes', 'theme tags', 'tags'],
    description: ['description', 'detail', 'details'],
  },
  measures: {
    id: ID,
    reference: REFERENCE,
    title: ['measure', 'measures', 'measure name', 'indicator', 'indicators', 'kpi', 'pi', 'performance measure', 'performance indicator', 'name', 'title'],
    for: ['outcome', 'for', 'for outcome', 'local outcome', 'belongs to'],
    kind: ['type', 'kind', 'measure type', 'indicator type'],
    unit: ['unit', 'units', 'unit of measure'],
    betterDirection: ['better if', 'better direction', 'good is', 'good performance', 'polarity', 'direction', 'aim to'],
    baseline: ['baseline', 'baseline figure', 'starting point'],
    baselineValue: ['baseline value', 'baseline number'],
    baselinePeriod: ['baseline year', 'baseline date', 'baseline period', 'baseline as at'],
    target: ['target', 'target figure'],
    targetValue: ['target value', 'target number'],
    targetPeriod: ['target year', 'target date', 'target period', 'target by'],
    source: ['source', 'data source', 'source of data', 'evidence source'],
    frequency: ['frequency', 'reporting frequency', 'how often'],
    description: ['description', 'definition', 'detail'],
    themes: ['themes', 'tags'],
  },
  figures: {
    measure: ['measure', 'indicator', 'kpi', 'pi', 'performance measure', 'measure name'],
    id: ['measure file name', 'measure id', 'file name'],
    period: ['period', 'year', 'date', 'quarter', 'time period'],
    value: ['value', 'figure', 'result', 'actual', 'data'],
    area: ['area', 'place', 'geography', 'comparator'],
    flag: ['flag', 'status of figure'],
    footnote: ['footnote', 'note', 'notes'],
  },
  progress: {
    id: ['action file name', 'file name', 'id'],
    reference: REFERENCE,
    action: ['action', 'actions', 'high level action', 'key action', 'project', 'improvement project', 'title'],
    outcome: ['outcome', 'local outcome'],
    period: ['period', 'quarter', 'reporting period'],
    status: STATUS,
    commentary: COMMENTARY,
  },
};

/** The fields that make a sheet that kind of sheet: without one of them it is not. */
export const KEY_FIELDS: Record<Exclude<SheetRole, 'plan'>, ImportField[][]> = {
  priorities: [['title']],
  outcomes: [['title']],
  actions: [['title']],
  measures: [['title']],
  figures: [['measure', 'id']],
  progress: [['action', 'reference', 'id', 'outcome'], ['status', 'commentary']],
};

/** The labels of a plan sheet's rows (label in one column, value in the next). */
export const PLAN_LABELS: Record<string, string[]> = {
  title: ['plan title', 'title', 'plan', 'name of plan', 'plan name'],
  shortTitle: ['short title', 'short name'],
  kind: ['plan type', 'type', 'kind', 'type of plan', 'kind of plan'],
  partnership: ['partnership', 'community planning partnership', 'published by', 'publisher'],
  area: ['area', 'council area', 'local authority', 'council'],
  period: ['period', 'plan period', 'years', 'covers'],
  vision: ['vision', 'our vision'],
  inShort: ['in short', 'summary'],
  source: ['source', 'source document'],
};

/** Lower case, no punctuation, single spaces: "How will we know?" → "how will we know". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/[^\p{L}\p{N}%£]+/gu, ' ')
    .trim();
}

/** The field a column header names in a kind of sheet, if any. */
export function fieldForHeader(role: SheetRole, header: string): ImportField | undefined {
  const wanted = normaliseHeader(header);
  if (!wanted) return undefined;
  for (const [field, names] of Object.entries(COLUMN_SYNONYMS[role]) as Array<[ImportField, string[]]>) {
    if (names.some((name) => normaliseHeader(name) === wanted)) return field;
  }
  return undefined;
}
