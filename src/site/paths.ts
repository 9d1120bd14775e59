import { reportingYears } from '../lib/annual-report';
import { getSite } from './index';

/** getStaticPaths for pages that exist once per plan. */
export async function planPaths() {
  const site = await getSite();
  return site.plans.map((plan) => ({ params: { plan: plan.id } }));
}

/** getStaticPaths for a plan's health check page: only plans whose kind has criteria. */
export async function healthCheckPaths() {
  const site = await getSite();
  const kinds = new Set((site.content.healthChecks ?? []).map((entry) => entry.id));
  return site.plans.filter((plan) => kinds.has(plan.data.kind)).map((plan) => ({ params: { plan: plan.id } }));
}

/** getStaticPaths for annual reports: one per plan and reporting year in which a progress report starts. */
export async function annualReportPaths() {
  const site = await getSite();
  return site.plans.flatMap((plan) => reportingYears(site.reportsByPlan.get(plan.id) ?? []).map((year) => ({ params: { plan: plan.id, year: year.id } })));
}
