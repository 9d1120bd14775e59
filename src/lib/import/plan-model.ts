/**
 * The plan model: what an imported file says about a plan, as plansite's entities, with their file
 * names worked out and their references resolved. The model step (model-*.ts) builds it from the
 * layout; the writer turns it into files; export builds it from the content and lays it out again.
 * Every entity keeps the cell it came from (`at`), so a message can say where to look.
 */
import type { ActionStatus, RagStatus } from '../../schemas/shared';

export interface FromCell {
  /** "Actions!C14": where the entity's title (or value) is. */
  at: string;
}

export interface ModelPriority extends FromCell {
  id: string;
  reference?: string;
  title: string;
  number: number;
  inShort: string;
}

export interface ModelOutcome extends FromCell {
  id: string;
  reference?: string;
  title: string;
  /** The priority's id. */
  priority: string;
  order: number;
  group?: string;
  inShort: string;
  target?: string;
  improvementAims: Array<{ id: string; title: string }>;
}

export interface ModelAction extends FromCell {
  id: string;
  reference?: string;
  title: string;
  /** The outcome's id. */
  outcome: string;
  order: number;
  improvementAim: string[];
  lead?: string;
  partners?: string[];
  completionTarget?: string;
  status?: ActionStatus;
  description?: string;
  /** Measure ids, in the order the rows name them; undefined when the file has no measure column. */
  measures?: string[];
  themes?: string[];
}

export interface MeasurePoint {
  value?: number;
  period?: string;
  /** The wording: "62% (2021/22)". */
  text: string;
}

export interface ModelMeasure extends FromCell {
  id: string;
  reference?: string;
  title: string;
  /** The priority or outcome whose `measures:` list has it; none when only the actions that list it have it. */
  owner?: { folder: 'priorities' | 'outcomes'; id: string };
  kind?: 'quantitative' | 'milestone' | 'qualitative';
  unit?: string;
  betterDirection?: 'increase' | 'decrease' | 'none' | 'not stated';
  baseline?: MeasurePoint;
  target?: MeasurePoint;
  source?: string;
  frequency?: string;
  description?: string;
}

export interface ModelFigure extends FromCell {
  measure: string;
  period: string;
  value: number;
  area: string;
  flag: string;
  footnote: string;
}

export interface ModelReport extends FromCell {
  id: string;
  period: { label: string; start: string; end: string };
  actions: Array<{ action: string; status?: Exclude<ActionStatus, 'not stated'>; commentary?: string }>;
  outcomes: Array<{ outcome: string; ragStatus: RagStatus; commentary?: string }>;
}

export interface ModelPlan {
  id: string;
  title?: string;
  shortTitle?: string;
  kind?: string;
  partnership?: string;
  area?: string;
  period?: string;
  vision?: string;
  inShort?: string;
  source?: string;
  /** The plan's introduction, from a Word document's paragraphs before its tables. */
  introduction?: string[];
  principles?: Array<{ title: string; principles: Array<{ title: string; text?: string }> }>;
}

export interface PlanModel {
  plan: ModelPlan;
  priorities: ModelPriority[];
  outcomes: ModelOutcome[];
  actions: ModelAction[];
  measures: ModelMeasure[];
  figures: ModelFigure[];
  reports: ModelReport[];
  /** Which fields the file gives, by kind: only those are written to files that exist already. */
  given: { [Kind in 'priorities' | 'outcomes' | 'actions' | 'measures']: Set<string> };
  /** Text the import could not place, with where it is: listed in the report, never dropped silently. */
  unplaced: Array<{ at: string; text: string; why: string }>;
}
