/**
 * The plan's own tree: priorities by plan (numbered once each), outcomes by priority (each aim once),
 * and actions by outcome (serving one of its aims). A file in a folder with no plan is a problem.
 */
import type { Action, Outcome, Priority } from '../../schemas';
import { partId } from '../entry-id';
import { addToGroup } from '../group';
import type { Entry } from '../relations';
import { listOfIds, reportMissing, planOf, type IndexContext } from './context';

export interface PlanTree {
  prioritiesByPlan: Map<string, Entry<Priority>[]>;
  outcomesByPriority: Map<string, Entry<Outcome>[]>;
  actionsByOutcome: Map<string, Entry<Action>[]>;
}

function checkEveryEntryHasAPlan({ content, planById, problems, reportOrphans }: IndexContext): void {
  if (!reportOrphans) return;
  for (const entry of [...content.priorities, ...content.outcomes, ...content.actions, ...content.measures, ...content.reports]) {
    const plan = planOf(entry.id);
    if (planById.has(plan)) continue;
    problems.push({
      file: entry.filePath,
      message: `this file is in the folder content/${plan}/, which has no plan.mdx. Add content/${plan}/plan.mdx, or move the file into an existing plan's folder.`,
    });
  }
}

function indexPriorities({ content, problems }: IndexContext): Map<string, Entry<Priority>[]> {
  const prioritiesByPlan = new Map<string, Entry<Priority>[]>();
  for (const priority of content.priorities) addToGroup(prioritiesByPlan, planOf(priority.id), priority);
  for (const [plan, priorities] of prioritiesByPlan) {
    priorities.sort((a, b) => a.data.number - b.data.number);
    const seen = new Map<number, Entry<Priority>>();
    for (const priority of priorities) {
      const earlier = seen.get(priority.data.number);
      if (earlier) {
        problems.push({ file: priority.filePath, field: 'number', message: `priority number ${priority.data.number} is also used by ${earlier.filePath}. Give each priority in ${plan} its own number.` });
      }
      seen.set(priority.data.number, priority);
    }
  }
  return prioritiesByPlan;
}

function indexOutcomes(context: IndexContext): Map<string, Entry<Outcome>[]> {
  const { content, priorityById, problems } = context;
  const outcomesByPriority = new Map<string, Entry<Outcome>[]>();
  for (const outcome of content.outcomes) {
    const priorityId = partId(planOf(outcome.id), 'priorities', outcome.data.priority);
    if (!priorityById.has(priorityId)) {
      reportMissing(context, outcome, 'priority', outcome.data.priority, 'priorities', priorityById);
      continue;
    }
    addToGroup(outcomesByPriority, priorityId, outcome);
    const aimIds = new Set<string>();
    outcome.data.improvementAims.forEach((aim, position) => {
      if (aimIds.has(aim.id)) {
        problems.push({ file: outcome.filePath, field: `improvementAims[${position}].id`, message: `the improvement aim id "${aim.id}" is used twice in this outcome. Give each aim its own id.` });
      }
      aimIds.add(aim.id);
    });
  }
  for (const outcomes of outcomesByPriority.values()) outcomes.sort((a, b) => a.data.order - b.data.order);
  return outcomesByPriority;
}

function indexActions(context: IndexContext): Map<string, Entry<Action>[]> {
  const { content, outcomeById, problems } = context;
  const actionsByOutcome = new Map<string, Entry<Action>[]>();
  for (const action of content.actions) {
    const outcomeId = partId(planOf(action.id), 'outcomes', action.data.outcome);
    const outcome = outcomeById.get(outcomeId);
    if (!outcome) {
      reportMissing(context, action, 'outcome', action.data.outcome, 'outcomes', outcomeById);
      continue;
    }
    addToGroup(actionsByOutcome, outcomeId, action);
    const several = action.data.improvementAim.length > 1;
    action.data.improvementAim.forEach((aim, position) => {
      if (outcome.data.improvementAims.some((candidate) => candidate.id === aim)) return;
      const aims = outcome.data.improvementAims.map((candidate) => candidate.id);
      problems.push({
        file: action.filePath,
        field: several ? `improvementAim[${position}]` : 'improvementAim',
        message: `the outcome "${action.data.outcome}" has no improvement aim with the id "${aim}". Its aims are: ${listOfIds(aims)}. Check the spelling, or add the aim to ${outcome.filePath}.`,
      });
    });
  }
  for (const actions of actionsByOutcome.values()) actions.sort((a, b) => a.data.order - b.data.order);
  return actionsByOutcome;
}

export function indexPlanTree(context: IndexContext): PlanTree {
  checkEveryEntryHasAPlan(context);
  return { prioritiesByPlan: indexPriorities(context), outcomesByPriority: indexOutcomes(context), actionsByOutcome: indexActions(context) };
}
