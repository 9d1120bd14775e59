import { assessPlan } from '../lib/health-check';
import { planFacts } from '../lib/health-facts';
import type { Site } from './index';

const results = new WeakMap<Site, Map<string, ReturnType<typeof assessPlan>>>();

/** A plan's health check, worked out once per build (for its page and its open data). */
export function healthCheckOf(site: Site, planId: string): ReturnType<typeof assessPlan> {
  let cache = results.get(site);
  if (!cache) results.set(site, (cache = new Map()));
  let result = cache.get(planId);
  if (!result) cache.set(planId, (result = assessPlan(planFacts(site, planId))));
  return result;
}
