import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { planData } from '../../site/open-data';
import { planPaths } from '../../site/paths';

/** All of a plan's measures and figures in one file: /<plan>/data.json */
export const getStaticPaths = planPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const site = await getSite();
  return new Response(JSON.stringify(planData(site, params.plan!, siteUrl!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
