/**
 * Health check definitions (content/health-check/<plan kind>.yaml) and the answers plans give to them:
 * each file is named after a kind of plan, each criterion once, and a plan's `selfAssessment` answers
 * only criteria of its own kind that people judge.
 */
import { planKinds } from '../../schemas/plan';
import { listOfIds, type IndexContext } from './context';

export function checkHealthChecks({ content, problems }: IndexContext): void {
  const definitions = new Map((content.healthChecks ?? []).map((entry) => [entry.id, entry]));
  for (const definition of definitions.values()) {
    if (!(definition.id in planKinds)) {
      problems.push({
        file: definition.filePath,
        message: `there is no kind of plan called "${definition.id}". Name the file after the kind of plan its criteria are for: ${listOfIds(Object.keys(planKinds))}.`,
      });
    }
    const seen = new Set<string>();
    definition.data.criteria.forEach((criterion, position) => {
      if (seen.has(criterion.id)) problems.push({ file: definition.filePath, field: `criteria[${position}].id`, message: `the criterion id "${criterion.id}" is used twice. Give each criterion its own id.` });
      seen.add(criterion.id);
    });
  }
  for (const plan of content.plans) {
    const answered = Object.keys(plan.data.selfAssessment);
    if (answered.length === 0) continue;
    const definition = definitions.get(plan.data.kind);
    const judged = definition?.data.criteria.filter((criterion) => criterion.check === 'people').map((criterion) => criterion.id) ?? [];
    for (const id of answered) {
      if (judged.includes(id)) continue;
      problems.push({
        file: plan.filePath,
        field: `selfAssessment.${id}`,
        message: definition
          ? `the health check for this kind of plan (${definition.filePath}) has no criterion "${id}" that people judge. The ones to answer here are: ${listOfIds(judged)}.`
          : `plans of this kind have no health check (there is no content/health-check/${plan.data.kind}.yaml), so there is nothing for selfAssessment to answer. Remove it, or add the criteria.`,
      });
    }
  }
}
