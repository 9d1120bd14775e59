import { getSite } from './index';

/** getStaticPaths for pages that exist once per plan. */
export async function planPaths() {
  const site = await getSite();
  return site.plans.map((plan) => ({ params: { plan: plan.id } }));
}
