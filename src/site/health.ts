import { assessPlan, type CriterionResult } from '../lib/health-check';
import { planFacts } from '../lib/health-facts';
import type { Entry } from '../lib/relations';
import type { HealthCheck } from '../schemas';
import type { Site } from './index';

export interface PlanHealthCheck {
  definition: Entry<HealthCheck>;
  results: CriterionResult[];
}

const results = new WeakMap<Site, Map<string, PlanHealthCheck | undefined>>();

/** The criteria a plan is checked against: those for its kind of plan, if the site has any. */
export function healthCheckDefinitionOf(site: Site, planId: string): Entry<HealthCheck> | undefined {
  const kind = site.planById.get(planId)!.data.kind;
  return (site.content.healthChecks ?? []).find((entry) => entry.id === kind);
}

/** A plan's health check, worked out once per build (for its page and its open data); none for a kind of plan with no criteria. */
export function healthCheckOf(site: Site, planId: string): PlanHealthCheck | undefined {
  let cache = results.get(site);
  if (!cache) results.set(site, (cache = new Map()));
  if (!cache.has(planId)) {
    const definition = healthCheckDefinitionOf(site, planId);
    cache.set(planId, definition && { definition, results: assessPlan(planFacts(site, planId), definition.data.criteria) });
  }
  return cache.get(planId);
}
